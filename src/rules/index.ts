/**
 * The rule registry: every module in a category folder, src/rules/<category>/<id>.ts, is a rule, found by the build
 * (the virtual module `xinxi:rule-modules`, scripts/build-plugins.mjs: category by category in the order of the
 * README table, by id within a category). Adding a rule is adding its module, doc, test and data table; nothing is
 * registered by hand. This order is the order of listings (the README table, `xinxi rules`, SARIF, the .xinxirc
 * schema); messages are sorted by position. Imported by the entry (src/index.ts) only.
 */
import modules from 'xinxi:rule-modules';
import type { Rule } from '../core/rule.js';

/** Whether an export is a rule declared with defineRule. */
function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && typeof (value as Rule).id === 'string' && typeof (value as Rule).run === 'function';
}

/** The one rule a module exports, checked against the folder and file it lives in. */
function ruleOf(module: (typeof modules)[number]): Rule {
  const where = `src/rules/${module.category}/${module.file}.ts`;
  const found = Object.values(module.exports).filter(isRule);
  if (found.length !== 1) throw new Error(`${where}: a rule module exports exactly one rule (found ${found.length})`);
  const rule = found[0]!;
  if (rule.id !== module.file) throw new Error(`${where}: the module of rule "${rule.id}" must be named ${rule.id}.ts`);
  if (rule.category !== module.category) throw new Error(`${where}: rule "${rule.id}" is of category ${rule.category}, not ${module.category}`);
  return rule;
}

export const rules: readonly Rule[] = modules.map(ruleOf);
