/**
 * Milestones: the turning points of the relationship (an embassy opening, the strategic
 * partnership declaration, the first gas) that the charts mark as annotations. They are not
 * engagements: they are never counted, and the engagement filters do not reach them.
 */
import type { DatePrecision, MilestoneKind } from '../data/schema';
import type { DatasetIndex } from './dataset-index';
import { dateSortKey, formatEventDate, yearOf } from './dates';
import type { Filters } from './filters';
import { timelinePosition } from './timeline-position';
import { yearInRange } from './visits-view';

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  agreement: 'Agreement',
  embassy: 'Embassy',
  visa: 'Visas',
  council: 'Council',
  energy: 'Energy',
  other: 'Other',
};

/** One milestone as the charts, their key and the table show it. */
export interface MilestoneMark {
  /** Its number on the markers and in the key: its place among all milestones, by date. */
  number: number;
  id: string;
  year: number;
  /** The date as precise as the source allows ("May 2010", "8 Feb 2013"). */
  date: string;
  label: string;
  kind: MilestoneKind;
  kindLabel: string;
  /** The engagement the milestone happened at, when the record holds it. */
  eventId: string | null;
  dateInferred: boolean;
  /** The date as the dataset holds it, and how precise it is: where a timeline puts it. */
  isoDate: string;
  precision: DatePrecision;
}

/** The milestones drawn in one year: one marker, numbered with all of them ("2, 3"). */
export interface MilestoneYear {
  year: number;
  marker: string;
  /** What the marker says in words, for a tooltip or a screen reader. */
  title: string;
  marks: MilestoneMark[];
}

const cache = new WeakMap<DatasetIndex, MilestoneMark[]>();

/** Every milestone of the dataset, by date, numbered from 1 (built once per dataset). */
export function allMilestones(index: DatasetIndex): MilestoneMark[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const sorted = [...(index.dataset.milestones ?? [])].sort((a, b) => {
    const ka = dateSortKey(a.date);
    const kb = dateSortKey(b.date);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const marks = sorted.map((m, i) => ({
    number: i + 1,
    id: m.id,
    year: yearOf(m.date),
    date: formatEventDate(m.date, m.datePrecision),
    label: m.label,
    kind: m.kind,
    kindLabel: MILESTONE_KIND_LABELS[m.kind],
    eventId: m.eventId ?? null,
    dateInferred: m.dateInferred,
    isoDate: m.date,
    precision: m.datePrecision,
  }));
  cache.set(index, marks);
  return marks;
}

/**
 * The milestones to draw under these filters. Only the year range applies: a milestone is a
 * turning point of the relationship, not an engagement, so it has no sector, person,
 * direction, type or level for those filters to match. Numbers stay those of the full list,
 * so "3" names the same milestone whatever the range.
 */
export function milestonesInRange(
  index: DatasetIndex,
  filters: Pick<Filters, 'from' | 'to'>,
): MilestoneMark[] {
  return allMilestones(index).filter((m) => yearInRange(m.year, filters));
}

/** The milestones grouped by year, in order: one marker per year that has any. */
export function milestoneYears(marks: readonly MilestoneMark[]): MilestoneYear[] {
  const out: MilestoneYear[] = [];
  for (const m of marks) {
    const last = out[out.length - 1];
    if (last && last.year === m.year) last.marks.push(m);
    else out.push({ year: m.year, marker: '', title: '', marks: [m] });
  }
  for (const y of out) {
    y.marker = y.marks.map((m) => m.number).join(', ');
    y.title = y.marks.map((m) => `${m.number}. ${m.date}: ${m.label}`).join('; ');
  }
  return out;
}

/** A milestone on the events timeline: its place on the axis of years, 0 … 1. */
export interface TimelineMilestone {
  mark: MilestoneMark;
  position: number;
}

/**
 * The milestones the events timeline marks: those in the year range that fall on its axis
 * (`years`, oldest first), each at its date, as the timeline places engagements.
 */
export function timelineMilestones(
  index: DatasetIndex,
  filters: Pick<Filters, 'from' | 'to'>,
  years: readonly number[],
): TimelineMilestone[] {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return [];
  return milestonesInRange(index, filters)
    .filter((m) => m.year >= first && m.year <= last)
    .map((mark) => ({
      mark,
      position: timelinePosition(mark.isoDate, mark.precision, first, last),
    }));
}
