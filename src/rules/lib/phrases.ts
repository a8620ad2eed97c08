/**
 * Phrases (the wording rules, style guide §3.5): fast phrase lookup over the draft's prose, the spans every wording
 * rule leaves alone (excluded, quoted, and the team's own terms), and minimal fixes. The word tables are loaded and
 * checked by data.ts.
 */
import type { RuleEnvironment } from '../../core/rule.js';
import type { Draft, ResolvedConfig, Segment, Span } from '../../core/types.js';
import { intersects, mergeSpans } from '../../core/text.js';

/** A phrase to look up: the exact text, and longer strings containing it that make a match no fault. */
export interface PhraseEntry {
  wrong: string;
  unless?: readonly string[];
}

export interface PhraseMatch<E> {
  start: number;
  end: number;
  entry: E;
}

/**
 * A lookup structure built once: entries bucketed by their first UTF-16 unit, longest first. Scanning a
 * text costs one bit test per character (a Map lookup only where an entry can start) plus a `startsWith` per
 * candidate, so a 20,000-character draft against hundreds of entries takes a few milliseconds.
 *
 * The buckets hold records of one shape (the entry's text, length and `unless`, and the entry), not the entries
 * themselves: every rule's entries have a shape of their own, and reading them in this one shared loop made its
 * property reads polymorphic (the loop's share of the engine's time grew with the rule contract's entry shapes,
 * bench/RESULTS.md "Architecture v2").
 */
export class PhraseIndex<E extends PhraseEntry> {
  private readonly byFirst = new Map<number, Slot<E>[]>();
  /** One bit per UTF-16 unit: set when some entry starts with it. */
  private readonly firsts = new Uint8Array(8192);
  /**
   * One bit per hash of an entry's first two units (not used when some entry is a single unit): most
   * places where a common character starts some entry (的、在、是) are not followed by what any of them needs, and this
   * says so before the bucket is looked up.
   */
  private readonly pairs = new Uint8Array(PAIR_BITS >> 3);
  private singles = false;

