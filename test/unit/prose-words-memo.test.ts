/**
 * segmentWords keeps its results by the stretch's text (src/core/prose.ts): a stretch seen before, anywhere, gives
 * what Intl.Segmenter gives for it, with offsets relative to the stretch.
 */
import { describe, expect, it } from 'vitest';
import { segmentWords, wordSegmenter, wordsMemoSize } from '../../src/core/prose.js';

/** What Intl.Segmenter says about `slice` on its own. */
const direct = (slice: string) => [...wordSegmenter().segment(slice)].map((s) => [s.segment, s.index, s.isWordLike === true]);
const mine = (text: string, start: number, end: number) => segmentWords(text, start, end).map((s) => [s.segment, s.index, s.isWordLike]);

describe('segmentWords across calls', () => {
  it('gives a recurring stretch the segmentation of its own text, wherever it stands', () => {
    const sentence = '石桥镇安排12名干部分包出租屋。';
    const a = `前言。${sentence}后记`;
    const b = `另一篇稿件的开头，内容不同。${sentence}`;
    const first = mine(a, 3, 3 + sentence.length);
    expect(first).toEqual(direct(sentence));
    expect(mine(b, b.length - sentence.length, b.length)).toEqual(direct(sentence));
    expect(mine(sentence, 0, sentence.length)).toEqual(first);
  });

  it('tells apart stretches that share a beginning or an end', () => {
    const text = '全县已完成秋粮收购2.3万吨，同比增长5%。全县已完成秋粮收购任务。';
    const cut = text.indexOf('，');
    for (const [s, e] of [[0, text.length], [0, cut], [0, cut + 1], [cut + 1, text.length], [1, cut]] as const) {
      expect(mine(text, s, e)).toEqual(direct(text.slice(s, e)));
    }
  });

  it('keeps at most 256k characters of stretches however many long ones it sees, and still answers right', () => {
    for (let i = 0; i < 400; i++) {
      const text = `${'清河县第'.repeat(450)}${i}号稿件。`;
      expect(segmentWords(text, 0, text.length).length).toBeGreaterThan(0);
      expect(wordsMemoSize().chars).toBeLessThanOrEqual(256 * 1024);
    }
    const text = `${'清河县第'.repeat(450)}7号稿件。`;
    expect(mine(text, 0, text.length)).toEqual(direct(text));
  });
});

