/**
 * The transition to the rule contract (issue 16): the shape rule modules had before `defineRule` (src/core/rule.ts).
 * A module still in this shape exports a `LegacyRule`; src/rules/index.ts registers it through its one adapter. When
 * every category is converted, this file and the adapter go.
 *
 * Differences from the contract: messages are written inline at each report (`message`, `messageEn`), fixes carry
 * their titles (`title`, `titleEn`), the options are `defaults` with `optionSpecs` beside them, the fixes are declared
 * as `fix` ('none' for none), the description is two fields.
 */
import type { Bilingual, Emitted, RuleCategory, RuleEnvironment } from '../../core/rule.js';
import type { Kind, RuleOptions, SeverityOrOff } from '../../core/types.js';

/** A report: the texts written out, fixes with their titles. */
export type LegacyReport = Emitted;

export interface LegacyContext<O extends RuleOptions = RuleOptions> extends Omit<RuleEnvironment, 'options'> {
  options: O;
  report(input: LegacyReport): void;
}

/** One option's type and description ('array': a list of words; 'object[]': a list of entries). */
export interface LegacyOptionSpec {
  type: 'number' | 'string' | 'boolean' | 'object' | 'array' | 'object[]';
  description: string;
}

export interface LegacyRule<O extends RuleOptions = RuleOptions> {
  id: string;
  category: RuleCategory;
  /** Default severity. */
  severity: SeverityOrOff;
  /** Catalogue fix column: safe (Y), confirm (Q), none (N), mixed. */
  fix: 'safe' | 'confirm' | 'none' | 'mixed';
  /** What a writer calls the fault (全角标点) and its English name. */
  name: Bilingual;
  /** One-line Chinese description (for docs, hover and the README table). */
  description: string;
  descriptionEn: string;
  defaults: O;
  optionSpecs?: Record<string, LegacyOptionSpec>;
  /** When set, the rule runs only for drafts of these kinds. */
  appliesTo?: readonly Kind[];
  /** Per-kind defaults (severity and/or options), before user config. */
  kinds?: Partial<Record<Kind, { severity?: SeverityOrOff; options?: Partial<O> }>>;
  budget?(options: O): number | undefined;
  check(ctx: LegacyContext<O>): void;
}
