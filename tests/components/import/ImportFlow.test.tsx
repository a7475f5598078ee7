import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedDataset } from '../../../src/state/dataset-query';
import { ImportStatus } from '../../../src/features/import/ImportStatus';
import { OpenDatasetButton } from '../../../src/features/import/OpenDatasetButton';
import { useDatasetImport } from '../../../src/features/import/use-dataset-import';
import type { ImportState } from '../../../src/features/import/import-state';
import { resetFilterStore } from '../../../src/state/filter-store';
import { fixtureJson } from '../../support/dataset';

const TEMPLATE = readFileSync(resolve(__dirname, '../../../public/data/template.csv'), 'utf8');
const TEMPLATE_ROWS = TEMPLATE.split(/\r?\n/).filter((l) => /^\d{4}/.test(l)).length;

function Importer({ onLoaded }: { onLoaded: (loaded: LoadedDataset) => void }) {
  const { state, open, dismiss } = useDatasetImport({ onLoaded });
  return (
    <>
      <OpenDatasetButton onOpen={open} />
      <ImportStatus state={state} onDismiss={dismiss} />
    </>
  );
}

beforeEach(() => {
  resetFilterStore();
});

describe('Open dataset…', () => {
  it('is a labelled file picker for .json and .csv, with the CSV and Excel template links', () => {
    render(<Importer onLoaded={() => {}} />);
    const input = screen.getByLabelText('Open dataset…');
    expect(input).toHaveAttribute('type', 'file');
    expect(input.getAttribute('accept')).toMatch(/\.json/);
    expect(input.getAttribute('accept')).toMatch(/\.csv/);
    const link = screen.getByRole('link', { name: 'CSV template' });
    expect(link).toHaveAttribute('href', '/data/template.csv');
    expect(link).toHaveAttribute('download');
    const excel = screen.getByRole('link', { name: 'Excel template (.xlsx)' });
    expect(excel).toHaveAttribute('href', '/data/template.xlsx');
    expect(excel).toHaveTextContent('Excel');
  });

  it('opens a valid CSV and hands the indexed dataset to onLoaded', async () => {
    const user = userEvent.setup();
    const onLoaded = vi.fn();
    render(<Importer onLoaded={onLoaded} />);
    const file = new File([TEMPLATE], 'my-engagements.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Open dataset…'), file);
    await vi.waitFor(() => expect(onLoaded).toHaveBeenCalledTimes(1));
    const loaded = onLoaded.mock.calls[0]![0] as LoadedDataset;
    expect(loaded.origin).toBe('my-engagements.csv');
    expect(loaded.dataset.events).toHaveLength(TEMPLATE_ROWS);
    expect(loaded.index.n).toBe(TEMPLATE_ROWS);
    expect(loaded.dataset.meta.title).toBe('my-engagements');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('opens a valid JSON dataset', async () => {
    const user = userEvent.setup();
    const onLoaded = vi.fn();
    render(<Importer onLoaded={onLoaded} />);
    const file = new File([JSON.stringify(fixtureJson())], 'copy.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Open dataset…'), file);
    await vi.waitFor(() => expect(onLoaded).toHaveBeenCalledTimes(1));
    expect((onLoaded.mock.calls[0]![0] as LoadedDataset).index.n).toBe(16);
  });
});

