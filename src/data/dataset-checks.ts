/**
 * The checks a schema cannot express: real dates, unique ids, references between events,
 * people, sectors, sources and countries, and the sides of a visit. Zod-free, so the first
 * paint can check the shipped dataset without loading zod.
 */
import type { DatasetIssue } from './dataset-error';
import type { Dataset, DatePrecision } from './schema';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Returns why a date string is not a real date of the stated precision, or null when it is. */
export function dateProblem(date: string, precision: 'year' | 'month' | 'day'): string | null {
  const parts = date.split('-');
  const expected = precision === 'year' ? 1 : precision === 'month' ? 2 : 3;
  if (parts.length !== expected) {
    return `"${date}" does not match datePrecision "${precision}" (expected ${
      ['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][expected - 1]
    })`;
  }
  const [y, m, d] = parts.map(Number) as [number, number?, number?];
  if (y < 1800 || y > 2200) return `year ${y} is out of range 1800–2200`;
  if (m !== undefined && (m < 1 || m > 12)) return `month ${m} does not exist`;
  if (m !== undefined && d !== undefined) {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const max = m === 2 && !leap ? 28 : (DAYS_IN_MONTH[m - 1] ?? 31);
    if (d < 1 || d > max) return `day ${d} does not exist in ${y}-${String(m).padStart(2, '0')}`;
  }
  return null;
}

/** YYYY, YYYY-MM or YYYY-MM-DD of the stated precision: a real date, or not plainly so. */
const PLAIN_DATE =
  /^(18\d\d|19\d\d|2[01]\d\d|2200)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * `dateProblem` without splitting strings for the common case: a well-formed date of the
 * right precision whose day exists returns null at once; anything else gets the full answer.
 */
function quickDateProblem(date: string, precision: DatePrecision): string | null {
  const m = PLAIN_DATE.exec(date);
  if (m !== null) {
    const parts = m[3] !== undefined ? 3 : m[2] !== undefined ? 2 : 1;
    const expected = precision === 'year' ? 1 : precision === 'month' ? 2 : 3;
    if (parts === expected && (parts < 3 || Number(m[3]) <= 28)) return null;
  }
  return dateProblem(date, precision);
}

function checkUnique(
  items: ReadonlyArray<{ id: string }>,
  collection: string,
  issues: DatasetIssue[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      issues.push({ path: `${collection}[${i}].id`, reason: `duplicate id "${item.id}"` });
    }
    seen.add(item.id);
  });
  return seen;
}

type Report = (path: string, reason: string) => void;
type DatasetEvent = Dataset['events'][number];

