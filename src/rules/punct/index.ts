/** Rules of style guide §3.3: punctuation, GB/T 15834 (issue 5). */
import type { RuleModule } from '../../core/types.js';

export const punctRules: readonly RuleModule[] = [];
