/**
 * Confusion sets: the characters a writer may have put in place of another — same sound (同音), similar sound
 * (近音, by the documented table), similar shape (形近). Candidates come most common first.
 */
import { readingTable, type ReadingTable } from './pinyin.js';
import { lookAlikes } from './shapes.js';

export interface ConfusionOptions {
  /** Characters with the same syllable, any tone (default true). */
  sound?: boolean;
  /** With `sound` and `similarSound`: only the same tone too (default false). */
  sameTone?: boolean;
  /** Characters whose syllable is one swap away in the similar-sounds table: n/l, z/zh, en/eng … (default false). */
  similarSound?: boolean;
  /** Look-alike characters from the curated table (default true). */
  shape?: boolean;
  /** Sound candidates only among the common characters, GB 2312's Hanzi (default true; look-alikes always count). */
  common?: boolean;
  /** Use the rare readings too (她 jiě …; default false). */
  rare?: boolean;
  /** At most this many candidates (the most common ones). */
  limit?: number;
}

const cache = new Map<string, readonly string[]>();
const commonCache = new Map<string, readonly string[]>();
/** Sound only, any tone, common characters, usual readings (and no look-alike asked for): by code unit. */
const soundSets: (readonly string[] | undefined)[] = new Array(0x10000);

/** The common characters (GB 2312) with a reading, most common first (charsWith's list, filtered once per reading). */
function commonChars(t: ReadingTable, syllable: string, rare: boolean): readonly string[] {
  const key = `${syllable}|${rare}`;
  let list = commonCache.get(key);
  if (!list) {
    list = t.charsWith(syllable, rare).filter((c) => t.rank(c) < t.common);
    commonCache.set(key, list);
  }
  return list;
}

/**
 * The characters that may have been written instead of `char` (or `char` instead of them), without `char` itself,
 * most common first (look-alikes that the reading table does not know come last, in table order). The array is
 * frozen and shared: copy it before changing it. A string that is not one character gives [].
 */
export function confusionSet(char: string, options: ConfusionOptions = {}): readonly string[] {
  const { sound = true, sameTone = false, similarSound = false, shape = true, common = true, rare = false, limit } = options;
  if ([...char].length !== 1) return Object.freeze([]);
  if (sound && !sameTone && !similarSound && common && !rare && char.length === 1 && !(shape && lookAlikes(char).length > 0)) {
    // The usual question (the typo search asks it for every new character): by code, without a key string.
    const code = char.charCodeAt(0);
    let set = soundSets[code];
    if (!set) soundSets[code] = set = Object.freeze(readingTable().commonSoundChars(char));
    return limit !== undefined && limit < set.length ? Object.freeze(set.slice(0, Math.max(0, limit))) : set;
  }
  const key = `${char}|${+sound}${+sameTone}${+similarSound}${+shape}${+common}${+rare}`;
  let set = cache.get(key);
  if (!set) {
    const t = readingTable();
    const found = new Set<string>();
    const own = t.readingsOf(char).filter((r) => rare || !r.rare);
    const take = (list: readonly string[]) => {
      for (const c of list) found.add(c);
    };
    const listOf = (syllable: string) => (common ? commonChars(t, syllable, rare) : t.charsWith(syllable, rare));
    if (sound && own.length === 1 && !similarSound && !(shape && lookAlikes(char).length > 0)) {
      // One list, already most common first (the usual case): the set is that list without the character itself.
      set = Object.freeze(listOf(sameTone ? own[0]!.numbered : own[0]!.syllable).filter((c) => c !== char));
      cache.set(key, set);
      return limit !== undefined && limit < set.length ? Object.freeze(set.slice(0, Math.max(0, limit))) : set;
    }
    if (sound) {
      for (const r of own) take(listOf(sameTone ? r.numbered : r.syllable));
    }
    if (similarSound) {
      for (const r of own) {
        for (const s of t.similarSyllables(r.syllable)) take(listOf(sameTone ? `${s}${r.tone}` : s));
      }
    }
    const shapes = shape ? lookAlikes(char) : [];
    for (const c of shapes) found.add(c);
    found.delete(char);
    const unknownRank = t.size;
    const rankOf = (c: string) => {
      const r = t.rank(c);
      return r >= 0 ? r : unknownRank + shapes.indexOf(c);
    };
    // Ranks read once per character, not per comparison (ranks are distinct: the order is the same).
    const ranked = [...found].map((c) => ({ c, r: rankOf(c) }));
    ranked.sort((a, b) => a.r - b.r);
    set = Object.freeze(ranked.map((x) => x.c));
    cache.set(key, set);
  }
  return limit !== undefined && limit < set.length ? Object.freeze(set.slice(0, Math.max(0, limit))) : set;
}

/** Scratch marks for confusionCodes (set, read, cleared within one call). */
const kinMarks = new Uint8Array(0x10000);
/** confusionCodes' answers by code unit. */
const kinCodes: (Uint16Array | undefined)[] = new Array(0x10000);

/**
 * The characters `char` may have been written for, as UTF-16 codes in ascending order, each once and without `char`:
 * the union of confusionSet(char, { sound: true, shape: true }) (same sound, look-alike) and confusionSet(char,
 * { sound: false, similarSound: true, shape: false }) (similar sound), common characters, usual readings, one code
 * unit each. The same set as building both lists and merging them (checked for every code unit), without ranking
 * either list by frequency (this order is by code) or building a Set: the idiom search asks it for every character
 * new to the process. Cached by code unit; the array is shared (do not change it).
 */
export function confusionCodes(char: string): Uint16Array {
  if (char.length !== 1) return new Uint16Array(0);
  const self = char.charCodeAt(0);
  let codes = kinCodes[self];
  if (codes) return codes;
  const t = readingTable();
  const found: number[] = [];
  const add = (list: readonly string[]) => {
    for (let k = 0; k < list.length; k++) {
      const c = list[k]!;
      if (c.length !== 1) continue;
      const code = c.charCodeAt(0);
      if (kinMarks[code] === 1) continue;
      kinMarks[code] = 1;
      found.push(code);
    }
  };
  const own = t.readingsOf(char);
  for (let k = 0; k < own.length; k++) if (!own[k]!.rare) add(commonChars(t, own[k]!.syllable, false));
  for (let k = 0; k < own.length; k++) {
    if (own[k]!.rare) continue;
    const near = t.similarSyllables(own[k]!.syllable);
    for (let q = 0; q < near.length; q++) add(commonChars(t, near[q]!, false));
  }
  add(lookAlikes(char));
  let n = 0;
  for (let k = 0; k < found.length; k++) {
    kinMarks[found[k]!] = 0;
    if (found[k] !== self) found[n++] = found[k]!;
  }
  codes = Uint16Array.from(found.slice(0, n)).sort();
  kinCodes[self] = codes;
  return codes;
}
