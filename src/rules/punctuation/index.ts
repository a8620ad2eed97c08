/** 标点 punctuation: GB/T 15834 (style guide §3.3), in the order of the README table. */
import type { RuleModule } from '../../core/types.js';
import { cjkSpacing } from './cjk-spacing.js';
import { ellipsisDash } from './ellipsis-dash.js';
import { enumerationComma } from './enumeration-comma.js';
import { fullwidthAlnum } from './fullwidth-alnum.js';
import { fullwidthPunctuation } from './fullwidth-punctuation.js';
import { pairedMarks } from './paired-marks.js';
import { quoteMarks } from './quote-marks.js';
import { stackedPunctuation } from './stacked-punctuation.js';
import { asRule } from '../lib/legacy.js';


export const punctuationRules: readonly RuleModule[] = [
  asRule(fullwidthPunctuation),
  asRule(quoteMarks),
  asRule(pairedMarks),
  asRule(ellipsisDash),
  asRule(stackedPunctuation),
  asRule(enumerationComma),
  asRule(cjkSpacing),
  asRule(fullwidthAlnum),
];
