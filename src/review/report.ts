/**
 * The review report: one row per draft (title, kind, unit, body length against the budget, paragraphs,
 * errors, warnings, top rules, ready to submit), totals, problems by rule and the kinds of items received.
 *
 * Editor-agnostic: no `vscode` and no Node import, so the desktop extension, the web extension and the CLI
 * share it. Input is plain data (a lint result, or the CLI's serialisable record of one).
 */
import type { Kind, LintResult, LintStats, Severity } from '../core/types.js';
import type { Rule } from '../core/rule.js';
import { allRules, KINDS, ruleName } from '../index.js';
import { checkedFolders, isAbsolutePath, portablePaths } from './paths.js';

/** One checked draft, as the caller has it. */
export interface ReviewInput {
  /**
   * Path shown to the reviewer: relative to the working folder (forward slashes), or absolute for a file outside
   * it — the report then shows it from its last common folder, never the machine's path (see paths.ts).
   */
  file: string;
  /** Link target of the row (a relative URL). Default: `file`, percent-encoded per segment; none for an absolute path. */
  href?: string;
  /** A lint result from the engine; when given, `stats`, `messages` and `unit` are taken from it. */
  result?: LintResult;
  stats?: LintStats;
  messages?: readonly { ruleId: string; severity: Severity }[];
  /** Unit (front matter 单位, or the configured unit). */
  unit?: string;
  /** Set when the file could not be checked (Chinese message). */
  problem?: string;
  /** The draft's adoption as its front matter records it (src/adoption's summary), shown with its title. */
  adoption?: string;
}

export interface RuleCount {
  ruleId: string;
  /** The rule's short Chinese name (src/rules/names.ts). */
  name: string;
  count: number;
}

/**
 * The verdict on one draft: 可报送 (no error, no warning), 可报送（有警告） (warnings but no error: it may go, the
 * reviewer should look), 需修改 (errors), 无法检查 (the file could not be read).
 */
export type ReviewStatus = 'ready' | 'ready-with-warnings' | 'not-ready' | 'unreadable';

export const STATUS_LABELS: Readonly<Record<ReviewStatus, { zh: string; en: string }>> = {
  ready: { zh: '可报送', en: 'Ready' },
  'ready-with-warnings': { zh: '可报送（有警告）', en: 'Ready, with warnings' },
  'not-ready': { zh: '需修改', en: 'Needs changes' },
  unreadable: { zh: '无法检查', en: 'Could not be checked' },
};

export interface ReviewRow {
  file: string;
  href: string;
  title?: string;
  kind?: Kind;
  kindSource?: LintStats['kindSource'];
  unit?: string;
  bodyChars?: number;
  budget?: number;
  overBudget: boolean;
  paragraphs?: number;
  errors: number;
  warnings: number;
  infos: number;
  /** The rules with most messages in this draft (at most three), most first. */
  topRules: RuleCount[];
  /** No error-level problem and the file could be checked (warnings allowed: see `status`). */
  ready: boolean;
  status: ReviewStatus;
  problem?: string;
  adoption?: string;
}

export interface RuleSummary {
  ruleId: string;
  /** Short Chinese and English names (src/rules/names.ts). */
  name: string;
  nameEn: string;
  description?: string;
  descriptionEn?: string;
  url?: string;
  errors: number;
  warnings: number;
  infos: number;
  total: number;
  /** Drafts with at least one message of this rule. */
  drafts: number;
}

export interface KindSummary {
  kind: Kind;
  count: number;
}

export interface ReviewTotals {
  drafts: number;
  checked: number;
  unreadable: number;
  /** Drafts without error-level problems (可报送, with or without warnings). */
  ready: number;
  /** Of those, drafts with warnings (可报送（有警告）). */
  readyWithWarnings: number;
  notReady: number;
  errors: number;
  warnings: number;
  infos: number;
  overBudget: number;
}

export interface ReviewReport {
  rows: ReviewRow[];
  /** The folders the drafts came from, as shown (relative; `./` for the working folder). */
  folders: string[];
  totals: ReviewTotals;
  /** Rules with messages, most messages first. */
  byRule: RuleSummary[];
  /** Every kind, in catalogue order, with how many drafts of it were received (zero included). */
  byKind: KindSummary[];
  /**
   * 喜忧兼报: how many items report problems (kind 问题), and a reminder when a batch has none.
   */
  balance: { problemItems: number; checked: number; note?: string; noteEn?: string };
}

export interface BuildOptions {
  /** Rule modules for descriptions and doc links (default: every rule). */
  rules?: readonly Rule[];
  docsUrl?: (ruleId: string) => string;
}

/**
 * `a/b c.md` → `a/b%20c.md`. An absolute path gets no link (`''`): a file URI would put the machine's path into
 * the report, and the caller that can link it (the CLI, relative to the report's folder) gives `href` itself.
 */
