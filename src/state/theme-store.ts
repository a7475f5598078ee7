import { create } from 'zustand';

export type ThemeChoice = 'light' | 'dark';
const STORAGE_KEY = 'bilateral-theme';

function storedTheme(): ThemeChoice | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    // Storage can be blocked (private mode, sandboxed frames): fall back to the system theme.
    return null;
  }
}

function systemTheme(): ThemeChoice {
  return typeof window !== 'undefined' &&
    window.matchMedia?.('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

export interface ThemeState {
  /** The user's explicit choice, or null to follow the system. */
  choice: ThemeChoice | null;
  toggle: () => void;
}

export function effectiveTheme(choice: ThemeChoice | null): ThemeChoice {
  return choice ?? systemTheme();
}

export function applyTheme(choice: ThemeChoice | null): void {
  const root = document.documentElement;
  if (choice) root.dataset.theme = choice;
  else delete root.dataset.theme;
}

export const useThemeStore = create<ThemeState>()((set, get) => ({
  choice: typeof window === 'undefined' ? null : storedTheme(),
  toggle: () => {
    const next: ThemeChoice = effectiveTheme(get().choice) === 'dark' ? 'light' : 'dark';
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still applied for this page.
    }
    applyTheme(next);
    set({ choice: next });
  },
}));

export function resetThemeStore(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // ignore
  }
  applyTheme(null);
  useThemeStore.setState({ choice: null });
}
