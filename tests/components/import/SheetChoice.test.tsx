// Choosing the sheet of an opened workbook: in the "Showing:" line, and in the problems panel
// when the sheet read lacks the engagement columns.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../src/app/providers';
import { ImportNotices, SheetChoice } from '../../../src/features/import/ImportNotices';
import { OpenDatasetButton } from '../../../src/features/import/OpenDatasetButton';
import { ShowingDataset } from '../../../src/features/import/ShowingDataset';
import { useShownDataset } from '../../../src/features/import/dataset-source-query';
import { useOpenDataset } from '../../../src/features/import/use-open-dataset';
import { startEachTestOnTheDefaultDataset } from '../../support/default-dataset-test';

const workbook = (path: string) =>
  new File([readFileSync(resolve(__dirname, '../../..', path))], path.split('/').pop()!, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

/** The app's wiring: the shown dataset's count, the "Showing:" line with its sheet, the notices. */
function Shell() {
  const query = useShownDataset();
  const importer = useOpenDataset();
  return (
    <>
      <p data-testid="count">{query.data ? `${query.data.index.n} engagements` : ''}</p>
      <ShowingDataset>
        {importer.workbook && <SheetChoice workbook={importer.workbook} onOpen={importer.open} />}
      </ShowingDataset>
      <OpenDatasetButton onOpen={importer.open} />
      <ImportNotices state={importer.state} onDismiss={importer.dismiss} onOpen={importer.open} />
    </>
  );
}

function renderShell() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <Shell />
    </QueryClientProvider>,
  );
}

const count = () => screen.getByTestId('count').textContent;
/** Reading a workbook in jsdom (its reader loads on first use) can take a few seconds. */
const SLOW = { timeout: 15_000 };

startEachTestOnTheDefaultDataset();

describe('the sheet of an opened workbook', () => {
  it('shows which sheet is read; picking another shows its engagements; one without the columns lists problems and keeps the dataset', async () => {
    const user = userEvent.setup();
    renderShell();
    await vi.waitFor(() => expect(count()).toBe('16 engagements'));
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();

    await user.upload(
      screen.getByLabelText('Open dataset…'),
      workbook('tests/fixtures/import/sheets.xlsx'),
    );
    const select = await screen.findByRole('combobox', { name: 'Sheet of sheets.xlsx' }, SLOW);
    expect(screen.getByText('Showing:').parentElement).toHaveTextContent('sheets.xlsx');
    expect(select).toHaveValue('All');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'First eight', 'Notes']);
    expect(count()).toBe('16 engagements');

    await user.selectOptions(select, 'First eight');
    await vi.waitFor(() => expect(count()).toBe('8 engagements'), SLOW);
    expect(screen.getByRole('combobox', { name: 'Sheet of sheets.xlsx' })).toHaveValue(
      'First eight',
    );

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sheet of sheets.xlsx' }),
      'Notes',
    );
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('sheets.xlsx could not be opened');
    expect(within(alert).getByRole('list', { name: 'Problems found' })).toHaveTextContent(/date/);
    expect(count()).toBe('8 engagements');

    // The problems panel offers the sheets again: the first one opens.
    const retry = within(alert).getByRole('combobox', { name: 'Sheet of sheets.xlsx' });
    expect(retry).toHaveValue('Notes');
    await user.selectOptions(retry, 'All');
    await vi.waitFor(() => expect(count()).toBe('16 engagements'), SLOW);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a workbook of one sheet shows no choice; of a sheet of notes and one of engagements, the notes fail and the problems panel opens the engagements', async () => {
    const user = userEvent.setup();
    renderShell();
    await vi.waitFor(() => expect(count()).toBe('16 engagements'));
    await user.upload(
      screen.getByLabelText('Open dataset…'),
      workbook('public/data/template.xlsx'),
    );
    await screen.findByText('template.xlsx', {}, SLOW);
    expect(count()).not.toBe('16 engagements');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();

    await user.upload(
      screen.getByLabelText('Open dataset…'),
      workbook('tests/fixtures/import/engagements.xlsx'),
    );
    // Two sheets: "Read me" and "Engagements", the one read.
    const select = await screen.findByRole('combobox', { name: 'Sheet of engagements.xlsx' }, SLOW);
    expect(select).toHaveValue('Engagements');
    await user.selectOptions(select, 'Read me');
    const alert = await screen.findByRole('alert', {}, SLOW);
    const retry = within(alert).getByRole('combobox', { name: 'Sheet of engagements.xlsx' });
    await user.selectOptions(retry, 'Engagements');
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument(), SLOW);
    expect(count()).toBe('16 engagements');
  });
});
