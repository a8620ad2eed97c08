/** 内容 content: what the item says (style guide §3.1), in the order of the README table. */
import type { Rule } from '../../core/rule.js';
import { claimNeedsData } from './claim-needs-data.js';
import { problemNeedsCause } from './problem-needs-cause.js';
import { problemNeedsRemedy } from './problem-needs-remedy.js';
import { relativeDate } from './relative-date.js';
import { selfReference } from './self-reference.js';
import { sumConsistency } from './sum-consistency.js';
import { vagueSource } from './vague-source.js';
import { vagueSuggestion } from './vague-suggestion.js';
import { vagueTime } from './vague-time.js';

export const contentRules: readonly Rule[] = [
  problemNeedsRemedy,
  problemNeedsCause,
  vagueSuggestion,
  selfReference,
  vagueTime,
  relativeDate,
  vagueSource,
  claimNeedsData,
  sumConsistency,
];
