/** Rules of style guide §3.1 form and content rules (issue 4). */
import type { RuleModule } from '../../core/types.js';

export const formRules: readonly RuleModule[] = [];
