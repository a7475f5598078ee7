import type { ReactNode } from 'react';
import { LineIcon } from '../../components/LineIcon';
import { useFileDrag } from './use-file-drag';
import './import.css';

/** What the page shows while a file is dragged over it. */
function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay-card">
        <LineIcon
          paths={[
            'M12 3v12m0 0-4.5-4.5M12 15l4.5-4.5M4 15v3.5A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5V15',
          ]}
          box={24}
          size={40}
          weight={1.8}
        />
        <p className="drop-overlay-title">Drop a JSON or CSV dataset to open it</p>
        <p className="drop-overlay-note">The file stays in your browser: nothing is uploaded.</p>
      </div>
    </div>
  );
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
  const active = useFileDrag(onOpen);
  return (
    <>
      {children}
      {active ? <DropOverlay /> : null}
    </>
  );
}
