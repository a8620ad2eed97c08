/**
 * Helpers for rule tests: lint a fixture with the whole engine and look at one rule's messages.
 */
import { emptyConfig, validateConfig } from '../../src/core/config.js';
import { applyFixes, fixAll, lint } from '../../src/core/engine.js';
import type { LintMessage, LintResult, ResolvedConfig } from '../../src/core/types.js';
import { allRules, rulesById } from '../../src/index.js';

export interface FixtureOptions {
  /** `.md` (default) or `.txt`. */
  path?: string;
  /** Config file data (as in .xinxirc.yaml). */
  config?: Record<string, unknown>;
}

export function configOf(data?: Record<string, unknown>): ResolvedConfig {
  if (!data) return emptyConfig();
  const config = validateConfig(data, 'test.xinxirc.yaml', rulesById);
  if (config.problems.length) throw new Error(`bad test config: ${config.problems.map((p) => p.message).join('; ')}`);
  return config;
}

/** Lint with every rule. */
export function lintAll(text: string, options: FixtureOptions = {}): LintResult {
  return lint(text, { path: options.path ?? 'draft.md', config: configOf(options.config), rules: allRules });
}

/** Messages of one rule. */
export function messagesOf(ruleId: string, text: string, options: FixtureOptions = {}): LintMessage[] {
  if (!rulesById.has(ruleId)) throw new Error(`unknown rule ${ruleId}`);
  return lintAll(text, options).messages.filter((m) => m.ruleId === ruleId);
}

/** The text each message of the rule points at. */
export function flagged(ruleId: string, text: string, options: FixtureOptions = {}): string[] {
  return messagesOf(ruleId, text, options).map((m) => text.slice(m.start, m.end));
}

/** Apply the fixes of one rule only (safe ones, or all with unsafe), repeatedly, and return the text. */
export function fixedBy(ruleId: string, text: string, options: FixtureOptions & { unsafe?: boolean } = {}): string {
  return fixAll(text, {
    path: options.path ?? 'draft.md',
    config: configOf(options.config),
    rules: allRules,
    unsafe: options.unsafe,
    ruleIds: [ruleId],
  }).text;
}

/** Apply every safe fix of every rule until nothing changes. */
export function fixedAll(text: string, options: FixtureOptions & { unsafe?: boolean } = {}): string {
  return fixAll(text, { path: options.path ?? 'draft.md', config: configOf(options.config), rules: allRules, unsafe: options.unsafe }).text;
}

/** Build a Markdown draft from parts. */
export function draft(body: string, { kind = '动态', title = '清河县完成秋粮收购任务' }: { kind?: string | null; title?: string | null } = {}): string {
  const fm = kind ? `---\n类型: ${kind}\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n` : '';
  const heading = title === null ? '' : `# ${title}\n\n`;
  return `${fm}${heading}${body}\n`;
}

export { applyFixes };

/**
 * Let the event loop run once. vitest's worker answers its runner over an RPC with a fixed 60 s timeout; a test that
 * computes for longer without yielding (a property run on a loaded machine) fails the whole run with “Timeout calling
 * onTaskUpdate” although every test passed. Long tests await this between runs.
 */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
