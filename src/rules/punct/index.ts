/** Rules of style guide §3.3: punctuation, GB/T 15834 (issue 5). */
import type { RuleModule } from '../../core/types.js';
import { asRule } from '../util.js';
import { cjkSpacing } from './cjk-spacing.js';
import { ellipsisDash } from './ellipsis-dash.js';
import { enumerationComma } from './enumeration-comma.js';
import { fullwidthAlnum } from './fullwidth-alnum.js';
import { pairedMarks } from './paired-marks.js';
import { quoteMarks } from './quote-marks.js';
import { stackedPunctuation } from './stacked-punctuation.js';


export const punctRules: readonly RuleModule[] = [
  asRule(quoteMarks),
  asRule(pairedMarks),
  asRule(ellipsisDash),
  asRule(stackedPunctuation),
  asRule(enumerationComma),
  asRule(cjkSpacing),
  asRule(fullwidthAlnum),
];
