/**
 * `npm run gen:data -- --events 100000 --seed 1 --out tmp/large.json [--lean] [--format parquet]`
 *
 * Writes a synthetic but realistic Bilateral dataset: the two countries of the pair plus a
 * few third countries, the 12 sectors of the shipped dataset, a few hundred to a few
 * thousand people (names with diacritics, aliases, roles), trips whose engagements share a
 * visitId, contacts without travel, mixed date precisions over 25 years, Zipf-like
 * activity per person, and sources. The same seed always gives the same file (a seeded
 * PRNG, no clock). Events are streamed to disk, so 10^6 events stay within a sane memory.
 *
 * With `--format parquet` the same dataset is written as Parquet instead: one row per
 * engagement with the columns of the CSV export (src/data/csv-columns.ts), every column a
 * UTF-8 string and lists joined by "; " as in the CSV (the app's Parquet import reads this).
 *
 * The generator is also imported in-process by `scripts/bench.ts` and the unit tests.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  Dataset,
  EngagementEvent,
  EventType,
  Level,
  Meta,
  Participant,
  Person,
  Sector,
  Source,
} from '../src/data/schema';
import { foldText } from '../src/lib/text';
import { parseCsvRecords } from '../src/data/csv-records';
import { buildIndex } from '../src/model/dataset-index';
import { eventsCsv } from '../src/model/export-data';

export interface GenerateOptions {
  /** Number of engagements. */
  events: number;
  /** PRNG seed; the same seed always gives the same dataset. */
  seed?: number;
  /** First year (inclusive) of the 25-year span. */
  firstYear?: number;
  lastYear?: number;
  /**
   * Leaner events (short titles; no summary, topics or participant roles; ~40% smaller): for 10^6
   * events in the browser, where a realistic file (~800 MB) is more than Chromium will
   * hold as one string.
   */
  lean?: boolean;
}

