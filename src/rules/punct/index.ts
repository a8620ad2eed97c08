/** Rules of style guide §3.3 punctuation and §3.4 numbers (issue 5). */
import type { RuleModule } from '../../core/types.js';

export const punctRules: readonly RuleModule[] = [];
