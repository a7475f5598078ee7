import { slugId } from '../lib/text';

/** How long the slug after the date may be: ids of the record run to about this. */
const SLUG_MAX = 48;

/**
 * A new engagement's id in the record's style, `YYYY-MM-DD-slug` (or `YYYY-MM-slug` for a
 * month), the slug from its title; `-2`, `-3`… when the id is taken.
 */
export function newEventId(date: string, title: string, taken: ReadonlySet<string>): string {
  const slug = slugId(title, SLUG_MAX) || 'engagement';
  const base = date.trim() === '' ? slug : `${date.trim()}-${slug}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
