import { useDatasetSourceStore } from '../../state/dataset-source-store';
import type { OpenOptions, OpenedWorkbook } from './import-state';
import './import.css';

export interface SheetSelectProps {
  workbook: OpenedWorkbook;
  /** Opens the workbook again with the sheet picked. */
  onOpen: (file: File, options: OpenOptions) => void;
}

/**
 * "Sheet: [Engagements ▾]": which sheet of a workbook is read, and a way to read another.
 * Picking a sheet opens the file again; until that succeeds the dataset showing stays.
 */
export function SheetSelect({ workbook, onOpen }: SheetSelectProps) {
  const { file, sheets } = workbook;
  const name = file.name.trim() === '' ? 'the file' : file.name;
  return (
    <label className="sheet-select">
      <span className="dataset-source-label">Sheet:</span>
      <select
        aria-label={`Sheet of ${name}`}
        value={sheets.read ?? ''}
        onChange={(event) => onOpen(file, { sheet: event.currentTarget.value })}
      >
        {sheets.read === null ? (
          <option value="" disabled>
            Choose a sheet
          </option>
        ) : null}
        {sheets.names.map((sheet) => (
          <option key={sheet} value={sheet}>
            {sheet}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The sheet choice of the "Showing:" line: only while a workbook of several sheets shows. */
export function ShownSheetSelect(props: SheetSelectProps) {
  const source = useDatasetSourceStore((s) => s.source);
  const { name } = props.workbook.file;
  // The name the opened file is shown under (see useDatasetImport).
  const shownName = name.trim() === '' ? 'The file' : name;
  const shown = source.kind === 'file' && source.name === shownName;
  if (!shown || props.workbook.sheets.names.length < 2) return null;
  return <SheetSelect {...props} />;
}
