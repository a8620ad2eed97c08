/** 标点 punctuation: GB/T 15834 (style guide §3.3), in the order of the README table. */
import type { Rule } from '../../core/rule.js';
import { cjkSpacing } from './cjk-spacing.js';
import { ellipsisDash } from './ellipsis-dash.js';
import { enumerationComma } from './enumeration-comma.js';
import { fullwidthAlnum } from './fullwidth-alnum.js';
import { fullwidthPunctuation } from './fullwidth-punctuation.js';
import { pairedMarks } from './paired-marks.js';
import { quoteMarks } from './quote-marks.js';
import { stackedPunctuation } from './stacked-punctuation.js';
import { organList } from './organ-list.js';
import { paragraphEnd } from './paragraph-end.js';
import type { LegacyRule } from '../lib/legacy.js';


export const punctuationRules: readonly (Rule | LegacyRule)[] = [
  fullwidthPunctuation,
  quoteMarks,
  pairedMarks,
  ellipsisDash,
  stackedPunctuation,
  enumerationComma,
  cjkSpacing,
  fullwidthAlnum,
  organList,
  paragraphEnd,
];
