/** 用词 wording: words and phrases (style guide §3.5), in the order of the README table. */
import type { RuleModule } from '../../core/types.js';
import { colloquial } from './colloquial.js';
import { confusableWords } from './confusable-words.js';
import { leaderModifiers } from './leader-modifiers.js';
import { stockPhrases } from './stock-phrases.js';
import { teamTerms } from './team-terms.js';
import { asRule } from '../lib/legacy.js';


export const wordingRules: readonly RuleModule[] = [
  asRule(confusableWords),
  asRule(stockPhrases),
  asRule(colloquial),
  asRule(leaderModifiers),
  asRule(teamTerms),
];
