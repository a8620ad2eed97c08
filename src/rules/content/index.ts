/** Rules of style guide §3.1: content of the item (issue 4). */
import type { RuleModule } from '../../core/types.js';

export const contentRules: readonly RuleModule[] = [];
