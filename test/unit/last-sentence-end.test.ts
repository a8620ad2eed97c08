import { describe, expect, it } from 'vitest';
import { lastSentenceEnd } from '../../src/rules/lib/sentences.js';

/** The definition paragraph-end used: the index of the last match of this pattern, or -1. */
const reference = (text: string) => {
  const ends = [...text.matchAll(/[。！？]|(?<=\p{Script=Han})[.!?]/gu)];
  return ends.length ? ends[ends.length - 1]!.index : -1;
};

describe('lastSentenceEnd (searched from the end, no match objects)', () => {
  it('agrees with the pattern on random mixes of marks, Han (BMP and beyond), Latin and lone surrogates', () => {
    const pieces = ['。', '！', '？', '.', '!', '?', '汉', '𠀀', '\ud840', '\udc00', 'a', '1', ' ', '”', '；', '\n', '．'];
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let n = rand(10); n > 0; n--) text += pieces[rand(pieces.length)];
      expect(lastSentenceEnd(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it('reads a half-width mark as an end only after a Han character', () => {
    expect(lastSentenceEnd('完成了.')).toBe(3);
    expect(lastSentenceEnd('𠀀.')).toBe(2);
    expect(lastSentenceEnd('版本2.0')).toBe(-1);
    expect(lastSentenceEnd('好。then.')).toBe(1);
  });
});
