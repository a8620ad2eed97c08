import { describe, expect, it } from 'vitest';
import { automaticDelay, IDLE_MS, median } from '../../src/extension/delay';

describe('automatic delay after a keystroke', () => {
  it('lints the first keystroke after a pause at once', () => {
    expect(automaticDelay(15, IDLE_MS + 1)).toBe(0);
    expect(automaticDelay(undefined, Infinity)).toBe(0);
    expect(automaticDelay(300, 10_000)).toBe(0);
  });

  it('while typing on, waits twice the typical lint time, between 30 and 250 ms', () => {
    expect(automaticDelay(1, 100)).toBe(30);
    expect(automaticDelay(20, 100)).toBe(40);
    expect(automaticDelay(60, 0)).toBe(120);
    expect(automaticDelay(400, 0)).toBe(250);
    expect(automaticDelay(undefined, 0)).toBe(50);
    expect(automaticDelay(15, IDLE_MS)).toBe(30);
  });

  it('keeps the lints to at most a third of the time when typing pauses just long enough after every word', () => {
    for (const lintMs of [0.5, 5, 15, 40, 100, 125]) {
      const delay = automaticDelay(lintMs, 0);
      expect(lintMs / (lintMs + delay)).toBeLessThanOrEqual(1 / 3 + 1e-9);
    }
  });

  it('takes the median of the recent lint times (one slow lint does not lengthen the delay)', () => {
    expect(median([])).toBeUndefined();
    expect(median([12, 400, 14, 13, 15])).toBe(14);
    expect(median([3])).toBe(3);
  });
});
