import { CHART } from '../lib/tokens';

/**
 * One colour per country and per sector, the same in every view and export. Country colours
 * are Okabe–Ito blue and vermillion (safe for the common colour-vision deficiencies); sector
 * colours follow Paul Tol's palettes. Colour never carries meaning alone: every mark also has
 * a label, a pattern or a legend entry next to it.
 */
export const PAIR_COLORS = ['#0072B2', '#D55E00'] as const;
export const OTHER_COUNTRY_COLOR = '#6E6E6E';
export const NO_TRAVEL_COLOR: string = CHART['no-travel'];
/** Okabe–Ito bluish green: meetings at a venue in neither country. */
export const ELSEWHERE_COLOR = '#009E73';

export const SECTOR_PALETTE = [
  '#332288',
  '#117733',
  '#882255',
  '#44AA99',
  '#AA4499',
  '#999933',
  '#CC6677',
  '#6699CC',
  '#DDCC77',
  '#88CCEE',
  '#EE8866',
  '#555555',
] as const;

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

export function sectorColor(position: number): string {
  return SECTOR_PALETTE[
    ((position % SECTOR_PALETTE.length) + SECTOR_PALETTE.length) % SECTOR_PALETTE.length
  ]!;
}

/** Heatmap shade for a count: 0 is empty; otherwise a blue ramp light → dark. */
export const HEAT_RAMP = [
  '#DCEBF7',
  '#B3D3EC',
  '#7FB2DA',
  '#4A8CC4',
  '#1F64A6',
  '#0B3F73',
] as const;

export function heatColor(count: number, max: number): string | null {
  if (count <= 0 || max <= 0) return null;
  const step = Math.min(
    HEAT_RAMP.length - 1,
    Math.floor(((count - 1) / Math.max(1, max - 1)) * (HEAT_RAMP.length - 1)),
  );
  return HEAT_RAMP[max === 1 ? HEAT_RAMP.length - 2 : step]!;
}

/** Dark text on light cells, white on dark ones (WCAG AA on every ramp step). */
export function heatTextColor(fill: string | null): string {
  if (fill === null) return 'inherit';
  const i = HEAT_RAMP.indexOf(fill as (typeof HEAT_RAMP)[number]);
  return i >= 4 ? '#FFFFFF' : '#0B1F33';
}

/** Relative luminance (WCAG) of a `#RRGGBB` colour; 0 for anything else. */
function luminance(hex: string): number {
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
