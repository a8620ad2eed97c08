/**
 * 俩 (liǎ) is a number with its measure word fused (两个): it follows people (夫妻俩, 他们俩, 老李俩人), and no count
 * follows it. Written after a thing's character and before a count or at a clause's end (送水车俩4台, 停放车俩47台), it
 * is the same-sounding measure character of a word of the dictionary (车辆: 辆 liàng, of the same phonetic 两) typed
 * wrong. Pure: the text, a span and the lexicon in; the slips out (offsets into the text).
 */
import type { Lexicon } from '../../core/words.js';

/** The fused count characters and the measure characters written for them (俩 for 辆). */
const FUSED: Readonly<Record<string, string>> = { 俩: '辆' };
/** 俩 before a count (Arabic or Chinese numeral) or a clause mark. */
const FUSED_AT = /俩(?=[0-9０-９一二三四五六七八九十两几]|[，。；：、！？,.;:!?]|$)/gu;
/** The word mended must be this common (车辆 1893): a word of its own, not one of jieba's rare entries. */
const WORD_FREQ = 100;

export interface FusedCountSlip {
  start: number;
  end: number;
  at: number;
  from: string;
  to: string;
  wrong: string;
  right: string;
}

/** The fused counts in text[start, end) that a thing's word before them reads as its measure character (车俩4台 → 车辆). */
export function fusedCountSlips(lex: Lexicon, text: string, start: number, end: number): FusedCountSlip[] {
  const out: FusedCountSlip[] = [];
  const sentence = text.slice(start, end);
  FUSED_AT.lastIndex = 0;
  for (let m = FUSED_AT.exec(sentence); m; m = FUSED_AT.exec(sentence)) {
    const at = start + m.index;
    if (at === start) continue;
    const from = text[at]!;
    const to = FUSED[from]!;
    const before = text[at - 1]!;
    const right = before + to;
    if ((lex.lookup(right)?.freq ?? 0) < WORD_FREQ) continue;
    out.push({ start: at - 1, end: at + 1, at, from, to, wrong: before + from, right });
  }
  return out;
}
