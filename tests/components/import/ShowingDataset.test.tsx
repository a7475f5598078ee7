import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../src/app/providers';
import { DataLinkNotice } from '../../../src/features/import/DataLinkNotice';
import { DropZone } from '../../../src/features/import/DropZone';
import { ImportStatus } from '../../../src/features/import/ImportStatus';
import { OpenDatasetButton } from '../../../src/features/import/OpenDatasetButton';
import { ShowingDataset } from '../../../src/features/import/ShowingDataset';
import { useShownDataset } from '../../../src/features/import/dataset-source-query';
import { useOpenDataset } from '../../../src/features/import/use-open-dataset';
import {
  resetDatasetSourceStore,
  useDatasetSourceStore,
} from '../../../src/state/dataset-source-store';
import { useFilterStore } from '../../../src/state/filter-store';
import { startEachTestOnTheDefaultDataset } from '../../support/default-dataset-test';

const TEMPLATE = readFileSync(resolve(__dirname, '../../../public/data/template.csv'), 'utf8');

/** The wiring the app uses: the shown dataset, the header note, the importer. */
function Shell() {
  const query = useShownDataset();
  const importer = useOpenDataset();
  return (
    <DropZone onOpen={importer.open}>
      <DataLinkNotice />
      <header>
        <h1>{query.data ? query.data.dataset.meta.title : 'Loading'}</h1>
        <p>{query.data ? `${query.data.index.n} engagements` : ''}</p>
        <ShowingDataset />
        <OpenDatasetButton onOpen={importer.open} />
      </header>
      <ImportStatus state={importer.state} onDismiss={importer.dismiss} />
    </DropZone>
  );
}

function renderShell() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <Shell />
    </QueryClientProvider>,
  );
}

startEachTestOnTheDefaultDataset();

describe('switching datasets', () => {
  it('shows an opened file, says so, and goes back to the default', async () => {
    const user = userEvent.setup();
    renderShell();
    expect(
      await screen.findByRole('heading', { name: 'Azerbaijan–Serbia relations' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Showing:')).not.toBeInTheDocument();
    useFilterStore.getState().toggle('sectors', 'energy');

    await user.upload(
      screen.getByLabelText('Open dataset…'),
      new File([TEMPLATE], 'my-file.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByRole('heading', { name: 'my-file' })).toBeInTheDocument();
    expect(screen.getByText('Showing:').parentElement).toHaveTextContent('Showing: my-file.csv');
    // A new dataset starts from clear filters.
    expect(useFilterStore.getState().filters.sectors).toEqual([]);
    // The file was read locally: the only request is the default dataset.
    expect(fetch).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Back to the default dataset' }));
    expect(
      await screen.findByRole('heading', { name: 'Azerbaijan–Serbia relations' }),
    ).toBeInTheDocument();
    expect(useDatasetSourceStore.getState().source).toEqual({
      kind: 'path',
      path: 'data/az-rs.json',
    });
    expect(screen.queryByText('Showing:')).not.toBeInTheDocument();
  });

  it('keeps the dataset and filters that were showing when a file is invalid', async () => {
    const user = userEvent.setup();
    renderShell();
    await screen.findByRole('heading', { name: 'Azerbaijan–Serbia relations' });
    useFilterStore.getState().toggle('sectors', 'energy');
    useFilterStore.getState().setQuery('gas');

    await user.upload(
      screen.getByLabelText('Open dataset…'),
      new File(['{"meta": {}}'], 'broken.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('list', { name: 'Problems found' })).toHaveTextContent(
      'meta.title: is required',
    );
    expect(
      screen.getByRole('heading', { name: 'Azerbaijan–Serbia relations' }),
    ).toBeInTheDocument();
    expect(screen.getByText('16 engagements')).toBeInTheDocument();
    expect(useFilterStore.getState().filters).toMatchObject({ sectors: ['energy'], q: 'gas' });
    expect(useDatasetSourceStore.getState().source.kind).toBe('path');
  });

  it('opens a dataset named by ?data= and explains a refused link', async () => {
    resetDatasetSourceStore('?data=other.json');
    renderShell();
    await screen.findByRole('heading', { name: 'Azerbaijan–Serbia relations' });
    expect(fetch).toHaveBeenCalledWith('/data/other.json', expect.anything());
    expect(screen.getByText('Showing:').parentElement).toHaveTextContent(
      'Showing: data/other.json (opened from a link)',
    );

    resetDatasetSourceStore('?data=https://evil.example/x.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Only datasets shipped with the app under data/ can be opened from a link',
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
