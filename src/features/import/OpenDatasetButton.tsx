import type { ChangeEvent } from 'react';
import { LineIcon } from '../../components/LineIcon';
import {
  CSV_TEMPLATE_FILE_NAME,
  CSV_TEMPLATE_URL,
  DATASET_FILE_ACCEPT,
  XLSX_TEMPLATE_URL,
} from './template';
import './import.css';

/**
 * "Open dataset…": a file picker for a JSON dataset or a table of engagements (CSV, .xlsx,
 * Parquet), and the links to the template as CSV and as .xlsx. The chosen file is handed to `onOpen`; it never leaves the browser.
 */
export function OpenDatasetButton({ onOpen }: { onOpen: (file: File) => void }) {
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Clear the choice so that picking the same (edited) file again opens it again.
    input.value = '';
    if (file) onOpen(file);
  };
  return (
    <span className="open-dataset">
      <label
        className="btn open-dataset-button"
        title="A JSON dataset or a CSV of engagements. The file stays in your browser: nothing is uploaded."
      >
        <LineIcon
          paths={[
            'M1.5 4.5v8a1 1 0 0 0 1 1h11a1 1 0 0 0 1-1v-6a1 1 0 0 0-1-1H8L6.5 3.5h-4a1 1 0 0 0-1 1Z',
          ]}
          weight={1.4}
        />
        Open dataset…
        <input
          type="file"
          className="visually-hidden"
          accept={DATASET_FILE_ACCEPT}
          onChange={onChange}
        />
      </label>
      {/* One group that wraps as a whole: "Template: CSV · Excel", never a lone ".xlsx". */}
      <span className="open-dataset-templates">
        Template:{' '}
        <a aria-label="CSV template" href={CSV_TEMPLATE_URL} download={CSV_TEMPLATE_FILE_NAME}>
          CSV
        </a>
        {' · '}
        <a aria-label="Excel template (.xlsx)" href={XLSX_TEMPLATE_URL} download>
          Excel
        </a>
      </span>
    </span>
  );
}
