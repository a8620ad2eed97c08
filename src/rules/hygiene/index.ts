/** 文字清理 hygiene: what pasting and typing leave in the text (style guide §3.2), in the order of the README table. */
import type { Rule } from '../../core/rule.js';
import { invisibleChars } from './invisible-chars.js';
import { pasteResidue } from './paste-residue.js';
import { repeatedChar } from './repeated-char.js';
import { scriptMix } from './script-mix.js';

export const hygieneRules: readonly Rule[] = [
  pasteResidue,
  scriptMix,
  repeatedChar,
  invisibleChars,
];
