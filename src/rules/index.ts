/**
 * The rule registry: every rule of the style-guide catalogue, category by category in the order of the README's
 * table. The engine sorts messages by position, so this order is the order of listings (the README table,
 * `xinxi rules`, the SARIF rules, the .xinxirc schema), not of messages. Imported by the entry (src/index.ts) only.
 */
import type { RuleModule } from '../core/types.js';
import { asRule } from './util.js';
import { bodyLength } from './body-length.js';
import { contentRules } from './content/index.js';
import { formRules } from './form/index.js';
import { fullwidthPunctuation } from './fullwidth-punctuation.js';
import { hygieneRules } from './hygiene/index.js';
import { noAttachment } from './no-attachment.js';
import { numberRules } from './number/index.js';
import { punctRules } from './punct/index.js';
import { singleParagraph } from './single-paragraph.js';
import { titleRequired } from './title-required.js';
import { wordingRules } from './wording/index.js';

export const rules: readonly RuleModule[] = [
  asRule(titleRequired),
  asRule(singleParagraph),
  asRule(noAttachment),
  asRule(bodyLength),
  ...formRules,
  ...contentRules,
  ...hygieneRules,
  asRule(fullwidthPunctuation),
  ...punctRules,
  ...numberRules,
  ...wordingRules,
];
