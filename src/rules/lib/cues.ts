/**
 * Cues of the content rules (style guide §3.1): the word tables (rules/data/_content-cues.yaml), a masked view of the
 * draft's prose, cue matching with quotation and exclusion checks, and the clause around a cue.
 */
import cuesTable from '../../../rules/data/_content-cues.yaml';
import { escapeRegExp } from '../../core/text.js';
import type { RuleEnvironment } from '../../core/rule.js';
import type { Draft, ResolvedConfig, Span } from '../../core/types.js';
import { ruleRecord, type EntryOf } from './data.js';
import { readingText } from './reading.js';

/** The word tables of the content rules: the fields of rules/data/_content-cues.yaml (a table several rules share). */
const CUE_FIELDS = {
  problem: 'words',
  problemHandled: 'words',
  problemDenied: 'words',
  problemCompounds: 'words',
  problemFacilityModifiers: 'words',
  problemFacilities: 'words',
  problemPlacesAndLists: 'words',
  problemMeetings: 'words',
  remedy: 'words',
  cause: 'words',
  vagueVerbs: 'words',
  vagueFiller: 'words',
  claims: 'words',
  overlapping: 'words',
  closing: 'words',
  complements: 'pairs',
  partitions: 'words',
  pastMarkers: 'words',
  answeredWork: 'words',
  lessThanMeasures: 'words',
  lessThanMeasured: 'words',
  praisedResults: 'words',
  peopleHeads: 'words',
  workVerbs: 'words',
  actingOffices: 'words',
  complainants: 'words',
  findingWork: 'words',
  inspectionTeams: 'words',
  measureVerbs: 'words',
  officeSubjects: 'words',
  notAMeasure: 'words',
  placeEnds: 'words',
} as const;

export type ContentCues = EntryOf<typeof CUE_FIELDS>;

/**
 * The built-in word tables (rules/data/_content-cues.yaml), through the one loader (data.ts): a field with a problem
 * reads as an empty list and the problem is listed by `dataProblems()` (the build stops on it).
 */
export const CUES: ContentCues = ruleRecord('_content-cues', cuesTable, CUE_FIELDS).value;

/** A regular-expression alternation of literal words, longest first (so 究其原因 wins over 原因). */
const alternationCache = new Map<string, { words: readonly string[]; source: string }[]>();
let alternationCount = 0;
/** Compiled expressions by flags, then by source. */
const regexCache = new Map<string, Map<string, RegExp>>();
let regexCount = 0;

/**
 * `source` behind a look-ahead for the characters any of its matches can begin with (`(?=[成效大…])(?:source)`), when
 * they can be read off the source; else `source` itself. The matches stay the same (the look-ahead only says what the
 * first character already must be; no group is added), but the engine no longer tries every alternative of a long
 * alternation at every position: the claims of claim-needs-data, 92 first characters for some hundred words and
 * twenty patterns, matched in half the time. Read: literal characters, escaped marks, groups, alternations,
 * quantifiers and look-arounds (which consume nothing and are passed over); anything else at a first position — a
 * class, \p{…}, \d, a back-reference, `.` — or a pattern that can match the empty string leaves the source as it is.
 * For patterns without the i flag.
 */
export function withFirstCharGuard(source: string): string {
  const firsts = firstChars(source);
  if (firsts === undefined || firsts.size === 0) return source;
  const chars = [...firsts].map((c) => String.fromCodePoint(c).replace(/[\]\\^-]/u, '\\$&')).join('');
  return `(?=[${chars}])(?:${source})`;
}

