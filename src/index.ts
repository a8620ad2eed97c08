/**
 * The one entry above the engine and the rules: binds the rule-agnostic engine (src/core) to the rule registry
 * (src/rules). The CLI, the extension, export, review, Word intake, the adoption ledger, templates, the scripts and
 * the benchmarks import this file — never src/rules/index.ts. Built as dist/core.js (the engine as a library).
 *
 * No `vscode` and no Node-only import: it runs in the browser too.
 */
import { engineChecks } from './core/checks.js';
import { applyFixes as applyFixesRaw, fixAll as fixAllRaw, lint as lintRaw, type ApplyOptions, type LintOptions } from './core/engine.js';
import type { Bilingual, Rule } from './core/rule.js';
import type { LintMessage, LintResult } from './core/types.js';
import { rules } from './rules/index.js';

export * from './core/types.js';
export * from './core/rule.js';
export { parseDraft, META_KEYS } from './core/draft.js';
export { xinxiParse, parseChineseProse, type ProseLayout } from './core/xinxi-parse.js';
export * from './core/kinds.js';
export { emptyConfig, mergeConfig, validateConfig, parseConfigText, configFromOverrides, ruleSettingFor } from './core/config.js';
export { SOURCE } from './core/engine.js';
export { configSchema } from './core/schema.js';
export { rulesTable, replaceRulesTable } from './docs/rules-table.js';
export { dataProblems, type DataProblem } from './rules/lib/data.js';
export type { LintOptions, ApplyOptions };

/** Every check the engine runs, in the order they are listed: the engine's own checks, then the rule registry. */
export const allRules: readonly Rule[] = [...engineChecks, ...rules];

/** The ids of the engine's own checks (front matter, control comments): not rules of the style-guide catalogue. */
export const engineRuleIds: readonly string[] = engineChecks.map((r) => r.id);

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));

/** The display name of a rule (全角标点, Full-width punctuation); an unknown id (a rule of a newer version, a typo in a record) names itself. */
export function ruleName(ruleId: string): Bilingual {
  return rulesById.get(ruleId)?.name ?? { zh: ruleId, en: ruleId };
}

/** “全角标点（fullwidth-punctuation）”: the Chinese name with the id, as reports show a rule. */
export function ruleLabel(ruleId: string): string {
  const rule = rulesById.get(ruleId);
  return rule ? `${rule.name.zh}（${ruleId}）` : ruleId;
}

/** Lint a draft with every rule: `lint(text, {path, config}) → {messages, stats}`. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  // Without a configuration the engine uses its one frozen default (resolved settings cached once, not per call).
  return lintRaw(text, { rules: allRules, ...options });
}

/** Apply the safe fixes of `messages` to `text` (one pass). */
export function applyFixes(text: string, messages: readonly LintMessage[], options: ApplyOptions = {}): string {
  return applyFixesRaw(text, messages, options).text;
}

/** Lint and apply fixes until nothing more applies. */
export function fixAll(text: string, options: LintOptions & ApplyOptions = {}) {
  return fixAllRaw(text, { rules: allRules, ...options });
}
