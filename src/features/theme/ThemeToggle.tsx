import { useEffect, useSyncExternalStore } from 'react';
import { useClientValue } from '../../components/use-client-value';
import { applyTheme, useThemeStore } from '../../state/theme-store';

function subscribeToSystemTheme(onChange: () => void) {
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener?.('change', onChange);
  return () => media?.removeEventListener?.('change', onChange);
}
const systemIsDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/**
 * Light/dark switch. It names the theme it switches to ("Dark theme" while the page is light,
 * "Light theme" while it is dark). Follows the system until the user picks one; the pick is
 * remembered.
 */
export function ThemeToggle() {
  const stored = useThemeStore((s) => s.choice);
  const toggle = useThemeStore((s) => s.toggle);
  // The baked page was rendered light and following the system: hydrate as that, then show
  // the stored choice and the system's theme.
  const hydrated = useClientValue(() => true, false);
  const choice = hydrated ? stored : null;
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemIsDark, () => false);
  useEffect(() => applyTheme(stored), [stored]);
  const dark = choice === null ? systemDark : choice === 'dark';
  return (
    <button
      type="button"
      className="btn"
      onClick={toggle}
      title={
        choice === null
          ? 'The page follows your system setting until you choose'
          : 'Your choice is remembered'
      }
    >
      <span aria-hidden="true">{dark ? '☀' : '☾'}</span> {dark ? 'Light theme' : 'Dark theme'}
    </button>
  );
}
