/**
 * When to lint after a keystroke (no vscode import, so that it is unit-tested in test/unit/delay.test.ts).
 */

/**
 * The automatic delay after a keystroke. The first keystroke after a pause (no edit for IDLE_MS) is linted at once;
 * keystrokes that follow it wait twice the typical time a lint of the document takes (the median of its last few
 * lints), at least 30 ms and at most 250 ms — 30 ms for an ordinary draft (a lint takes about 1 ms), about 30–50 ms
 * for 20,000 characters. So a single correction shows at once; while someone types on, nothing is linted until a
 * pause, and with a pause after every word the lints take at most a third of the extension host's time (up to the
 * cap: a lint of over 125 ms, some 150,000 characters, waits 250 ms).
 */
export function automaticDelay(typicalLintMs: number | undefined, msSinceLastEdit = 0): number {
  if (msSinceLastEdit > IDLE_MS) return 0;
  if (typicalLintMs === undefined) return 50;
  return Math.max(30, Math.min(250, Math.round(2 * typicalLintMs)));
}

/** A pause longer than this ends a burst of typing. */
export const IDLE_MS = 500;

/** The median of a few numbers (undefined for none). */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
