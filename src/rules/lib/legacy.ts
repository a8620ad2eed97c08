/**
 * The rule modules written before the rule contract (issue 16): the registry holds them by their common shape.
 */
import type { RuleModule } from '../../core/types.js';

/** Rule modules are generic in their options; the registry holds them by their common shape. */
export const asRule = <O extends Record<string, unknown>>(rule: RuleModule<O>) => rule as unknown as RuleModule;
