/**
 * The rule registry: every rule module, in the order their messages are produced.
 */
import type { RuleModule } from '../core/types.js';
import { asRule } from './util.js';
import { bodyLength } from './body-length.js';
import { contentRules } from './content/index.js';
import { formRules } from './form/index.js';
import { frontMatter, inlineConfig } from './front-matter.js';
import { fullwidthPunctuation } from './fullwidth-punctuation.js';
import { hygieneRules } from './hygiene/index.js';
import { noAttachment } from './no-attachment.js';
import { numberRules } from './number/index.js';
import { punctRules } from './punct/index.js';
import { singleParagraph } from './single-paragraph.js';
import { titleRequired } from './title-required.js';
import { wordingRules } from './wording/index.js';


export const allRules: readonly RuleModule[] = [
  asRule(frontMatter),
  asRule(inlineConfig),
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

/** Rules that belong to the engine itself rather than to the style-guide catalogue. */
export const engineRuleIds = ['front-matter', 'inline-config'];

export const rulesById = new Map(allRules.map((r) => [r.id, r]));
