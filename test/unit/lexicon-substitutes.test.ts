/**
 * The lexicon's search for one-character substitutes (substitutes) and its segmentation score (segmentScore), the
 * two primitives the typo rule builds on. substitutes walks the sorted word table and the character-pair lists; it
 * must give exactly what building every candidate string and looking it up gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { confusionSet, logTotal, lookup, segment, segmentScore, substitutes } from '../../src/core/lexicon/index.js';

/** The reference: every candidate string built and looked up. */
function bruteForce(text: string, start: number, end: number, at: number, chars: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of chars) {
    if (c === text[at]) continue;
    const word = text.slice(start, at) + c + text.slice(at + 1, end);
    if (lookup(word)) out.push(c);
  }
  return out.sort();
}

const found = (text: string, start: number, end: number, at: number, chars: readonly string[]) =>
  substitutes(text, start, end, at, chars)
    .map((s) => s.char)
    .sort();

describe('substitutes', () => {
  it('finds the words one character away, with their frequency and part of speech', () => {
    const subs = substitutes('会义', 0, 2, 1, confusionSet('义'));
    expect(subs.map((s) => s.char).sort()).toEqual(['意', '议']);
    expect(subs.find((s) => s.char === '议')).toMatchObject({ freq: lookup('会议')!.freq, pos: 'n' });
    expect(found('清河县将再接再励，', 4, 8, 7, confusionSet('励'))).toContain('厉');
    expect(found('按排', 0, 2, 0, confusionSet('按'))).toContain('安');
    expect(found('水长船高', 0, 4, 1, confusionSet('长'))).toEqual(['涨']);
  });

  it('agrees with building and looking up every candidate, on every stretch of real sentences', () => {
    const dir = new URL('../../examples/', import.meta.url);
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n')
      .slice(0, 4000);
    let checked = 0;
    let nonEmpty = 0;
    for (let start = 0; start < text.length; start += 3) {
      for (let length = 1; length <= 4; length++) {
        const end = start + length;
        if (end > text.length || !/^\p{Script=Han}+$/u.test(text.slice(start, end))) continue;
        for (let at = start; at < end; at++) {
          const chars = confusionSet(text[at]!);
          const expected = bruteForce(text, start, end, at, chars);
          expect(found(text, start, end, at, chars), `${text.slice(start, end)} @${at - start}`).toEqual(expected);
          checked++;
          if (expected.length) nonEmpty++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(nonEmpty).toBeGreaterThan(200);
  });

  it('returns nothing for a stretch outside the text, an `at` outside the stretch, or no candidates', () => {
    expect(substitutes('会义', 0, 3, 1, ['议'])).toEqual([]);
    expect(substitutes('会义', 0, 2, 2, ['议'])).toEqual([]);
    expect(substitutes('会义', 0, 2, 1, [])).toEqual([]);
    expect(substitutes('会义', 1, 1, 1, ['议'])).toEqual([]);
    // The character already there is no substitute.
    expect(found('会议', 0, 2, 1, ['议'])).toEqual([]);
  });
});

describe('segmentScore', () => {
  it('is the sum of ln(freq) − ln(total) over the best segmentation', () => {
    const text = '截至目前，全县已完成秋粮收购2.3万吨。';
    const expected = segment(text).reduce((s, t) => s + (t.freq > 1 ? Math.log(t.freq) : 0) - logTotal(), 0);
    expect(segmentScore(text)).toBeCloseTo(expected, 9);
    expect(segmentScore(text, 0, 4)).toBeCloseTo(Math.log(lookup('截至')!.freq) + Math.log(lookup('目前')!.freq) - 2 * logTotal(), 9);
  });

  it('reads a word far better than the loose characters of a slip', () => {
    expect(segmentScore('会议') - segmentScore('会义')).toBeGreaterThan(5);
    expect(segmentScore('安排') - segmentScore('按排')).toBeGreaterThan(5);
  });
});
