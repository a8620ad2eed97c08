/**
 * team-terms: the team's own word lists from `.xinxirc` `terms` (style guide §3.5).
 *
 * - `forbidden: [{wrong, right?, note?, regex?}]`: each match is reported; with `right`, a plain string gets a
 *   safe fix where it stands as written, and a fix to confirm where it stands in another form (broken by a soft line
 *   break or a space, another letter case, full-width letters, traditional characters: src/rules/lib/term-forms.ts;
 *   letters at a term's ends match at word boundaries only), and a regular expression a fix to confirm (`$1`, `$<name>`, `$&` are substituted). Patterns run on RE2
 *   (src/core/team-pattern.ts), in time linear in the text whatever the pattern: a repository's pattern can never
 *   stall a lint. They are checked when the config is read (src/core/config.ts `checkTermPattern`).
 * - `accepted: [..]`: the team's accepted wording; other wording rules stay silent on it (shared.ts `teamSpans`).
 */
import { checkTermPattern } from '../../core/config.js';
import { defineRule } from '../../core/rule.js';
import { compileTeamPattern, type TeamMatch, type TeamPattern } from '../../core/team-pattern.js';
import type { TeamTerm } from '../../core/types.js';
import { coveredByLonger, minimalEdit } from '../lib/phrases.js';
import { readingText } from '../lib/reading.js';
import { termForms } from '../lib/term-forms.js';

interface Compiled {
  term: TeamTerm;
  re?: TeamPattern;
}

const compiledCache = new WeakMap<readonly TeamTerm[], Compiled[]>();

function compile(terms: readonly TeamTerm[]): Compiled[] {
  const cached = compiledCache.get(terms);
  if (cached) return cached;
  const out: Compiled[] = [];
  for (const term of terms) {
    // Config validation already refused bad patterns; callers that build a config by hand get the same check.
    if (checkTermPattern(term.wrong, term.regex === true)) continue;
    const re = term.regex ? compileTeamPattern(term.wrong) : undefined;
    if (re && 'error' in re) continue;
    out.push({ term, re });
  }
  compiledCache.set(terms, out);
  return out;
}

/** `$1`, `$<name>`, `$&` and `$$` in a replacement, as String.prototype.replace reads them. */
export function substitute(replacement: string, match: Pick<TeamMatch, 'groups' | 'named'>): string {
  return replacement.replace(/\$(\$|&|\d{1,2}|<([^>]+)>)/g, (all, token: string, name?: string) => {
    if (token === '$') return '$';
    if (token === '&') return match.groups[0] ?? '';
    if (name !== undefined) return match.named[name] ?? '';
    const n = Number(token);
    return n > 0 && n < match.groups.length ? (match.groups[n] ?? '') : all;
  });
}

export const teamTerms = defineRule({
  id: 'team-terms',
  category: 'wording',
  severity: 'warning',
  fixable: 'mixed',
  name: { zh: '团队词表', en: 'Team terms' },
  description: {
    zh: '团队词表：按配置文件 terms.forbidden 检查团队规定不用的说法并给出推荐写法；terms.accepted 中的认可用语不受其他用词规则提示。',
    en: "The team's own word lists (.xinxirc terms): forbidden wording with its preferred form; accepted terms silence the other wording rules.",
  },
  messages: {
    prefer: { zh: '按团队词表，“{found}”应改为“{right}”{note}。', en: 'The team\'s word list prefers "{right}" to "{found}".' },
    forbidden: { zh: '按团队词表，不用“{found}”{note}。', en: 'The team\'s word list rules out "{found}".' },
    fixReplace: { zh: '改为“{right}”', en: 'Change to "{right}"' },
  },
  check({ draft, config, report, isExcluded, isQuoted }) {
    const terms = config.terms.forbidden;
    if (!terms.length) return;
    const { text } = draft;
    const reading = readingText(draft, config);
    const skip = (s: number, e: number) => isExcluded(s, e) || isQuoted(s, e);
    for (const { term, re } of compile(terms)) {
      // The team's note, in brackets after the message (empty without one).
      const note = term.note ? `（${term.note}）` : '';
      /** The report of `found` at [start, end): with a fix (`safe` or to confirm) when there is a preferred form. */
      const reportFound = (start: number, end: number, found: string, right: string | undefined, safe: boolean) =>
        report({
          start,
          end,
          ...(right !== undefined ? { messageId: 'prefer', data: { found, right, note } } : { messageId: 'forbidden', data: { found, note } }),
          fixes: right !== undefined ? [{ messageId: 'fixReplace', data: { right }, safe, edits: [minimalEdit(start, found, right)] }] : [],
        });
      for (const seg of draft.proseSegments) {
        if (!seg.prose) continue;
        if (!re) {
          for (const { start: k, end, exact } of termForms(reading, text, seg.start, seg.end, term.wrong)) {
            if (skip(k, end)) continue;
            // A preferred form that contains the forbidden one (wrong 政府 → right 人民政府) is not a match.
            if (term.right && term.right.includes(term.wrong) && coveredByLonger(reading, k, term.wrong, [term.right])) continue;
            // An empty preferred form ("right": "") says only that the wording is out (no fix), as before the contract.
            // Another form of the term (贫困⏎户, App, 貧困戶) is shown without its white space; its fix is to confirm.
            const found = exact ? term.wrong : text.slice(k, end).replace(/[\s\u3000]+/gu, '');
            if (exact) reportFound(k, end, found, term.right || undefined, true);
            else
              report({
                start: k,
                end,
                ...(term.right ? { messageId: 'prefer', data: { found, right: term.right, note } } : { messageId: 'forbidden', data: { found, note } }),
                fixes: term.right ? [{ messageId: 'fixReplace', data: { right: term.right }, safe: false, edits: [{ start: k, end, text: term.right }] }] : [],
              });
          }
          continue;
        }
        for (const m of re.matches(text.slice(seg.start, seg.end))) {
          const found = m.groups[0] ?? '';
          const start = seg.start + m.start;
          const end = seg.start + m.end;
          if (skip(start, end)) continue;
          const replacement = term.right !== undefined ? substitute(term.right, m) : undefined;
          if (replacement === found) continue;
          reportFound(start, end, found, replacement, false);
        }
      }
    }
  },
});
