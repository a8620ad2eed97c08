/** 数字 number: GB/T 15835 (style guide §3.4), in the order of the README table. */
import type { Rule } from '../../core/rule.js';
import { dateFormat } from './date-format.js';
import { numberApprox } from './number-approx.js';
import { numberDecimal } from './number-decimal.js';
import { numberDecreaseMultiple } from './number-decrease-multiple.js';
import { numberDoubleApprox } from './number-double-approx.js';
import { numberFixedTerms } from './number-fixed-terms.js';
import { numberMixed } from './number-mixed.js';
import { numberRangeUnit } from './number-range-unit.js';
import { numberYear } from './number-year.js';

export const numberRules: readonly Rule[] = [
  numberRangeUnit,
  numberApprox,
  numberFixedTerms,
  numberMixed,
  numberYear,
  numberDecreaseMultiple,
  numberDoubleApprox,
  dateFormat,
  numberDecimal,
];
