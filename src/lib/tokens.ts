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
  shadow: string;
}

export const THEMES: Record<'light' | 'dark', ThemeTokens> = {
  light: {
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
    shadow: '0 1px 2px rgb(16 24 40 / 6%), 0 1px 3px rgb(16 24 40 / 10%)',
  },
  dark: {
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
    shadow: 'none',
  },
};

/** Paper: black on white whatever the screen theme, so nothing prints faint or dark. */
export const PRINT: Partial<ThemeTokens> = {
  bg: '#fff',
  surface: '#fff',
  'surface-2': '#f4f5f7',
  text: '#000',
  'text-muted': '#333',
  border: '#bbb',
  accent: '#0b5cad',
  'chip-bg': '#eef1f5',
  grid: '#ddd',
  shadow: 'none',
};

/**
 * Marks the charts share in both themes and on paper: the grey of contacts without travel
 * (bar outline and hatch stripes) and the opacity of marks outside the filters.
 */
export const CHART = {
  'no-travel': '#8A8A8A',
  'dim-opacity': '0.3',
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
