import { useEffect, useSyncExternalStore } from 'react';
import { applyTheme, effectiveTheme, useThemeStore } from '../../state/theme-store';

function subscribeToSystemTheme(onChange: () => void) {
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener?.('change', onChange);
  return () => media?.removeEventListener?.('change', onChange);
}
const systemIsDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/** Light/dark switch. Follows the system until the user picks one; the pick is remembered. */
export function ThemeToggle() {
  const choice = useThemeStore((s) => s.choice);
  const toggle = useThemeStore((s) => s.toggle);
  // Re-render when the system theme flips while following it.
  useSyncExternalStore(subscribeToSystemTheme, systemIsDark, () => false);
  useEffect(() => applyTheme(choice), [choice]);
  const dark = effectiveTheme(choice) === 'dark';
  return (
    <button
      type="button"
      className="btn"
      aria-pressed={dark}
      onClick={toggle}
      title={choice === null ? 'Following your system setting' : 'Your choice is remembered'}
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}
