/**
 * The source entry a draft cites: the publisher from "Trend reports" / "Azernews reports" /
 * "By Azernews", a title only when a header gives one, and the publication date.
 */
import { slugId } from '../lib/text';
import type { DraftResult } from './draft-types';

type DraftSource = Extract<DraftResult, { ok: true }>['source'];

const REPORTS_RE =
  /\b(\p{Lu}[\p{L}.]*(?:[ -]\p{Lu}[\p{L}.]*){0,2}) (?:reports|informs|reported)\b/u;
const BY_PUBLISHER_RE = /(?:^|\n|\d{4}-\d{2}-\d{2}\s+)\s*By\s+(\p{Lu}[\p{L}.]+)\s*(?:\n|$)/u;
const TITLE_HEADER_RE = /^\s*(?:date\s+\S+\s+)?title[:\s]+(.{3,300}?)\s*$/im;
/** News agencies whose name is a byline on its own ("By Azernews"). */
const AGENCIES = new Set([
  'azernews',
  'trend',
  'apa',
  'azertac',
  'report',
  'tanjug',
  'beta',
  'turan',
  'news.az',
]);

export function publisherOf(text: string): string | null {
  const head = text.slice(0, 3000);
  const by = BY_PUBLISHER_RE.exec(head);
  if (by && AGENCIES.has(by[1]!.toLowerCase())) return by[1]!;
  const reports = REPORTS_RE.exec(text.slice(0, 20_000));
  if (reports && !/^(?:He|She|It|They|The)$/.test(reports[1]!)) return reports[1]!;
  return null;
}

/** The source suggestion; its id follows the dataset's style ("trend-2024-12-23-bayramov-vucevic"). */
export function buildSource(
  text: string,
  published: string | null,
  surnames: readonly string[],
): DraftSource {
  const publisher = publisherOf(text);
  const title = TITLE_HEADER_RE.exec(text.slice(0, 1000))?.[1] ?? null;
  const parts = [
    slugId(publisher ?? 'article', 30),
    published ?? 'undated',
    ...surnames.map((s) => slugId(s, 30)),
  ];
  const id = parts
    .filter((p) => p !== '')
    .join('-')
    .slice(0, 120)
    .replace(/-+$/, '');
  return { id: id === '' ? 'article' : id, publisher, title, published };
}
