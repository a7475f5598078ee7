/**
 * The people, sectors, sources and countries an imported CSV names, gathered row by row. Each
 * is created on first sight with an id made from its name ("Aleksandar Vučić" →
 * aleksandar-vucic), so the same name always gives the same entity, and remembers the row
 * that first named it (problems found later are reported there).
 */
import { foldText, slugId } from '../lib/text';
import { isCountryCode } from './country-names';
import { MAX_MADE_ID, type ParticipantCell } from './csv-cells';
import { hostOf, type SourceCell } from './csv-source-cells';
import type { DatasetInput } from './schema';

type PersonInput = DatasetInput['people'][number];
type SectorInput = DatasetInput['sectors'][number];
type SourceInput = DatasetInput['sources'][number];

/** Keeps ids unique: `base`, `base-2`, `base-3`, … */
export class IdPool {
  private used = new Set<string>();
  reserve(id: string): void {
    this.used.add(id);
  }
  take(base: string): string {
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}-${k}`;
    this.used.add(id);
    return id;
  }
}

export class PersonRegistry {
  readonly people: PersonInput[] = [];
  readonly rows: number[] = [];
  private byKey = new Map<string, number>();
  private ids = new IdPool();
  private countryGiven: boolean[] = [];
  /** Per person: each role's latest day (YYYY-MM-DD, or "" when undated). */
  private roleDates: Map<string, string>[] = [];

  /** The person a participant cell names (by `givenId` when the file has one), created on first sight. */
  add(parsed: ParticipantCell, givenId: string | undefined, row: number, roleAsOf: string): number {
    const { slug } = parsed;
    const key = givenId ?? (slug !== '' ? slug : `name:${parsed.folded.replace(/\s+/g, ' ')}`);
    let at = this.byKey.get(key);
    if (at === undefined) {
      at = this.people.length;
      const id = givenId ?? this.ids.take(slug !== '' ? slug : 'person');
      if (givenId) this.ids.reserve(givenId);
      this.people.push({
        id,
        name: parsed.name,
        aliases: [],
        country: parsed.country ?? '',
        roles: [],
      });
      this.rows.push(row);
      this.countryGiven.push(parsed.country !== null);
      this.roleDates.push(new Map());
      this.byKey.set(key, at);
    } else {
      this.seeAgain(at, parsed);
    }
    if (parsed.role !== '') {
      const dates = this.roleDates[at]!;
      const prev = dates.get(parsed.role);
      if (prev === undefined || roleAsOf > prev) dates.set(parsed.role, roleAsOf);
    }
    return at;
  }

  /** Another spelling becomes an alias; the first country given is the person's. */
  private seeAgain(at: number, parsed: ParticipantCell): void {
    const person = this.people[at]!;
    const { name, folded } = parsed;
    if (
      person.name !== name &&
      foldText(person.name) !== folded &&
      !(person.aliases ?? []).some((a) => a === name || foldText(a) === folded)
    ) {
      (person.aliases ??= []).push(name);
    }
    if (!this.countryGiven[at] && parsed.country !== null) {
      person.country = parsed.country;
      this.countryGiven[at] = true;
    }
  }

  /**
   * The country of a participant written without one: the person's, else `fallback`, which
   * also becomes the person's when they have none yet.
   */
  countryOf(at: number, fallback: string): string {
    const person = this.people[at]!;
    if (this.countryGiven[at]) return person.country;
    if (person.country === '') person.country = fallback;
    return fallback;
  }

  /** Sets every person's roles, oldest first (undated ones before). */
  finishRoles(): void {
    this.people.forEach((person, i) => {
      const roles = [...this.roleDates[i]!.entries()];
      roles.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      person.roles = roles.map(([title, asOf]) => (asOf !== '' ? { title, asOf } : { title }));
    });
  }
}

/** "defence-industry" → "Defence industry". */
function prettyLabel(slug: string): string {
  const words = slug.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface SectorLabel {
  key: string;
  slug: string;
  label: string;
  /** The label was made from an id: a label written in the file replaces it. */
  pretty: boolean;
}

function sectorLabel(raw: string): SectorLabel {
  const slug = slugId(raw, MAX_MADE_ID);
  const pretty = raw === slug;
  return {
    key: slug !== '' ? slug : `label:${foldText(raw)}`,
    slug,
    label: pretty ? prettyLabel(raw) : raw,
    pretty,
  };
}

export class SectorRegistry {
  readonly sectors: SectorInput[] = [];
  readonly rows: number[] = [];
  private byKey = new Map<string, number>();
  private pretty: boolean[] = [];
  private ids = new IdPool();
  private labels = new Map<string, SectorLabel>();

  /** Sector ids from the `sector_ids` cell, labelled by the `sectors` cell when the counts agree. */
  fromIds(ids: readonly string[], labels: readonly string[], row: number): string[] {
    const labelled = labels.length === ids.length;
    return ids.map((id, j) => {
      const label = labelled ? labels[j]! : prettyLabel(id);
      return this.add(id, id, label, row, !labelled);
    });
  }

  /** Sector ids for the labels (or ids) of the `sectors` cell. */
  fromLabels(labels: readonly string[], row: number): string[] {
    return labels.map((raw) => {
      let s = this.labels.get(raw);
      if (s === undefined) {
        s = sectorLabel(raw);
        this.labels.set(raw, s);
      }
      return this.add(s.key, s.slug, s.label, row, s.pretty);
    });
  }

  /** The id of the sector known by `key`, created on first sight. */
  private add(key: string, id: string, label: string, row: number, pretty: boolean): string {
    const at = this.byKey.get(key);
    if (at !== undefined) {
      const sector = this.sectors[at]!;
      if (this.pretty[at] && !pretty) {
        sector.label = label;
        this.pretty[at] = false;
      }
      return sector.id;
    }
    const newId = id !== '' ? id : this.ids.take('sector');
    this.ids.reserve(newId);
    this.byKey.set(key, this.sectors.length);
    this.sectors.push({ id: newId, label });
    this.rows.push(row);
    this.pretty.push(pretty);
    return newId;
  }
}

export class SourceRegistry {
  readonly sources: SourceInput[] = [];
  readonly rows: number[] = [];
  private byKey = new Map<string, number>();
  private ids = new IdPool();

  /**
   * The id of a source cell item. Without a publication date it takes `fallbackPublished`
   * (marked as inferred); without a publisher, the URL's site.
   */
  add(cell: SourceCell, fallbackPublished: string, row: number): string {
    const { url } = cell;
    const published = cell.dateUnknown ? undefined : (cell.published ?? fallbackPublished);
    const publisher = cell.publisher ?? hostOf(url ?? '') ?? 'Unknown publisher';
    const title = cell.title ?? url ?? publisher;
    const key =
      cell.published === undefined && !cell.dateUnknown && url !== undefined
        ? `url:${url}`
        : `${publisher}\u0000${published ?? ''}\u0000${title}`;
    const at = this.byKey.get(key);
    if (at !== undefined) {
      const source = this.sources[at]!;
      if (url !== undefined && source.url === undefined) source.url = url;
      return source.id;
    }
    const slug = slugId([publisher, published, title].filter(Boolean).join(' '), 60);
    const id = this.ids.take(slug || 'source');
    this.sources.push({
      id,
      publisher,
      ...(published !== undefined ? { published } : {}),
      ...publicationNote(cell),
      ...(url !== undefined ? { url } : {}),
      title,
    });
    this.rows.push(row);
    this.byKey.set(key, this.sources.length - 1);
    return id;
  }
}

/** Why a source has no publication date of its own. */
function publicationNote(cell: SourceCell): Partial<SourceInput> {
  if (cell.dateUnknown)
    return { publishedNote: 'The CSV gives no publication date ("date unknown").' };
  if (cell.published !== undefined) return {};
  return {
    publishedInferred: true,
    publishedNote: "No publication date was given; the engagement's date is used instead.",
  };
}

/** How often each country code occurs, to find the pair. */
export class CountryTally {
  private asSide = new Map<string, number>();
  private elsewhere = new Map<string, number>();
  private firstSeen = new Map<string, number>();

  /** `side`: as host or guest (which decides the pair), else as a place or participant. */
  see(code: string | null | undefined, side: boolean): void {
    if (!code || !isCountryCode(code)) return;
    if (!this.firstSeen.has(code)) this.firstSeen.set(code, this.firstSeen.size);
    const counts = side ? this.asSide : this.elsewhere;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }

  private rank(counts: Map<string, number>): string[] {
    return [...counts.keys()].sort(
      (a, b) => counts.get(b)! - counts.get(a)! || this.firstSeen.get(a)! - this.firstSeen.get(b)!,
    );
  }

  /** The two codes most used as host or guest, then by place and participants. */
  pair(): string[] {
    const pair = this.rank(this.asSide).slice(0, 2);
    for (const code of this.rank(this.elsewhere)) {
      if (pair.length >= 2) break;
      if (!pair.includes(code)) pair.push(code);
    }
    return pair;
  }

  /** Every other code, in order of first sight. */
  others(pair: readonly string[]): string[] {
    return [...this.firstSeen.keys()].filter((c) => !pair.includes(c));
  }
}
