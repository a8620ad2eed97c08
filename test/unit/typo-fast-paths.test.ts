/**
 * The typo search's fast paths (issue 14 §1) against plain references: the written-twice guard (two searches of the
 * text until they have read it SCAN_BUDGET times over, then count tables), the merge of sorted lists that substitutes
 * uses for a stretch of two when its candidates come in ascending order, and confusionSet's order when it joins
 * several lists (the candidates' order the typo search starts from), also on its path by code for sound-only sets.
 */
import { describe, expect, it } from 'vitest';
import { confusionSet, lookAlikes, lookup, substitutes, type ConfusionOptions } from '../../src/core/lexicon/index.js';
import { readingTable } from '../../src/core/lexicon/pinyin.js';
import { occursTwice } from '../../src/rules/wording/typo.js';

/** A small deterministic generator (xorshift). */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** Occurrences of `s` in `text`, overlapping ones counted, by comparing at every position. */
function count(text: string, s: string): number {
  let n = 0;
  for (let i = 0; i + s.length <= text.length; i++) if (text.startsWith(s, i)) n++;
  return n;
}

describe('occursTwice', () => {
  it('agrees with counting at every position, before and after the searches give way to the tables', () => {
    const next = random(0x7e57);
    // Few distinct characters, so that stretches recur (and overlap: 啊啊啊 holds 啊啊 twice).
    const alphabet = ['会', '议', '义', '啊', '的', '𠀀', 'a', '，'];
    let checked = 0;
    let twice = 0;
    for (let round = 0; round < 40; round++) {
      const length = 1 + Math.floor(next() * (round < 20 ? 60 : 400));
      let text = '';
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)]!;
      // Many questions per text: the first ones are answered by searching, the later ones by the tables (a text of
      // n units allows about 64 n units of searching).
      for (let q = 0; q < 300; q++) {
        const n = 1 + Math.floor(next() * 5);
        const at = Math.floor(next() * text.length);
        const s = next() < 0.7 ? text.slice(at, at + n) : Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]!).join('');
        const expected = count(text, s) >= 2 || (s === '' && text.length >= 1);
        expect(occursTwice(text, s), `${JSON.stringify(s)} in ${JSON.stringify(text.slice(0, 40))}…`).toBe(expected);
        checked++;
        if (expected) twice++;
      }
    }
    expect(checked).toBe(12000);
    expect(twice).toBeGreaterThan(2000);
    expect(checked - twice).toBeGreaterThan(2000);
  });

  it('answers a text of one character repeated (every stretch overlaps itself)', () => {
    const text = '啊'.repeat(5000);
    for (let q = 0; q < 400; q++) expect(occursTwice(text, '啊'.repeat(1 + (q % 7)))).toBe(true);
    expect(occursTwice(text, '啊'.repeat(5000))).toBe(false);
    expect(occursTwice(text, '啊'.repeat(4999))).toBe(true);
    expect(occursTwice(text, '的')).toBe(false);
  });
});

/** The reference: every list's characters in a set, ordered by rank (look-alikes the table lacks after, in table order). */
function reference(char: string, options: ConfusionOptions): string[] {
  const { sound = true, sameTone = false, similarSound = false, shape = true, common = true, rare = false } = options;
  const t = readingTable();
  const own = t.readingsOf(char).filter((r) => rare || !r.rare);
  const listOf = (syllable: string) => t.charsWith(syllable, rare).filter((c) => !common || t.rank(c) < t.common);
  const found = new Set<string>();
  if (sound) for (const r of own) for (const c of listOf(sameTone ? r.numbered : r.syllable)) found.add(c);
  if (similarSound) for (const r of own) for (const s of t.similarSyllables(r.syllable)) for (const c of listOf(sameTone ? `${s}${r.tone}` : s)) found.add(c);
  const shapes = shape ? lookAlikes(char) : [];
  for (const c of shapes) found.add(c);
  found.delete(char);
  const rankOf = (c: string) => (t.rank(c) >= 0 ? t.rank(c) : t.size + shapes.indexOf(c));
  return [...found].sort((a, b) => rankOf(a) - rankOf(b));
}

