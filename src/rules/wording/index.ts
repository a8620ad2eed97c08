/** Rules of style guide §3.5 wording (issue 5). */
import type { RuleModule } from '../../core/types.js';

export const wordingRules: readonly RuleModule[] = [];