/** The first characters of `source`'s matches (see withFirstCharGuard); undefined when they cannot be read off it. */
export function firstChars(source: string): Set<number> | undefined {
  /** What a part can begin with (undefined: anything) and whether it can match nothing. */
  interface First {
    first: Set<number> | undefined;
    empty: boolean;
  }
  let i = 0;
  const union = (a: Set<number> | undefined, b: Set<number> | undefined) => (a === undefined || b === undefined ? undefined : new Set([...a, ...b]));
  const zeroWidth = (): First => ({ first: new Set(), empty: true });
  const anything = (): First => ({ first: undefined, empty: false });
  const alternatives = (): First => {
    let r = sequence();
    while (source[i] === '|') {
      i++;
      const s = sequence();
      r = { first: union(r.first, s.first), empty: r.empty || s.empty };
    }
    return r;
  };
  const sequence = (): First => {
    let first: Set<number> | undefined = new Set();
    let empty = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const e = element();
      if (empty) first = union(first, e.first);
      empty &&= e.empty;
    }
    return { first, empty };
  };
  const element = (): First => {
    let a = atom();
    const c = source[i];
    const bound = /^\{(\d+)(?:,\d*)?\}/u.exec(source.slice(i, i + 12));
    if (c === '?' || c === '*') {
      i++;
      a = { first: a.first, empty: true };
    } else if (c === '+') i++;
    else if (bound) {
      i += bound[0].length;
      if (Number(bound[1]) === 0) a = { first: a.first, empty: true };
    } else return a;
    if (source[i] === '?') i++;
    return a;
  };
  const atom = (): First => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      let assertion = false;
      if (source[i] === '?') {
        const next = source[i + 1];
        if (next === ':') i += 2;
        else if (next === '=' || next === '!') {
          i += 2;
          assertion = true;
        } else if (next === '<' && (source[i + 2] === '=' || source[i + 2] === '!')) {
          i += 3;
          assertion = true;
        } else if (next === '<') i = source.indexOf('>', i) + 1;
        else throw new Error('group');
      }
      const r = alternatives();
      if (source[i] !== ')') throw new Error('group');
      i++;
      return assertion ? zeroWidth() : r;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      if (source[i] !== ']') throw new Error('class');
      i++;
      return anything();
    }
    if (c === '\\') {
      const d = source[i + 1] ?? '';
      if (d === 'b' || d === 'B') {
        i += 2;
        return zeroWidth();
      }
      if (/[\p{L}\p{N}_]/u.test(d)) {
        // \p{…}, \u…, \d, \s, a back-reference…: anything, as far as this reader knows.
        i += 2;
        if (source[i] === '{' && (d === 'p' || d === 'P' || d === 'u')) i = source.indexOf('}', i) + 1;
        else if (d === 'u') i += 4;
        else if (d === 'x') i += 2;
        else if (d === 'c') i += 1;
        else if (/\d/u.test(d)) while (/\d/u.test(source[i] ?? '')) i++;
        if (i <= 0 || i > source.length) throw new Error('escape');
        return anything();
      }
      const cp = source.codePointAt(i + 1)!;
      i += 1 + String.fromCodePoint(cp).length;
      return { first: new Set([cp]), empty: false };
    }
    if (c === '.') {
      i++;
      return anything();
    }
    if (c === '^' || c === '$') {
      i++;
      return zeroWidth();
    }
    if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+' || c === '{' || c === '}' || c === ']') throw new Error('syntax');
    const cp = source.codePointAt(i)!;
    i += String.fromCodePoint(cp).length;
    return { first: new Set([cp]), empty: false };
  };
  try {
    const r = alternatives();
    if (i !== source.length || r.empty) return undefined;
    return r.first;
  } catch {
    return undefined;
  }
}

/**
 * A regular expression compiled once per distinct source and flags (rules run on every keystroke: compiling their
 * word lists on each lint was a visible share of its time). `lastIndex` is reset on every hand-out. Looked up by
 * flags, then by the source itself: no key string is built per call (a source of several thousand characters, joined
 * to its flags on every call and hashed anew, cost as much as the match it was for).
 */
export function cachedRegExp(source: string, flags = ''): RegExp {
  let bySource = regexCache.get(flags);
  if (!bySource) regexCache.set(flags, (bySource = new Map()));
  let re = bySource.get(source);
  if (!re) {
    if (regexCount > 1000) {
      regexCache.clear();
      regexCache.set(flags, (bySource = new Map()));
      regexCount = 0;
    }
    re = new RegExp(source, flags);
    bySource.set(source, re);
    regexCount++;
  }
  re.lastIndex = 0;
  return re;
}

/**
 * A memo of one entry: the function returned gives `build()`'s value, built again only when `deps` differ (one by one,
 * ===) from those of the last call. For a rule's patterns whose sources of thousands of characters, built and looked up
 * again on every lint, cost more than their matches (claim-needs-data's claims, vague-suggestion's verbs).
 */
export function lastBuilt<V>(): (deps: readonly unknown[], build: () => V) => V {
  let last: { deps: readonly unknown[]; value: V } | undefined;
  return (deps, build) => {
    if (last === undefined || deps.length !== last.deps.length || deps.some((d, i) => d !== last!.deps[i])) last = { deps, value: build() };
    return last.value;
  };
}

/**
 * The alternation of `words` (see alternationUncached), worked out once per distinct list. A list is found again by
 * its first word and then word by word (the words are mostly the very strings of the tables, so each comparison is
 * one pointer), not by joining the whole list into a key on every call.
 */
