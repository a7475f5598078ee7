import type { DatasetIndex } from '../../model/dataset-index';
import { filteredEvents, type Dashboard } from '../../model/dashboard';
import { exportFileName } from '../../model/file-names';
import type { Filters } from '../../model/filters';
import { downloadBlob } from './download';
import { DownloadIcon } from './ExportIcons';
import './export.css';
import { plural } from '../../lib/plural';

export interface DataExportMenuProps {
  index: DatasetIndex;
  data: Dashboard;
  filters: Filters;
}

/** Download the engagements and people that match the filters as CSV, or as a dataset (JSON). */
export function DataExportMenu({ index, data, filters }: DataExportMenuProps) {
  const engagements = plural(data.headline.engagements, 'engagement', 'engagements');
  const people = plural(data.people.length, 'person', 'people');

  type ExportData = typeof import('../../model/export-data');
  // The CSV and JSON writers load on the first download, not with the page.
  const save = async (
    text: (x: ExportData) => string,
    type: string,
    what: 'events' | 'people' | 'dataset',
    ext: string,
  ) => {
    const writers = await import('../../model/export-data');
    downloadBlob(new Blob([text(writers)], { type }), exportFileName(index, filters, what, ext));
  };

  return (
    <div className="export-menu" role="group" aria-label="Download the filtered data">
      <button
        type="button"
        className="btn export-btn"
        aria-label="Download CSV (engagements)"
        title={`Download the ${engagements} that match the filters as a spreadsheet (CSV)`}
        onClick={() =>
          void save(
            (x) => x.eventsCsv(index, filteredEvents(index, data.mask, 'oldest')),
            'text/csv;charset=utf-8',
            'events',
            'csv',
          )
        }
      >
        <DownloadIcon />
        CSV (engagements)
      </button>
      <button
        type="button"
        className="btn export-btn"
        aria-label="Download CSV (people)"
        title={`Download the ${people} involved, with their engagement counts, as CSV`}
        onClick={() =>
          void save(
            (x) => x.peopleCsv(index, data.people),
            'text/csv;charset=utf-8',
            'people',
            'csv',
          )
        }
      >
        <DownloadIcon />
        CSV (people)
      </button>
      <button
        type="button"
        className="btn export-btn"
        aria-label="Download JSON"
        title={`Download the ${engagements} as a dataset file (JSON) that this app can load`}
        onClick={() =>
          void save(
            (x) =>
              x.filteredDatasetJson(index, filteredEvents(index, data.mask, 'oldest'), filters),
            'application/json',
            'dataset',
            'json',
          )
        }
      >
        <DownloadIcon />
        JSON
      </button>
    </div>
  );
}
