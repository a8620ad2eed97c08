/** Rules of style guide §3.1 emergency rules and §3.2 text hygiene (issue 4). */
import type { RuleModule } from '../../core/types.js';

export const hygieneRules: readonly RuleModule[] = [];
