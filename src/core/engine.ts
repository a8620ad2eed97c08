/**
 * The lint engine: one parse, every rule over the shared draft, inline control comments, fixes.
 */
import type { Nodes, Root as MdastRoot } from 'mdast';
import { messageControl } from 'unified-message-control';
import { VFile } from 'vfile';
import { inlineConfig } from './checks.js';
import { emptyConfig, ruleSettingFor } from './config.js';
import { bodyProseSegments, parseDraft } from './draft.js';
import { countProseCharsIn, inside, intersects, pointAt } from './text.js';
import { ruleMessage, type Emitted, type Rule, type RuleEnvironment } from './rule.js';
import type { Draft, Fix, LintMessage, LintResult, ResolvedConfig, Severity, TextEdit } from './types.js';
import { draftWords, lexicon } from './words.js';

export interface LintOptions {
  path?: string;
  format?: 'markdown' | 'text';
  config?: ResolvedConfig;
  rules?: readonly Rule[];
  /** Turns a rule id into the link shown with its messages (default `rules/<id>.md`). */
  docsUrl?: (ruleId: string) => string;
  /** The 1-based line of the title when the caller knows it (the Word reader): see ParseOptions.titleLine. */
  titleLine?: number;
}

export const SOURCE = 'xinxi';

/** The id the engine reports unknown rules in control comments under (its own check, core/checks.ts). */
const INLINE_CONFIG_RULE = inlineConfig.id;

const defaultDocsUrl = (id: string) => `rules/${id}.md`;

/**
 * The configuration of a lint that is given none: one object for the process, so that the rules' resolved settings
 * (settingsFor, cached by configuration) are worked out once, not again for every draft. Frozen, all the way down: every
 * rule of every such lint sees it, so nothing may change it (a change would reach every later lint, past the caches).
 */
const defaultConfig: ResolvedConfig = deepFreeze(emptyConfig());

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

interface PendingMessage {
  ruleId: string;
  severity: Severity;
  input: Emitted;
}

const VERBS: Record<string, string> = {
  disable: 'disable',
  enable: 'enable',
  'disable-next-line': 'ignore',
  'disable-next': 'ignore',
  ignore: 'ignore',
};

/** `<!-- xinxi-disable rule -->` and friends, parsed for unified-message-control. */
function markerOf(node: unknown): { name: string; attributes: string } | undefined {
  const n = node as Nodes;
  if (n.type !== 'html') return undefined;
  // Rule names as written (a Chinese name too: 模糊时间), so that a name that is no rule id is reported, not ignored.
  const m = /^<!--\s*xinxi-([a-z-]+)((?:\s+(?!-->)\S+?)*)\s*-->$/u.exec(n.value.trim());
  if (!m) return undefined;
  const verb = VERBS[m[1]!];
  if (!verb) return undefined;
  // Ids as ESLint users write them (`typo, vague-time`), or with a full-width comma, 、 or a semicolon: each one read on its own.
  // A comment of separators only (`xinxi-disable ，`) keeps them, so it is reported rather than turning every rule off.
  const written = m[2] ?? '';
  const ids = written.replace(ID_SEPARATORS, ' ');
  return { name: SOURCE, attributes: `${verb}${ids.trim() || !written.trim() ? ids : written}` };
}

/** What may stand between the rule ids of a control comment besides blanks: a comma or a semicolon (half- or full-width) or 、. */
const ID_SEPARATORS = /[,，、;；]/gu;

/** Run each rule that applies and is on over the draft, into `pending` (in rule order). */
function runRules(rules: readonly Rule[], settings: readonly ReturnType<typeof ruleSettingFor>[], env: RuleEnvironment, pending: PendingMessage[]): void {
  // `emit` collects for the rule that runs: each run sets the rule and its severity.
  let runRule = '';
  let runSeverity: Severity = 'info';
  const emit = (report: Emitted) => {
    pending.push({ ruleId: runRule, severity: report.severity ?? runSeverity, input: report });
  };
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (rule.appliesTo && !rule.appliesTo.includes(env.draft.kind)) continue;
    const { severity, options: ruleOptions } = settings[r]!;
    if (severity === 'off') continue;
    env.options = ruleOptions;
    env.severity = severity;
    runRule = rule.id;
    runSeverity = severity;
    rule.run(env, emit);
  }
}