/** mulberry32: a small, fast, seeded 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** Cumulative weights for `weighted`. */
function cdf(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/** Index drawn from a cumulative distribution (binary search). */
function weighted(rand: Rand, c: Float64Array): number {
  const r = rand();
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c[mid]! > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const daysIn = (y: number, m: number) =>
  m === 2
    ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(m)
      ? 30
      : 31;
const slug = (s: string) =>
  foldText(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

// ---------------------------------------------------------------------------------------
// Vocabulary

interface CountryInfo {
  code: string;
  name: string;
  adjective: string;
  cities: string[];
  male: string[];
  female: string[];
  surnames: string[];
  /** Suffix added to a surname for women ("Əliyeva"), or "" when surnames do not change. */
  feminine: string;
}

const AZ: CountryInfo = {
  code: 'AZ',
  name: 'Azerbaijan',
  adjective: 'Azerbaijani',
  cities: ['Baku', 'Baku', 'Baku', 'Ganja', 'Shusha', 'Gabala', 'Sumgait', 'Lankaran'],
  male: [
    'İlham',
    'Ceyhun',
    'Əli',
    'Elmar',
    'Mübariz',
    'Şahin',
    'Həsən',
    'Rəşad',
    'Ramil',
    'Hikmət',
    'Fuad',
    'Samir',
    'Zakir',
    'Vüsal',
    'Orxan',
    'Tural',
    'Elçin',
    'Kamran',
    'Mikayıl',
    'Nəsimi',
  ],
  female: ['Leyla', 'Gülnarə', 'Aygün', 'Nərgiz', 'Günel', 'Səbinə', 'Mehriban', 'Şəbnəm', 'Könül'],
  surnames: [
    'Əliyev',
    'Məmmədov',
    'Hüseynov',
    'Quliyev',
    'Həsənov',
    'İsmayılov',
    'Abbasov',
    'Bayramov',
    'Cəfərov',
    'Rəhimov',
    'Nəsirov',
    'Şükürov',
    'Əsgərov',
    'Qasımov',
    'Süleymanov',
    'Vəliyev',
    'Kərimov',
    'Musayev',
    'Babayev',
    'Zeynalov',
    'Ağayev',
    'Hacıyev',
  ],
  feminine: 'a',
};
const RS: CountryInfo = {
  code: 'RS',
  name: 'Serbia',
  adjective: 'Serbian',
  cities: [
    'Belgrade',
    'Belgrade',
    'Belgrade',
    'Novi Sad',
    'Niš',
    'Kragujevac',
    'Subotica',
    'Čačak',
  ],
  male: [
    'Aleksandar',
    'Nebojša',
    'Ivica',
    'Đorđe',
    'Miloš',
    'Dušan',
    'Vuk',
    'Žarko',
    'Siniša',
    'Goran',
    'Branko',
    'Dragan',
    'Nikola',
    'Željko',
    'Predrag',
    'Bojan',
    'Milan',
    'Zoran',
  ],
  female: ['Ana', 'Jelena', 'Milica', 'Maja', 'Zorana', 'Tatjana', 'Snežana', 'Ljiljana', 'Danica'],
  surnames: [
    'Vučić',
    'Dačić',
    'Đurić',
    'Stefanović',
    'Petrović',
    'Jovanović',
    'Nikolić',
    'Marković',
    'Đorđević',
    'Stojanović',
    'Ilić',
    'Pavlović',
    'Todorović',
    'Živković',
    'Kovačević',
    'Mihajlović',
    'Radosavljević',
    'Lazić',
    'Šarčević',
    'Simić',
    'Mitrović',
    'Popović',
    'Vulin',
    'Brnabić',
  ],
  feminine: '',
};
const THIRD: CountryInfo[] = [
  {
    code: 'BG',
    name: 'Bulgaria',
    adjective: 'Bulgarian',
    cities: ['Sofia', 'Plovdiv', 'Varna'],
    male: ['Dimitar', 'Ivan', 'Boyko', 'Kiril', 'Rumen'],
    female: ['Teodora', 'Denitsa'],
    surnames: ['Georgiev', 'Dimitrov', 'Ivanov', 'Petkov'],
    feminine: 'a',
  },
  {
    code: 'TR',
    name: 'Türkiye',
    adjective: 'Turkish',
    cities: ['Istanbul', 'Ankara', 'Antalya'],
    male: ['Mehmet', 'Ahmet', 'Çağrı', 'Hakan', 'Mevlüt'],
    female: ['Ayşe', 'Şule'],
    surnames: ['Yılmaz', 'Çelik', 'Öztürk', 'Şahin', 'Doğan'],
    feminine: '',
  },
  {
    code: 'HU',
    name: 'Hungary',
    adjective: 'Hungarian',
    cities: ['Budapest', 'Szeged'],
    male: ['Péter', 'Viktor', 'Zoltán', 'Gergely'],
    female: ['Katalin', 'Judit'],
    surnames: ['Szijjártó', 'Kovács', 'Tóth', 'Szabó', 'Horváth'],
    feminine: '',
  },
  {
    code: 'GE',
    name: 'Georgia',
    adjective: 'Georgian',
    cities: ['Tbilisi', 'Batumi'],
    male: ['Irakli', 'Giorgi', 'Levan'],
    female: ['Nino', 'Tamar', 'Salome'],
    surnames: ['Beridze', 'Kapanadze', 'Gelashvili', 'Garibashvili'],
    feminine: '',
  },
  {
    code: 'IT',
    name: 'Italy',
    adjective: 'Italian',
    cities: ['Rome', 'Milan'],
    male: ['Antonio', 'Luigi', 'Paolo'],
    female: ['Giorgia', 'Chiara'],
    surnames: ['Rossi', 'Ricci', 'Esposito', 'Tajani'],
    feminine: '',
  },
];

const MINISTRIES = [
  'Energy',
  'Economy',
  'Defence',
  'Defence Industry',
  'Internal Affairs',
  'Digital Development and Transport',
  'Culture',
  'Education',
  'Health',
  'Trade',
  'Tourism',
  'Agriculture',
  'Ecology and Natural Resources',
  'Finance',
  'Justice',
];

/** Relative frequency of each shipped sector, by id (unknown ids get 1). */
const SECTOR_WEIGHT: Record<string, number> = {
  'political-dialogue': 9,
  energy: 6,
  'trade-investment': 6,
  'regional-security': 3,
  'defence-industry': 3,
  security: 2.5,
  'transport-tourism': 2.5,
  'culture-humanitarian': 2.5,
  'education-science': 1.5,
  'climate-environment': 1.2,
  'health-pharma': 1,
  'high-tech': 1,
};

const SECTOR_TOPICS: Record<string, string[]> = {
  'political-dialogue': [
    'strategic partnership',
    'support for territorial integrity',
    'parliamentary friendship group',
    'joint declaration',
  ],
  energy: [
    'natural gas supplies',
    'gas interconnector',
    'Southern Gas Corridor',
    'electricity transmission',
    'renewable energy projects',
  ],
  'trade-investment': [
    'Intergovernmental Commission',
    'free economic zones',
    'Azerbaijani investors in Serbia',
    'trade turnover',
  ],
  'regional-security': ['peace process', 'demining', 'post-conflict reconstruction'],
  'defence-industry': ['ammunition production', 'defence technology exchange', 'joint production'],
  security: ['counter-terrorism', 'exchange of sensitive information', 'police cooperation'],
  'transport-tourism': [
    'direct flights Baku–Belgrade',
    'visa-free regime',
    'Expo 2027',
    'tourism fair',
  ],
  'culture-humanitarian': [
    'days of culture',
    'sister cities',
    'Heydar Aliyev Foundation projects',
    'restoration of churches',
  ],
  'education-science': ['student exchange', 'university cooperation', 'language courses'],
  'climate-environment': ['COP29', 'climate finance', 'green energy corridor'],
  'health-pharma': ['pharmaceutical plant', 'medical cooperation'],
  'high-tech': ['IT parks', 'e-government', 'digital transformation'],
};

const PUBLISHERS = [
  'Trend',
  'Azernews',
  'APA',
  'Report.az',
  'president.az',
  'Tanjug',
  'RTS',
  'B92',
  'Politika',
  'mfa.gov.rs',
  'mfa.gov.az',
  'Danas',
];

// ---------------------------------------------------------------------------------------

interface PersonInfo {
  person: Person;
  country: CountryInfo;
  /** Index into LEVELS_ORDER: the level of the person's main role. */
  levelRank: number;
  surname: string;
  /** Main role title, used as participant role. */
  role: string;
}

const LEVEL_LIST: Level[] = [
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'minister',
  'official',
];

function roleTitle(rand: Rand, c: CountryInfo, level: number, partner: CountryInfo): string {
  switch (level) {
    case 0:
      return `President of ${c.name}`;
    case 1:
      return `Prime Minister of ${c.name}`;
    case 2:
      return `Minister of Foreign Affairs of ${c.name}`;
    case 3:
      return `Minister of ${pick(rand, MINISTRIES)} of ${c.name}`;
    default:
      return pick(rand, [
        `Ambassador of ${c.name} to ${partner.name}`,
        `Deputy Minister of Foreign Affairs of ${c.name}`,
        `Deputy Minister of ${pick(rand, MINISTRIES)} of ${c.name}`,
        `Adviser to the President of ${c.name}`,
        `Member of the National Assembly of ${c.name}`,
        `Chargé d'Affaires of ${c.name} in ${partner.name}`,
        `Head of the ${c.adjective} delegation to the Intergovernmental Commission`,
      ]);
  }
}

function makePeople(
  rand: Rand,
  count: number,
  firstYear: number,
  lastYear: number,
): { pair: [PersonInfo[], PersonInfo[]]; third: PersonInfo[]; all: PersonInfo[] } {
  const usedIds = new Set<string>();
  const make = (c: CountryInfo, levelRank: number, partner: CountryInfo): PersonInfo => {
    const female = rand() < 0.3;
    const first = pick(rand, female ? c.female : c.male);
    const surname = pick(rand, c.surnames) + (female ? c.feminine : '');
    const name = `${first} ${surname}`;
    let id = slug(name);
    if (usedIds.has(id)) {
      let k = 2;
      while (usedIds.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    usedIds.add(id);
    const role = roleTitle(rand, c, levelRank, partner);
    const aliases: string[] = [];
    const ascii = foldText(name).replace(/\b\w/g, (ch) => ch.toUpperCase());
    if (ascii !== name) aliases.push(ascii);
    aliases.push(surname);
    if (levelRank <= 2) aliases.push(`${role.split(' of ')[0]} ${surname}`);
    // A garbled encoding seen in scraped articles: non-ASCII letters as "?".
    if (rand() < 0.15 && /[^ -~]/.test(name)) aliases.push(name.replace(/[^ -~]/g, '?'));
    const from = int(rand, firstYear - 4, lastYear - 1);
    const roles: Person['roles'] = [];
    if (levelRank > 0 && rand() < 0.4) {
      roles.push({
        title: roleTitle(rand, c, Math.min(4, levelRank + 1), partner),
        from: `${from - int(rand, 2, 6)}-${pad2(int(rand, 1, 12))}-01`,
      });
    }
    const to = rand() < 0.5 ? Math.min(lastYear, from + int(rand, 2, 12)) : null;
    roles.push(
      to === null
        ? { title: role, from: `${from}-${pad2(int(rand, 1, 12))}-${pad2(int(rand, 1, 28))}` }
        : {
            title: role,
            from: `${from}-01-15`,
            to: `${to}-${pad2(int(rand, 1, 12))}-${pad2(int(rand, 1, 28))}`,
          },
    );
    return {
      person: { id, name, aliases, country: c.code, roles },
      country: c,
      levelRank,
      surname,
      role,
    };
  };

  const perPair = Math.max(40, Math.ceil((count - THIRD.length * 3) / 2));
  const pairLists = ([AZ, RS] as const).map((c, side) => {
    const partner = side === 0 ? RS : AZ;
    // Prominent first: the order is the Zipf rank, so presidents and foreign ministers are
    // the most active, as in reality.
    const list: PersonInfo[] = [];
    const plan = [0, 2, 1, 0, 2, 1, 2, 1, 1];
    for (const level of plan) list.push(make(c, level, partner));
    while (list.length < perPair) list.push(make(c, rand() < 0.2 ? 3 : 4, partner));
    return list;
  }) as [PersonInfo[], PersonInfo[]];
  const third: PersonInfo[] = [];
  for (const c of THIRD) for (const level of [0, 2, 3]) third.push(make(c, level, AZ));
  return { pair: pairLists, third, all: [...pairLists[0], ...pairLists[1], ...third] };
}

/** Zipf-like weights: the k-th person is ~1/(k+1)^s as active as the first. */
const zipf = (n: number, s = 1.05) => cdf(Array.from({ length: n }, (_, k) => 1 / (k + 1) ** s));

export interface DatasetGenerator {
  /** Everything but the events. */
  head: Omit<Dataset, 'events'>;
  /** Yields exactly `options.events` engagements, deterministic for the seed. */
  events: () => Generator<EngagementEvent, void, undefined>;
}

export function createGenerator(options: GenerateOptions): DatasetGenerator {
  const total = Math.max(0, Math.floor(options.events));
  const seed = options.seed ?? 1;
  const lastYear = options.lastYear ?? 2024;
  const firstYear = options.firstYear ?? lastYear - 24;
  const rand = mulberry32(seed);

  const shipped = JSON.parse(
    readFileSync(fileURLToPath(new URL('../public/data/az-rs.json', import.meta.url)), 'utf8'),
  ) as { sectors: Sector[] };
  const sectors: Sector[] = shipped.sectors.map((s) => ({
    id: s.id,
    label: s.label,
    description: s.description ?? '',
    keywords: s.keywords ?? [],
  }));

  const peopleCount = Math.min(3000, Math.max(200, Math.round(Math.sqrt(total) * 3)));
  const { pair, third, all } = makePeople(rand, peopleCount, firstYear, lastYear);

  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  // Activity grows over time, with a few busy years.
  const yearWeights = years.map((_y, k) => (1 + 0.12 * k) * (rand() < 0.2 ? 1.8 : 1));
  const yearCdf = cdf(yearWeights);
  const yearShare = Array.from(yearCdf, (c, k) => c - (k > 0 ? yearCdf[k - 1]! : 0));

  // Sources: about one per 8 engagements, spread by year like the engagements.
  const sources: Source[] = [];
  const sourceStart: number[] = [];
  years.forEach((y, k) => {
    sourceStart.push(sources.length);
    const count = Math.max(2, Math.ceil((total * yearShare[k]!) / 8));
    for (let j = 0; j < count; j++) {
      const publisher = pick(rand, PUBLISHERS);
      const m = int(rand, 1, 12);
      const d = int(rand, 1, daysIn(y, m));
      const source: Source = {
        id: `src-${y}-${j + 1}`,
        publisher,
        published: `${y}-${pad2(m)}-${pad2(d)}`,
        publishedInferred: false,
        title: `${publisher}: ${pick(rand, ['talks', 'visit', 'cooperation', 'agreement', 'statement', 'meeting'])} report ${j + 1} of ${y}`,
      };
      if (rand() < 0.5) source.url = `https://example.org/${slug(publisher)}/${y}/${j + 1}`;
      sources.push(source);
    }
  });
  sourceStart.push(sources.length);

  const sectorCdf = cdf(sectors.map((s) => SECTOR_WEIGHT[s.id] ?? 1));
  const zipfPair = [zipf(pair[0].length), zipf(pair[1].length)];
  const zipfThird = zipf(third.length, 0.6);
  const countries = [AZ, RS];

  const meta: Meta = {
    id: `synthetic-${seed}`,
    title: `Synthetic Azerbaijan–Serbia engagements (${total.toLocaleString('en-GB')}, seed ${seed})`,
    description:
      'Generated by scripts/gen-data.ts for performance testing. Names, dates and sources are fictitious.',
    countries: [
      { code: AZ.code, name: AZ.name },
      { code: RS.code, name: RS.name },
    ],
    otherCountries: THIRD.map((c) => ({ code: c.code, name: c.name })),
    version: '0.0.0-synthetic',
    updated: `${lastYear + 1}-01-01`,
    attribution: 'Synthetic data: not for citation.',
  };

  const head: Omit<Dataset, 'events'> = {
    meta,
    sources,
    sectors,
    people: all.map((p) => p.person),
  };

  function* events(): Generator<EngagementEvent, void, undefined> {
    if (!options.lean) {
      yield* fullEvents();
      return;
    }
    for (const e of fullEvents()) {
      yield {
        ...e,
        title: e.place?.city ? `${e.type} in ${e.place.city}` : e.type,
        summary: '',
        topics: [],
        participants: e.participants.map((p) => ({ ...p, role: '' })),
      };
    }
  }

  function* fullEvents(): Generator<EngagementEvent, void, undefined> {
    let produced = 0;
    let visitCounter = 0;

    const pickSectors = (year: number): string[] => {
      const k = rand() < 0.35 ? 1 : rand() < 0.6 ? 2 : rand() < 0.75 ? 3 : 4;
      const out: string[] = [];
      for (let tries = 0; out.length < k && tries < 12; tries++) {
        const s = sectors[weighted(rand, sectorCdf)]!;
        // Climate diplomacy is recent.
        if (s.id === 'climate-environment' && year < 2015) continue;
        if (!out.includes(s.id)) out.push(s.id);
      }
      return out;
    };
    const topicsFor = (sectorIds: string[]): string[] => {
      const out: string[] = [];
      const n = int(rand, 0, 3);
      for (let j = 0; j < n; j++) {
        const list = SECTOR_TOPICS[pick(rand, sectorIds)];
        if (!list) continue;
        const t = pick(rand, list);
        if (!out.includes(t)) out.push(t);
      }
      return out;
    };
    const sourcesFor = (year: number): string[] => {
      const k = year - firstYear;
      const lo = sourceStart[k]!;
      const hi = sourceStart[k + 1]!;
      const a = sources[int(rand, lo, hi - 1)]!.id;
      if (rand() < 0.25) {
        const b = sources[int(rand, lo, hi - 1)]!.id;
        if (b !== a) return [a, b];
      }
      return [a];
    };
    const personOf = (side: number) => pair[side]![weighted(rand, zipfPair[side]!)]!;
    const participant = (p: PersonInfo): Participant => ({
      personId: p.person.id,
      role: p.role,
      country: p.country.code,
    });
    const participantsOf = (lead: PersonInfo[], extra: number, sides: number[]) => {
      const out: PersonInfo[] = [...lead];
      for (let j = 0; j < extra; j++) {
        const p = personOf(pick(rand, sides));
        if (!out.includes(p)) out.push(p);
      }
      return out;
    };
    const date = (year: number) => {
      const r = rand();
      const precision = r < 0.75 ? 'day' : r < 0.93 ? 'month' : 'year';
      const m = int(rand, 1, 12);
      const d = int(rand, 1, daysIn(year, m));
      return { precision, m, d } as const;
    };
    const dateString = (year: number, precision: 'day' | 'month' | 'year', m: number, d: number) =>
      precision === 'year'
        ? String(year)
        : precision === 'month'
          ? `${year}-${pad2(m)}`
          : `${year}-${pad2(m)}-${pad2(d)}`;
    const lowerLabel = new Map(sectors.map((s) => [s.id, s.label.toLowerCase()]));
    const lower = (id: string) => lowerLabel.get(id) ?? id;

    while (produced < total) {
      const year = years[weighted(rand, yearCdf)]!;
      const kind = rand();
      if (kind < 0.62) {
        // A trip: 1–4 engagements, same guest and host, consecutive days.
        const guestSide = rand() < 0.5 ? 0 : 1;
        const guest = countries[guestSide]!;
        const host = countries[1 - guestSide]!;
        const r = rand();
        const size = Math.min(total - produced, r < 0.5 ? 1 : r < 0.75 ? 2 : r < 0.9 ? 3 : 4);
        const { precision, m, d } = date(year);
        const visitor = personOf(guestSide);
        const city = pick(rand, host.cities);
        visitCounter++;
        const visitId = `visit-${year}-${visitCounter}`;
        for (let j = 0; j < size; j++) {
          const counterpart = personOf(1 - guestSide);
          const people = participantsOf([visitor, counterpart], int(rand, 0, 3), [0, 1]);
          const levelRank = Math.min(visitor.levelRank, counterpart.levelRank);
          const type: EventType =
            j === 0
              ? rand() < 0.6
                ? 'visit'
                : 'meeting'
              : pick(rand, [
                  'meeting',
                  'meeting',
                  'agreement',
                  'press-statement',
                  'ceremony',
                  'conference',
                ] as const);
          const sectorIds = pickSectors(year);
          const day = Math.min(daysIn(year, m), d + j);
          const title =
            type === 'visit'
              ? `${visitor.person.name} on ${levelRank <= 2 ? 'an official' : 'a working'} visit to ${host.name}`
              : type === 'agreement'
                ? `${guest.adjective} and ${host.adjective} sides sign a memorandum on ${lower(sectorIds[0]!)}`
                : type === 'press-statement'
                  ? `${visitor.surname} and ${counterpart.surname} make press statements in ${city}`
                  : `${visitor.surname} and ${counterpart.surname} discuss ${lower(sectorIds[0]!)}`;
          yield {
            id: `ev-${produced + 1}`,
            date: dateString(year, precision, m, day),
            datePrecision: precision,
            dateInferred: precision === 'day' && rand() < 0.05,
            type,
            place: { city, country: host.code },
            hostCountry: host.code,
            guestCountry: guest.code,
            visitId,
            level: LEVEL_LIST[levelRank]!,
            title,
            summary: `In ${city}, ${visitor.person.name} and ${counterpart.person.name} reviewed ${sectorIds.map(lower).join(', ')}.`,
            participants: people.map(participant),
            sectors: sectorIds,
            topics: topicsFor(sectorIds),
            placeInferred: false,
            documents: [],
            sourceIds: sourcesFor(year),
          };
          produced++;
        }
      } else if (kind < 0.88) {
        // Contact without travel: a call, a statement, a summons.
        const side = rand() < 0.5 ? 0 : 1;
        const a = personOf(side);
        const b = personOf(1 - side);
        const r = rand();
        const type: EventType =
          r < 0.5
            ? 'phone-call'
            : r < 0.7
              ? 'press-statement'
              : r < 0.82
                ? 'diplomatic-protest'
                : 'other';
        const sectorIds = pickSectors(year);
        const { precision, m, d } = date(year);
        const here = countries[side]!;
        const protest = type === 'diplomatic-protest';
        yield {
          id: `ev-${produced + 1}`,
          date: dateString(year, precision, m, d),
          datePrecision: precision,
          dateInferred: false,
          type,
          place: type === 'phone-call' ? null : { city: here.cities[0]!, country: here.code },
          hostCountry: protest ? here.code : null,
          guestCountry: null,
          visitId: null,
          level: LEVEL_LIST[Math.max(a.levelRank, protest ? 4 : 0)]!,
          title:
            type === 'phone-call'
              ? `${a.surname} and ${b.surname} speak by phone`
              : protest
                ? `${here.name} summons the ${countries[1 - side]!.adjective} envoy`
                : `${a.surname} comments on relations with ${countries[1 - side]!.name}`,
          summary: `${a.person.name} raised ${sectorIds.map(lower).join(' and ')}.`,
          participants: (type === 'phone-call' ? [a, b] : [a]).map(participant),
          sectors: sectorIds,
          topics: topicsFor(sectorIds),
          placeInferred: false,
          documents: [],
          sourceIds: sourcesFor(year),
        };
        produced++;
      } else {
        // On the sidelines of a multilateral event in a third country.
        const c = pick(rand, THIRD);
        const a = personOf(0);
        const b = personOf(1);
        const local = third[weighted(rand, zipfThird)]!;
        const people = rand() < 0.3 ? [a, b, local] : [a, b];
        const sectorIds = pickSectors(year);
        const { precision, m, d } = date(year);
        const city = pick(rand, c.cities);
        yield {
          id: `ev-${produced + 1}`,
          date: dateString(year, precision, m, d),
          datePrecision: precision,
          dateInferred: false,
          type: rand() < 0.5 ? 'meeting' : 'conference',
          place: { city, country: c.code },
          hostCountry: null,
          guestCountry: null,
          visitId: null,
          level: LEVEL_LIST[Math.min(a.levelRank, b.levelRank)]!,
          title: `${a.surname} and ${b.surname} meet on the sidelines of a summit in ${city}`,
          summary: `Meeting in ${city}, ${c.name}, on ${sectorIds.map(lower).join(', ')}.`,
          participants: people.map(participant),
          sectors: sectorIds,
          topics: topicsFor(sectorIds),
          placeInferred: false,
          documents: [],
          sourceIds: sourcesFor(year),
        };
        produced++;
      }
    }
  }

  return { head, events };
}

/** The whole dataset in memory (for benchmarks and tests). */
export function generateDataset(options: GenerateOptions): Dataset {
  const g = createGenerator(options);
  const events: EngagementEvent[] = [];
  for (const e of g.events()) events.push(e);
  return { ...g.head, events };
}

/**
 * JSON for one event, leaving out fields equal to the schema's defaults (false, null, [])
 * as a hand-written file would: about 15% smaller, which matters at 10^6 events.
 */
export function eventJson(e: EngagementEvent): string {
  const out: Partial<Record<keyof EngagementEvent, unknown>> = {
    id: e.id,
    date: e.date,
    datePrecision: e.datePrecision,
  };
  if (e.dateInferred) out.dateInferred = true;
  if (e.dateNote !== undefined) out.dateNote = e.dateNote;
  out.type = e.type;
  if (e.place !== null) out.place = e.place;
  if (e.hostCountry !== null) out.hostCountry = e.hostCountry;
  if (e.guestCountry !== null) out.guestCountry = e.guestCountry;
  if (e.visitId !== null) out.visitId = e.visitId;
  out.level = e.level;
  out.title = e.title;
  if (e.summary !== '') out.summary = e.summary;
  out.participants = e.participants.map((p) =>
    p.role === '' ? { personId: p.personId, country: p.country } : p,
  );
  out.sectors = e.sectors;
  if (e.topics.length > 0) out.topics = e.topics;
  out.sourceIds = e.sourceIds;
  return JSON.stringify(out);
}

/** Streams the dataset as JSON to `path`; returns the number of bytes written. */
export async function writeDataset(options: GenerateOptions, path: string): Promise<number> {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const g = createGenerator(options);
  const out = createWriteStream(path, { encoding: 'utf8' });
  let bytes = 0;
  const write = async (chunk: string) => {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const { meta, sources, sectors, people } = g.head;
  await write(
    `{"meta":${JSON.stringify(meta)},\n"sources":${JSON.stringify(sources)},\n"sectors":${JSON.stringify(sectors)},\n"people":${JSON.stringify(people)},\n"events":[\n`,
  );
  let batch: string[] = [];
  let first = true;
  for (const e of g.events()) {
    batch.push(eventJson(e));
    if (batch.length === 2000) {
      await write((first ? '' : ',\n') + batch.join(',\n'));
      first = false;
      batch = [];
    }
  }
  if (batch.length > 0) await write((first ? '' : ',\n') + batch.join(',\n'));
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
  return bytes;
}

/**
 * The dataset as a Parquet file: the app's own engagements CSV (the export), column by
 * column, every column a string. People's aliases and roles, sector descriptions and meta
 * are not columns of the CSV either: an import rebuilds them as the CSV import does.
 */
export async function parquetBuffer(dataset: Dataset): Promise<ArrayBuffer> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const index = buildIndex(dataset);
  const text = eventsCsv(index, index.events).replace(/^\uFEFF/, '');
  const { records } = parseCsvRecords(text, ',');
  const [header = [], ...rows] = records.filter((r) => r.some((cell) => cell !== ''));
  return parquetWriteBuffer({
    columnData: header.map((name, c) => ({
      name,
      data: rows.map((r) => r[c] ?? ''),
      type: 'STRING' as const,
      nullable: false,
    })),
  });
}

/** Writes the dataset as Parquet to `path`; returns the number of bytes written. */
export async function writeParquet(options: GenerateOptions, path: string): Promise<number> {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const buffer = await parquetBuffer(generateDataset(options));
  writeFileSync(path, new Uint8Array(buffer));
  return buffer.byteLength;
}

interface CliArgs {
  events: number;
  seed: number;
  out: string;
  lean: boolean;
  format: 'json' | 'parquet';
}

function parseArgs(argv: string[]): CliArgs {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`--${name}=`));
    return eq?.slice(name.length + 3);
  };
  const events = Number(get('events') ?? 100_000);
  const seed = Number(get('seed') ?? 1);
  const format = get('format') ?? 'json';
  if (format !== 'json' && format !== 'parquet')
    throw new Error(`--format must be json or parquet, got ${format}`);
  const out = get('out') ?? `tmp/gen-${events}-seed${seed}.${format}`;
  if (!Number.isInteger(events) || events < 0)
    throw new Error(`--events must be a whole number, got ${get('events')}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${get('seed')}`);
  return { events, seed, out, lean: argv.includes('--lean'), format };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const { events, seed, out, lean, format } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const write = format === 'parquet' ? writeParquet : writeDataset;
  const bytes = await write({ events, seed, lean }, out);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `wrote ${out}: ${events.toLocaleString('en-GB')} events, ${(bytes / 1e6).toFixed(1)} MB, seed ${seed}, in ${seconds.toFixed(1)} s`,
  );
}
