import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { Providers } from '../../../src/app/providers';
import { resetFilterStore } from '../../../src/state/filter-store';
import { fixtureJson } from '../../support/dataset';

function respondWith(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }),
    ),
  );
}

function renderApp() {
  return render(
    <Providers>
      <App />
    </Providers>,
  );
}

beforeEach(() => {
  resetFilterStore();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App shell', () => {
  it('shows a loading state while the dataset is on its way', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset');
  });

  it('shows the title, the date span and the counts once loaded', async () => {
    respondWith(JSON.stringify(fixtureJson()));
    renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Azerbaijan–Serbia relations' }),
    ).toBeInTheDocument();
    // The fixture states no coverage, so the header claims none.
    expect(
      screen.getByText('2020–2024 · 16 engagements · coverage not stated by the dataset'),
    ).toBeInTheDocument();
    expect(screen.getByText(/7 visits · 14 people · 12 sources/)).toBeInTheDocument();
    const headline = screen.getByRole('region', { name: 'Headline numbers' });
    expect(within(headline).getByText('Engagements').nextElementSibling).toHaveTextContent('16');
    expect(within(headline).getByText('Visits').nextElementSibling).toHaveTextContent('7');
  });

  it('counts one trip as "1 visit"', async () => {
    const json = fixtureJson();
    const trip = json.events.find((e) => e.visitId && e.hostCountry && e.guestCountry)!;
    // Milestones and places that point at other engagements go with them.
    respondWith(JSON.stringify({ ...json, events: [trip], milestones: [], places: [] }));
    renderApp();
    expect(await screen.findByText(/^1 visit · 14 people · 12 sources/)).toBeInTheDocument();
  });

  it('states the coverage a dataset declares, and never more', async () => {
    const json = fixtureJson();
    json.meta.coverage = {
      from: '1997-08-21',
      to: '2026-12-01',
      method: 'Searched stored public pages in four languages.',
      lastSearched: '2026-12-01',
      gaps: ['No pages for 1998–2008.'],
    };
    respondWith(JSON.stringify(json));
    renderApp();
    expect(
      await screen.findByText('1997–2026 · 16 engagements · from public reporting, not exhaustive'),
    ).toBeInTheDocument();
    const about = await screen.findByRole(
      'region',
      { name: 'About this data' },
      { timeout: 10_000 },
    );
    expect(within(about).getByText('21 Aug 1997 to 1 Dec 2026')).toBeInTheDocument();
    expect(
      within(about).getByText('Searched stored public pages in four languages.'),
    ).toBeInTheDocument();
    expect(within(about).getByText('No pages for 1998–2008.')).toBeInTheDocument();
    expect(within(about).getByRole('link', { name: 'read the methodology' })).toHaveAttribute(
      'href',
      'methodology.html',
    );
  });

  it('explains an invalid dataset instead of showing a blank page', async () => {
    const broken = fixtureJson();
    broken.events[0]!.date = '2020-02-30';
    broken.events[1]!.participants![0]!.personId = 'ghost';
    respondWith(JSON.stringify(broken));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('data/az-rs.json is not a valid dataset (2 problems)');
    expect(alert).toHaveTextContent('events[0].date: day 30 does not exist in 2020-02');
    expect(alert).toHaveTextContent('events[1].participants[0].personId: unknown person "ghost"');
  });

  it('explains a dataset that is not JSON or cannot be reached', async () => {
    respondWith('<html>oops</html>');
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('data/az-rs.json is not valid JSON');
  });

  it('explains a missing dataset', async () => {
    respondWith('not found', 404);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load data/az-rs.json: the server answered 404',
    );
  });
});
