/**
 * withFirstCharGuard (src/rules/lib/cues.ts): a look-ahead for the characters a pattern's matches can begin with, put
 * before a long alternation so that the engine skips the positions where none can start. It must never change a match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstChars, withFirstCharGuard } from '../../src/rules/lib/cues.js';
import { HEARSAY_SOURCE } from '../../src/rules/content/vague-source.js';

const chars = (set: Set<number> | undefined) => (set === undefined ? undefined : [...set].map((c) => String.fromCodePoint(c)).sort().join(''));

describe('firstChars', () => {
  it('reads literal alternations, groups, quantifiers and passes over look-arounds', () => {
    expect(chars(firstChars('成效显著|效果(?:明显|突出)'))).toBe('成效');
    expect(chars(firstChars('(?:大幅度?|显著)提升'))).toBe('大显');
    expect(chars(firstChars('有了?(?:很大|较大)的?提高'))).toBe('有');
    expect(chars(firstChars('(?=[甲乙])(?<!丙)(?:持续|稳中){1,3}向好'))).toBe('持稳');
    expect(chars(firstChars('(?:更|越来越)?好转'))).toBe('好更越');
    expect(chars(firstChars('(?<day>当晚|今晚)\\.'))).toBe('今当');
    expect(chars(firstChars('\\.5|\\(甲'))).toBe('(.');
    expect(chars(firstChars('𠀋乙|丙'))).toBe('丙𠀋');
  });

  it('gives up where a match can begin with anything it does not read, or be empty', () => {
    for (const source of ['[甲乙]丙', '\\p{Script=Han}{1,4}', '甲|\\d', '(甲)?\\1乙', '.乙', '甲?', '(?:甲|)', '甲{0,3}', '\\u4e00', '(?=甲)']) {
      expect(firstChars(source), source).toBeUndefined();
    }
    expect(withFirstCharGuard('[甲乙]丙')).toBe('[甲乙]丙');
  });
});

describe('withFirstCharGuard', () => {
  const sources = [
    '成效显著|效果(?:十分|非常)?(?:明显|显著)|(?:大幅度?|显著|明显(?:地)?)(?:提升|提高)(?=了?(?:[，。]|$))',
    '(?:一(?:年|天)比一(?:年|天)|越来越)\\p{Script=Han}{1,4}(?=了?(?:[，。]|$))',
    '(?:得到|受到)了?(?:[^，。]{0,12}?的|\\p{Script=Han}{1,4}?)?(?:好评|认可)',
    '(?=(?:持续|稳中))(?<!(?:推动|保持)\\p{Script=Han}{0,12})(?:持续|稳中){1,3}向好',
    '(?:热情|干劲)(?:持续|更加){0,3}(?:高涨|(?<=更|更加)(?:足|旺))',
    '\\]甲|\\^乙|-丙|\\\\丁',
  ];
  const alphabet = [...'成效显著果十分非常明大幅度地提升高了，。一年天比越来得到受的好评认可持续稳中向推动保持热情干劲更加涨足旺甲乙丙丁]^-\\x'];
  it('finds the very same matches as the pattern alone', () => {
    for (const source of sources) {
      const guarded = withFirstCharGuard(source);
      expect(guarded, source).not.toBe(source);
      const plain = new RegExp(source, 'gu');
      const fast = new RegExp(guarded, 'gu');
      const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (cs) => {
          const text = cs.join('');
          expect(all(fast, text)).toEqual(all(plain, text));
        }),
        { numRuns: 400 },
      );
    }
  });

  it("finds the very same matches for vague-source's hearsay cues (its first characters read off the source)", () => {
    expect(chars(firstChars(HEARSAY_SOURCE))).toBe([...'据从经侧外社民坊有知业内消权相某网传听朋微群短自一'].sort().join(''));
    const plain = new RegExp(HEARSAY_SOURCE, 'gu');
    const fast = new RegExp(withFirstCharGuard(HEARSAY_SOURCE), 'gu');
    const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    // The source's own characters (its words and marks), and one it does not hold.
    const own = [...new Set(HEARSAY_SOURCE.replace(/[\\()[\]{}?:=<!|*+^$.\sA-Za-z0-9]/gu, ''))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...own, '，', ' ', '甲'), { maxLength: 40 }), (cs) => {
        const text = cs.join('');
        expect(all(fast, text)).toEqual(all(plain, text));
      }),
      { numRuns: 2000 },
    );
  });
});
