/** 用词 wording: words and phrases (style guide §3.5), in the order of the README table. */
import type { Rule } from '../../core/rule.js';
import { colloquial } from './colloquial.js';
import { confusableWords } from './confusable-words.js';
import { leaderModifiers } from './leader-modifiers.js';
import { stockPhrases } from './stock-phrases.js';
import { teamTerms } from './team-terms.js';
import type { LegacyRule } from '../lib/legacy.js';


export const wordingRules: readonly (Rule | LegacyRule)[] = [
  confusableWords,
  stockPhrases,
  colloquial,
  leaderModifiers,
  teamTerms,
];
import { typo } from './typo.js'; (wordingRules as (Rule | LegacyRule)[]).push(typo); // issue 14 (branch f1-typo): one line, to be folded into the list
