/**
 * Regular expressions a team writes in a rule's options (`.xinxirc`): they run on the linear-time engine of the team
 * terms (src/core/team-pattern.ts, RE2), so a pattern from a shared repository can never stall a lint. A pattern the
 * engine refuses is said why, for the rule to tell the writer (a clear message, never a crash).
 */
import { compileTeamPattern, type TeamPattern } from '../../core/team-pattern.js';

/** Why a configured pattern cannot run. */
export type ConfigPatternProblem =
  /** Lookaround ((?=…), (?<=…)) or a back-reference (\1, \k<name>): constructs the linear-time engine does not have. */
  | { problem: 'unsupported' }
  /** Not a regular expression (unbalanced brackets, a bad escape…); `error` is the engine's own words (English). */
  | { problem: 'invalid'; error: string }
  /** It matches the empty string, so it would match every text. */
  | { problem: 'empty' };

/** Compile a configured pattern on the linear-time engine, or say why it cannot run. */
export function compileConfigPattern(source: string): { pattern: TeamPattern } | ConfigPatternProblem {
  const compiled = compileTeamPattern(source);
  if ('error' in compiled) {
    return /\(\?<[=!]|\(\?[=!]|\\[1-9]|\\k</u.test(source) ? { problem: 'unsupported' } : { problem: 'invalid', error: compiled.error };
  }
  if (compiled.matchesEmpty) return { problem: 'empty' };
  return { pattern: compiled };
}
