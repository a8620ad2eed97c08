/**
 * stock-phrases: 套话 from rules/data/stock-phrases.yaml (style guide §3.5): a hint per phrase, and one warning
 * when they crowd together (more than `density` within `per` characters). Teams add phrases with `extra`.
 */
import table from '../../../rules/data/stock-phrases.yaml';
import { ruleTable, tableSchema } from '../lib/data.js';
import { phraseRule } from '../lib/phrase-rule.js';

/** An entry: the phrase, and what to write instead (optional). A team's `extra` lists phrases alone. */
export const stockPhraseTable = ruleTable('stock-phrases', table, tableSchema({ phrase: 'text', hint: 'text?' }, 'phrase'));

export const stockPhrases = phraseRule({
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
  table: stockPhraseTable,
  phrases: ({ phrase, hint }) => ({ wrong: phrase, messageId: hint ? 'hinted' : 'plain', data: { phrase, hint } }),
  team: { option: 'extra', messageId: 'teamTable' },
  after({ options, report }, found) {
    const { density, per } = options;
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
