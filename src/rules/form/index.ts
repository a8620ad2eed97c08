/** Rules of style guide §3.1: form of the item (issue 4). */
import type { RuleModule } from '../../core/types.js';
import { asRule } from '../util.js';
import { noClosingBoilerplate } from './no-closing-boilerplate.js';
import { noOpeningBoilerplate } from './no-opening-boilerplate.js';
import { noStructureMarkup } from './no-structure-markup.js';
import { placeholder } from './placeholder.js';
import { routingBlock } from './routing-block.js';
import { straightNarrative } from './straight-narrative.js';
import { titleLength } from './title-length.js';
import { titlePunctuation } from './title-punctuation.js';


export const formRules: readonly RuleModule[] = [
  asRule(titleLength),
  asRule(titlePunctuation),
  asRule(noStructureMarkup),
  asRule(noOpeningBoilerplate),
  asRule(noClosingBoilerplate),
  asRule(straightNarrative),
  asRule(routingBlock),
  asRule(placeholder),
];
