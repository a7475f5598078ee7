/**
 * Lists of event ids, the unit of work of a recompute: a filter touches only the events it
 * keeps or drops, and each view counts over the list of the events its rule lets through
 * instead of testing every event against the mask.
 */

/** For each value v, the events having it: `ids[start[v] .. start[v+1])`, ascending. */
export interface PostingLists {
  ids: Uint32Array;
  start: Uint32Array;
}

/**
 * The posting lists of a many-valued column held per event as ranges of a flat array
 * (event i has `items[start[i] .. start[i+1])`): a counting sort of the (value, event) pairs.
 * Values at or past `size` are left out. An event listing a value twice is listed once.
 */
export function postingLists(
  items: ArrayLike<number>,
  start: ArrayLike<number>,
  size: number,
): PostingLists {
  const n = start.length - 1;
  const offsets = new Uint32Array(size + 1);
  // Per value, the last event counted for it: a repeat within one event is not counted twice.
  const last = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let k = start[i]!, end = start[i + 1]!; k < end; k++) {
      const v = items[k]!;
      if (v < size && last[v] !== i) {
        last[v] = i;
        offsets[v + 1]!++;
      }
    }
  }
  for (let v = 0; v < size; v++) offsets[v + 1]! += offsets[v]!;
  const ids = new Uint32Array(offsets[size]!);
  const fill = offsets.slice(0, size);
  last.fill(-1);
  for (let i = 0; i < n; i++) {
    for (let k = start[i]!, end = start[i + 1]!; k < end; k++) {
      const v = items[k]!;
      if (v < size && last[v] !== i) {
        last[v] = i;
        ids[fill[v]!++] = i;
      }
    }
  }
  return { ids, start: offsets };
}

/** 0, 1, … n-1: the list of every event. */
export function allIds(n: number): Uint32Array {
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  return ids;
}

/**
 * Writes to `out` the ids among `from[0 .. len)` whose mask has none of the `rule` bits, and
 * returns how many there are. `out` may be `from` itself (the list shrinks in place).
 */
export function narrowIds(
  mask: ArrayLike<number>,
  rule: number,
  from: Uint32Array,
  len: number,
  out: Uint32Array,
): number {
  let c = 0;
  for (let k = 0; k < len; k++) {
    const i = from[k]!;
    out[c] = i;
    // Branch-free: adds 1 when (mask & rule) is 0 (16-bit masks, so never negative).
    c += ((mask[i]! & rule) - 1) >>> 31;
  }
  return c;
}

/**
 * Splits the events 0 … n-1 (n = `out.length`) by the mask: those with none of the `rule`
 * bits go to the front of `out`, ascending, the others to the back, descending. Returns how
 * many passed.
 */
export function splitIds(mask: ArrayLike<number>, rule: number, out: Uint32Array): number {
  let pass = 0;
  let back = out.length;
  for (let i = 0; i < out.length; i++) {
    // Both slots are written; the one not kept is overwritten by a later event.
    out[pass] = i;
    out[back - 1] = i;
    const ok = ((mask[i]! & rule) - 1) >>> 31;
    pass += ok;
    back -= 1 - ok;
  }
  return pass;
}