export function alternation(words: readonly string[]): string {
  const head = words.length ? words[0]! : '';
  let lists = alternationCache.get(head);
  if (lists) {
    for (const known of lists) if (sameWords(known.words, words)) return known.source;
  }
  if (alternationCount > 1000) {
    alternationCache.clear();
    alternationCount = 0;
    lists = undefined;
  }
  const source = alternationUncached(words);
  if (!lists) alternationCache.set(head, (lists = []));
  // A copy: the caller may change its array later.
  lists.push({ words: [...words], source });
  alternationCount++;
  return source;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function alternationUncached(words: readonly string[]): string {
  // No words match nothing: an empty alternation would match the empty string everywhere (placeEnds: [] made every
  // text end with a place, so every 已 read as a measure).
  if (!words.length) return '(?!)';
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** Placeholder for characters that are not prose (code, URLs, Markdown syntax, line breaks). */
export const MASK = '\u0000';

const maskCache = new WeakMap<Draft, { config: ResolvedConfig; masked: string }>();

/**
 * The draft text as the rules read it (readingText: a traditional character read as its simplified form) with
 * everything that is not prose of the title or the body replaced by MASK (same length, same offsets). Regular
 * expressions run over it never match across code, URLs, markup or paragraph breaks.
 */
export function maskedText(draft: Draft, config: ResolvedConfig): string {
  const cached = maskCache.get(draft);
  if (cached !== undefined && cached.config === config) return cached.masked;
  const text = readingText(draft, config);
  const prose = [...draft.titleSegments, ...draft.paragraphSegments.flat()].filter((s) => s.prose).sort((a, b) => a.start - b.start);
  const excluded = [...draft.excluded].sort((a, b) => a.start - b.start);
  // Built from slices: the prose as it is (line breaks masked), every other character masked.
  const parts: string[] = [];
  let pos = 0;
  let x = 0;
  const keep = (start: number, end: number) => {
    start = Math.max(start, pos);
    if (end <= start) return;
    parts.push(MASK.repeat(start - pos), text.slice(start, end).replace(/[\r\n]/g, MASK));
    pos = end;
  };
  for (const seg of prose) {
    let from = seg.start;
    while (x < excluded.length && excluded[x]!.end <= from) x++;
    for (let k = x; k < excluded.length && excluded[k]!.start < seg.end; k++) {
      keep(from, excluded[k]!.start);
      from = Math.max(from, excluded[k]!.end);
    }
    keep(from, seg.end);
  }
  parts.push(MASK.repeat(Math.max(0, text.length - pos)));
  const masked = parts.join('');
  maskCache.set(draft, { config, masked });
  return masked;
}

/** Ranges of the prose a content rule looks at: the title and the body (not the front matter, not the sign-off). */
function itemRanges(draft: Draft): Span[] {
  const out: Span[] = [];
  if (draft.title) out.push({ start: draft.title.textStart, end: draft.title.textEnd });
  for (const p of draft.paragraphs) out.push({ start: p.start, end: p.end });
  return out;
}

export interface CueMatch extends Span {
  match: RegExpExecArray;
}

/**
 * Matches of a global regular expression in the title and body prose, outside excluded spans and (unless
 * `quoted` is true) outside quotations and 《》 titles.
 */
export function* cueMatches(ctx: RuleEnvironment, re: RegExp, { quoted = false } = {}): Generator<CueMatch> {
  if (!re.global) throw new Error('cueMatches needs a global RegExp');
  const text = maskedText(ctx.draft, ctx.config);
  for (const range of itemRanges(ctx.draft)) {
    const slice = text.slice(range.start, range.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = range.start + m.index;
      const end = start + m[0].length;
      if (ctx.isExcluded(start, end)) continue;
      if (!quoted && ctx.isQuoted(start, end)) continue;
      yield { start, end, match: m };
    }
  }
}

/** Characters that end a clause: the clause marks, sentence ends and masked (non-prose) characters. */
export const CLAUSE_BREAK = /[，、；：。！？,;:!?\u0000]/u;

/**
 * How far the clause helpers look from a cue: a clause is a stretch between two marks, and one of more than this
 * many characters (text without punctuation) is read only this far on each side, so that a cue costs a bounded
 * amount of work and a long unpunctuated paragraph stays linear.
 */
export const CLAUSE_REACH = 120;

/** Start offset of the clause holding `at` (the character after the previous clause mark), at most CLAUSE_REACH back. */
export function clauseStartOf(text: string, at: number, floor = 0): number {
  floor = Math.max(floor, at - CLAUSE_REACH);
  let i = at;
  while (i > floor && !CLAUSE_BREAK.test(text[i - 1]!)) i--;
  return i;
}

/** End offset of the clause holding `at` (the next clause mark, exclusive), at most CLAUSE_REACH ahead. */
export function clauseEndOf(text: string, at: number, ceiling = text.length): number {
  ceiling = Math.min(ceiling, at + CLAUSE_REACH);
  let i = at;
  while (i < ceiling && !CLAUSE_BREAK.test(text[i]!)) i++;
  return i;
}