/** The ids and codes a dataset defines, for checking what refers to them. */
interface Known {
  /** The pair and the other countries. */
  countries: ReadonlySet<string>;
  pair: ReadonlySet<string>;
  people: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/** Every country code of meta; a code listed twice in the pair is reported. */
function metaCountries(meta: Dataset['meta'], report: Report): Set<string> {
  const countries = new Set<string>();
  meta.countries.forEach((c, i) => {
    if (countries.has(c.code)) report(`meta.countries[${i}].code`, `duplicate country "${c.code}"`);
    countries.add(c.code);
  });
  meta.otherCountries.forEach((c) => countries.add(c.code));
  return countries;
}

/** `path` is the field's path, or (on the hot path of events) a prefix and `field` the rest. */
function checkCountry(
  known: Known,
  code: string | null | undefined,
  path: string,
  report: Report,
  field = '',
) {
  if (code != null && !known.countries.has(code)) {
    report(
      path + field,
      `unknown country "${code}" (add it to meta.countries or meta.otherCountries)`,
    );
  }
}

/** Date, countries and place of one event: who travelled where. */
function checkEventSides(e: DatasetEvent, at: string, known: Known, report: Report): void {
  const problem = quickDateProblem(e.date, e.datePrecision);
  if (problem) report(`${at}.date`, problem);
  // Paths are built only when reported: 10^5 events make millions of checks.
  checkCountry(known, e.hostCountry, at, report, '.hostCountry');
  checkCountry(known, e.guestCountry, at, report, '.guestCountry');
  if (e.place) checkCountry(known, e.place.country, at, report, '.place.country');
  const { hostCountry: host, guestCountry: guest } = e;
  if (guest !== null && guest === host) {
    report(`${at}.guestCountry`, `guest and host are both "${guest}"`);
  }
  if (guest !== null && host === null) {
    report(`${at}.hostCountry`, 'a travelling guest needs a hostCountry');
  }
  if (host !== null && !known.pair.has(host)) {
    report(
      `${at}.hostCountry`,
      `"${host}" is not one of the pair; a meeting in a third country has no host or guest (the place says where it was)`,
    );
  }
  if (guest !== null && !known.pair.has(guest)) {
    report(`${at}.guestCountry`, `"${guest}" is not one of the pair`);
  }
  const placeCountry = e.place?.country;
  if (host !== null && guest !== null && placeCountry !== undefined && placeCountry !== host) {
    report(
      `${at}.place.country`,
      `a visit hosted by "${host}" cannot take place in "${placeCountry}"`,
    );
  }
  if (e.placeInferred && !e.place) {
    report(`${at}.placeInferred`, 'is true but the event has no place');
  }
}

/** The people, sectors and sources one event names exist. */
function checkEventReferences(e: DatasetEvent, at: string, known: Known, report: Report): void {
  e.documents.forEach((d, j) => {
    d.signatories.forEach((s, k) => {
      if (!known.people.has(s)) {
        report(`${at}.documents[${j}].signatories[${k}]`, `unknown person "${s}"`);
      }
    });
  });
  e.participants.forEach((p, j) => {
    if (!known.people.has(p.personId)) {
      report(`${at}.participants[${j}].personId`, `unknown person "${p.personId}"`);
    }
    if (!known.countries.has(p.country)) {
      checkCountry(known, p.country, `${at}.participants[${j}].country`, report);
    }
  });
  e.sectors.forEach((s, j) => {
    if (!known.sectors.has(s)) report(`${at}.sectors[${j}]`, `unknown sector "${s}"`);
  });
  e.sourceIds.forEach((s, j) => {
    if (!known.sources.has(s)) report(`${at}.sourceIds[${j}]`, `unknown source "${s}"`);
  });
}

/** A check, event by event, that the events of one visit share their guest and host. */
function visitSidesChecker(report: Report) {
  const first = new Map<string, { guest: string | null; host: string | null; index: number }>();
  const side = (code: string | null) => code ?? 'none';
  return (e: DatasetEvent, i: number, at: string) => {
    if (e.visitId === null) return;
    const seen = first.get(e.visitId);
    if (!seen) {
      first.set(e.visitId, { guest: e.guestCountry, host: e.hostCountry, index: i });
    } else if (seen.guest !== e.guestCountry || seen.host !== e.hostCountry) {
      report(
        `${at}.visitId`,
        `visit "${e.visitId}" has guest/host ${side(e.guestCountry)}→${side(e.hostCountry)} here but ${side(seen.guest)}→${side(seen.host)} in events[${seen.index}]`,
      );
    }
  };
}

/** Milestones: real dates, unique ids, and the sources and engagement they cite exist. */
function checkMilestones(
  milestones: NonNullable<Dataset['milestones']>,
  events: ReadonlySet<string>,
  known: Known,
  issues: DatasetIssue[],
  report: Report,
): void {
  checkUnique(milestones, 'milestones', issues);
  milestones.forEach((m, i) => {
    const at = `milestones[${i}]`;
    const problem = quickDateProblem(m.date, m.datePrecision);
    if (problem) report(`${at}.date`, problem);
    if (m.eventId !== undefined && !events.has(m.eventId)) {
      report(`${at}.eventId`, `unknown event "${m.eventId}"`);
    }
    m.sourceIds.forEach((s, j) => {
      if (!known.sources.has(s)) report(`${at}.sourceIds[${j}]`, `unknown source "${s}"`);
    });
  });
}

const placeName = (city: string | undefined, country = '') =>
  city === undefined ? country : `${city}, ${country}`;

/**
 * The places table: each row cites known sources, names a known country, is listed once,
 * and is a venue some event took place in (by city and country).
 */
function checkPlaces(data: Dataset, known: Known, report: Report): void {
  const places = data.places;
  if (places === undefined) return;
  const venues = new Set<string>();
  for (const e of data.events) if (e.place) venues.add(placeName(e.place.city, e.place.country));
  const seen = new Set<string>();
  places.forEach((p, i) => {
    const at = `places[${i}]`;
    const name = placeName(p.city, p.country);
    checkCountry(known, p.country, `${at}.country`, report);
    if (seen.has(name)) report(`${at}.city`, `duplicate place "${name}"`);
    seen.add(name);
    if (!venues.has(name)) report(`${at}.city`, `no event takes place in "${name}"`);
    p.sourceIds.forEach((s, j) => {
      if (!known.sources.has(s)) report(`${at}.sourceIds[${j}]`, `unknown source "${s}"`);
    });
  });
}

/** Cross-reference checks that a schema cannot express. */
export function referentialIssues(data: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const report: Report = (path, reason) => issues.push({ path, reason });
  const sources = checkUnique(data.sources, 'sources', issues);
  const sectors = checkUnique(data.sectors, 'sectors', issues);
  const people = checkUnique(data.people, 'people', issues);
  const events = checkUnique(data.events, 'events', issues);
  const known: Known = {
    countries: metaCountries(data.meta, report),
    pair: new Set(data.meta.countries.map((c) => c.code)),
    people,
    sectors,
    sources,
  };
  data.people.forEach((p, i) => checkCountry(known, p.country, `people[${i}].country`, report));
  const checkVisitSides = visitSidesChecker(report);
  data.events.forEach((e, i) => {
    const at = `events[${i}]`;
    checkEventSides(e, at, known, report);
    checkEventReferences(e, at, known, report);
    checkVisitSides(e, i, at);
  });
  if (data.milestones) checkMilestones(data.milestones, events, known, issues, report);
  checkPlaces(data, known, report);
  return issues;
}
