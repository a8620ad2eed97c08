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
 * The characters of `lists` but `char`, each once, in rank order (most common first); a look-alike the reading
 * table does not know ranks after every character it knows, in the order of `shapes` (the last list). Ranks are
 * distinct, so the order is total.
 */
function byRank(t: ReadingTable, char: string, lists: readonly (readonly string[])[], shapes: readonly string[]): string[] {
  const unknownRank = t.size;
  const rankOf = (c: string) => {
    const r = t.rank(c);
    return r >= 0 ? r : unknownRank + shapes.indexOf(c);
  };
  // Each character of one code unit as one number, rank · 2^16 + code, sorted as numbers (no comparator called, no
  // set, no object per character; a repeat sorts next to itself); a character beyond the BMP (a look-alike of an
  // extension) takes the general way.
  let size = 0;
  let wide = char.length !== 1;
  for (const list of lists) {
    size += list.length;
    for (const c of list) if (c.length !== 1) wide = true;
  }
  if (wide) {
    const found = new Set<string>();
    for (const list of lists) for (const c of list) found.add(c);
    found.delete(char);
    const ranked = [...found].map((c) => ({ c, r: rankOf(c) }));
    ranked.sort((a, b) => a.r - b.r);
    return ranked.map((x) => x.c);
  }
  const packed = new Float64Array(size);
  let n = 0;
  for (const list of lists) for (const c of list) packed[n++] = rankOf(c) * 65536 + c.charCodeAt(0);
  packed.sort();
  const own = char.charCodeAt(0);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const p = packed[k]!;
    if ((k > 0 && p === packed[k - 1]) || p % 65536 === own) continue;
    out.push(String.fromCharCode(p % 65536));
  }
  return out;
}

/**
 * The characters that may have been written instead of `char` (or `char` instead of them), without `char` itself,
 * most common first (look-alikes that the reading table does not know come last, in table order). The array is
 * frozen and shared: copy it before changing it. A string that is not one character gives [].
 */
export function confusionSet(char: string, options: ConfusionOptions = {}): readonly string[] {
  const { sound = true, sameTone = false, similarSound = false, shape = true, common = true, rare = false, limit } = options;
  if ([...char].length !== 1) return Object.freeze([]);
  const key = `${char}|${+sound}${+sameTone}${+similarSound}${+shape}${+common}${+rare}`;
  let set = cache.get(key);
  if (!set) {
    const t = readingTable();
    const lists: (readonly string[])[] = [];
    const own = t.readingsOf(char).filter((r) => rare || !r.rare);
    const listOf = (syllable: string) => (common ? commonChars(t, syllable, rare) : t.charsWith(syllable, rare));
    if (sound && own.length === 1 && !similarSound && !(shape && lookAlikes(char).length > 0)) {
      // One list, already most common first (the usual case): the set is that list without the character itself.
      set = Object.freeze(listOf(sameTone ? own[0]!.numbered : own[0]!.syllable).filter((c) => c !== char));
      cache.set(key, set);
      return limit !== undefined && limit < set.length ? Object.freeze(set.slice(0, Math.max(0, limit))) : set;
    }
    if (sound) {
      for (const r of own) lists.push(listOf(sameTone ? r.numbered : r.syllable));
    }
    if (similarSound) {
      for (const r of own) {
        for (const s of t.similarSyllables(r.syllable)) lists.push(listOf(sameTone ? `${s}${r.tone}` : s));
      }
    }
    const shapes = shape ? lookAlikes(char) : [];
    lists.push(shapes);
    set = Object.freeze(byRank(t, char, lists, shapes));
    cache.set(key, set);
  }
  return limit !== undefined && limit < set.length ? Object.freeze(set.slice(0, Math.max(0, limit))) : set;
}
