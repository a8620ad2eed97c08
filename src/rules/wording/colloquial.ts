/**
 * colloquial: spoken or dialect words in an official text (咱们、搞定、这事儿、挺好、蛮多…), from
 * rules/data/colloquial.yaml, each with its written replacement (style guide §3.5).
 */
import table from '../../../rules/data/colloquial.yaml';
import { ruleTable, tableSchema } from '../lib/data.js';
import { stringList } from '../lib/options.js';
import { phraseRule } from '../lib/phrase-rule.js';
import { selfReferenceAt } from '../lib/self-reference.js';

/** An entry: the spoken form, its written replacement, why, and longer words that contain the form and are fine. */
export const colloquialTable = ruleTable('colloquial', table, tableSchema({ wrong: 'text', right: 'text', note: 'text', unless: 'words?' }, 'wrong'));

export const colloquial = phraseRule({
  id: 'colloquial',
  category: 'wording',
  severity: 'warning',
  fixable: 'confirm',
  name: { zh: '口语词', en: 'Colloquial word' },
  description: {
    zh: '口语词：咱们、搞定、这事儿、挺好、蛮多、啥等口语或方言说法，应改为书面语。',
    en: 'Colloquial words (咱们, 搞定, 这事儿, 挺好, 蛮多, 啥…): use the written form.',
  },
  messages: {
    colloquial: { zh: '“{wrong}”是口语（{note}），宜改为“{right}”。', en: '"{wrong}" is colloquial; write "{right}".' },
    fixReplace: { zh: '改为“{right}”', en: 'Change to "{right}"' },
  },
  options: {
    ignore: {
      type: 'string[]',
      default: [],
      description: { zh: '不检查的口语写法，如 ["晓得"]', en: 'Colloquial forms not to check (the wrong forms of the table), e.g. ["晓得"]' },
    },
  },
  table: colloquialTable,
  phrases: ({ wrong, right, note, unless }) => ({
    wrong,
    unless,
    messageId: 'colloquial',
    data: { wrong, right, note },
    fix: { right, messageId: 'fixReplace', safe: false },
  }),
  ignored: (options) => stringList(options.ignore),
  // 咱们县 is a self-reference: self-reference names the place (我们县 would be one still).
  skip: (hit, text) => selfReferenceAt(text, hit.start),
});
