import { useEffect, useEffectEvent } from 'react';

/** Keys that belong to the focused control rather than to the slide deck. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select')) return true;
  return (key === ' ' || key === 'Enter') && target.closest('button, a[href], summary') !== null;
}

/** The slide a key moves to from slide `at` of `count`, `exit` for Esc, null for other keys. */
export function slideForKey(
  key: string,
  shiftKey: boolean,
  at: number,
  count: number,
): number | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return at + 1;
    case 'ArrowLeft':
    case 'PageUp':
      return at - 1;
    case ' ':
    case 'Spacebar':
      return shiftKey ? at - 1 : at + 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/**
 * The deck's keys on the whole window: → PageDown Space next, ← PageUp Shift+Space
 * previous, Home, End, Esc exits; left alone with a modifier or when a control owns the key.
 */
export function useSlideKeys(
  at: number,
  count: number,
  go: (to: number) => void,
  onExit: () => void,
): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (ownsKey(e.target, e.key)) return;
    const next = slideForKey(e.key, e.shiftKey, at, count);
    if (next === null) return;
    e.preventDefault();
    if (next === 'exit') onExit();
    else go(next);
  });

  useEffect(() => {
    const key = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, []);
}
