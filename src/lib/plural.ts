import { formatInt } from './format-number';

/** "1 trip", "2 trips", "1,234 engagements": a count with its noun, in British English. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}
