import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, EngagementEvent } from '../../../src/data/schema';
import { validateDataset } from '../../../src/data/validate-dataset';
import { buildIndex, eventDirectionKey } from '../../../src/model/dataset-index';
import { ELSEWHERE } from '../../../src/model/filters';
import { searchableText } from '../../../src/lib/text';
import { shippedJson } from '../../support/dataset';

/**
 * The shipped record itself: these tests hold for any size of the record, and pin the
 * facts an audit corrected, so they cannot silently come back.
 */
const result = validateDataset(shippedJson());
if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
const data: Dataset = result.dataset;
const sourceById = new Map(data.sources.map((s) => [s.id, s]));
const event = (id: string): EngagementEvent => {
  const e = data.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const people = (e: EngagementEvent) => e.participants.map((p) => p.personId);
const tripOf = (visitId: string) => data.events.filter((e) => e.visitId === visitId);

// A copy of shared/seeds/, the five articles the record began from.
const SEEDS_DIR = resolve(__dirname, '../../fixtures/seeds');
const seedFiles = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));

describe('the shipped dataset', () => {
  it('validates', () => {
    expect(result.ok).toBe(true);
  });

  it('cites, for every engagement, at least one source with a URL or a seed file', () => {
    const uncited = data.events.filter(
      (e) => !e.sourceIds.some((id) => sourceById.get(id)?.url || sourceById.get(id)?.seedFile),
    );
    expect(uncited.map((e) => e.id)).toEqual([]);
  });

  it('gives every source a URL or a seed file, and a date or a note saying why it has none', () => {
    const untraceable = data.sources.filter((s) => !s.url && !s.seedFile).map((s) => s.id);
    expect(untraceable).toEqual([]);
    const undated = data.sources.filter((s) => !s.published && !s.publishedNote?.trim());
    expect(undated.map((s) => s.id)).toEqual([]);
  });

  it('explains every inferred date and place', () => {
    expect(data.events.filter((e) => e.dateInferred && !e.dateNote).map((e) => e.id)).toEqual([]);
    expect(data.events.filter((e) => e.placeInferred && !e.placeNote).map((e) => e.id)).toEqual([]);
  });

  it('states its coverage: period, method, last search and known gaps', () => {
    const c = data.meta.coverage!;
    expect(c).toBeDefined();
    const first = [...data.events].sort((a, b) => a.date.localeCompare(b.date))[0]!;
    expect(c.from <= first.date).toBe(true);
    expect(c.to >= '2026').toBe(true);
    expect(c.gaps.length).toBeGreaterThan(0);
    expect(data.meta.description).toMatch(/not exhaustive/i);
  });

  it('runs from the earliest reported contact to 2026, with years before and after the seeds', () => {
    const years = new Set(data.events.map((e) => Number(e.date.slice(0, 4))));
    expect(Math.min(...years)).toBeLessThanOrEqual(1997);
    expect(Math.max(...years)).toBe(2026);
    // 2021 was empty in the first release; ministers travelled both ways that year.
    const index = buildIndex(data);
    const trips2021 = index.visits.filter((v) => v.year === 2021 && v.bilateral);
    expect(new Set(trips2021.map((v) => v.direction))).toEqual(new Set(['AZ-RS', 'RS-AZ']));
  });

  it('codes third-country meetings with no host or guest, so they are never a visit', () => {
    const abroad = data.events.filter(
      (e) => e.place?.country !== undefined && !['AZ', 'RS'].includes(e.place.country),
    );
    expect(abroad.length).toBeGreaterThan(0);
    for (const e of abroad) {
      expect([e.id, e.hostCountry, e.guestCountry]).toEqual([e.id, null, null]);
      expect(eventDirectionKey(e, ['AZ', 'RS'])).toBe(ELSEWHERE);
    }
  });

  it('shows readers only real spellings, and keeps the others as aliases', () => {
    for (const p of data.people) expect(p.name).not.toMatch(/\?/);
    const vucic = data.people.find((p) => p.id === 'aleksandar-vucic')!;
    expect(vucic.name).toBe('Aleksandar Vučić');
    expect(vucic.aliases).toEqual(expect.arrayContaining(['Vucic', 'Vu?i?']));
  });

  it('lists no article author and no commemorated person as a participant', () => {
    const names = new Set(data.people.map((p) => searchableText(p.name)));
    for (const author of ['Qabil Ashirov', 'Vafa Ismayilova', 'Vugar Khalilov']) {
      expect(names.has(searchableText(author))).toBe(false);
    }
    expect(names.has(searchableText('Heydar Aliyev'))).toBe(false);
  });
});