  constructor(entries: readonly E[]) {
    for (const e of entries) {
      if (!e.wrong) continue;
      const key = e.wrong.charCodeAt(0);
      const slot: Slot<E> = { wrong: e.wrong, length: e.wrong.length, unless: e.unless, entry: e };
      const list = this.byFirst.get(key);
      if (list) list.push(slot);
      else this.byFirst.set(key, [slot]);
      this.firsts[key >> 3]! |= 1 << (key & 7);
      if (e.wrong.length === 1) this.singles = true;
      else {
        const h = pairBit(key, e.wrong.charCodeAt(1));
        this.pairs[h >> 3]! |= 1 << (h & 7);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  get size(): number {
    let n = 0;
    for (const list of this.byFirst.values()) n += list.length;
    return n;
  }

  /**
   * Matches in the prose segments, left to right, longest first, never overlapping one another. A plain loop
   * returning an array (a generator here runs several times slower).
   */
  scan(text: string, segments: readonly Segment[], accept?: (e: E) => boolean): PhraseMatch<E>[] {
    const out: PhraseMatch<E>[] = [];
    const firsts = this.firsts;
    const pairs = this.pairs;
    const singles = this.singles;
    let h = 0;
    for (const seg of segments) {
      if (!seg.prose) continue;
      const end = seg.end;
      let i = seg.start;
      while (i < end) {
        // Keyed by UTF-16 code: `text[i]` would allocate a one-character string per step (ten times slower).
        const code = text.charCodeAt(i);
        let hit: Slot<E> | undefined;
        if ((firsts[code >> 3]! & (1 << (code & 7))) !== 0 && (singles || (i + 1 < end && (pairs[(h = pairBit(code, text.charCodeAt(i + 1))) >> 3]! & (1 << (h & 7))) !== 0))) {
          for (const s of this.byFirst.get(code)!) {
            if (i + s.length > end || !text.startsWith(s.wrong, i)) continue;
            if (accept && !accept(s.entry)) continue;
            if (s.unless && coveredByLonger(text, i, s.wrong, s.unless)) continue;
            hit = s;
            break;
          }
        }
        if (hit) {
          out.push({ start: i, end: i + hit.length, entry: hit.entry });
          i += hit.length;
        } else i++;
      }
    }
    return out;
  }
}

/** Size of PhraseIndex's filter of first two units, in bits (8 KB). */
const PAIR_BITS = 1 << 16;
const pairBit = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;

/** An entry as the index keeps it (one shape for every rule's entries). */
interface Slot<E> {
  wrong: string;
  length: number;
  unless: readonly string[] | undefined;
  entry: E;
}

/** True when the occurrence of `wrong` at `at` is part of one of the longer strings in `unless`. */
export function coveredByLonger(text: string, at: number, wrong: string, unless: readonly string[]): boolean {
  for (const u of unless) {
    for (let k = u.indexOf(wrong); k >= 0; k = u.indexOf(wrong, k + 1)) {
      if (at - k >= 0 && text.startsWith(u, at - k)) return true;
    }
  }
  return false;
}

/** The smallest edit turning `wrong` (at `start`) into `right`: only the differing middle is replaced. */
export function minimalEdit(start: number, wrong: string, right: string): { start: number; end: number; text: string } {
  let p = 0;
  while (p < wrong.length && p < right.length && wrong[p] === right[p]) p++;
  let s = 0;
  while (s < wrong.length - p && s < right.length - p && wrong[wrong.length - 1 - s] === right[right.length - 1 - s]) s++;
  return { start: start + p, end: start + wrong.length - s, text: right.slice(p, right.length - s) };
}

// ---------------------------------------------------------------------------------------------------
// Team terms: spans that other wording rules leave alone.

/** Every occurrence of each plain string in the prose segments. */
function occurrences(text: string, segments: readonly Segment[], needles: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const seg of segments) {
    if (!seg.prose) continue;
    const slice = text.slice(seg.start, seg.end);
    for (const n of needles) {
      if (!n) continue;
      for (let k = slice.indexOf(n); k >= 0; k = slice.indexOf(n, k + 1)) out.push({ start: seg.start + k, end: seg.start + k + n.length });
    }
  }
  return out;
}

const teamSpanCache = new WeakMap<Draft, { key: string; spans: Span[] }>();

/**
 * Spans the team has ruled on in `.xinxirc` `terms`: every accepted term, and every plain-string forbidden
 * term (team-terms reports those itself). Other wording rules stay silent there, so the team's word wins and
 * two rules never fix the same characters differently. Computed once per draft (cached by the draft object).
 */
export function teamSpans(draft: Draft, config: ResolvedConfig): Span[] {
  const needles = [...config.terms.accepted, ...config.terms.forbidden.filter((t) => !t.regex).map((t) => t.wrong)];
  const key = needles.join('\u0000');
  const cached = teamSpanCache.get(draft);
  if (cached && cached.key === key) return cached.spans;
  const spans = needles.length ? mergeSpans(occurrences(draft.text, draft.proseSegments, needles)) : [];
  teamSpanCache.set(draft, { key, spans });
  return spans;
}

/**
 * The test every wording rule applies before reporting [start, end): not in excluded text (code, URLs, front
 * matter), not inside a quotation or a 《》 title, and not on a span the team's word lists rule on.
 */
export function wordingSkip(c: Pick<RuleEnvironment, 'draft' | 'config' | 'isExcluded' | 'isQuoted'>): (start: number, end: number) => boolean {
  let spans: Span[] | undefined;
  return (start, end) => {
    if (c.isExcluded(start, end) || c.isQuoted(start, end)) return true;
    spans ??= teamSpans(c.draft, c.config);
    return spans.length > 0 && intersects(spans, start, end);
  };
}
