/** 内容 content: what the item says (style guide §3.1), in the order of the README table. */
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
import { asRule } from '../lib/legacy.js';


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
