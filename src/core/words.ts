/**
 * The draft's words for the rules (issue 14 §1): the lexical layer (src/core/lexicon) bound to one lint. A rule
 * reads `ctx.lexicon` (lookups, readings, confusion sets, idioms) and `ctx.words` (the draft segmented by
 * maximum probability over jieba's dictionary). Nothing is computed until a rule asks: the dictionary is decoded on
 * the first lookup of the process (`lexiconStatus()`), and each stretch of the draft is segmented on first use and
 * shared by every rule that asks for it (and by later lints: a stretch with the same text is not segmented again).
 */
import * as lexicon from './lexicon/index.js';
import type { Token } from './lexicon/index.js';
import type { Draft } from './types.js';

/** The lexical layer's functions (src/core/lexicon/README.md). */
export type Lexicon = typeof lexicon;

export { lexicon };

/** The words of one draft. Offsets are UTF-16 offsets into `draft.text`. */
export interface DraftWords {
  /**
   * The tokens of draft.text[start, end) (see `segment` in the lexicon: words with frequency and part of speech,
   * numbers, Latin, punctuation, spaces; they cover the range exactly). Memoised per range for this lint: rules that
   * segment the same sentence share the result; across lints by the stretch's text. The array is frozen.
   */
  segment(start: number, end: number): readonly Token[];
  /** The tokens of body sentence `index` (draft.sentences[index]); [] for an index out of range. */
  sentence(index: number): readonly Token[];
  /** The tokens of the title's sentence `index` (draft.titleSentences[index]). */
  titleSentence(index: number): readonly Token[];
}

const EMPTY: readonly Token[] = Object.freeze([]);

/**
 * Segmentations shared across lints, keyed by the stretch's own text: how a stretch segments depends on its
 * characters alone (lexicon.segment reads nothing outside [start, end)), so a sentence the editor re-lints as one
 * types, or that recurs in a folder of drafts, is segmented once. Each entry keeps the tokens at the offset where the
 * stretch was first seen; elsewhere they are shifted. Cleared when full, like the typo search's memo.
 */
const shared = new Map<string, { readonly start: number; readonly tokens: readonly Token[] }>();
const SHARED_LIMIT = 4096;
/**
 * At most this many characters in all the kept stretches together (a token costs about 100 bytes per character kept:
 * 4,096 stretches of 2,000 characters held hundreds of megabytes in a long-lived editor host), and no stretch longer
 * than SHARED_LENGTH is kept at all (a whole pasted page as one sentence).
 */
const SHARED_CHARS = 256 * 1024;
const SHARED_LENGTH = 4096;
let sharedChars = 0;

/** How much the shared segmentations hold now (for tests and diagnostics). */
export function sharedSegmentations(): { entries: number; chars: number } {
  return { entries: shared.size, chars: sharedChars };
}

function segmentShared(text: string, start: number, end: number): readonly Token[] {
  if (end - start > SHARED_LENGTH) return Object.freeze(lexicon.segment(text, start, end));
  const key = text.slice(start, end);
  const hit = shared.get(key);
  if (hit) {
    if (hit.start === start) return hit.tokens;
    const by = start - hit.start;
    const moved: Token[] = [];
    for (const t of hit.tokens) moved.push({ start: t.start + by, end: t.end + by, value: t.value, pos: t.pos, freq: t.freq, kind: t.kind });
    return Object.freeze(moved);
  }
  const tokens = Object.freeze(lexicon.segment(text, start, end));
  if (shared.size >= SHARED_LIMIT || sharedChars + key.length > SHARED_CHARS) {
    shared.clear();
    sharedChars = 0;
  }
  shared.set(key, { start, tokens });
  sharedChars += key.length;
  return tokens;
}

class Words implements DraftWords {
  private readonly memo = new Map<number | string, readonly Token[]>();
  constructor(private readonly draft: Draft) {}

