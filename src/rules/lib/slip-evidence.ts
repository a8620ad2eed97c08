/**
 * Positive evidence for a dictionary slip on a stretch the dictionary lacks.
 *
 * The typo rule's dictionary search reads "X is no word (or a rare one), and a homophone or look-alike Y is": on text
 * nobody on the team has seen, almost every false alarm is such a finding on an invented name or a local term, and
 * about three in four are names (used blind sets 1–17). The gate asks what a careful proofreader would ask before
 * saying "X 疑为 Y" where X may be a name. Measured on bench/name-fa.mjs (names taken out of the dictionary) against the
 * natural typo cases and the injected typos; see rules/typo.md.
 */
import type { Token } from '../../core/lexicon/index.js';
import { tokenAt } from '../../core/words.js';
import { SURNAMES } from './names.js';
import type { Slip } from './slips.js';
import { RARE_WORD } from './typo-context.js';

/** The lexicon as the gate uses it. */
export interface EvidenceLexicon {
  lookup(word: string): { freq: number; pos: string } | undefined;
  nameShare(char: string): number;
  segment(text: string, start?: number, end?: number): Token[];
}

/** A generic that ends a place's or an organisation's name, standing as a word of its own after the stretch (苇溪|河, 榴园|小区). */
const GENERIC = /^(?:[省市县区镇乡村州旗盟寨屯庄坪坝沟桥埠堡河江湖溪港岛湾渠峪岙垟路街]|街道|社区|小区|大道|合作社|公司|中心|小学|中学|医院|水库)$/u;
/** A job title or a word that introduces a place, right before the stretch (副镇长|仝志强, 位于|磐峪). */
const TITLE_CUE = /(?:书记|[镇乡县市区局站所村社队组校院科部处厅馆]长|主任|经理|委员|网格员|会计|主席)$/u;
const PLACE_CUE = /(?:位于|来自|前往|途经|赴)$/u;
/** How far back a cue is looked for: the longest cue. */
const CUE_SPAN = 3;
/** How often, at least, the dictionary's words holding a name's first character after a title are names (the share place-names.ts asks). */
const PERSON_SHARE = 0.3;
/** Parts of speech of a reading that names a thing (a verb, an adverb, a measure after a title or before a place is the predicate's). */
const NOMINAL = /^(?:n|nr|ns|nt|nz|ng|s|j)$/;

/** A token that may be part of an unknown name around the stretch: one Han character that is no common word on its own, or a rare word. */
const LOOSE_FREQ = 5000;
const HAN = /^\p{Script=Han}+$/u;
const loose = (t: Token): boolean => HAN.test(t.value) && (t.value.length === 1 ? t.freq < LOOSE_FREQ : t.freq <= RARE_WORD);
/** How many loose tokens on each side the name around the stretch may take in (茂林|修竹: the name is four characters). */
const RUN = 3;
/** How many characters of words a name may hold between its cue and the loose run (台湾|航业). */
const NAME_HEAD = 2;
/** In a name's place, a kin pair counts as evidence only for an intended word this frequent (岗峦 is no such word). */
const KIN_IN_NAME_FREQ = 500;
/** Before a generic of two characters or more, an intended word this frequent makes a compound with it (承市社区 → 城市社区). */
const COMMON_WORD = 5000;

/**
 * Where the stretch sits as a name does (2: before a generic of two characters or more, 1: elsewhere, 0: not): the run of loose characters that holds it stands before a generic of a place or
 * an organisation standing as a word (苇溪|河, 榴园|小区), or follows a job title or
 * a word introducing a place (副镇长|仝志强, 位于|磐峪); only for a reading that is itself a noun (协掉|县交通局 is a
 * verb's slip).
 */