describe('confusionSet', () => {
  it('orders the union of several lists by rank (look-alikes the table lacks last), each character once', () => {
    const t = readingTable();
    const chars = [...t.chars()].filter((c) => t.readingsOf(c).length > 1 || lookAlikes(c).length > 0);
    expect(chars.length).toBeGreaterThan(1500);
    const options: ConfusionOptions[] = [
      {},
      { shape: false },
      { similarSound: true },
      { sameTone: true, similarSound: true },
      { common: false, rare: true },
      { sound: false },
    ];
    let nonEmpty = 0;
    for (const c of chars) {
      for (const o of options) {
        const got = confusionSet(c, o);
        expect(got, `${c} ${JSON.stringify(o)}`).toEqual(reference(c, o));
        if (got.length > 1) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(5000);
  });

  it('gives the same sets by code (sound only, common characters) for every character of the table and others', () => {
    const t = readingTable();
    const chars = [...t.chars(), 'a', '，', '𠀀', '〇', '\u4dff'];
    let several = 0;
    for (const c of chars) {
      const syllables = new Set(t.readingsOf(c).filter((r) => !r.rare).map((r) => r.syllable));
      if (syllables.size > 1) several++;
      for (const o of [{ shape: false }, {}, { shape: false, limit: 3 }] as ConfusionOptions[]) {
        const want = reference(c, o).slice(0, o.limit);
        expect(confusionSet(c, o), `${c} ${JSON.stringify(o)}`).toEqual(want);
      }
    }
    expect(chars.length).toBeGreaterThan(12000);
    expect(several).toBeGreaterThan(200);
  });
});

describe('substitutes with candidates in ascending order', () => {
  it('finds, for a stretch of two, exactly the words that building every candidate string finds', () => {
    const next = random(0x5eed);
    const t = readingTable();
    const common = [...t.chars()].slice(0, 4000);
    let checked = 0;
    let nonEmpty = 0;
    let long = 0;
    for (let round = 0; round < 6000; round++) {
      // A stretch of two common characters, or one of a word, so that many have substitutes.
      const a = common[Math.floor(next() * (round % 2 ? 300 : common.length))]!;
      const b = common[Math.floor(next() * (round % 3 ? 300 : common.length))]!;
      const text = `${a}${b}`;
      const at = Math.floor(next() * 2);
      // The candidates: the confusion set (as the typo search has it), or a random set (long lists and short), as
      // unique codes in ascending order; the character itself is among them at times.
      const pool = round % 4 === 0 ? Array.from({ length: 1 + Math.floor(next() * 300) }, () => common[Math.floor(next() * common.length)]!) : [...confusionSet(text[at]!), ...(round % 5 === 0 ? [text[at]!] : [])];
      const codes = Uint16Array.from(new Set(pool.map((c) => c.charCodeAt(0)))).sort();
      if (codes.length > 100) long++;
      const expected: string[] = [];
      for (const code of codes) {
        const c = String.fromCharCode(code);
        if (c === text[at]) continue;
        const word = at === 0 ? c + text[1] : text[0] + c;
        if (lookup(word)) expected.push(c);
      }
      const got = substitutes(text, 0, 2, at, codes, true);
      expect(got.map((x) => x.char), `${text} @${at}`).toEqual(expected);
      for (const x of got) expect(x).toEqual({ char: x.char, ...lookup(at === 0 ? x.char + text[1] : text[0] + x.char)! });
      // The same words as without the order (which may come in another order).
      expect(substitutes(text, 0, 2, at, codes).map((x) => x.char).sort()).toEqual([...expected].sort());
      checked++;
      if (expected.length) nonEmpty++;
    }
    expect(checked).toBe(6000);
    expect(nonEmpty).toBeGreaterThan(1000);
    expect(long).toBeGreaterThan(500);
  });
});
