/**
 * narrowSecond (src/core/lexicon/dictionary.ts) is narrowRange's first narrowing step read from the dictionary's runs
 * of words that share two code units: for every character that starts words and every second code unit asked (each
 * that follows it in some word, its neighbours, none, U+0000 and the ends of the range), the very same range.
 */
import { describe, expect, it } from 'vitest';
import { dictionary, narrowed, narrowRange, narrowSecond } from '../../src/core/lexicon/dictionary.js';

describe('narrowSecond', () => {
  it('gives the range narrowRange gives for the second character, hit or miss', () => {
    const d = dictionary();
    let asked = 0;
    let bad = 0;
    for (let c0 = 0; c0 < 0x10000; c0++) {
      const lo = d.first[c0]!;
      const hi = d.first[c0 + 1]!;
      if (lo === hi && c0 % 97 !== 0) continue;
      const chs = new Set<number>([0, 1, 0x4e00, 0x9fff, 0xffff]);
      for (let j = lo; j < hi; j++) {
        const s = d.second[j]!;
        chs.add(s);
        if (s > 0) chs.add(s - 1);
        if (s < 0xffff) chs.add(s + 1);
      }
      for (const ch of chs) {
        narrowRange(d, lo, hi, 1, ch);
        const want = [narrowed.lo, narrowed.hi];
        narrowSecond(d, c0, ch);
        asked++;
        if (narrowed.lo !== want[0] || narrowed.hi !== want[1]) bad++;
      }
    }
    expect(asked).toBeGreaterThan(100000);
    expect(bad).toBe(0);
  });
});
