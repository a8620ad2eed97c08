/** 形式 form: the shape of the item (style guide §3.1), in the order of the README table. */
import type { Rule } from '../../core/rule.js';
import { bodyLength } from './body-length.js';
import { noAttachment } from './no-attachment.js';
import { noClosingBoilerplate } from './no-closing-boilerplate.js';
import { noOpeningBoilerplate } from './no-opening-boilerplate.js';
import { noStructureMarkup } from './no-structure-markup.js';
import { placeholder } from './placeholder.js';
import { routingBlock } from './routing-block.js';
import { singleParagraph } from './single-paragraph.js';
import { straightNarrative } from './straight-narrative.js';
import { titleLength } from './title-length.js';
import { titlePunctuation } from './title-punctuation.js';
import { titleRequired } from './title-required.js';

export const formRules: readonly Rule[] = [
  titleRequired,
  singleParagraph,
  noAttachment,
  bodyLength,
  titleLength,
  titlePunctuation,
  noStructureMarkup,
  noOpeningBoilerplate,
  noClosingBoilerplate,
  straightNarrative,
  routingBlock,
  placeholder,
];
