/** 用词 wording: words and phrases (style guide §3.5), in the order of the README table. */
import type { Rule } from '../../core/rule.js';
import { colloquial } from './colloquial.js';
import { confusableWords } from './confusable-words.js';
import { deDiDe } from './de-di-de.js';
import { leaderModifiers } from './leader-modifiers.js';
import { stockPhrases } from './stock-phrases.js';
import { teamTerms } from './team-terms.js';

export const wordingRules: readonly Rule[] = [
  confusableWords,
  deDiDe,
  stockPhrases,
  colloquial,
  leaderModifiers,
  teamTerms,
];
