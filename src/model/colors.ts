import { CHART, HEAT, THEMES } from '../lib/tokens';

/**
 * One colour per country and per sector, the same in every view and export. Country colours
 * are Okabe–Ito blue and vermillion (safe for the common colour-vision deficiencies); sector
 * colours are equal-luminance mid-tones. Colour never carries meaning alone: every mark also
 * has a label, a pattern or a legend entry next to it.
 */
export const PAIR_COLORS = ['#0072B2', '#D55E00'] as const;
export const OTHER_COUNTRY_COLOR = '#6E6E6E';
export const NO_TRAVEL_COLOR: string = CHART['no-travel'];
/** Okabe–Ito bluish green: meetings at a venue in neither country. */
export const ELSEWHERE_COLOR = '#009E73';
/** Milestone markers: apart from every series, and white numbers on it pass WCAG AA. */
export const MILESTONE_COLOR = '#9C3D83';

/**
 * Sector colours, one per sector id so that a sector keeps its colour whatever order a
 * dataset lists its sectors in (the app's own CSV export lists them differently). All are
 * mid-tones of equal luminance, so that each stands out 3:1 (WCAG AA for graphical objects)
 * from both themes' surfaces and from paper; hues are spread around the colour wheel.
 */
export const SECTOR_COLORS = {
  'political-dialogue': '#487bde',
  energy: '#b66d00',
  'trade-investment': '#0b8e7b',
  'transport-tourism': '#836dda',
  'regional-security': '#d15933',
  'culture-humanitarian': '#c65699',
  'defence-industry': '#6e8807',
  'climate-environment': '#009242',
  security: '#d1536e',
  'health-pharma': '#008b98',
  'education-science': '#ab60c1',
  'high-tech': '#0f87b9',
  'labour-social': '#6f8093',
  agriculture: '#967c08',
} as const satisfies Record<string, string>;

/** The colours a sector id the app does not know gets one of, by a stable hash. */
export const SECTOR_PALETTE: readonly string[] = Object.values(SECTOR_COLORS);

export const LEVEL_COLORS = {
  'head-of-state': '#3B0F70',
  'head-of-government': '#8C2981',
  parliament: '#2A788E',
  'foreign-minister': '#DE4968',
  other: '#FE9F6D',
} as const;

export function countryColor(pair: readonly { code: string }[], code: string | null): string {
  if (code === null) return NO_TRAVEL_COLOR;
  const at = pair.findIndex((c) => c.code === code);
  return at === 0 ? PAIR_COLORS[0] : at === 1 ? PAIR_COLORS[1] : OTHER_COUNTRY_COLOR;
}

/**
 * The colour of a travel direction: the travelling country's, green for meetings in a third
 * country, grey when nobody travelled. One rule for the filter bar, the charts and the timeline.
 */
export function directionColor(
  pair: readonly { code: string }[],
  kind: 'visit' | 'elsewhere' | 'none',
  guest: string | null,
): string {
  if (kind === 'none') return NO_TRAVEL_COLOR;
  if (kind === 'elsewhere') return ELSEWHERE_COLOR;
  return countryColor(pair, guest);
}

/**
 * The colour of a venue's host: the pair's own blue and vermillion for a venue in Azerbaijan or
 * Serbia, the third-country green (as "Met in a third country") for any other.
 */
export function hostColor(pair: readonly { code: string }[], country: string): string {
  const at = pair.findIndex((c) => c.code === country);
  return at === 0 ? PAIR_COLORS[0] : at === 1 ? PAIR_COLORS[1] : ELSEWHERE_COLOR;
}

/** FNV-1a: the same id gives the same number in every session and browser. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A sector's colour, from its id: a fixed colour for the known ones, a stable hash for others. */
export function sectorColor(sectorId: string): string {
  const known = (SECTOR_COLORS as Record<string, string>)[sectorId];
  return known ?? SECTOR_PALETTE[hashId(sectorId) % SECTOR_PALETTE.length]!;
}

export type HeatTheme = keyof typeof HEAT;
/** How many shades the heatmap has. */
export const HEAT_STEPS = HEAT.light.fill.length;

/**
 * The shade of a count, 0 (few) to HEAT_STEPS − 1 (the most), or null for an empty cell.
 * A dataset whose cells hold at most 1 shows them one step below the top.
 */
export function heatStep(count: number, max: number): number | null {
  if (count <= 0 || max <= 0) return null;
  if (max === 1) return HEAT_STEPS - 2;
  return Math.min(
    HEAT_STEPS - 1,
    Math.floor(((count - 1) / Math.max(1, max - 1)) * (HEAT_STEPS - 1)),
  );
}

/** A shade's fill and count colour in a theme; `dim` for a row the sector filter leaves out. */
export function heatPaint(
  step: number,
  theme: HeatTheme,
  dim = false,
): { fill: string; text: string } {
  const ramp = HEAT[theme];
  const at = Math.max(0, Math.min(HEAT_STEPS - 1, step));
  return dim
    ? { fill: ramp.dim[at]!, text: theme === 'print' ? ramp.text[at]! : THEMES[theme].text }
    : { fill: ramp.fill[at]!, text: ramp.text[at]! };
}

/** The custom properties that paint a shade on screen (the stylesheet reads them). */
export function heatVars(step: number, dim = false): { fill: string; text: string } {
  const n = step + 1;
  return dim
    ? { fill: `var(--heat-dim-${n})`, text: 'var(--text)' }
    : { fill: `var(--heat-${n})`, text: `var(--heat-text-${n})` };
}

/** Relative luminance (WCAG) of a `#RRGGBB` colour; 0 for anything else. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return 0;
  const n = parseInt(m[1]!, 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** White or near-black, whichever contrasts more with a `#RRGGBB` fill: labels on bars. */
export function textOn(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#FFFFFF' : '#111111';
}

/** The WCAG contrast ratio of two `#RRGGBB` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
