import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartExportMenu } from '../../../src/features/export/ChartExportMenu';
import { titleOf } from '../../support/views';
import { resetFilterStore } from '../../../src/state/filter-store';
import { viewProps } from '../../support/dataset';

vi.mock('../../../src/features/export/raster', () => ({
  // jsdom cannot draw: stand in a tiny "PNG".
  svgToPngBlob: vi.fn(async () => new Blob(['png'], { type: 'image/png' })),
}));

interface Download {
  href: string;
  download: string;
}

function spyDownloads() {
  const blobs: Blob[] = [];
  const downloads: Download[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ href: this.getAttribute('href') ?? '', download: this.download });
  });
  return { blobs, downloads };
}

function stubClipboard(write: (items: unknown[]) => Promise<void>) {
  vi.stubGlobal(
    'ClipboardItem',
    class {
      constructor(readonly items: Record<string, unknown>) {}
    },
  );
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write } });
}

beforeEach(() => {
  resetFilterStore();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('ChartExportMenu', () => {
  it('downloads a standalone SVG named after the chart and the filters', async () => {
    const user = userEvent.setup();
    const { blobs, downloads } = spyDownloads();
    const props = viewProps({ sectors: ['energy'], from: 2020, to: 2024 });
    render(
      <ChartExportMenu chart="visit-frequency" title={titleOf('visit-frequency')} {...props} />,
    );

    await user.click(screen.getByRole('button', { name: 'Download SVG' }));
    // The writers load on the first download: wait for the file.
    await vi.waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());

    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(blobs[0]!.type).toBe('image/svg+xml;charset=utf-8');
    const svg = await blobs[0]!.text();
    expect(svg).toContain('Visit frequency');
    expect(svg).toContain('Sector: Energy · 2020–2024');
    expect(downloads).toEqual([
      { href: 'blob:test/1', download: 'az-rs-visit-frequency-by-direction-energy-2020-2024.svg' },
    ]);
    // The temporary link does not stay in the page.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('downloads a PNG of the chosen chart', async () => {
    const user = userEvent.setup();
    const { blobs, downloads } = spyDownloads();
    render(
      <ChartExportMenu
        chart="people-involved"
        title={titleOf('people-involved')}
        {...viewProps()}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    // The writers load on the first download: wait for the file.
    await vi.waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());

    expect(blobs.at(-1)!.type).toBe('image/png');
    expect(downloads.at(-1)!.download).toBe('az-rs-people-involved.png');
  });

  it('uses the visit chart options it is given, and names the file after them', async () => {
    const user = userEvent.setup();
    const { blobs, downloads } = spyDownloads();
    render(
      <ChartExportMenu
        chart="visit-frequency"
        title={titleOf('visit-frequency')}
        {...viewProps()}
        visitMode="level"
        showContacts={false}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Download SVG' }));
    // The writers load on the first download: wait for the file.
    await vi.waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const svg = await blobs[0]!.text();
    expect(svg).toContain('Head of state');
    expect(svg).not.toContain('Contacts without travel');
    expect(downloads.at(-1)!.download).toBe('az-rs-visit-frequency-by-level-without-contacts.svg');
  });

  it('offers "Copy image" only where the clipboard takes images', () => {
    render(
      <ChartExportMenu
        chart="cooperation-areas"
        title={titleOf('cooperation-areas')}
        {...viewProps()}
      />,
    );
    expect(
      screen.getByRole('group', { name: `Export ${titleOf('cooperation-areas')}` }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Copy image' })).toBeNull();
  });

  it('copies the image and says so', async () => {
    const user = userEvent.setup();
    const write = vi.fn(async (_items: unknown[]) => {});
    stubClipboard(write);
    render(
      <ChartExportMenu
        chart="cooperation-areas"
        title={titleOf('cooperation-areas')}
        {...viewProps()}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Copy image' }));

    expect(write).toHaveBeenCalledTimes(1);
    const item = write.mock.calls[0]![0][0] as { items: Record<string, unknown> };
    expect(Object.keys(item.items)).toEqual(['image/png']);
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
  });

  it('says when copying fails', async () => {
    const user = userEvent.setup();
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    render(
      <ChartExportMenu
        chart="visit-frequency"
        title={titleOf('visit-frequency')}
        {...viewProps()}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy image' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Copy failed');
  });
});
