/**
 * Shared types of the engine. No `vscode` import anywhere under src/core.
 */
import type { Root as MdastRoot, RootContent } from 'mdast';
import type { Paragraph as NlcstParagraph, Root as NlcstRoot } from 'nlcst';

import type { Kind } from './kinds.js';

export type { Kind };

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** One text edit: replace [start, end) (UTF-16 offsets into the draft text) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * A fix: a set of non-overlapping edits applied together.
 * `safe` fixes are applied by `xinxi fix` and fix-all; the others are offered as
 * suggestions that need the writer's confirmation (catalogue column "Q").
 */
export interface Fix {
  /** Short Chinese label, e.g. “改为全角逗号”. */
  title: string;
  titleEn?: string;
  edits: TextEdit[];
  safe: boolean;
  /**
   * The fix puts in a blank for the writer to fill (【X月X日】 for a vague date): it never guesses the fact itself, and
   * the placeholder rule reports the blank until it is filled. Such a fix is never safe.
   */
  placeholder?: boolean;
}

/** A message as the engine returns it (a vfile message with our extra fields). */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  /** Chinese message. */
  message: string;
  /** English message. */
  messageEn: string;
  /** UTF-16 offsets into the original text (BOM included when present). */
  start: number;
  end: number;
  /** 1-based line; 1-based column in UTF-16 code units as an editor shows the text (a BOM is not counted). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  url: string;
  fixes: Fix[];
}

/** Normalised front-matter fields (style guide §2). Unknown keys stay in `extra`. */
export interface DraftMeta {
  kind?: string;
  unit?: string;
  to?: string;
  date?: string;
  signer?: string;
  writer?: string;
  phone?: string;
  occurred?: string;
  reported?: string;
  /** When the previous report (of a 续报 or 终报) was sent. */
  previous?: string;
  sequence?: string;
  /** 报送日期, 约稿 (adoption record, src/adoption). */
  submitted?: string;
  commissioned?: string;
  /** 采用, 批示, 扣分: lists as written, read and validated by src/adoption. */
  adopted?: unknown;
  instructions?: unknown;
  penalties?: unknown;
  extra: Record<string, unknown>;
}

export interface Span {
  start: number;
  end: number;
}

/** A stretch of a paragraph: prose text, or embedded source (inline code, HTML, link target…). */
export interface Segment extends Span {
  prose: boolean;
}

/** A sentence of the prose (core/prose.ts splits them), with its clauses. */
export interface SentenceSpan extends Span {
  /** Index of the paragraph in its list (body paragraphs; -1 for the title). */
  paragraph: number;
  /** Clause spans: the stretches between ，、；： (the marks themselves excluded). */
  clauses: Span[];
}

export interface FrontMatter extends Span {
  raw: string;
  /** Start of the YAML text (after the opening fence). */
  valueStart: number;
  data: Record<string, unknown>;
  /**
   * Set when the YAML could not be read; the draft is still linted. `message` is `unclosed` when the closing `---`
   * is missing (then `closingLine` is the 1-based line where it belongs, `lastEntry` the text of the line before it,
   * and `insertAt` the offset where a closing line can be inserted); `unfenced` when known `key：value` lines open the
   * draft with no fences at all (then `closingLine` is the line of the last of them, `lastEntry` the first line, and
   * `edits` wrap them in fences); otherwise the explanation in Chinese, with
   * `messageEn` its English twin.
   */
  error?: {
    message: string;
    messageEn?: string;
    start: number;
    end: number;
    closingLine?: number;
    lastEntry?: string;
    insertAt?: number;
    eol?: string;
    /** `unfenced` (key lines at the top without `---` fences): the edits that wrap them in fences as `key: value`. */
    edits?: { start: number; end: number; text: string }[];
  };
  /** Keys in the order and at the offsets they appear (for diagnostics on a key). */
  keys: { key: string; start: number; end: number }[];
  /**
   * Keys written twice (the same key, or two names of one field such as 类型 and kind): each later key with the first
   * one it repeats. The later value is the one that applies.
   */
  duplicates?: { key: string; start: number; end: number; first: { key: string; start: number; end: number } }[];
}

/** A block of the body: a prose paragraph, or some other Markdown block (list, heading, table…). */
export interface BodyBlock extends Span {
  type: 'paragraph' | 'heading' | 'list' | 'table' | 'blockquote' | 'code' | 'thematicBreak' | 'html' | 'other';
  node?: RootContent;
}

export interface DraftTitle extends Span {
  /** Title text with Markdown removed. */
  text: string;
  /** Offsets of the text content (without `# `). */
  textStart: number;
  textEnd: number;
  /** How the title was found. */
  source: 'heading' | 'first-line';
}

