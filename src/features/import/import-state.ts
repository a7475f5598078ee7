import type { ImportIssue, ImportPhase, WorkbookSheets } from '../../data/dataset-job';

/** A workbook that was opened: the file (to open again with another sheet) and its sheets. */
export interface OpenedWorkbook {
  file: File;
  sheets: WorkbookSheets;
}

export type ImportState =
  | { status: 'idle' }
  | {
      status: 'working';
      name: string;
      phase: ImportPhase;
      fraction: number;
      /** Engagements in the file, once known. */
      rows?: number;
    }
  | {
      status: 'failed';
      name: string;
      issues: ImportIssue[];
      total: number;
      message: string;
      /** A workbook that failed: its sheets, so that another can be tried. */
      workbook?: OpenedWorkbook;
    };

export interface OpenOptions {
  /** Of a workbook: the sheet to read (default the first with the columns of engagements). */
  sheet?: string;
}
