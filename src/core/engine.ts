/**
 * The lint engine: one parse, every rule over the shared draft, inline control comments, fixes.
 */
import type { Nodes } from 'mdast';
import { messageControl } from 'unified-message-control';
import { VFile } from 'vfile';
import { emptyConfig, ruleSettingFor } from './config.js';
import { parseDraft } from './draft.js';
import { countProseChars, inside, intersects, pointAt } from './text.js';
import type {
  Draft,
  Fix,
  LintMessage,
  LintResult,
  ReportInput,
  ResolvedConfig,
  RuleContext,
  RuleModule,
  Severity,
  TextEdit,
} from './types.js';

export interface LintOptions {
  path?: string;
  format?: 'markdown' | 'text';
  config?: ResolvedConfig;
  rules?: readonly RuleModule[];
  /** Turns a rule id into the link shown with its messages (default `rules/<id>.md`). */
  docsUrl?: (ruleId: string) => string;
}

export const SOURCE = 'xinxi';

/** Rules reported by the engine itself (not by a rule module's check). */
export const INLINE_CONFIG_RULE = 'inline-config';

const defaultDocsUrl = (id: string) => `rules/${id}.md`;

interface PendingMessage {
  ruleId: string;
  severity: Severity;
  input: ReportInput;
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
  const m = /^<!--\s*xinxi-([a-z-]+)((?:\s+[\w-]+)*)\s*-->$/.exec(n.value.trim());
  if (!m) return undefined;
  const verb = VERBS[m[1]!];
  if (!verb) return undefined;
  return { name: SOURCE, attributes: `${verb}${m[2] ?? ''}` };
}

/** Lint one draft. */
export function lint(input: string, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? [];
  const config = options.config ?? emptyConfig();
  const docsUrl = options.docsUrl ?? defaultDocsUrl;
  const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? input.slice(1) : input;
  const draft = parseDraft(text, { path: options.path, format: options.format });

  const pending: PendingMessage[] = [];
  const settings = settingsFor(rules, draft.kind, config);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (rule.appliesTo && !rule.appliesTo.includes(draft.kind)) continue;
    const { severity, options: ruleOptions } = settings[r]!;
    if (severity === 'off') continue;
    const ctx: RuleContext = {
      draft,
      options: ruleOptions,
      severity,
      config,
      report(report: ReportInput) {
        pending.push({ ruleId: rule.id, severity: report.severity ?? severity, input: report });
      },
      isExcluded: (start, end) => intersects(draft.excluded, start, end),
      isQuoted: (start, end) => inside(draft.quoted, start, end),
    };
    rule.check(ctx);
  }

  const messages: LintMessage[] = [];
  if (!text.includes('xinxi-')) {
    // No control comment in the draft: nothing for unified-message-control to do, so skip building vfile messages.
    for (const p of pending) {
      const start = clamp(p.input.start, text.length);
      const end = clamp(Math.max(p.input.end, start), text.length);
      messages.push(toLintMessage(draft, p.ruleId, p.severity, p.input, start, end, bom, docsUrl));
    }
  } else {
    // Hand the messages to unified-message-control through a vfile, as remark-lint does.
    const file = new VFile({ path: options.path, value: text });
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
    const root = draft.mdast.position
      ? { ...draft.mdast, position: { start: draft.mdast.position.start, end: { ...draft.mdast.position.end, offset: undefined } } }
      : draft.mdast;
    messageControl(root, {
      file,
      name: SOURCE,
      marker: markerOf,
      test: 'html',
      known: [...rules.map((r) => r.id), INLINE_CONFIG_RULE],
    });
    for (const m of file.messages) {
      const p = byMessage.get(m);
      if (p) {
        const start = clamp(p.input.start, text.length);
        const end = clamp(Math.max(p.input.end, start), text.length);
        messages.push(toLintMessage(draft, p.ruleId, p.severity, p.input, start, end, bom, docsUrl));
      } else if (m.source === 'unified-message-control') {
        // An inline comment names a rule we do not know.
        const offset = m.place && 'start' in m.place ? (m.place.start.offset ?? 0) : 0;
        const endOffset = m.place && 'end' in m.place ? (m.place.end.offset ?? offset) : offset;
        const id = /`'([^']+)'`/.exec(m.reason)?.[1] ?? '';
        messages.push(
          toLintMessage(
            draft,
            INLINE_CONFIG_RULE,
            'warning',
            {
              start: offset,
              end: endOffset,
              message: `注释中的规则“${id}”不存在，请检查拼写。`,
              messageEn: `The comment names an unknown rule "${id}"; check the spelling.`,
            },
            offset,
            endOffset,
            bom,
            docsUrl,
          ),
        );
      }
    }
  }
  messages.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { messages, stats: statsOf(draft, messages, rules, config), draft };
}

