/**
 * stock-phrases: 套话 from rules/data/stock-phrases.yaml (style guide §3.5): a hint per phrase, and one warning
 * when they crowd together (more than `density` within `per` characters).
 */
import table from '../../../rules/data/stock-phrases.yaml';
import { PhraseIndex, tableOf, wordingSkip, type PhraseMatch } from '../lib/phrases.js';
import { stringList } from '../lib/options.js';
import { readingText } from '../lib/reading.js';
import type { LegacyRule } from '../lib/legacy.js';

export interface StockPhrase {
  phrase: string;
  hint?: string;
}

export const stockPhraseEntries: readonly StockPhrase[] = tableOf<StockPhrase>(table, 'stock-phrases.yaml', ['phrase']);

interface Entry {
  wrong: string;
  hint?: string;
}

const builtIn: Entry[] = stockPhraseEntries.map((e) => ({ wrong: e.phrase, hint: e.hint }));
const builtInIndex = new PhraseIndex(builtIn);

interface Options extends Record<string, unknown> {
  density: number;
  per: number;
  extra: string[];
}

export const stockPhrases: LegacyRule<Options> = {
  id: 'stock-phrases',
  name: { zh: '套话', en: 'Stock phrase' },
  category: 'wording',
  severity: 'info',
  fix: 'none',
  description: '套话：高度重视、精心组织、狠抓落实、再上新台阶、取得显著成效等逐条提示；每 500 字超过 3 处时给出一条警告。',
  descriptionEn: 'Stock phrases (高度重视, 狠抓落实, 再上新台阶…): a hint for each, and a warning when more than 3 fall within 500 characters.',
  defaults: { density: 3, per: 500, extra: [] },
  optionSpecs: {
    density: { type: 'number', description: '密度上限：在 per 个字符内超过这么多处套话时警告' },
    per: { type: 'number', description: '计算密度的字符数' },
    extra: { type: 'array', description: '团队补充的套话' },
  },
  check(ctx) {
    const { draft, report, options } = ctx;
    const skip = wordingSkip(ctx);
    const extra = stringList(options.extra);
    const index = extra.length ? new PhraseIndex<Entry>([...builtIn, ...extra.map((wrong): Entry => ({ wrong }))]) : builtInIndex;
    const found: PhraseMatch<Entry>[] = [];
    for (const m of index.scan(readingText(draft, ctx.config), draft.proseSegments)) {
      if (skip(m.start, m.end)) continue;
      found.push(m);
      report({
        start: m.start,
        end: m.end,
        message: `“${m.entry.wrong}”是套话，${m.entry.hint ? `宜改为${m.entry.hint}` : '宜改为具体做法和数据'}。`,
        messageEn: `"${m.entry.wrong}" is a stock phrase; say concretely what was done, with figures.`,
      });
    }
    const density = options.density;
    const per = options.per;
    if (!(density >= 0) || !(per > 0)) return;
    // Sliding window over the phrases' offsets: the first window holding more than `density` of them.
    for (let i = 0, j = 0; i < found.length; i++) {
      if (j < i) j = i;
      while (j + 1 < found.length && found[j + 1]!.start - found[i]!.start < per) j++;
      const count = j - i + 1;
      if (count > density) {
        report({
          start: found[i]!.start,
          end: found[j]!.end,
          severity: 'warning',
          message: `套话过多：${per}字内有${count}处（超过${density}处），请删去空话，改写成具体做法和数据。`,
          messageEn: `Too many stock phrases: ${count} within ${per} characters (more than ${density}); replace them with concrete facts and figures.`,
        });
        return;
      }
    }
  },
};