/** Into `messages`: those the draft's control comments (<!-- xinxi-disable … -->) let through, and a warning for each
 * unknown rule they name. */
function controlledMessages(
  draft: Draft,
  text: string,
  pending: readonly PendingMessage[],
  rules: readonly Rule[],
  path: string | undefined,
  bom: number,
  docsUrl: (id: string) => string,
  messages: LintMessage[],
  inlineSeverity: Severity | 'off',
): void {
  // Hand the messages to unified-message-control through a vfile, as remark-lint does.
  const file = new VFile({ path, value: text });
  const byMessage = new Map<object, PendingMessage>();
  for (const p of pending) {
    const start = clamp(p.input.start, text.length);
    const end = clamp(Math.max(p.input.end, start), text.length);
    const message = file.message(p.input.message, {
      place: { start: pointAt(draft.lineStarts, start), end: pointAt(draft.lineStarts, end) },
      ruleId: p.ruleId,
      source: SOURCE,
    });
    message.fatal = p.severity === 'error' ? true : p.severity === 'warning' ? false : undefined;
    message.url = docsUrl(p.ruleId);
    byMessage.set(message, p);
  }
  // The root goes in without its end offset: unified-message-control treats the stretch after the last node as a
  // "gap" and drops every message there (trailing whitespace, the final line ending), unlike the path above.
  const shallow = withinDepth(draft.mdast, MAX_CONTROL_DEPTH);
  const root = shallow.position
    ? { ...shallow, position: { start: shallow.position.start, end: { ...shallow.position.end, offset: undefined } } }
    : shallow;
  messageControl(root, {
    file,
    name: SOURCE,
    marker: markerOf,
    test: 'html',
    known: [...rules.map((r) => r.id), INLINE_CONFIG_RULE],
  });
  // Per comment and id, where the search for its next mention starts (`typo typo` names it twice).
  const seen = new Map<string, number>();
  for (const m of file.messages) {
    const p = byMessage.get(m);
    if (p) {
      const start = clamp(p.input.start, text.length);
      const end = clamp(Math.max(p.input.end, start), text.length);
      messages.push(toLintMessage(draft, p.ruleId, p.severity, p.input, start, end, bom, docsUrl));
    } else if (m.source === 'unified-message-control' && inlineSeverity !== 'off') {
      // An inline comment names a rule we do not know.
      const offset = m.place && 'start' in m.place ? (m.place.start.offset ?? 0) : 0;
      const endOffset = m.place && 'end' in m.place ? (m.place.end.offset ?? offset) : offset;
      const id = /`'([^']+)'`/.exec(m.reason)?.[1] ?? '';
      // Where this id stands in the comment: after the one reported before it when a comment names it twice.
      const comment = text.slice(offset, endOffset);
      const seenKey = `${offset}\u0000${id}`;
      const token = id ? tokenAt(comment, id, seen.get(seenKey) ?? 0) : -1;
      if (token >= 0) seen.set(seenKey, token + id.length);
      // A rule named by its Chinese name (模糊时间): mark the name and offer the id in its place.
      const named = id ? rules.find((r) => r.name.zh === id) : undefined;
      const at = named ? token : -1;
      if (named && at >= 0) {
        const message = ruleMessage(inlineConfig, 'ruleName', { name: id, id: named.id });
        const title = ruleMessage(inlineConfig, 'fixRuleId', { id: named.id });
        const start = offset + at;
        const fix = { title: title.zh, titleEn: title.en, safe: false, edits: [{ start, end: start + id.length, text: named.id }] };
        messages.push(
          toLintMessage(draft, INLINE_CONFIG_RULE, inlineSeverity, { start, end: start + id.length, message: message.zh, messageEn: message.en, fixes: [fix] }, start, start + id.length, bom, docsUrl),
        );
        continue;
      }
      // A misspelt id (stock-phrase, vague_time, self-refrence, Relative-Date): mark it and offer the one id it is near.
      const meant = id ? nearestRuleId(id, rules.map((r) => r.id)) : undefined;
      const near = meant ? token : -1;
      if (meant && near >= 0) {
        const message = ruleMessage(inlineConfig, 'unknownRuleMeant', { id, meant });
        const title = ruleMessage(inlineConfig, 'fixRuleId', { id: meant });
        const start = offset + near;
        const fix = { title: title.zh, titleEn: title.en, safe: false, edits: [{ start, end: start + id.length, text: meant }] };
        messages.push(
          toLintMessage(draft, INLINE_CONFIG_RULE, inlineSeverity, { start, end: start + id.length, message: message.zh, messageEn: message.en, fixes: [fix] }, start, start + id.length, bom, docsUrl),
        );
        continue;
      }
      // Marked on the id itself when it can be found, so that two unknown ids of one comment are told apart.
      const unknown = ruleMessage(inlineConfig, 'unknownRule', { id });
      const [start, end] = token >= 0 ? [offset + token, offset + token + id.length] : [offset, endOffset];
      messages.push(
        toLintMessage(draft, INLINE_CONFIG_RULE, inlineSeverity, { start, end, message: unknown.zh, messageEn: unknown.en }, start, end, bom, docsUrl),
      );
    }
  }
}

