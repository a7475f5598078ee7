/**
 * The design tokens: the one source of the colours the page's CSS custom properties and the
 * chart exports use, in both themes. `themeCss` writes them as CSS (served as the virtual
 * module `virtual:design-tokens.css`, see vite.config.ts); the SVG export reads them directly.
 * Both themes meet WCAG AA for text on their surfaces.
 */
export interface ThemeTokens {
  bg: string;
  surface: string;
  'surface-2': string;
  text: string;
  'text-muted': string;
  border: string;
  accent: string;
  'accent-contrast': string;
  focus: string;
  danger: string;
  'danger-bg': string;
  'chip-bg': string;
  grid: string;
  /** Axis lines and the caption rule of charts. */
  axis: string;
  /** The hatch behind contacts without travel. */
  'hatch-bg': string;
  /** The milestones' lines and number badges, and the badges' text. */
  milestone: string;
  'milestone-text': string;
  shadow: string;
  /** The map: sea, land, the pair's own land, borders, and the ring around markers. */
  'map-water': string;
  'map-land': string;
  'map-land-pair': string;
  'map-border': string;
  'map-ring': string;
}

/**
 * The heatmap's shades, six steps from few to many engagements per cell, one ramp per theme
 * and one for paper: the more engagements, the more a cell stands out from the theme's
 * surface (darker on light, brighter on dark). `text` is the count's colour on each step
 * (WCAG AA, 4.5:1). `dim` are the paler steps of the rows a sector filter leaves out, on
 * which counts keep the theme's own text colour. Paper takes light shades under black
 * digits, so counts stay legible when browsers print without background colours.
 */
export interface HeatRamp {
  fill: readonly string[];
  text: readonly string[];
  dim: readonly string[];
}

export const HEAT: Record<'light' | 'dark' | 'print', HeatRamp> = {
  light: {
    fill: ['#dcebf7', '#b3d3ec', '#7fb2da', '#4a8cc4', '#1f64a6', '#0b3f73'],
    text: ['#0b1f33', '#0b1f33', '#0b1f33', '#0b1f33', '#ffffff', '#ffffff'],
    dim: ['#eef5fb', '#dde9f5', '#c6dbee', '#aecbe5', '#98bcdc', '#86aed3'],
  },
  dark: {
    fill: ['#183650', '#1d4f7c', '#2a6aa8', '#4f8fd0', '#86b9ec', '#c8e2ff'],
    text: ['#ffffff', '#ffffff', '#ffffff', '#0b1f33', '#0b1f33', '#0b1f33'],
    dim: ['#1c2a38', '#1f3143', '#22384f', '#263f5a', '#2a4766', '#2e4f72'],
  },
  print: {
    fill: ['#e9f2fa', '#d3e5f4', '#b9d5ec', '#9dc3e3', '#80b0da', '#639dd0'],
    text: ['#000000', '#000000', '#000000', '#000000', '#000000', '#000000'],
    dim: ['#eef5fb', '#dde9f5', '#c6dbee', '#aecbe5', '#98bcdc', '#86aed3'],
  },
};

/** A ramp as custom properties: `--heat-1`…, `--heat-text-1`…, `--heat-dim-1`…. */
export function heatTokens(ramp: HeatRamp): Record<string, string> {
  const out: Record<string, string> = {};
  ramp.fill.forEach((fill, i) => {
    out[`heat-${i + 1}`] = fill;
    out[`heat-text-${i + 1}`] = ramp.text[i]!;
    out[`heat-dim-${i + 1}`] = ramp.dim[i]!;
  });
  return out;
}

