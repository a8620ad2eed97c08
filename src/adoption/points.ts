/**
 * Points are exact decimals: held as integer thousandths (0.2 → 200), added and multiplied as integers, and
 * written back as decimals. 0.2 × 7 is 1.4, never 1.4000000000000001. A scoring table has at most three decimals
 * (a finer value is refused with a message), and every sum stays far inside the safe-integer range.
 */

/** Points in thousandths. */
export type Milli = number;

export const SCALE = 1000;

/**
 * Read a points value from the configuration: a YAML number (its shortest decimal form is what was written), or a
 * string such as "0.2" or "0.2分". Returns the thousandths, or undefined when it is not a decimal with at most three
 * places.
 */
export function parsePoints(value: unknown): Milli | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value
      .trim()
      .replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/\s*分$/u, '');
  } else return undefined;
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  const decimals = (m[3] ?? '').replace(/0+$/, '');
  if (decimals.length > 3) return undefined;
  const whole = Number(m[2]);
  const milli = whole * SCALE + Number(decimals.padEnd(3, '0') || '0');
  if (!Number.isSafeInteger(milli)) return undefined;
  return m[1] === '-' ? -milli : milli;
}

/** How many decimal places a value needs (0 to 3). */
export function placesOf(milli: Milli): number {
  const frac = Math.abs(milli) % SCALE;
  if (frac === 0) return 0;
  if (frac % 100 === 0) return 1;
  if (frac % 10 === 0) return 2;
  return 3;
}

/** The places a column of values needs: the most any of them needs. */
export function placesFor(values: Iterable<Milli>): number {
  let n = 0;
  for (const v of values) n = Math.max(n, placesOf(v));
  return n;
}

/** 1400 → "1.4"; with `places` 2 → "1.40". Negative values use the ASCII minus. */
export function formatPoints(milli: Milli, places = placesOf(milli)): string {
  const sign = milli < 0 ? '-' : '';
  const abs = Math.abs(milli);
  const whole = Math.floor(abs / SCALE);
  const frac = String(abs % SCALE).padStart(3, '0').slice(0, Math.max(places, placesOf(milli)));
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

/** A change: "+1.4", "-0.2", "0". */
export function formatChange(milli: Milli, places = placesOf(milli)): string {
  return milli > 0 ? `+${formatPoints(milli, places)}` : formatPoints(milli, places);
}

/** A decimal string for machines (CSV, JSON): always "." and no grouping. */
export function pointsNumber(milli: Milli): number {
  return milli / SCALE;
}
