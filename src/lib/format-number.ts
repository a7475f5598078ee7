// Not `toLocaleString('en-GB')` nor `Intl.NumberFormat`: each call of the first built an ICU
// number formatter, and even one formatter took 14 ms to build in a first render on this
// machine (about 60 ms on a slow phone). Whole numbers need only the thousands commas.
let enGb: Intl.NumberFormat | undefined;

/** A number as British English writes it: "1,234"; whole numbers without ICU. */
export function formatInt(n: number): string {
  if (Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
    // Intl writes minus zero as "-0".
    return n < 0 || Object.is(n, -0) ? `-${digits}` : digits;
  }
  enGb ??= new Intl.NumberFormat('en-GB');
  return enGb.format(n);
}