export function defaultHref(file: string): string {
  if (isAbsolutePath(file)) return '';
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

/** The verdict label of a row: 可报送, 可报送（有警告）, 需修改 or 无法检查. */
export function statusLabel(status: ReviewStatus): string {
  return STATUS_LABELS[status].zh;
}

function rowOf(input: ReviewInput, file: string): ReviewRow {
  const href = input.href ?? defaultHref(input.file);
  const stats = input.result?.stats ?? input.stats;
  const messages = input.result?.messages ?? input.messages ?? [];
  if (input.problem || !stats) {
    return {
      file,
      href,
      overBudget: false,
      errors: 0,
      warnings: 0,
      infos: 0,
      topRules: [],
      ready: false,
      status: 'unreadable',
      problem: input.problem ?? '没有检查结果。',
    };
  }
  const counts = new Map<string, number>();
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const m of messages) {
    counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
    if (m.severity === 'error') errors++;
    else if (m.severity === 'warning') warnings++;
    else infos++;
  }
  const topRules = [...counts]
    .map(([ruleId, count]) => ({ ruleId, name: ruleName(ruleId).zh, count }))
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
    .slice(0, 3);
  const unit = input.result?.draft.meta.unit ?? input.unit;
  return {
    file,
    href,
    title: stats.title,
    kind: stats.kind,
    kindSource: stats.kindSource,
    unit: unit || undefined,
    bodyChars: stats.bodyChars,
    budget: stats.budget,
    overBudget: stats.budget !== undefined && stats.bodyChars > stats.budget,
    paragraphs: stats.paragraphs,
    errors,
    warnings,
    infos,
    topRules,
    ready: errors === 0,
    adoption: input.adoption,
    status: errors ? 'not-ready' : warnings ? 'ready-with-warnings' : 'ready',
  };
}

/** Build the report model from checked drafts (rows keep the input order). */
export function buildReviewReport(inputs: readonly ReviewInput[], options: BuildOptions = {}): ReviewReport {
  const rules = new Map((options.rules ?? allRules).map((r) => [r.id, r]));
  const paths = portablePaths(inputs.map((i) => i.file));
  const rows = inputs.map((input) => rowOf(input, paths.shown(input.file)));
  const byRule = new Map<string, RuleSummary>();
  for (const input of inputs) {
    if (input.problem) continue;
    const seen = new Set<string>();
    for (const m of input.result?.messages ?? input.messages ?? []) {
      let s = byRule.get(m.ruleId);
      if (!s) {
        const rule = rules.get(m.ruleId);
        const name = ruleName(m.ruleId);
        s = {
          ruleId: m.ruleId,
          name: name.zh,
          nameEn: name.en,
          description: rule?.description.zh,
          descriptionEn: rule?.description.en,
          url: options.docsUrl?.(m.ruleId),
          errors: 0,
          warnings: 0,
          infos: 0,
          total: 0,
          drafts: 0,
        };
        byRule.set(m.ruleId, s);
      }
      if (m.severity === 'error') s.errors++;
      else if (m.severity === 'warning') s.warnings++;
      else s.infos++;
      s.total++;
      if (!seen.has(m.ruleId)) {
        seen.add(m.ruleId);
        s.drafts++;
      }
    }
  }
  const kindCounts = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  for (const r of rows) if (r.kind) kindCounts.set(r.kind, (kindCounts.get(r.kind) ?? 0) + 1);
  const checked = rows.filter((r) => !r.problem);
  const totals: ReviewTotals = {
    drafts: rows.length,
    checked: checked.length,
    unreadable: rows.length - checked.length,
    ready: rows.filter((r) => r.ready).length,
    readyWithWarnings: rows.filter((r) => r.status === 'ready-with-warnings').length,
    notReady: rows.filter((r) => !r.ready).length,
    errors: sum(rows, (r) => r.errors),
    warnings: sum(rows, (r) => r.warnings),
    infos: sum(rows, (r) => r.infos),
    overBudget: rows.filter((r) => r.overBudget).length,
  };
  const problemItems = kindCounts.get('问题') ?? 0;
  const balance: ReviewReport['balance'] = { problemItems, checked: checked.length };
  if (checked.length > 0 && problemItems === 0) {
    balance.note = '本批稿件中没有“问题”类信息。按照喜忧兼报的要求，请留意是否有应报未报的问题。';
    balance.noteEn = 'No problem items in this batch: information work reports bad news as well as good; check nothing was left out.';
  }
  return {
    rows,
    folders: checkedFolders(rows.map((r) => r.file)),
    totals,
    byRule: [...byRule.values()].sort((a, b) => b.total - a.total || b.errors - a.errors || a.ruleId.localeCompare(b.ruleId)),
    byKind: [...kindCounts].map(([kind, count]) => ({ kind, count })),
    balance,
  };
}

function sum<T>(xs: readonly T[], f: (x: T) => number): number {
  let n = 0;
  for (const x of xs) n += f(x);
  return n;
}

/** “12 篇：5 篇可报送，2 篇可报送（有警告），4 篇需修改，1 篇无法检查” — the report in one line. */
export function reportSummary(report: ReviewReport): string {
  const t = report.totals;
  const parts = [`${t.ready - t.readyWithWarnings} 篇可报送`];
  if (t.readyWithWarnings) parts.push(`${t.readyWithWarnings} 篇可报送（有警告）`);
  const fix = t.notReady - t.unreadable;
  if (fix) parts.push(`${fix} 篇需修改`);
  if (t.unreadable) parts.push(`${t.unreadable} 篇无法检查`);
  return `${t.drafts} 篇：${parts.join('，')}`;
}
