/**
 * Office words jieba counts low (排查 43, 帮扶 109, 值守 …: its corpus of about 2012 holds little official writing),
 * found in the project's own correct texts by scripts/build-office-words.mjs (office-words-data.ts). The typo rule
 * reads a slip whose intended word is one of them as if the word were as frequent as a common word (OFFICE_FREQ).
 */
import { OFFICE_WORDS } from './office-words-data.js';

/** The frequency an office word counts with (a common word of jieba's corpus). */
export const OFFICE_FREQ = 1000;

const WORDS: ReadonlySet<string> = new Set(OFFICE_WORDS.map(([w]) => w));

/** Whether `word` is an office word jieba counts low. */
export function isOfficeWord(word: string): boolean {
  return WORDS.has(word);
}

/**
 * The frequency and the gain (natural log) a slip's intended word of jieba frequency `freq` counts with: an office word
 * below OFFICE_FREQ is raised to it, and the clause mended reads better by as much (ln(OFFICE_FREQ / freq)). `also`: more
 * such words, written by hand (the typo rule's table of the trades' words, rules/data/typo.yaml `trade`).
 */
export function officeBoost(word: string, freq: number, also?: ReadonlySet<string>): { freq: number; gain: number } {
  if (freq >= OFFICE_FREQ || !(WORDS.has(word) || also?.has(word) === true)) return { freq, gain: 0 };
  return { freq: OFFICE_FREQ, gain: Math.log(OFFICE_FREQ / Math.max(1, freq)) };
}