describe('the seed articles', () => {
  it.each([
    ['000_8a64a8eb6429b8ac.txt', ['2022-12-21-presidents-press']],
    ['001_2b91b9a082db6ffd.txt', ['2024-12-23-bayramov-vucevic']],
    [
      '002_00198b8bfd6bb13b.txt',
      [
        '2020-07-20-summons-veinovic',
        '2020-08-07-call-aliyev-vucic',
        '2020-08-11-stefanovic-security-talks',
        '2020-08-11-stefanovic-press',
      ],
    ],
    [
      '003_b681c1fa2e90997a.txt',
      [
        '2023-11-07-bayramov-dacic-talks',
        '2023-11-07-intergovernmental-agreement',
        '2023-11-07-ministers-press',
        '2023-11-07-friendship-park-ceremony',
      ],
    ],
    ['004_73315f79a7121517.txt', ['2024-12-23-bayramov-djuric-press']],
  ])('%s: its engagements are present and cite it', (seedFile, ids) => {
    const source = data.sources.find((s) => s.seedFile === seedFile);
    expect(source).toBeDefined();
    for (const id of ids) expect(event(id).sourceIds).toContain(source!.id);
  });

  it('is not copied: no summary repeats twelve words in a row from a seed article', () => {
    expect(seedFiles).toHaveLength(5);
    const words = (s: string) =>
      searchableText(s)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
    const runs = new Set<string>();
    for (const f of seedFiles) {
      const w = words(readFileSync(resolve(SEEDS_DIR, f), 'utf8'));
      for (let i = 0; i + 12 <= w.length; i++) runs.add(w.slice(i, i + 12).join(' '));
    }
    const copied = data.events.filter((e) => {
      const w = words(`${e.title} ${e.summary}`);
      for (let i = 0; i + 12 <= w.length; i++)
        if (runs.has(w.slice(i, i + 12).join(' '))) return true;
      return false;
    });
    expect(copied.map((e) => e.id)).toEqual([]);
  });
});

describe('the audit of the first release stays fixed', () => {
  it('10 Dec 2023, Niš: cites pages naming Aliyev and Vučić, and has the presidents’ talks', () => {
    const launch = event('2023-12-10-nis-gas-interconnector');
    expect(people(launch)).toEqual(expect.arrayContaining(['ilham-aliyev', 'aleksandar-vucic']));
    expect(
      launch.sourceIds.filter((id) => id !== 'trend-2023-12-10-nis-interconnector').length,
    ).toBeGreaterThan(0);
    const talks = tripOf(launch.visitId!).filter((e) => e.type === 'meeting');
    expect(talks.some((e) => people(e).includes('ilham-aliyev') && e.date === '2023-12-10')).toBe(
      true,
    );
  });

  it('23 Nov 2022, Belgrade: the memorandum establishes the Strategic Partnership Council; every document is listed', () => {
    const signing = event('2022-11-23-aliyev-belgrade');
    const titles = signing.documents.map((d) => d.title);
    expect(titles.some((t) => /establishment of the Strategic Partnership Council/.test(t))).toBe(
      true,
    );
    expect(titles.some((t) => /memorandum on strategic partnership/i.test(t))).toBe(false);
    expect(signing.documents.length).toBeGreaterThanOrEqual(5);
  });

  it('11 Aug 2020, Stefanović in Baku: sectors and topics stay to what the article supports', () => {
    const talks = event('2020-08-11-stefanovic-security-talks');
    expect(talks.sectors).not.toContain('defence-industry');
    expect(talks.topics.join(' ')).not.toMatch(/weapon|arms|ammunition/i);
  });

  it('11 Nov 2024, COP29: every source has a URL and a title of our own; seed 004 is not cited', () => {
    const cop = event('2024-11-11-cop29-aliyev-vucic');
    for (const id of cop.sourceIds) {
      const s = sourceById.get(id)!;
      expect(s.url ?? s.seedFile).toBeTruthy();
      expect(s.title).not.toMatch(/^COP29 offers unique chance/);
    }
    expect(cop.sourceIds).not.toContain('trend-2024-12-23-bayramov-djuric');
    expect(event('2023-12-10-nis-gas-interconnector').sourceIds).not.toContain(
      'trend-2024-12-23-bayramov-djuric',
    );
  });

  it('20 Jul 2020, the summons: year and city inferred, settled by Trend; Khalafov received Veinović', () => {
    const summons = event('2020-07-20-summons-veinovic');
    expect(summons.dateInferred).toBe(true);
    expect(summons.placeInferred).toBe(true);
    expect(summons.place?.city).toBe('Baku');
    expect(people(summons)).toEqual(expect.arrayContaining(['khalaf-khalafov', 'danica-veinovic']));
    const urls = summons.sourceIds.map((id) => sourceById.get(id)?.url ?? '');
    expect(urls.some((u) => u.includes('3272282'))).toBe(true);
  });

  it('21 Dec 2022: the defence-industry meeting was with Madat Guliyev that day', () => {
    const meeting = event('2022-12-vucic-defence-industry-minister');
    expect(meeting.date).toBe('2022-12-21');
    expect(people(meeting)).toContain('madat-guliyev');
    expect(meeting.summary).toMatch(/morning/i);
  });

  it('21 Dec 2022, press statements: the note names the source of the year, not a wrong 2024', () => {
    const press = event('2022-12-21-presidents-press');
    expect(press.dateNote).toMatch(/president\.az/);
    expect(press.dateNote).not.toMatch(/2024/);
  });

  it('23 Dec 2024, Bayramov in Serbia: Belgrade, with Vučić and the Ambassadorial Conference', () => {
    for (const id of ['2024-12-23-bayramov-vucevic', '2024-12-23-bayramov-djuric-press']) {
      expect(event(id).place?.city).toBe('Belgrade');
    }
    const trip = tripOf(event('2024-12-23-bayramov-vucevic').visitId!);
    expect(trip.some((e) => people(e).includes('aleksandar-vucic'))).toBe(true);
    expect(trip.some((e) => /Ambassador/i.test(e.title))).toBe(true);
  });
});