  segment(start: number, end: number): readonly Token[] {
    const length = this.draft.text.length;
    start = Math.max(0, Math.min(start, length));
    end = Math.max(start, Math.min(end, length));
    if (start === end) return EMPTY;
    // One number per range (exact below 2^26 characters; longer texts share a key only by range, never wrongly).
    const key = length < 0x4000000 ? start * 0x4000000 + end : `${start}:${end}`;
    let tokens = this.memo.get(key);
    if (!tokens) {
      tokens = this.withinSentence(start, end) ?? segmentShared(this.draft.text, start, end);
      this.memo.set(key, tokens);
    }
    return tokens;
  }

  /**
   * The tokens of [start, end) taken from those of the sentence that holds it, when both ends are cuts the
   * segmentation cannot see across (see cutAt): then they are exactly what segmenting the range gives. Rules ask for
   * parts of sentences (de-di-de the stretch before 。 or ；, the problem rules a clause) that the typo rule, which reads
   * every sentence, segments whole anyway: the characters are segmented once. Undefined when the range lies in no
   * one sentence or an end is no such cut.
   */
  private withinSentence(start: number, end: number): readonly Token[] | undefined {
    const { text, sentences, titleSentences } = this.draft;
    const s = holding(sentences, start, end) ?? holding(titleSentences, start, end);
    if (!s || (s.start === start && s.end === end)) return undefined;
    if ((start !== s.start && !cutAt(text, start)) || (end !== s.end && !cutAt(text, end))) return undefined;
    const all = this.segment(s.start, s.end);
    // The first token at or after start (tokens cover the sentence in order).
    const lo = tokenAt(all, start);
    let k = lo;
    while (k < all.length && all[k]!.end <= end) k++;
    if (lo >= k || all[lo]!.start !== start || all[k - 1]!.end !== end) return undefined;
    return Object.freeze(all.slice(lo, k));
  }

  sentence(index: number): readonly Token[] {
    const s = this.draft.sentences[index];
    return s ? this.segment(s.start, s.end) : EMPTY;
  }

  titleSentence(index: number): readonly Token[] {
    const s = this.draft.titleSentences[index];
    return s ? this.segment(s.start, s.end) : EMPTY;
  }
}

/** The index of the first token (span) that starts at or after `at` (in order; binary search: a long sentence has thousands). */
export function tokenAt(tokens: readonly { start: number }[], at: number): number {
  let a = 0;
  let b = tokens.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (tokens[m]!.start < at) a = m + 1;
    else b = m;
  }
  return a;
}

/** The span of `spans` (in order, not overlapping) that holds [start, end), if one does. */
function holding(spans: readonly { start: number; end: number }[], start: number, end: number): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return s && s.start <= start && end <= s.end ? s : undefined;
}

/**
 * Whether offset p of `text` is a cut that segmentation cannot see across: the character before or after it is a
 * mark that is always a token of its own (CJK and full-width punctuation that is no space, no Han 〇, no part of a
 * number such as ％ or ．). lexicon.segment reads text in runs (a block of Han, letters and digits, a run of white
 * space, one symbol) that never hold such a mark, and looks ahead inside a run only, so every run ends at such a
 * cut, and the tokens on either side are the same whether or not the text segmented goes on past it.
 */
function cutAt(text: string, p: number): boolean {
  return ownMark(text.charCodeAt(p - 1)) || ownMark(text.charCodeAt(p));
}

const ownMark = (c: number): boolean =>
  (c >= 0x3001 && c <= 0x3006) || (c >= 0x3008 && c <= 0x301f) || c === 0xff01 || c === 0xff08 || c === 0xff09 || c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff1f ||
  c === 0x2014 || c === 0x2026 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;

const byDraft = new WeakMap<Draft, DraftWords>();

/** The words of `draft`: one object per draft (so per lint), segmenting nothing until asked. */
export function draftWords(draft: Draft): DraftWords {
  let words = byDraft.get(draft);
  if (!words) {
    words = new Words(draft);
    byDraft.set(draft, words);
  }
  return words;
}
