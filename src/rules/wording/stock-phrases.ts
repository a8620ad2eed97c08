/**
 * stock-phrases: 套话 from rules/data/stock-phrases.yaml (style guide §3.5): a hint per phrase, and one warning
 * when they crowd together (more than `density` within `per` characters).
 */
import table from '../../../rules/data/stock-phrases.yaml';
import { defineRule } from '../../core/rule.js';
import { ruleTable, tableSchema, teamTable, type EntryOf } from '../lib/data.js';
import { PhraseIndex, wordingSkip, type PhraseMatch } from '../lib/phrases.js';
import { readingText } from '../lib/reading.js';

/** An entry: the phrase, and what to write instead (optional). A team's `extra` lists phrases alone. */
const schema = tableSchema({ phrase: 'text', hint: 'text?' }, 'phrase');

export type StockPhrase = EntryOf<typeof schema.fields>;

export const stockPhraseEntries: readonly StockPhrase[] = ruleTable('stock-phrases', table, schema).entries;

interface Entry {
  wrong: string;
  hint?: string;
}

const entryOf = (e: StockPhrase): Entry => ({ wrong: e.phrase, hint: e.hint });
const builtIn: Entry[] = stockPhraseEntries.map(entryOf);
const builtInIndex = new PhraseIndex(builtIn);
const teamIndexes = new WeakMap<readonly StockPhrase[], PhraseIndex<Entry>>();

export const stockPhrases = defineRule({
  id: 'stock-phrases',
  category: 'wording',
  severity: 'info',
  name: { zh: '套话', en: 'Stock phrase' },
  description: {
    zh: '套话：高度重视、精心组织、狠抓落实、再上新台阶、取得显著成效等逐条提示；每 500 字超过 3 处时给出一条警告。',
    en: 'Stock phrases (高度重视, 狠抓落实, 再上新台阶…): a hint for each, and a warning when more than 3 fall within 500 characters.',
  },
  messages: {
    hinted: { zh: '“{phrase}”是套话，宜改为{hint}。', en: '"{phrase}" is a stock phrase; say concretely what was done, with figures.' },
    plain: { zh: '“{phrase}”是套话，宜改为具体做法和数据。', en: '"{phrase}" is a stock phrase; say concretely what was done, with figures.' },
    teamTable: { zh: '{problem}', en: '{problem}' },
    tooMany: {
      zh: '套话过多：{per}字内有{count}处（超过{density}处），请删去空话，改写成具体做法和数据。',
      en: 'Too many stock phrases: {count} within {per} characters (more than {density}); replace them with concrete facts and figures.',
    },
  },
  options: {
    density: {
      type: 'number',
      default: 3,
      description: {
        zh: '密度上限：在 per 个字符内超过这么多处套话时警告',
        en: 'Density limit: warn when more stock phrases than this fall within `per` characters',
      },
    },
    per: { type: 'number', default: 500, description: { zh: '计算密度的字符数', en: 'The window (characters) the density is counted in' } },
    extra: { type: 'string[]', default: [], description: { zh: '团队补充的套话', en: "The team's own stock phrases, added to the built-in table" } },
  },
  check(ctx) {
    const { draft, report, options } = ctx;
    const skip = wordingSkip(ctx);
    const extra = teamTable('stock-phrases', 'extra', options.extra, schema);
    for (const p of extra.problems) report({ start: 0, end: 0, severity: 'warning', messageId: 'teamTable', data: { problem: { zh: p.message, en: p.messageEn } } });
    let index = builtInIndex;
    if (extra.entries.length) {
      index = teamIndexes.get(extra.entries) ?? new PhraseIndex<Entry>([...builtIn, ...extra.entries.map(entryOf)]);
      teamIndexes.set(extra.entries, index);
    }
    const found: PhraseMatch<Entry>[] = [];
    for (const m of index.scan(readingText(draft, ctx.config), draft.proseSegments)) {
      if (skip(m.start, m.end)) continue;
      found.push(m);
      const { wrong: phrase, hint } = m.entry;
      report({ start: m.start, end: m.end, ...(hint ? { messageId: 'hinted', data: { phrase, hint } } : { messageId: 'plain', data: { phrase } }) });
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
        report({ start: found[i]!.start, end: found[j]!.end, severity: 'warning', messageId: 'tooMany', data: { per, count, density } });
        return;
      }
    }
  },
});
