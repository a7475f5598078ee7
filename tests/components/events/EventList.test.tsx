import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { COMPACT_FROM, EventList } from '../../../src/features/events/EventList';
import { DataExportMenu } from '../../../src/features/export/DataExportMenu';
import { loadDataset } from '../../../src/state/load-dataset';
import { resetFilterStore, useFilterStore } from '../../../src/state/filter-store';
import { fixtureJson } from '../../support/dataset';
import { viewPropsOf } from '../../support/views';

const viewProps = viewPropsOf('events');

function entries() {
  const list = screen.getByRole('list', { name: /^Engagements,/ });
  return within(list)
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('events-row'));
}

function titles() {
  return screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
}

/** The fixture with its events replaced by `n` copies of the first, one a year from 2000. */
function bulkJson(n: number) {
  const json = fixtureJson();
  delete json.milestones; // they name engagements these copies replace
  // The places table names venues these copies no longer visit.
  delete json.places;
  const template = json.events[0]!;
  json.events = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `bulk-${i}`,
    date: `${2000 + (i % 25)}-01-01`,
    title: `Bulk engagement ${i}`,
  }));
  return json;
}

describe('EventList', { timeout: 20_000 }, () => {
  beforeEach(() => {
    resetFilterStore();
  });

  it('lists the engagements newest first, with their count', () => {
    render(<EventList {...viewProps()} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Events' })).toBeInTheDocument();
    expect(screen.getByText('16 engagements')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Newest first' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const rows = entries();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows[0]).toHaveAttribute('aria-setsize', '16');
    const first = within(rows[0]!).getByRole('article');
    expect(within(first).getByText('23 Dec 2024', { selector: '.event-date' })).toBeInTheDocument();
    expect(within(first).getByText('Serbia')).toBeInTheDocument();
    expect(within(first).getByText('Azerbaijan → Serbia trip')).toBeInTheDocument();
    expect(
      within(first).getByRole('heading', {
        name: 'Bayramov and Đurić hold a joint press conference',
      }),
    ).toBeInTheDocument();
    const participants = within(first).getByRole('list', { name: 'Participants' });
    expect(
      within(participants)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Jeyhun Bayramov — Minister of Foreign Affairs of Azerbaijan',
      'Marko Đurić — Minister of Foreign Affairs of Serbia',
    ]);
    expect(within(first).getByRole('button', { name: 'Marko Đurić' })).toBeInTheDocument();
    expect(within(first).getByText('Energy')).toBeInTheDocument();
    expect(within(first).getByText('Trend')).toBeInTheDocument();
  });

  it('switches to oldest first', async () => {
    const user = userEvent.setup();
    render(<EventList {...viewProps()} />);
    await user.click(screen.getByRole('button', { name: 'Oldest first' }));
    expect(screen.getByRole('button', { name: 'Oldest first' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(titles()[0]).toBe(
      "Azerbaijan summons Serbia's chargé d'affaires over arms deliveries to Armenia",
    );
    const first = within(entries()[0]!).getByRole('article');
    expect(within(first).getByText('20 Jul 2020', { selector: '.event-date' })).toBeInTheDocument();
    expect(within(first).getByText('Baku, Azerbaijan')).toBeInTheDocument();
    expect(within(first).getByText('Diplomatic protest')).toBeInTheDocument();
  });

  it('explains inferred dates on demand, and keeps month precision', async () => {
    const user = userEvent.setup();
    render(<EventList {...viewProps({ from: 2022, to: 2022 })} />);
    expect(screen.getByText('4 engagements')).toBeInTheDocument();

    const press = screen
      .getByRole('heading', { name: /address the press: energy links/ })
      .closest('article')!;
    expect(within(press).getByText('21 Dec 2022', { selector: '.event-date' })).toBeInTheDocument();
    const badge = within(press).getByRole('button', { name: /inferred/ });
    expect(badge).toHaveAttribute('aria-expanded', 'false');
    const noteId = badge.getAttribute('aria-controls')!;
    expect(document.getElementById(noteId)).not.toBeVisible();
    await user.click(badge);
    expect(badge).toHaveAttribute('aria-expanded', 'true');
    const note = document.getElementById(noteId)!;
    expect(note).toBeVisible();
    expect(note).toHaveTextContent(/president\.az/);

    const talks = screen.getByRole('heading', { name: /one-on-one talks/ }).closest('article')!;
    expect(within(talks).getByText('21 Dec 2022', { selector: '.event-date' })).toBeInTheDocument();
    expect(within(talks).getByRole('button', { name: /inferred/ })).toBeInTheDocument();

    const month = screen
      .getByRole('heading', { name: /Minister of Defence Industry/ })
      .closest('article')!;
    expect(within(month).getByText('Dec 2022', { selector: '.event-date' })).toBeInTheDocument();
    expect(within(month).getByText('Serbia → Azerbaijan trip')).toBeInTheDocument();
    expect(within(month).getByText('Head of state level')).toBeInTheDocument();
  });

  it('links external sources safely', () => {
    render(<EventList {...viewProps({ from: 2022, to: 2022 })} />);
    const links = screen
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href') === 'https://president.az/en/articles/view/58254');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a).toHaveAttribute('target', '_blank');
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
      expect(a).toHaveTextContent('Presidents of Azerbaijan and Serbia made press statements');
    }
    // The source without a URL is cited as text, and its inferred publication date explained.
    expect(
      screen.getAllByText(/president\.az dates the same press statements to 21 December 2022/)
        .length,
    ).toBeGreaterThan(0);
  });

  it('narrows to the filtered engagements', () => {
    render(<EventList {...viewProps({ sectors: ['energy'] })} />);
    expect(screen.getByText('5 engagements')).toBeInTheDocument();
    expect(entries()).toHaveLength(5);
  });

  it('toggles the person filter from a participant', async () => {
    const user = userEvent.setup();
    render(<EventList {...viewProps()} />);
    const first = within(entries()[0]!).getByRole('article');
    await user.click(within(first).getByRole('button', { name: 'Jeyhun Bayramov' }));
    expect(useFilterStore.getState().filters.people).toEqual(['jeyhun-bayramov']);
  });

  it('offers a reset when nothing matches', async () => {
    const user = userEvent.setup();
    useFilterStore.setState({
      filters: { ...useFilterStore.getState().filters, q: 'zzzz-no-match' },
    });
    render(<EventList {...viewProps({ q: 'zzzz-no-match' })} />);
    expect(screen.getByText('0 engagements')).toBeInTheDocument();
    expect(screen.getByText('No engagement matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(useFilterStore.getState().filters.q).toBe('');
  });

  it('renders hostile text as text and drops unsafe links', () => {
    const json = fixtureJson();
    delete json.milestones; // they name engagements these copies replace
    const hostile = '<img src=x onerror=alert(1)>';
    const last = json.events[json.events.length - 1]!;
    last.title = hostile;
    last.summary = hostile;
    const { container } = render(<EventList {...viewProps({}, loadDataset(json, 'fixture'))} />);
    expect(screen.getByRole('heading', { level: 3, name: hostile })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    for (const a of screen.getAllByRole('link')) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('keeps the DOM small for a large dataset', () => {
    render(<EventList {...viewProps({}, loadDataset(bulkJson(5000), 'fixture'))} />);
    expect(screen.getByText('5,000 engagements')).toBeInTheDocument();
    const rows = entries();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]).toHaveAttribute('aria-setsize', '5000');
  });

  it('folds summaries and sources behind a toggle in very long lists', async () => {
    const user = userEvent.setup();
    const json = fixtureJson();
    delete json.milestones; // they name engagements these copies replace
    delete json.places;
    const template = json.events.find((e) => e.id === '2023-12-10-nis-gas-interconnector')!;
    json.events = Array.from({ length: COMPACT_FROM }, (_, i) => ({
      ...template,
      id: `bulk-${i}`,
      title: `Bulk engagement ${i}`,
    }));
    render(<EventList {...viewProps({}, loadDataset(json, 'fixture'))} />);
    const first = within(entries()[0]!).getByRole('article');
    expect(within(first).queryByText(template.summary!)).toBeNull();
    const toggle = within(first).getByRole('button', { name: 'Summary and sources' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(first).getByText(template.summary!)).toBeVisible();
    expect(
      within(first).getByRole('link', { name: /Serbia–Bulgaria gas interconnector inaugurated/ }),
    ).toHaveAttribute('href', 'https://en.trend.az/business/3835600.html');
  });

  it('shows 20 engagements at a time in the page, with Show more', () => {
    const props = viewProps({}, loadDataset(bulkJson(45), 'fixture'));
    const { rerender } = render(<EventList {...props} />);
    expect(entries()).toHaveLength(20);
    expect(screen.getByText('Showing 20 of 45 engagements.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show all 45 engagements' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(entries()).toHaveLength(40);
    // The keyboard carries on from the first engagement the button brought in.
    expect(document.activeElement).toBe(entries()[20]);
    expect(document.activeElement).toHaveAttribute('aria-posinset', '21');
    fireEvent.click(screen.getByRole('button', { name: 'Show the last 5' }));
    expect(entries()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
    expect(screen.queryByText(/^Showing/)).toBeNull();
    // Other filters start again from the first page.
    rerender(<EventList {...viewProps({ from: 2010 }, loadDataset(bulkJson(45), 'fixture'))} />);
    expect(entries()).toHaveLength(20);
  });

  it('lists every filtered engagement while the page prints, then goes back to the page', () => {
    render(<EventList {...viewProps({}, loadDataset(bulkJson(45), 'fixture'))} />);
    expect(entries()).toHaveLength(20);
    act(() => {
      fireEvent(window, new Event('beforeprint'));
    });
    expect(entries()).toHaveLength(45);
    expect(titles()).toContain('Bulk engagement 44');
    act(() => {
      fireEvent(window, new Event('afterprint'));
    });
    expect(entries()).toHaveLength(20);
  });

  it('has a plain table alternative', async () => {
    const user = userEvent.setup();
    render(<EventList {...viewProps({ sectors: ['energy'] })} />);
    await user.click(screen.getByRole('button', { name: 'View as table' }));
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Date',
      'Title',
      'Type and place',
      'Participants',
      'Sectors',
      'Documents signed',
      'Sources',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(6);
  });

  it('offers the filtered data as CSV and JSON downloads next to its sort buttons', () => {
    const props = viewProps();
    render(<EventList {...props} exports={<DataExportMenu {...props} />} />);
    const panel = screen.getByRole('region', { name: 'Events' });
    expect(
      within(panel).getByRole('button', { name: 'Download CSV (engagements)' }),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole('button', { name: 'Download CSV (people)' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Download JSON' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Newest first' })).toBeInTheDocument();
  });
});
