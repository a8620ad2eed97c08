/**
 * Regular expressions a team writes in `.xinxirc` (`terms.forbidden` with `regex: true`) run on RE2 (re2js, a pure
 * JavaScript port of Google's RE2): matching takes time linear in the text whatever the pattern, so a pattern from a
 * shared repository can never stall a lint — `(a|a)*b`, `(\w|\d)+$` and `(?:[一-龥]|[会议])+X`, which backtrack for
 * seconds in JavaScript's engine on 30 characters, run in microseconds. What RE2 leaves out (lookaround,
 * back-references) is refused with a message when the config is read.
 */
import { RE2JS } from 're2js';

export interface TeamMatch {
  start: number;
  end: number;
  /** The matched text, its numbered groups ([0] is the whole match), and the named ones. */
  groups: (string | undefined)[];
  named: Record<string, string | undefined>;
}

export interface TeamPattern {
  /** Every non-empty match in `text`, left to right (offsets are UTF-16 indices into it). */
  matches(text: string): TeamMatch[];
  /** Whether the pattern matches somewhere in `text`. */
  test(text: string): boolean;
  /** Whether the pattern can match the empty string (such a pattern is refused). */
  matchesEmpty: boolean;
}

/** JavaScript spellings RE2 writes otherwise: \p{Script=Han} / \p{sc=Han} → \p{Han}. */
function toRe2Syntax(pattern: string): string {
  return pattern.replace(/\\([pP])\{(?:Script|sc|Script_Extensions|scx)=([A-Za-z_]+)\}/g, '\\$1{$2}');
}

const cache = new Map<string, TeamPattern | { error: string }>();

/** Compile a team pattern, or say why it cannot run (its syntax, or a construct RE2 does not have). */
export function compileTeamPattern(pattern: string): TeamPattern | { error: string } {
  let compiled = cache.get(pattern);
  if (compiled) return compiled;
  try {
    const re = RE2JS.compile(toRe2Syntax(pattern));
    const names = Object.keys(re.namedGroups());
    compiled = {
      matchesEmpty: re.matcher('').find(),
      test: (text: string) => re.matcher(text).find(),
      matches(text: string): TeamMatch[] {
        const out: TeamMatch[] = [];
        const m = re.matcher(text);
        while (m.find()) {
          if (m.end() === m.start()) continue;
          const groups: (string | undefined)[] = [];
          for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? undefined);
          const named: Record<string, string | undefined> = {};
          for (const name of names) named[name] = m.group(name) ?? undefined;
          out.push({ start: m.start(), end: m.end(), groups, named });
        }
        return out;
      },
    };
  } catch (error) {
    compiled = { error: error instanceof Error ? error.message : String(error) };
  }
  if (cache.size > 500) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}
