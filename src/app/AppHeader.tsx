import type { ReactNode } from 'react';
import type { Headline } from '../model/dashboard';
import type { DatasetIndex } from '../model/dataset-index';
import { coverageLine } from '../model/coverage';
import { plural } from '../lib/plural';
import { OpenDatasetButton } from '../features/import/OpenDatasetButton';
import { ShowingDataset } from '../features/import/ShowingDataset';
import { PresentButton } from '../features/presentation/PresentButton';
import { ThemeToggle } from '../features/theme/ThemeToggle';

/** The dataset's title, description, coverage in words and totals, and the header actions. */
export function AppHeader({
  index,
  totals,
  onOpen,
  sheet,
  onPresent,
  deck,
}: {
  index: DatasetIndex;
  /** The unfiltered headline. */
  totals: Headline;
  onOpen: (file: File) => void;
  /** Of a workbook showing: the choice of its sheet, for the "Showing:" line. */
  sheet?: ReactNode;
  onPresent: () => void;
  /** The deck button, supplied by the app. */
  deck?: ReactNode;
}) {
  const { dataset } = index;
  return (
    <header className="app-header">
      <div className="app-header-inner spread-row">
        <div>
          <h1 className="app-title">{dataset.meta.title}</h1>
          <p className="app-subtitle">{dataset.meta.description}</p>
          <p className="app-meta" data-testid="coverage-line">
            {coverageLine(dataset.meta, totals.engagements, index.minYear, index.maxYear)}
          </p>
          <p className="app-meta">
            {plural(totals.visits, 'visit')} · {plural(dataset.people.length, 'person', 'people')} ·{' '}
            {plural(dataset.sources.length, 'source')} · version {dataset.meta.version} ·{' '}
            <a href="#about-data">About this data</a>
          </p>
          <ShowingDataset>{sheet}</ShowingDataset>
        </div>
        <div className="header-actions no-print">
          <OpenDatasetButton onOpen={onOpen} />
          <PresentButton onPresent={onPresent} />
          {deck}
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
