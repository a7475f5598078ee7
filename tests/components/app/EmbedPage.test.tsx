import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedPage } from '../../../src/app/EmbedPage';
import { describeFilters, sourceLine } from '../../../src/model/describe';
import { emptyFilters } from '../../../src/model/filters';
import { datasetQueryOptions } from '../../../src/state/dataset-query';
import { parseEmbedUrl } from '../../../src/state/embed-url';
import { loadFixture } from '../../support/dataset';

afterEach(() => {
  vi.restoreAllMocks();
});

function renderEmbed(search: string, loaded = loadFixture()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryOptions().queryKey, loaded);
  render(
    <QueryClientProvider client={client}>
      <EmbedPage embed={parseEmbedUrl(search)} />
    </QueryClientProvider>,
  );
  return loaded;
}

describe('EmbedPage', () => {
  it('shows the chart’s title, its filters in words, the source and a link back', async () => {
    // A phone-wide frame: the sectors listed, as on the dashboard.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(336);
    const loaded = renderEmbed('?view=cooperation-areas&sector=energy&from=2020');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Cooperation by sector and year',
    );
    const filters = { ...emptyFilters(), sectors: ['energy'], from: 2020 };
    expect(screen.getByText(describeFilters(filters, loaded.index))).toBeTruthy();
    expect(screen.getByText(sourceLine(loaded.index))).toBeTruthy();
    const back = screen.getByRole('link', { name: 'Open in the full dashboard' });
    expect(back.getAttribute('href')).toBe('/?sector=energy&from=2020#view-cooperation-areas');
    expect(back.getAttribute('target')).toBe('_blank');
    expect(back.getAttribute('rel')).toBe('noopener');
    // The chart itself (lazy): one entry per sector.
    const list = await screen.findByRole('list', { name: 'Cooperation by sector and year' });
    expect(list.querySelectorAll('.sectors-item').length).toBe(loaded.index.dataset.sectors.length);
    // Read only: no filter buttons in an embed.
    expect(list.querySelectorAll('button')).toHaveLength(0);
  });

  it('drops ids the dataset does not know from the caption and the link', () => {
    renderEmbed('?view=people-involved&sector=energy,no-such-sector');
    expect(screen.getByText('Sector: Energy')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Open in the full dashboard' }).getAttribute('href'),
    ).toBe('/?sector=energy#view-people-involved');
  });

  it('explains an unknown chart and lists the ones there are', () => {
    renderEmbed('?view=%3Cimg%20src%3Dx%3E');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Chart not found');
    expect(
      screen.getByText(
        /There is no chart “<img src=x>”\. Charts that can be embedded: “visit-frequency”/,
      ),
    ).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('link').getAttribute('href')).toBe('/');
  });

  it('explains a link that names no chart', () => {
    renderEmbed('?sector=energy');
    expect(screen.getByText(/This link names no chart\./)).toBeTruthy();
  });
});
