import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './import.css';

function carriesFiles(event: DragEvent): boolean {
  const types = event.dataTransfer?.types;
  return types !== undefined && Array.from(types).includes('Files');
}

/**
 * Drag and drop anywhere on the page opens the dropped file. While a file is dragged over
 * the window a full-page overlay says what will happen; drags that carry no files (text,
 * links) are left alone.
 */
export function DropZone({
  onOpen,
  children,
}: {
  onOpen: (file: File) => void;
  children?: ReactNode;
}) {
  const [active, setActive] = useState(false);
  const onOpenRef = useRef(onOpen);
  useLayoutEffect(() => {
    onOpenRef.current = onOpen;
  });

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when the drag
    // has left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setActive(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Never let the browser navigate to the dropped file.
      event.preventDefault();
      depth = 0;
      setActive(false);
      const file = event.dataTransfer?.files[0];
      if (file) onOpenRef.current(file);
    };
    const end = () => {
      depth = 0;
      setActive(false);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    window.addEventListener('dragend', end);
    window.addEventListener('blur', end);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      window.removeEventListener('dragend', end);
      window.removeEventListener('blur', end);
    };
  }, []);

  return (
    <>
      {children}
      {active ? (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div className="drop-overlay-card">
            <svg aria-hidden="true" width="40" height="40" viewBox="0 0 24 24" focusable="false">
              <path
                d="M12 3v12m0 0-4.5-4.5M12 15l4.5-4.5M4 15v3.5A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5V15"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <p className="drop-overlay-title">Drop a JSON or CSV dataset to open it</p>
            <p className="drop-overlay-note">
              The file stays in your browser: nothing is uploaded.
            </p>
          </div>
        </div>
      ) : null}
    </>
  );
}
