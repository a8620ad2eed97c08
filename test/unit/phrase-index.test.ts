/**
 * PhraseIndex.scan (src/rules/lib/phrases.ts) against a plain reading of its contract: left to right, at each place
 * the longest entry that is there (and accepted, and not inside one of its `unless` strings), never overlapping.
 * Its filters (first unit, first two units) must never skip a match.
 */
import { describe, expect, it } from 'vitest';
import { coveredByLonger, PhraseIndex, type PhraseEntry } from '../../src/rules/lib/phrases.js';
import type { Segment } from '../../src/core/types.js';

function naive(entries: readonly PhraseEntry[], text: string, segments: readonly Segment[], accept?: (e: PhraseEntry) => boolean) {
  const sorted = entries.filter((e) => e.wrong).map((e, i) => ({ e, i })).sort((a, b) => b.e.wrong.length - a.e.wrong.length || a.i - b.i);
  const out: { start: number; end: number; entry: PhraseEntry }[] = [];
  for (const seg of segments) {
    if (!seg.prose) continue;
    for (let i = seg.start; i < seg.end; ) {
      const hit = sorted.find(({ e }) => e.wrong[0] === text[i] && i + e.wrong.length <= seg.end && text.startsWith(e.wrong, i) &&
        (!accept || accept(e)) && !(e.unless && coveredByLonger(text, i, e.wrong, e.unless)));
      if (hit) {
        out.push({ start: i, end: i + hit.e.wrong.length, entry: hit.e });
        i += hit.e.wrong.length;
      } else i++;
    }
  }
  return out;
}

/** mulberry32 */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('PhraseIndex.scan', () => {
  it('finds what a plain reading finds, with and without entries of one character', () => {
    const alphabet = [...'的地得在是有了不工作开展全面加强推进落实'];
    for (let round = 0; round < 300; round++) {
      const rnd = random(round + 1);
      const pick = () => alphabet[Math.floor(rnd() * alphabet.length)]!;
      const word = (min: number) => Array.from({ length: min + Math.floor(rnd() * 3) }, pick).join('');
      const singles = round % 3 === 0;
      const entries: PhraseEntry[] = Array.from({ length: 4 + Math.floor(rnd() * 12) }, () => {
        const wrong = word(singles && rnd() < 0.3 ? 1 : 2);
        return rnd() < 0.2 ? { wrong, unless: [pick() + wrong, wrong + pick()] } : { wrong };
      });
      const text = Array.from({ length: 60 }, pick).join('');
      const cuts = [0, ...Array.from({ length: 4 }, () => Math.floor(rnd() * 60)).sort((a, b) => a - b), 60];
      const segments: Segment[] = [];
      for (let k = 0; k + 1 < cuts.length; k++) if (cuts[k]! < cuts[k + 1]!) segments.push({ start: cuts[k]!, end: cuts[k + 1]!, prose: rnd() < 0.85 } as Segment);
      const accept = round % 5 === 0 ? (e: PhraseEntry) => e.wrong.length !== 3 : undefined;
      expect(new PhraseIndex(entries).scan(text, segments, accept)).toEqual(naive(entries, text, segments, accept));
    }
  });

  it('finds an entry of one character at the end of a segment, and two-character entries after common characters', () => {
    const index = new PhraseIndex([{ wrong: '搞' }, { wrong: '的话' }, { wrong: '在在' }]);
    const text = '工作搞的话在在搞';
    const segments = [{ start: 0, end: 3, prose: true }, { start: 3, end: text.length, prose: true }] as Segment[];
    expect(index.scan(text, segments).map((m) => text.slice(m.start, m.end))).toEqual(['搞', '的话', '在在', '搞']);
  });
});
