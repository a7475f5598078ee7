import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../../src/data/validate-dataset';
import { DataExportMenu } from '../../../src/features/export/DataExportMenu';
import { resetFilterStore } from '../../../src/state/filter-store';
import { viewProps } from '../../support/dataset';

function spyDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

beforeEach(() => {
  resetFilterStore();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DataExportMenu', () => {
  it('downloads the filtered engagements as CSV with a BOM', async () => {
    const user = userEvent.setup();
    const { blobs, names } = spyDownloads();
    render(<DataExportMenu {...viewProps({ sectors: ['energy'] })} />);

    await user.click(screen.getByRole('button', { name: 'Download CSV (engagements)' }));
    // The writers load on the first download: wait for the file.
    await vi.waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());

    expect(names).toEqual(['az-rs-events-energy.csv']);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(Array.from((await bytes(blobs[0]!)).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobs[0]!.text();
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(5 + 1);
    expect(text).toContain('Vučić');
  });

  it('downloads the people ranking as CSV', async () => {
    const user = userEvent.setup();
    const { blobs, names } = spyDownloads();
    const props = viewProps({ from: 2023 });
    render(<DataExportMenu {...props} />);

    await user.click(screen.getByRole('button', { name: 'Download CSV (people)' }));
    // The writers load on the first download: wait for the file.
    await vi.waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());

    expect(names).toEqual(['az-rs-people-from-2023.csv']);
    const lines = (await blobs[0]!.text()).split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(props.data.people.length + 1);
  });

  it('downloads a dataset file that validates', async () => {
    const user = userEvent.setup();
    const { blobs, names } = spyDownloads();
    render(<DataExportMenu {...viewProps({ sectors: ['energy'] })} />);

    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    // The writers load on the first download: wait for the file.
    await vi.waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());

    expect(names).toEqual(['az-rs-dataset-energy.json']);
    expect(blobs[0]!.type).toBe('application/json');
    const result = validateDataset(JSON.parse(await blobs[0]!.text()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.events).toHaveLength(5);
  });
});
