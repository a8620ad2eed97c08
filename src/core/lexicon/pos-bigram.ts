/**
 * How likely a word of one part of speech follows a word of another: the word-level transitions of jieba's
 * part-of-speech HMM (People's Daily statistics; data/pos-bigram.ts, derived by scripts/build-lexicon.mjs), and how
 * likely a word is within its part of speech (its frequency over the part's total in the dictionary). Parsed once,
 * on first use.
 */
import { POS_TOTALS, POS_TRANS } from './data/pos-bigram.js';

/** ln p of a transition the table leaves out (it keeps those down to −16). */
export const POS_TRANS_FLOOR = -16;

let trans: Map<string, number> | undefined;
let totals: Map<string, number> | undefined;

function load(): void {
  trans = new Map();
  for (const row of POS_TRANS.split(';')) {
    const [a, b, p] = row.split(' ');
    trans.set(`${a} ${b}`, -Number(p));
  }
  totals = new Map();
  for (const row of POS_TOTALS.split(';')) {
    const [pos, ln] = row.split(' ');
    totals.set(pos!, Number(ln));
  }
}

/**
 * ln p that a word of part of speech `to` (of one character: `toSingle`) follows a word of part of speech `from` (of
 * one character: `fromSingle`), as jieba's HMM has it; POS_TRANS_FLOOR when the table has no such transition.
 */
export function posTransition(from: string, fromSingle: boolean, to: string, toSingle: boolean): number {
  if (!trans) load();
  return trans!.get(`${fromSingle ? 'S' : 'E'}${from} ${toSingle ? 'S' : 'B'}${to}`) ?? POS_TRANS_FLOOR;
}

/** ln of the total dictionary frequency of a part of speech's words (undefined for a tag the dictionary has not). */
export function posLogTotal(pos: string): number | undefined {
  if (!totals) load();
  return totals!.get(pos);
}