/**
 * The one rule id a misspelt `name` is near: the same once capitals, _ and spaces are read as the id writes them, or at
 * most two edits away (a letter missing, added, changed, or two neighbours swapped; one edit for names of up to six
 * letters), with no other id as near. Undefined when none or more than one is.
 */
export function nearestRuleId(name: string, ids: readonly string[]): string | undefined {
  const norm = name.toLowerCase().replace(/[_\s]+/gu, '-');
  if (ids.includes(norm)) return norm;
  if (!/^[a-z-]+$/u.test(norm)) return undefined;
  const limit = norm.length <= 6 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let ties = 0;
  for (const id of ids) {
    if (Math.abs(id.length - norm.length) > limit) continue;
    const d = editDistance(norm, id);
    if (d < bestDistance) [best, bestDistance, ties] = [id, d, 0];
    else if (d === bestDistance) ties++;
  }
  if (best !== undefined && bestDistance <= limit && ties === 0) return best;
  return abbreviatedRuleId(norm, ids);
}

/**
 * A rule id written short, part by part (self-ref → self-reference, num-approx → number-approx, fullwidth-punct →
 * fullwidth-punctuation): as many parts as the id, each the start of the id's part (two letters at least), and one id only.
 */
function abbreviatedRuleId(norm: string, ids: readonly string[]): string | undefined {
  const parts = norm.split('-');
  if (parts.some((p) => p.length < 2)) return undefined;
  const found = ids.filter((id) => {
    const full = id.split('-');
    return full.length === parts.length && full.every((f, k) => f.startsWith(parts[k]!)) && id !== norm;
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b` (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Where `name` stands as a whole word of a control comment's text (between blanks, commas, semicolons or 、, or before the closing
 * -->), from `from` on, or -1: in `xinxi-disable 模糊时间说明 模糊时间` the second, not the start of the first.
 */
function tokenAt(comment: string, name: string, from = 0): number {
  const apart = (c: string | undefined) => c === undefined || /[\s,，、;；]/u.test(c);
  for (let at = comment.indexOf(name, from); at >= 0; at = comment.indexOf(name, at + 1)) {
    if (apart(comment[at - 1]) && (apart(comment[at + name.length]) || comment.startsWith('-->', at + name.length))) return at;
  }
  return -1;
}

/** Lint one draft. */
export function lint(input: string, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? [];
  const config = options.config ?? defaultConfig;
  const docsUrl = options.docsUrl ?? defaultDocsUrl;
  const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? input.slice(1) : input;
  const draft = parseDraft(text, { path: options.path, format: options.format, titleLine: options.titleLine });

  const pending: PendingMessage[] = [];
  const settings = settingsFor(rules, draft.kind, config);
  const isEnabled = (ruleId: string) => enabledRules(rules, draft.kind, settings).has(ruleId);
  const words = draftWords(draft);
  const isExcluded = (start: number, end?: number) => intersects(draft.excluded, start, end);
  const isQuoted = (start: number, end?: number) => inside(draft.quoted, start, end);
  // One environment and one emit function for the whole lint: each rule's run sets the fields that are its own
  // (options, severity) and the rule whose messages `emit` collects (each run copies the environment into its
  // rule's context, so no rule sees another's options).
  const env: RuleEnvironment = { draft, options: {}, severity: 'info', config, isExcluded, isQuoted, isEnabled, lexicon, words };
  runRules(rules, settings, env, pending);

  const messages: LintMessage[] = [];
  if (!text.includes('xinxi-')) {
    // No control comment in the draft: nothing for unified-message-control to do, so skip building vfile messages.
    for (const p of pending) {
      const start = clamp(p.input.start, text.length);
      const end = clamp(Math.max(p.input.end, start), text.length);
      messages.push(toLintMessage(draft, p.ruleId, p.severity, p.input, start, end, bom, docsUrl));
    }
  } else {
    // inline-config as the user set it (off, or another severity); a rule list without it: a warning.
    const k = rules.findIndex((r) => r.id === INLINE_CONFIG_RULE);
    const inlineSeverity = k >= 0 ? settings[k]!.severity : 'warning';
    controlledMessages(draft, text, pending, rules, options.path, bom, docsUrl, messages, inlineSeverity);
  }
  messages.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { messages, stats: statsOf(draft, messages, rules, settings), draft };
}

/**
 * unified-message-control walks the tree recursively, and a draft of 10,000 `>` makes a tree that deep: the stack
 * overflows. It reads the control comments from a copy cut at this depth (a comment nested deeper is not obeyed).
 */
const MAX_CONTROL_DEPTH = 500;

/** The tree itself when it is no deeper than `max`; otherwise a copy without the nodes below that depth. */
function withinDepth(root: MdastRoot, max: number): MdastRoot {
  let deep = false;
  const stack: [Nodes, number][] = [[root, 0]];
  while (stack.length > 0 && !deep) {
    const [node, depth] = stack.pop()!;
    if (depth > max) deep = true;
    else if ('children' in node) for (const c of node.children) stack.push([c as Nodes, depth + 1]);
  }
  if (!deep) return root;
  const copy = { ...root, children: [] as Nodes[] } as MdastRoot;
  const work: [Nodes, Nodes & { children: Nodes[] }, number][] = [];
  for (const c of root.children) work.push([c, copy as unknown as Nodes & { children: Nodes[] }, 1]);
  // Copy in order: children are pushed in reverse so they are popped first to last.
  work.reverse();
  while (work.length > 0) {
    const [node, parent, depth] = work.pop()!;
    const clone = ('children' in node ? { ...node, children: [] } : node) as Nodes;
    parent.children.push(clone);
    if ('children' in node && depth < max) {
      const kids = node.children as Nodes[];
      for (let i = kids.length - 1; i >= 0; i--) work.push([kids[i]!, clone as Nodes & { children: Nodes[] }, depth + 1]);
    }
  }
  return copy;
}

/** Resolved severity and options of every rule for one config and kind, computed once (lint runs per keystroke). */
const settingsCache = new WeakMap<ResolvedConfig, WeakMap<readonly Rule[], Map<string, ReturnType<typeof ruleSettingFor>[]>>>();

function settingsFor(rules: readonly Rule[], kind: Draft['kind'], config: ResolvedConfig): ReturnType<typeof ruleSettingFor>[] {
  let byRules = settingsCache.get(config);
  if (!byRules) settingsCache.set(config, (byRules = new WeakMap()));
  let byKind = byRules.get(rules);
  if (!byKind) byRules.set(rules, (byKind = new Map()));
  let list = byKind.get(kind);
  if (!list) byKind.set(kind, (list = rules.map((rule) => ruleSettingFor(rule, kind, config))));
  return list;
}

/** The ids of the rules that run on drafts of one kind under one set of settings (cached with the settings). */
const enabledCache = new WeakMap<readonly ReturnType<typeof ruleSettingFor>[], Set<string>>();

function enabledRules(rules: readonly Rule[], kind: Draft['kind'], settings: readonly ReturnType<typeof ruleSettingFor>[]): Set<string> {
  let enabled = enabledCache.get(settings);
  if (!enabled) {
    enabled = new Set(rules.filter((r, k) => (!r.appliesTo || r.appliesTo.includes(kind)) && settings[k]!.severity !== 'off').map((r) => r.id));
    enabledCache.set(settings, enabled);
  }
  return enabled;
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(Number.isFinite(n) ? n : 0, max));
}

function toLintMessage(
  draft: Draft,
  ruleId: string,
  severity: Severity,
  input: Emitted,
  start: number,
  end: number,
  shift: number,
  docsUrl: (id: string) => string,
): LintMessage {
  const a = pointAt(draft.lineStarts, start);
  const b = pointAt(draft.lineStarts, end);
  const fixes: Fix[] = (input.fixes ?? []).map((fix) => ({
    ...fix,
    edits: fix.edits.map((e) => ({ start: e.start + shift, end: e.end + shift, text: e.text })),
  }));
  return {
    ruleId,
    severity,
    message: input.message,
    messageEn: input.messageEn,
    start: start + shift,
    end: end + shift,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    url: docsUrl(ruleId),
    fixes,
  };
}

function statsOf(draft: Draft, messages: LintMessage[], rules: readonly Rule[], settings: readonly ReturnType<typeof ruleSettingFor>[]): LintResult['stats'] {
  let bodyChars = 0;
  for (const s of bodyProseSegments(draft)) if (s.prose) bodyChars += countProseCharsIn(draft.text, s.start, s.end);
  // The body's length budget: from the rule that declares one (when it is on for the draft's kind).
  // (Its settings are the lint's, resolved once per configuration and kind: settingsFor.)
  const k = rules.findIndex((r) => r.budget !== undefined);
  let budget: number | undefined;
  if (k >= 0) {
    const { severity, options } = settings[k]!;
    if (severity !== 'off') budget = rules[k]!.budget!(options);
  }
  return {
    kind: draft.kind,
    kindSource: draft.kindSource,
    bodyChars,
    budget,
    paragraphs: draft.paragraphs.length,
    title: draft.title?.text,
    errors: messages.filter((m) => m.severity === 'error').length,
    warnings: messages.filter((m) => m.severity === 'warning').length,
    infos: messages.filter((m) => m.severity === 'info').length,
  };
}

export interface ApplyOptions {
  /** Also apply fixes that need confirmation (catalogue "Q"). */
  unsafe?: boolean;
  /** Only fixes of these rules. */
  ruleIds?: readonly string[];
}

/**
 * Apply the first applicable fix of each message. A fix whose edits overlap an edit already taken is
 * left for the next pass (as ESLint does); identical edits proposed twice are applied once.
 *
 * Linear in the text and the number of edits (up to a logarithm): the edits taken so far are kept in a structure
 * that answers "does this edit overlap one of them" in O(log n), and the new text is built in one pass.
 */
export function applyFixes(
  text: string,
  messages: readonly LintMessage[],
  options: ApplyOptions = {},
): { text: string; applied: number; remaining: number } {
  const chosen: TextEdit[] = [];
  const seen = new Set<string>();
  const taken = new EditSet(text.length);
  let applied = 0;
  let remaining = 0;
  const ruleIds = options.ruleIds ? new Set(options.ruleIds) : undefined;
  const candidates: { fix: Fix; first: number }[] = [];
  for (const m of messages) {
    if (ruleIds && !ruleIds.has(m.ruleId)) continue;
    const fix = m.fixes.find((f) => f.safe || options.unsafe);
    if (!fix || fix.edits.length === 0) continue;
    let first = Infinity;
    for (const e of fix.edits) first = Math.min(first, e.start);
    candidates.push({ fix, first });
  }
  candidates.sort((a, b) => a.first - b.first);
  for (const { fix } of candidates) {
    const fresh = fix.edits.filter((e) => !seen.has(editKey(e)));
    if (fresh.length === 0) continue;
    const valid = fresh.every((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end);
    if (!valid || fresh.some((e) => taken.overlaps(e))) {
      remaining++;
      continue;
    }
    for (const e of fresh) {
      chosen.push(e);
      seen.add(editKey(e));
      taken.add(e);
    }
    applied++;
  }
  // Chosen edits never overlap; an insertion at the start of a replaced range goes before it.
  chosen.sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let pos = 0;
  for (const e of chosen) {
    parts.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), applied, remaining };
}

function editKey(e: TextEdit): string {
  return `${e.start}:${e.end}:${e.text}`;
}

/** A Fenwick tree of counts over the positions 0..size. */
class Counts {
  private readonly tree: Int32Array;
  constructor(private readonly size: number) {
    this.tree = new Int32Array(size + 2);
  }
  add(at: number): void {
    for (let i = at + 1; i <= this.size + 1; i += i & -i) this.tree[i]!++;
  }
  /** How many positions below `limit` were added. */
  below(limit: number): number {
    let n = 0;
    for (let i = Math.min(limit, this.size + 1); i > 0; i -= i & -i) n += this.tree[i]!;
    return n;
  }
  /** The position of the k-th added position (1-based k), counting from 0 up. */
  nth(k: number): number {
    let pos = 0;
    let step = 1;
    while (step * 2 <= this.size + 1) step *= 2;
    for (; step > 0; step >>= 1) {
      if (pos + step <= this.size + 1 && this.tree[pos + step]! < k) {
        pos += step;
        k -= this.tree[pos]!;
      }
    }
    return pos; // tree index pos + 1 holds it: position pos
  }
}

/**
 * The edits taken in one pass: replaced ranges (never overlapping one another) and insertion points. Two edits
 * conflict when their ranges overlap, when both insert at the same point, or when one inserts strictly inside the
 * range the other replaces.
 */
class EditSet {
  private readonly rangeStarts: Counts;
  private readonly rangeEnd = new Map<number, number>();
  private readonly inserts: Counts;
  private readonly insertAt = new Set<number>();
  constructor(size: number) {
    this.rangeStarts = new Counts(size);
    this.inserts = new Counts(size);
  }
  /** The end of the taken range that starts last before `at`, or -1. */
  private endOfRangeBefore(at: number): number {
    const k = this.rangeStarts.below(at);
    return k === 0 ? -1 : this.rangeEnd.get(this.rangeStarts.nth(k))!;
  }
  overlaps(e: TextEdit): boolean {
    if (e.start === e.end) return this.insertAt.has(e.start) || this.endOfRangeBefore(e.start) > e.start;
    if (this.rangeStarts.below(e.end) - this.rangeStarts.below(e.start) > 0) return true;
    if (this.endOfRangeBefore(e.start) > e.start) return true;
    return this.inserts.below(e.end) - this.inserts.below(e.start + 1) > 0;
  }
  add(e: TextEdit): void {
    if (e.start === e.end) {
      this.insertAt.add(e.start);
      this.inserts.add(e.start);
    } else {
      this.rangeStarts.add(e.start);
      this.rangeEnd.set(e.start, e.end);
    }
  }
}

/** Lint and fix repeatedly (at most `passes` times) until no fix applies. */
export function fixAll(
  text: string,
  options: LintOptions & ApplyOptions & { passes?: number } = {},
): { text: string; applied: number; result: LintResult } {
  let current = text;
  let total = 0;
  let result = lint(current, options);
  for (let pass = 0; pass < (options.passes ?? 10); pass++) {
    const { text: next, applied } = applyFixes(current, result.messages, options);
    if (applied === 0 || next === current) break;
    total += applied;
    current = next;
    result = lint(current, options);
  }
  return { text: current, applied: total, result };
}
