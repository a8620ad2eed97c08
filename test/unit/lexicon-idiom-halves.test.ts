/**
 * idiomHalves: the typo search skips two words side by side unless the word it keeps is half of a frequent
 * four-character idiom or set phrase. A filter may say "maybe" wrongly, never "no" wrongly: every such idiom's halves
 * must be found, and most pairs of common words must not be.
 */
import { describe, expect, it } from 'vitest';
import { idiomHalves, idioms, lookup } from '../../src/core/lexicon/index.js';

describe('idiomHalves', () => {
  it('finds both halves of every idiom and set phrase of four characters at least as frequent as asked', () => {
    const halves = idiomHalves(50);
    let checked = 0;
    for (const word of idioms({ phrases: true, length: 4 })) {
      if (lookup(word)!.freq < 50) continue;
      expect(halves.head(word, 0), word).toBe(true);
      expect(halves.tail(word, 2), word).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(1500);
    expect(halves.head('可见一斑', 0) && halves.tail('可见一斑', 2)).toBe(true);
  });

  it('says no for words that are no such half (a false maybe is rare)', () => {
    const halves = idiomHalves(50);
    const frequent = idioms({ phrases: true, length: 4 }).filter((w) => lookup(w)!.freq >= 50);
    const heads = new Set(frequent.map((w) => w.slice(0, 2)));
    const tails = new Set(frequent.map((w) => w.slice(2)));
    const text = '全县召开秋粮收购工作调度会议，部署加快收购进度，组织乡镇干部深入农村检查资金和安全情况，确保项目按计划完成，群众满意。';
    const words = [...new Set([...text.matchAll(/\p{Script=Han}{2}/gu)].map((m) => m[0]))];
    let no = 0;
    let wrongMaybe = 0;
    for (const w of words) {
      // Never "no" for a real half.
      if (heads.has(w)) expect(halves.head(w, 0), w).toBe(true);
      if (tails.has(w)) expect(halves.tail(w, 0), w).toBe(true);
      if (!heads.has(w)) {
        no++;
        if (halves.head(w, 0)) wrongMaybe++;
      }
    }
    expect(no).toBeGreaterThan(20);
    expect(wrongMaybe).toBeLessThanOrEqual(1);
  });

  it('is built once per frequency', () => {
    expect(idiomHalves(50)).toBe(idiomHalves(50));
    expect(idiomHalves(1000)).not.toBe(idiomHalves(50));
  });
});