describe('Open dataset… with problems', () => {
  it('lists the problems of an invalid JSON file and does not switch', async () => {
    const user = userEvent.setup();
    const onLoaded = vi.fn();
    render(<Importer onLoaded={onLoaded} />);
    const broken = fixtureJson();
    broken.events[0]!.date = '2020-02-30';
    broken.events[1]!.participants![0]!.personId = 'ghost';
    const file = new File([JSON.stringify(broken)], 'broken.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Open dataset…'), file);

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'broken.json could not be opened' }),
    ).toBeVisible();
    expect(alert).toHaveTextContent('broken.json is not a valid dataset (2 problems)');
    expect(alert).toHaveTextContent(
      'The dataset that was showing is still here, with your filters.',
    );
    const items = within(within(alert).getByRole('list', { name: 'Problems found' })).getAllByRole(
      'listitem',
    );
    expect(items.map((li) => li.textContent)).toEqual([
      'events[0].date: day 30 does not exist in 2020-02',
      'events[1].participants[0].personId: unknown person "ghost"',
    ]);
    expect(onLoaded).not.toHaveBeenCalled();

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names CSV rows and points to the template', async () => {
    const user = userEvent.setup();
    const onLoaded = vi.fn();
    render(<Importer onLoaded={onLoaded} />);
    const text = [
      'date,title,type,host_country,guest_country,sectors,sources',
      '2022-12-21,Fine,meeting,AZ,RS,Energy,"Trend, 2022-12-21, T"',
      '2022-02-30,Bad date,meeting,AZ,RS,Energy,"Trend, 2022-12-21, T"',
      '2022-12-21,Bad type,chat,AZ,RS,Energy,"Trend, 2022-12-21, T"',
    ].join('\r\n');
    await user.upload(screen.getByLabelText('Open dataset…'), new File([text], 'mine.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('row 3: date: day 30 does not exist in 2022-02');
    expect(alert).toHaveTextContent('row 4: type: "chat" is not an event type');
    expect(within(alert).getByRole('link', { name: 'CSV template' })).toBeInTheDocument();
    expect(onLoaded).not.toHaveBeenCalled();
  });
});

describe('ImportStatus', () => {
  it('shows one progress bar across the phases, with Cancel', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const state: ImportState = {
      status: 'working',
      name: 'big.csv',
      phase: 'parsing',
      fraction: 0.5,
    };
    render(<ImportStatus state={state} onDismiss={onDismiss} />);
    const bar = screen.getByRole('progressbar', { name: 'Opening big.csv' });
    expect(bar).toHaveAttribute('aria-valuenow', '45');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(screen.getByText(/Parsing…/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDismiss).toHaveBeenCalled();
  });

  it('lists at most what it is given and counts the rest', () => {
    const issues = Array.from({ length: 50 }, (_, i) => ({
      path: `events[${i}].date`,
      reason: 'bad',
    }));
    render(
      <ImportStatus
        state={{
          status: 'failed',
          name: 'x.json',
          issues,
          total: 73,
          message: 'x.json is not a valid dataset (73 problems)',
        }}
        onDismiss={() => {}}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByText(/…and 23 more problems/)).toBeInTheDocument();
  });

  it('shows hostile text as text', () => {
    const { container } = render(
      <ImportStatus
        state={{
          status: 'failed',
          name: '<img src=x onerror=alert(1)>.json',
          issues: [{ path: 'meta.title', reason: '<script>alert(1)</script> مرحبا 🤝' }],
          total: 1,
          message: 'bad',
        }}
        onDismiss={() => {}}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('heading')).toHaveTextContent(
      '<img src=x onerror=alert(1)>.json could not be opened',
    );
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'meta.title: <script>alert(1)</script> مرحبا 🤝',
    );
  });

  it('renders nothing when idle', () => {
    const { container } = render(<ImportStatus state={{ status: 'idle' }} onDismiss={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('useDatasetImport', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const onLoaded = vi.fn();
    render(<Importer onLoaded={onLoaded} />);
    const file = new File(['x'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 500 * 1024 * 1024 });
    const read = vi.spyOn(file, 'arrayBuffer');
    const input = screen.getByLabelText('Open dataset…');
    await act(async () => {
      await userEvent.upload(input, file);
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'huge.json is too large (500 MB): JSON files up to 400 MB can be opened in the browser',
    );
    expect(read).not.toHaveBeenCalled();
    expect(onLoaded).not.toHaveBeenCalled();
  });
});
