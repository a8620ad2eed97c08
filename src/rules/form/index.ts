/** Rules of style guide §3.1: form of the item (issue 4). */
import type { RuleModule } from '../../core/types.js';

export const formRules: readonly RuleModule[] = [];
