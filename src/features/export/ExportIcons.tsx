import { LineIcon } from '../../components/LineIcon';

/** Small line icons for the export buttons; decorative, the buttons carry the words. */
export function DownloadIcon() {
  return <LineIcon className="export-icon" paths={['M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11']} />;
}

export function CopyIcon() {
  return (
    <LineIcon
      className="export-icon"
      weight={1.5}
      paths={[
        // The front sheet: a rounded 8 × 8.5 rectangle at (5.5, 5.5).
        'M7 5.5h5a1.5 1.5 0 0 1 1.5 1.5v5.5a1.5 1.5 0 0 1-1.5 1.5H7a1.5 1.5 0 0 1-1.5-1.5V7A1.5 1.5 0 0 1 7 5.5Z',
        'M3.5 10.5h-.5a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1h6.5a1 1 0 0 1 1 1v.5',
      ]}
    />
  );
}
