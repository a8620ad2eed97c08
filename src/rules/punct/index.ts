/** Rules of style guide §3.3: punctuation, GB/T 15834 (issue 5). */
import type { RuleModule } from '../../core/types.js';
import { cjkSpacing } from './cjk-spacing.js';
import { ellipsisDash } from './ellipsis-dash.js';
import { enumerationComma } from './enumeration-comma.js';
import { fullwidthAlnum } from './fullwidth-alnum.js';
import { pairedMarks } from './paired-marks.js';
import { quoteMarks } from './quote-marks.js';
import { stackedPunctuation } from './stacked-punctuation.js';

/** Rule modules are generic in their options; the registry holds them by their common shape. */
const asRule = <O extends Record<string, unknown>>(rule: RuleModule<O>) => rule as unknown as RuleModule;

export const punctRules: readonly RuleModule[] = [
  asRule(quoteMarks),
  asRule(pairedMarks),
  asRule(ellipsisDash),
  asRule(stackedPunctuation),
  asRule(enumerationComma),
  asRule(cjkSpacing),
  asRule(fullwidthAlnum),
];
