/**
 * Public API of the engine (no `vscode`, no Node-only imports: runs in the browser too).
 */
import { allRules } from '../rules/index.js';
import { emptyConfig } from './config.js';
import { applyFixes as applyFixesRaw, fixAll as fixAllRaw, lint as lintRaw, type ApplyOptions, type LintOptions } from './engine.js';
import type { LintMessage, LintResult } from './types.js';

export * from './types.js';
export { parseDraft, normalizeKind, inferKind, META_KEYS } from './draft.js';
export { emptyConfig, mergeConfig, validateConfig, parseConfigText, configFromOverrides, ruleSettingFor } from './config.js';
export { SOURCE } from './engine.js';
export { allRules, rulesById, engineRuleIds } from '../rules/index.js';

/** Lint a draft with every rule: `lint(text, {path, config}) → {messages, stats}`. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintRaw(text, { rules: allRules, config: emptyConfig(), ...options });
}

/** Apply the safe fixes of `messages` to `text` (one pass). */
export function applyFixes(text: string, messages: readonly LintMessage[], options: ApplyOptions = {}): string {
  return applyFixesRaw(text, messages, options).text;
}

/** Lint and apply fixes until nothing more applies. */
export function fixAll(text: string, options: LintOptions & ApplyOptions = {}) {
  return fixAllRaw(text, { rules: allRules, config: emptyConfig(), ...options });
}

export type { LintOptions, ApplyOptions };
export { rulesTable, replaceRulesTable } from '../rules/table.js';
export { configSchema } from './schema.js';
