/**
 * confusable-words: misspelt words (别字) and confused words (易混词) from the table in
 * rules/data/confusable-words.yaml (style guide §3.5), loaded in src/rules/lib/confusables.ts (typo reads it too).
 * 的/地/得 is the rule de-di-de.
 */
import { confusableTable } from '../lib/confusables.js';
import { stringList } from '../lib/options.js';
import { collocated } from '../lib/collocation.js';
import { phraseRule } from '../lib/phrase-rule.js';

export const confusableWords = phraseRule({
  id: 'confusable-words',
  category: 'wording',
  severity: 'warning',
  fixable: 'mixed',
  name: { zh: '错别字', en: 'Misspelt word' },
  description: {
    zh: '错别字和易混词：按词表查出常见别字（迫不急待、按装、签定……）和易混词（截止目前、其它……），以及按搭配判断的易混词（做出……批示、反应……诉求、登陆……平台、文化品味……）。',
    en: 'Misspelt and confused words from the built-in table (迫不急待, 按装, 截止目前, 其它…), and words confused in a collocation (做出…批示, 反应…诉求, 登陆…平台).',
  },
  messages: {
    typo: { zh: '“{wrong}”是错别字，应为“{right}”（{note}）。', en: '"{wrong}" is a misspelling of "{right}".' },
    confusable: { zh: '“{wrong}”一般应为“{right}”（{note}），请确认后修改。', en: '"{wrong}" should usually be "{right}"; check and change it.' },
    fixReplace: { zh: '改为“{right}”', en: 'Change to "{right}"' },
  },
  options: {
    ignore: {
      type: 'string[]',
      default: [],
      description: { zh: '不检查的错误写法（词表中的 wrong），如 ["其它"]', en: 'Wrong forms of the table not to check, e.g. ["其它"]' },
    },
  },
  table: confusableTable,
  phrases: ({ wrong, right, type, note, unless }) => ({
    wrong,
    unless,
    messageId: type,
    data: { wrong, right, note },
    fix: { right, messageId: 'fixReplace', safe: type === 'typo' },
  }),
  ignored: (options) => stringList(options.ignore),
  // A collocation entry (做出 … 批示, 反应 … 诉求, 文化品味) is a fault only where its words stand around it.
  skip: ({ start, end, entry }, text) => !collocated(text, start, end, entry),
});
