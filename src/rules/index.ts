/**
 * The rule registry: every rule of the style-guide catalogue, category by category in the order of the README's
 * table (each category's index.ts lists its folder's rules). The engine sorts messages by position, so this order is
 * the order of listings (the README table, `xinxi rules`, the SARIF rules, the .xinxirc schema), not of messages.
 * Imported by the entry (src/index.ts) only.
 */
import type { RuleModule } from '../core/types.js';
import { contentRules } from './content/index.js';
import { emergencyRules } from './emergency/index.js';
import { formRules } from './form/index.js';
import { hygieneRules } from './hygiene/index.js';
import { numberRules } from './number/index.js';
import { punctuationRules } from './punctuation/index.js';
import { wordingRules } from './wording/index.js';

export const rules: readonly RuleModule[] = [
  ...formRules,
  ...contentRules,
  ...emergencyRules,
  ...hygieneRules,
  ...punctuationRules,
  ...numberRules,
  ...wordingRules,
];
