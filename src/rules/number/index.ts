/** Rules of style guide §3.4: numbers, GB/T 15835 (issue 5). */
import type { RuleModule } from '../../core/types.js';

export const numberRules: readonly RuleModule[] = [];