export const THEMES: Record<'light' | 'dark', ThemeTokens> = {
  light: {
    ...heatTokens(HEAT.light),
    bg: '#f4f5f7',
    surface: '#ffffff',
    'surface-2': '#f0f2f5',
    text: '#1b1f24',
    'text-muted': '#4f5863',
    border: '#d5dae0',
    accent: '#0b5cad',
    'accent-contrast': '#ffffff',
    focus: '#c75000',
    danger: '#a4161a',
    'danger-bg': '#fdecec',
    'chip-bg': '#e8eef6',
    grid: '#e3e6ea',
    axis: '#8f98a3',
    'hatch-bg': '#ebebeb',
    milestone: '#9c3d83',
    'milestone-text': '#ffffff',
    shadow: '0 1px 2px rgb(16 24 40 / 6%), 0 1px 3px rgb(16 24 40 / 10%)',
    'map-water': '#e4edf5',
    'map-land': '#fbfbf9',
    'map-land-pair': '#eeeae0',
    'map-border': '#a9b2bc',
    'map-ring': '#ffffff',
  },
  dark: {
    ...heatTokens(HEAT.dark),
    bg: '#101418',
    surface: '#1a1f25',
    'surface-2': '#232a32',
    text: '#e8ecf1',
    'text-muted': '#aab4bf',
    border: '#38414b',
    accent: '#6cb2ff',
    'accent-contrast': '#0b1f33',
    focus: '#ffb057',
    danger: '#ff8a8a',
    'danger-bg': '#3a1d1f',
    'chip-bg': '#26313d',
    grid: '#2c343d',
    axis: '#5f6b77',
    'hatch-bg': '#2a2f35',
    // Light on the dark surface (7:1), with dark numbers: white on it would read faintly.
    milestone: '#e08ccc',
    'milestone-text': '#1a1f25',
    shadow: 'none',
    'map-water': '#121920',
    'map-land': '#2b333c',
    'map-land-pair': '#3a4048',
    'map-border': '#56616d',
    'map-ring': '#e8ecf1',
  },
};

/** Paper: black on white whatever the screen theme, so nothing prints faint or dark. */
export const PRINT: Partial<ThemeTokens> = {
  ...heatTokens(HEAT.print),
  bg: '#fff',
  surface: '#fff',
  'surface-2': '#f4f5f7',
  text: '#000',
  'text-muted': '#333',
  border: '#bbb',
  accent: '#0b5cad',
  'chip-bg': '#eef1f5',
  grid: '#ddd',
  milestone: '#9c3d83',
  'milestone-text': '#ffffff',
  shadow: 'none',
};

/**
 * Marks the charts share in both themes and on paper: the grey of contacts without travel
 * (bar outline and hatch stripes) and the opacity of marks outside the filters.
 */
export const CHART = {
  'no-travel': '#8A8A8A',
  'dim-opacity': '0.3',
  /** The tint of the band behind a selected year (in the accent colour). */
  'selected-opacity': '0.14',
} as const;

/** Type and spacing, the same in both themes. */
export const LAYOUT = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  radius: '8px',
  gap: '16px',
} as const;

const declarations = (tokens: Record<string, string>, indent: string) =>
  Object.entries(tokens)
    .map(([k, v]) => `${indent}--${k}: ${v};`)
    .join('\n');

/**
 * The custom properties as CSS: light by default, dark when chosen with the toggle
 * (`data-theme="dark"`), or when the system prefers it and no theme was chosen.
 */
export function themeCss(): string {
  const dark = declarations({ ...THEMES.dark }, '    ');
  return [
    `:root {\n  color-scheme: light;\n${declarations({ ...LAYOUT, ...CHART, ...THEMES.light }, '  ')}\n}`,
    `:root[data-theme='dark'] {\n  color-scheme: dark;\n${declarations({ ...THEMES.dark }, '  ')}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root:not([data-theme='light']) {\n    color-scheme: dark;\n${dark}\n  }\n}`,
    // Listed so that it outranks both the chosen and the system dark theme.
    `@media print {\n  :root,\n  :root[data-theme='dark'],\n  :root:not([data-theme='light']) {\n    color-scheme: light;\n${declarations({ ...PRINT }, '    ')}\n  }\n}`,
    '',
  ].join('\n');
}