function nameSlot(lex: EvidenceLexicon, text: string, tokens: readonly Token[], slip: Slip): 0 | 1 | 2 {
  if (!NOMINAL.test(slip.pos)) return 0;
  // After a title a person is named: the name opens with a surname or a character names use (仝志强, 祁志明; 书记|年督述职 is no name).
  const cue = (end: number): boolean => {
    const before = text.slice(Math.max(0, end - CUE_SPAN), end);
    return PLACE_CUE.test(before) || (TITLE_CUE.test(before) && (SURNAMES.has(text[end]!) || lex.nameShare(text[end]!) >= PERSON_SHARE));
  };
  let a = tokenAt(tokens, slip.start + 1) - 1;
  if (a < 0 || tokens[a]!.end <= slip.start) return 0;
  let b = a;
  while (b + 1 < tokens.length && tokens[b + 1]!.start < slip.end) b++;
  for (let k = 0; k < RUN && a > 0 && loose(tokens[a - 1]!) && !cue(tokens[a - 1]!.end); k++) a--;
  for (let k = 0; k < RUN && b + 1 < tokens.length && loose(tokens[b + 1]!) && !GENERIC.test(tokens[b + 1]!.value); k++) b++;
  const next = tokens[b + 1];
  if (next && GENERIC.test(next.value)) return next.value.length > 1 ? 2 : 1;
  // A name of words after a title (台湾|航业, 全球|华语): a cue at most NAME_HEAD characters before the run, at a word's edge.
  for (let k = a; k >= 0 && tokens[a]!.start - tokens[k]!.start <= NAME_HEAD && HAN.test(tokens[k]!.value); k--) if (cue(tokens[k]!.start)) return 1;
  return 0;
}

/** Whether the mended clause reads the intended word across the stretch's edge (a word longer than the stretch joins it). */
function joinsNeighbours(lex: EvidenceLexicon, text: string, span: { start: number; end: number }, slip: Slip): boolean {
  const lo = Math.max(span.start, slip.start - 4);
  const hi = Math.min(span.end, slip.end + 4);
  const mended = text.slice(lo, slip.at) + slip.to + text.slice(slip.at + 1, hi);
  const s0 = slip.start - lo;
  const s1 = slip.end - lo;
  return lex.segment(mended).some((t) => (t.start < s0 && s0 < t.end) || (t.start < s1 && s1 < t.end));
}

/** How far around the stretch the draft is searched for it and for the intended word (an item is shorter; a long report's part). */
const NEAR = 2000;

/** How many times `s` stands in `near` (counted up to `cap`). */
function occurrences(near: string, s: string, cap: number): number {
  let n = 0;
  for (let i = near.indexOf(s); i >= 0 && n < cap; i = near.indexOf(s, i + 1)) n++;
  return n;
}

/**
 * Whether a dictionary slip on a stretch the dictionary lacks (or knows only as rare) carries positive evidence, when
 * its place says it may be a name. Asked of the plain dictionary slips (not of a swap, a function word's slot, an idiom
 * or a rare form; the caller leaves known misspellings out), and only where doubt arises: the stretch sits where names sit (nameSlot), or the writer wrote it again in the
 * draft (a string written twice is meant). Evidence then is: the two characters are kin (a curated look-alike, or parts
 * and sound shared), the intended word is written elsewhere in the draft, or the mended clause joins the intended
 * word to its neighbours.
 */
export function evidenced(lex: EvidenceLexicon, text: string, span: { start: number; end: number }, tokens: readonly Token[], slip: Slip, kin: boolean): boolean {
  if (slip.swap || slip.slot || slip.idiom || slip.rareForm) return true;
  const near = text.slice(Math.max(0, slip.start - NEAR), Math.min(text.length, slip.end + NEAR));
  const again = occurrences(near, text.slice(slip.start, slip.end), 2) >= 2;
  const slot = nameSlot(lex, text, tokens, slip);
  if (!again && !slot) return true;
  const freq = lex.lookup(slip.right)?.freq ?? 0;
  if (kin && (!slot || freq >= KIN_IN_NAME_FREQ)) return true;
  // Before a generic that is also a common noun (社区, 中心), a common word makes a compound with it (城市|社区).
  if (slot === 2 && freq >= COMMON_WORD) return true;
  if (near.includes(slip.right)) return true;
  return joinsNeighbours(lex, text, span, slip);
}

