import { useEffect, useState } from 'react';
import { useLatest } from './use-latest';

function carriesFiles(event: DragEvent): boolean {
  const types = event.dataTransfer?.types;
  return types !== undefined && Array.from(types).includes('Files');
}

/**
 * Whether files are being dragged over the window; a file dropped anywhere goes to `onOpen`.
 * Drags that carry no files (text, links) are left alone.
 */
export function useFileDrag(onOpen: (file: File) => void): boolean {
  const [active, setActive] = useState(false);
  const onOpenRef = useLatest(onOpen);

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when the drag
    // has left the window.
    let depth = 0;
    const end = () => {
      depth = 0;
      setActive(false);
    };
    const listeners: Record<string, (event: DragEvent) => void> = {
      dragenter: (event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth += 1;
        setActive(true);
      },
      dragover: (event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      },
      dragleave: (event) => {
        if (!carriesFiles(event)) return;
        depth = Math.max(0, depth - 1);
        if (depth === 0) setActive(false);
      },
      drop: (event) => {
        if (!carriesFiles(event)) return;
        // Never let the browser navigate to the dropped file.
        event.preventDefault();
        end();
        const file = event.dataTransfer?.files[0];
        if (file) onOpenRef.current(file);
      },
      dragend: end,
      blur: end,
    };
    const entries = Object.entries(listeners) as [string, EventListener][];
    for (const [type, listener] of entries) window.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of entries) window.removeEventListener(type, listener);
    };
  }, [onOpenRef]);

  return active;
}
