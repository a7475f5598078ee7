/** Small pure helpers of `npm run bench`: order statistics and the printed table. */

/** The q-quantile (0 … 1) of `xs`, interpolated between neighbours; NaN for none. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Milliseconds as printed: two decimals under 10, one above, a dash for none. */
export const ms = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));

/** How many times slower the peer is than ours ("0.5×" when it is faster). */
export function ratio(peer: number, ours: number): string {
  if (!Number.isFinite(peer) || !Number.isFinite(ours) || ours <= 0) return '—';
  const r = peer / ours;
  return `${r < 10 ? r.toFixed(1) : r.toFixed(0)}×`;
}

/** A Markdown table; the columns after the first `left` are right-aligned. */
export function markdownTable(header: readonly string[], rows: readonly string[][], left = 2) {
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i < left ? '---' : '--:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  return lines.join('\n');
}
