// What the page should show for a filter state, computed by the pure model from the shipped
// dataset. Browser tests compare the page with it, so they check the wiring (filters, URL,
// history, views) without hand-counted figures that the growing record would break; the
// hand-counted figures live in the model tests, on a frozen fixture.
import { loadDataset } from '../../../src/state/load-dataset';
import { computeDashboard, filteredEvents } from '../../../src/model/dashboard';
import { formatYearSpan } from '../../../src/model/dates';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { shippedJson } from '../../support/dataset';

const shipped = loadDataset(shippedJson(), 'data/az-rs.json');
export const shippedIndex = shipped.index;

export interface Expected {
  engagements: number;
  visits: number;
  documents: number;
  yearsCovered: string;
  /** The Events view's count line, e.g. "68 engagements". */
  eventsLine: string;
  titles: string[];
  firstPerson: string;
}

export function expected(filters: Partial<Filters> = {}): Expected {
  const f = { ...emptyFilters(), ...filters };
  const data = computeDashboard(shipped.index, f);
  const h = data.headline;
  return {
    engagements: h.engagements,
    visits: h.visits,
    documents: h.documents,
    yearsCovered: formatYearSpan(h.firstYear, h.lastYear),
    eventsLine: `${h.engagements.toLocaleString('en-GB')} ${h.engagements === 1 ? 'engagement' : 'engagements'}`,
    titles: filteredEvents(shipped.index, data.mask).map((e) => e.title),
    firstPerson: data.people[0]?.name ?? '',
  };
}

/** A RegExp that matches the start of a count line exactly, e.g. /^68 engagements/. */
export const startsWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