/** Resolved severity and options of every rule for one config and kind, computed once (lint runs per keystroke). */
const settingsCache = new WeakMap<ResolvedConfig, WeakMap<readonly RuleModule[], Map<string, ReturnType<typeof ruleSettingFor>[]>>>();

function settingsFor(rules: readonly RuleModule[], kind: Draft['kind'], config: ResolvedConfig): ReturnType<typeof ruleSettingFor>[] {
  let byRules = settingsCache.get(config);
  if (!byRules) settingsCache.set(config, (byRules = new WeakMap()));
  let byKind = byRules.get(rules);
  if (!byKind) byRules.set(rules, (byKind = new Map()));
  let list = byKind.get(kind);
  if (!list) byKind.set(kind, (list = rules.map((rule) => ruleSettingFor(rule, kind, config))));
  return list;
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(Number.isFinite(n) ? n : 0, max));
}

function toLintMessage(
  draft: Draft,
  ruleId: string,
  severity: Severity,
  input: ReportInput,
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

function statsOf(draft: Draft, messages: LintMessage[], rules: readonly RuleModule[], config: ResolvedConfig): LintResult['stats'] {
  let bodyChars = 0;
  for (const segs of draft.paragraphSegments) {
    for (const s of segs) if (s.prose) bodyChars += countProseChars(draft.text.slice(s.start, s.end));
  }
  const lengthRule = rules.find((r) => r.id === 'body-length');
  let budget: number | undefined;
  if (lengthRule) {
    const { severity, options } = ruleSettingFor(lengthRule, draft.kind, config);
    const warn = options.warn;
    if (severity !== 'off' && typeof warn === 'number' && warn > 0) budget = warn;
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
 */
export function applyFixes(
  text: string,
  messages: readonly LintMessage[],
  options: ApplyOptions = {},
): { text: string; applied: number; remaining: number } {
  const chosen: TextEdit[] = [];
  const seen = new Set<string>();
  let applied = 0;
  let remaining = 0;
  const candidates = messages
    .filter((m) => !options.ruleIds || options.ruleIds.includes(m.ruleId))
    .map((m) => m.fixes.find((f) => f.safe || options.unsafe))
    .filter((f): f is Fix => f !== undefined && f.edits.length > 0)
    .sort((a, b) => firstStart(a) - firstStart(b));
  for (const fix of candidates) {
    const fresh = fix.edits.filter((e) => !seen.has(editKey(e)));
    if (fresh.length === 0) continue;
    const overlaps = fresh.some((e) => chosen.some((c) => overlap(c, e)));
    const valid = fresh.every((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end);
    if (overlaps || !valid) {
      remaining++;
      continue;
    }
    for (const e of fresh) {
      chosen.push(e);
      seen.add(editKey(e));
    }
    applied++;
  }
  chosen.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of chosen) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied, remaining };
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.start));
}

function editKey(e: TextEdit): string {
  return `${e.start}:${e.end}:${e.text}`;
}

/** Two edits conflict when their ranges overlap, or when both insert at the same point. */
function overlap(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
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
