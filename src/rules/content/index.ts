/** Rules of style guide §3.1: content of the item (issue 4). */
import type { RuleModule } from '../../core/types.js';
import { claimNeedsData } from './claim-needs-data.js';
import { problemNeedsCause } from './problem-needs-cause.js';
import { problemNeedsRemedy } from './problem-needs-remedy.js';
import { relativeDate } from './relative-date.js';
import { selfReference } from './self-reference.js';
import { sumConsistency } from './sum-consistency.js';
import { vagueSource } from './vague-source.js';
import { vagueSuggestion } from './vague-suggestion.js';
import { vagueTime } from './vague-time.js';

/** Rule modules are generic in their options; the registry holds them by their common shape. */
const asRule = <O extends Record<string, unknown>>(rule: RuleModule<O>) => rule as unknown as RuleModule;

export const contentRules: readonly RuleModule[] = [
  asRule(problemNeedsRemedy),
  asRule(problemNeedsCause),
  asRule(vagueSuggestion),
  asRule(selfReference),
  asRule(vagueTime),
  asRule(relativeDate),
  asRule(vagueSource),
  asRule(claimNeedsData),
  asRule(sumConsistency),
];
