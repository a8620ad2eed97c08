import table from '../../../rules/data/number-fixed-terms.yaml';
import { escapeRegExp, isAsciiDigit } from '../../core/text.js';
import { defineRule } from '../../core/rule.js';
import { replaceWith } from '../lib/fix.js';
import { isStringList } from '../lib/options.js';

export interface FixedTerm {
  wrong: string;
  right: string;
  note?: string;
  before?: string[];
  after?: string[];
  /** The entry never fires when the text after `wrong` starts with one of these (14五金店). */
  notAfter?: string[];
}

/** Keep the well-formed entries of a table (bundled or from the `terms` option). */
export function fixedTermsOf(data: unknown): FixedTerm[] {
  if (!Array.isArray(data)) return [];
  const out: FixedTerm[] = [];
  for (const e of data) {
    if (!e || typeof e !== 'object') continue;
    const { wrong, right, note, before, after, notAfter } = e as Record<string, unknown>;
    if (typeof wrong !== 'string' || typeof right !== 'string' || !wrong || wrong === right) continue;
    if (before !== undefined && !isStringList(before)) continue;
    if (after !== undefined && !isStringList(after)) continue;
    if (notAfter !== undefined && !isStringList(notAfter)) continue;
    out.push({ wrong, right, note: typeof note === 'string' ? note : undefined, before, after, notAfter });
  }
  return out;
}

/** One regular expression for a whole table (longest entries first) and the entries by wrong form. */
interface Matcher {
  re: RegExp;
  byWrong: Map<string, FixedTerm[]>;
}

function matcherOf(terms: FixedTerm[]): Matcher {
  const byWrong = new Map<string, FixedTerm[]>();
  for (const t of terms) byWrong.set(t.wrong, [...(byWrong.get(t.wrong) ?? []), t]);
  const alternatives = [...byWrong.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { re: new RegExp(alternatives.join('|'), 'gu'), byWrong };
}

const BUNDLED = fixedTermsOf(table);
const BUNDLED_MATCHER = matcherOf(BUNDLED);

/** The number-fixed-terms rule. */
export const numberFixedTerms = defineRule({
  id: 'number-fixed-terms',
  name: { zh: '固定词语数字', en: 'Numbers in fixed terms' },
  category: 'number',
  severity: 'warning',
  fixable: 'safe',
  description: {
    zh: '固定词语、缩略语和专有名词中的数字用汉字（14五 → 十四五，20大 → 二十大，5四运动 → 五四运动），词表在 rules/data/number-fixed-terms.yaml。',
    en: 'Numbers inside fixed terms, abbreviations and proper names are Chinese numerals (14五 → 十四五, 20大 → 二十大, 5四运动 → 五四运动); the table is rules/data/number-fixed-terms.yaml.',
  },
  messages: {
    fixedTerm: {
      zh: '固定词语中的数字应使用汉字，“{wrong}”应写作“{right}”。',
      en: 'Numbers in fixed terms are written in Chinese numerals: write “{right}” for "{wrong}".',
    },
    fixedTermNote: {
      zh: '固定词语中的数字应使用汉字，“{wrong}”应写作“{right}”（{note}）。',
      en: 'Numbers in fixed terms are written in Chinese numerals: write “{right}” for "{wrong}".',
    },
    fixWrite: { zh: '改为“{right}”', en: 'Write “{right}”' },
  },
  options: {
    terms: {
      type: 'object[]',
      default: [],
      description: {
        zh: '团队补充的固定词语：[{wrong, right, note, before, after, notAfter}]，格式同 rules/data/number-fixed-terms.yaml。',
        en: "The team's own fixed terms: [{wrong, right, note, before, after, notAfter}], in the format of rules/data/number-fixed-terms.yaml.",
      },
    },
  },
  check(ctx) {
    const { text } = ctx.draft;
    const extra = fixedTermsOf(ctx.options.terms);
    const { re, byWrong } = extra.length ? matcherOf([...extra, ...BUNDLED]) : BUNDLED_MATCHER;
    for (const seg of ctx.draft.proseSegments) {
      if (!seg.prose) continue;
      const slice = text.slice(seg.start, seg.end);
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const start = seg.start + m.index;
        const end = start + m[0].length;
        if (ctx.isExcluded(start, end)) continue;
        if (isAsciiDigit(m[0][0]) && /[\d.]/u.test(text[start - 1] ?? '')) continue;
        if (isAsciiDigit(m[0][m[0].length - 1]) && /\d/u.test(text[end] ?? '')) continue;
        const term = byWrong.get(m[0])!.find((t) => {
          if (t.notAfter?.some((a) => text.startsWith(a, end))) return false;
          if (!t.before && !t.after) return true;
          const okBefore = t.before?.some((b) => text.slice(Math.max(seg.start, start - b.length), start) === b) ?? false;
          const okAfter = t.after?.some((a) => text.slice(end, Math.min(seg.end, end + a.length)) === a) ?? false;
          return okBefore || okAfter;
        });
        if (!term) continue;
        const { wrong, right, note } = term;
        ctx.report({
          start,
          end,
          messageId: note ? 'fixedTermNote' : 'fixedTerm',
          data: { wrong, right, note: note ?? '' },
          fix: replaceWith(start, end, right, 'fixWrite', true, { right }),
        });
      }
    }
  },
});
