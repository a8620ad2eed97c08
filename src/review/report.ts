/**
 * The review report: one row per draft (title, kind, unit, body length against the budget, paragraphs,
 * errors, warnings, top rules, ready to submit), totals, problems by rule and the kinds of items received.
 *
 * Editor-agnostic: no `vscode` and no Node import, so the desktop extension, the web extension and the CLI
 * share it. Input is plain data (a lint result, or the CLI's serialisable record of one).
 */
import { KINDS, type Kind, type LintResult, type LintStats, type RuleModule, type Severity } from '../core/types.js';
import { allRules } from '../rules/index.js';

/** One checked draft, as the caller has it. */
export interface ReviewInput {
  /** Path shown to the reviewer (relative, forward slashes). */
  file: string;
  /** Link target of the row (relative URL or file URI). Default: `file`, percent-encoded per segment. */
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
  count: number;
}

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
  /** No error-level problem and the file could be checked. */
  ready: boolean;
  problem?: string;
  adoption?: string;
}

export interface RuleSummary {
  ruleId: string;
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
  ready: number;
  notReady: number;
  errors: number;
  warnings: number;
  infos: number;
  overBudget: number;
}

export interface ReviewReport {
  rows: ReviewRow[];
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
  rules?: readonly RuleModule[];
  docsUrl?: (ruleId: string) => string;
}

/** `a/b c.md` → `a/b%20c.md`; absolute paths become file URIs. */
export function defaultHref(file: string): string {
  const posix = file.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(posix)) return `file:///${posix.split('/').map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/')}`;
  if (posix.startsWith('/')) return `file://${posix.split('/').map(encodeURIComponent).join('/')}`;
  return posix.split('/').map(encodeURIComponent).join('/');
}

function rowOf(input: ReviewInput): ReviewRow {
  const href = input.href ?? defaultHref(input.file);
  const stats = input.result?.stats ?? input.stats;
  const messages = input.result?.messages ?? input.messages ?? [];
  if (input.problem || !stats) {
    return {
      file: input.file,
      href,
      overBudget: false,
      errors: 0,
      warnings: 0,
      infos: 0,
      topRules: [],
      ready: false,
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
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
    .slice(0, 3);
  const unit = input.result?.draft.meta.unit ?? input.unit;
  return {
    file: input.file,
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
  };
}

/** Build the report model from checked drafts (rows keep the input order). */
export function buildReviewReport(inputs: readonly ReviewInput[], options: BuildOptions = {}): ReviewReport {
  const rules = new Map((options.rules ?? allRules).map((r) => [r.id, r]));
  const rows = inputs.map(rowOf);
  const byRule = new Map<string, RuleSummary>();
  for (const input of inputs) {
    if (input.problem) continue;
    const seen = new Set<string>();
    for (const m of input.result?.messages ?? input.messages ?? []) {
      let s = byRule.get(m.ruleId);
      if (!s) {
        const rule = rules.get(m.ruleId);
        s = {
          ruleId: m.ruleId,
          description: rule?.description,
          descriptionEn: rule?.descriptionEn,
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
