import { useEffect, type RefObject } from 'react';

/** Opens `ref`'s dialog as a modal where the browser can (jsdom cannot: it is just shown). */
export function useModal(ref: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, [ref]);
}
