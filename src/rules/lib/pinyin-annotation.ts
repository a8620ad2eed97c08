/**
 * Pinyin annotations that web pages print after characters and pasting leaves in a draft: 學(xué), 统筹(tǒng chóu),
 * 鉴定（jiàndìng）. paste-residue reports them; fullwidth-punctuation leaves their brackets alone (they go whole).
 *
 * An annotation is lower-case pinyin letters (tone marks as precomposed letters or combining marks) in half- or
 * full-width brackets right after a Han character. One short token (xué, de) is the old shape; a word's reading is
 * several syllables, spaced (tǒng chóu) or run together (jiàndìng): it counts when it carries a tone mark, every piece
 * is a pinyin syllable, and there are no more syllables than the Han characters right before it (a reading annotates
 * the word it follows).
 */

export const PINYIN_LETTERS = 'a-zü\\u00e0-\\u00fc\\u0101-\\u01dc\\u0300-\\u036f';

/** `(xué)`, `（xué）`: one token of 1–7 pinyin letters; group 1 is the token. */
export const SHORT_ANNOTATION = new RegExp(`[(（]([${PINYIN_LETTERS}]{1,7})[)）]`, 'gu');

/** A longer reading: up to six tokens separated by one space or apostrophe, or one token of 8–30 letters; group 1. */
export const WORD_ANNOTATION = new RegExp(`[(（]((?:[${PINYIN_LETTERS}]{1,7}(?:[ '’][${PINYIN_LETTERS}]{1,7}){1,5})|[${PINYIN_LETTERS}]{8,30})[)）]`, 'gu');

export const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ\u0300-\u036f]/u;

/** A toneless pinyin syllable (v and ü both stand for ü). */
export const SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ua|uo|uai|ui|uan|un|uang|ü|üe|üan|ün|v|ve)$/u;

/** The letters of a reading without tone marks (ü kept). */
function toneless(s: string): string {
  return s
    .normalize('NFD')
    .replace(/u\u0308/gu, 'ü')
    .replace(/[\u0300-\u036f]/gu, '');
}

/**
 * The syllables of a run of pinyin letters (jiandìng → jian, ding), or undefined when it does not split into
 * syllables. Longest syllable first, with backtracking (xian → xian, not xi an; xiān'ān is spaced by the writer).
 */
export function syllablesOf(run: string): string[] | undefined {
  const s = toneless(run);
  const out: string[] = [];
  const split = (from: number): boolean => {
    if (from === s.length) return true;
    for (let len = Math.min(6, s.length - from); len >= 1; len--) {
      const piece = s.slice(from, from + len);
      if (!SYLLABLE.test(piece)) continue;
      out.push(piece);
      if (split(from + len)) return true;
      out.pop();
    }
    return false;
  };
  return split(0) ? out : undefined;
}

/**
 * Is `inner` (the text between the brackets) a word's reading of the `hanBefore` Han characters right before the
 * bracket: toned, made of pinyin syllables only, no more of them than those characters?
 */
export function isWordReading(inner: string, hanBefore: number): boolean {
  if (!TONE.test(inner)) return false;
  let count = 0;
  for (const token of inner.split(/[ '’]/u)) {
    const syllables = syllablesOf(token);
    if (!syllables) return false;
    count += syllables.length;
  }
  return count >= 2 && count <= hanBefore;
}

/** How many Han characters run right before `at` (at most `max`). */
export function hanRunBefore(text: string, at: number, max = 8): number {
  let n = 0;
  let i = at;
  while (n < max && i > 0) {
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2;
    const ch = pair ? text.slice(i - 2, i) : text[i - 1]!;
    if (!/^\p{Script=Han}$/u.test(ch)) break;
    n++;
    i -= ch.length;
  }
  return n;
}