export interface Draft {
  /** The text that was parsed (BOM removed; offsets refer to this). */
  text: string;
  format: 'markdown' | 'text';
  path?: string;
  frontMatter: FrontMatter | null;
  meta: DraftMeta;
  kind: Kind;
  kindSource: 'front-matter' | 'inferred' | 'default';
  /** Set when front matter names a kind we do not know. */
  kindProblem?: { value: string; start: number; end: number };
  title: DraftTitle | null;
  /** All top-level blocks between the title and the sign-off. */
  blocks: BodyBlock[];
  /** The prose paragraphs of the body (Markdown paragraphs and plain-text lines). */
  paragraphs: BodyBlock[];
  signoff: (Span & { text: string }) | null;
  mdast: MdastRoot;
  /** Prose segments of each body paragraph (parallel to `paragraphs`): text vs embedded source. */
  paragraphSegments: Segment[][];
  /** Prose segments of the title. */
  titleSegments: Segment[];
  /** Every prose segment of the document after the front matter (title, body blocks at any depth, sign-off). */
  proseSegments: Segment[];
  /** Sentences of the body, in order, with their clauses (cheap, always built). */
  sentences: SentenceSpan[];
  /** Sentences of the title. */
  titleSentences: SentenceSpan[];
  /** The sentences of body paragraph `index` (grouped once; do not filter `sentences` per paragraph). */
  sentencesOf(index: number): SentenceSpan[];
  /**
   * The nlcst prose tree of the body (paragraphs → sentences → words), built through the prose parser's unified plugin
   * (core/xinxi-parse.ts) from the paragraphs read here. Built on first access and cached:
   * word segmentation is the costly part of a parse and many lints never need it.
   */
  readonly nlcst: NlcstRoot;
  /** nlcst paragraph of body paragraph `index` (cached). */
  paragraphNlcst(index: number): NlcstParagraph;
  /**
   * Words of the text between `start` and `end` (Intl.Segmenter, zh), with offsets; cached per range. Cheaper than
   * the paragraph tree when a rule only needs the words around a candidate (segment its sentence, not the paragraph).
   */
  wordsIn(start: number, end: number): { value: string; start: number; end: number; word: boolean }[];
  /** Sorted, merged ranges where no rule may fire: code, URLs, e-mail, HTML, front matter, link targets. */
  excluded: Span[];
  /** Sorted ranges of quotations “…” ‘…” 「…」 and titles 《…》 (wording rules skip them). */
  quoted: Span[];
  /** Start offsets of lines (for offset → line/column). */
  lineStarts: number[];
}

/** Options of a rule as configured: free-form, validated by the rule's `options` schema. */
export type RuleOptions = Record<string, unknown>;

export interface RuleSetting {
  severity?: SeverityOrOff;
  options?: RuleOptions;
}

export interface TeamTerm {
  /** Forbidden form (plain string, or a regular expression when `regex` is true). */
  wrong: string;
  right?: string;
  note?: string;
  regex?: boolean;
}

/** Configuration after discovery, extends and validation (before the per-kind layer is applied). */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  kinds: Partial<Record<Kind, { rules: Record<string, RuleSetting> }>>;
  unit?: string;
  /** Script of the drafts (default simplified). */
  script?: 'simplified' | 'traditional';
  /** Arbitrary extra sections for later features (export, templates, terms). */
  terms: { forbidden: TeamTerm[]; accepted: string[] };
  export: Record<string, unknown>;
  /** The adoption ledger's sections as written (merged through `extends`; validated by src/adoption). */
  scoring?: Record<string, unknown>;
  units?: unknown[];
  ledger?: Record<string, unknown>;
  /** Files the configuration was read from, nearest first. */
  files: string[];
  /** Problems found while reading configuration. */
  problems: ConfigProblem[];
  /** The draft's folder that the config applies to (used by the extension to decide what a draft is). */
  root?: string;
}

export interface ConfigProblem {
  file: string;
  key?: string;
  /** 1-based line (and column) of a syntax error in the file. */
  line?: number;
  column?: number;
  message: string;
  messageEn: string;
}

export interface LintStats {
  kind: Kind;
  kindSource: Draft['kindSource'];
  /** Characters of the body (no whitespace, no Markdown). */
  bodyChars: number;
  /** The kind's budget (warning threshold) for body characters, when the kind has one. */
  budget?: number;
  paragraphs: number;
  title?: string;
  errors: number;
  warnings: number;
  infos: number;
}

export interface LintResult {
  messages: LintMessage[];
  stats: LintStats;
  draft: Draft;
}
