/**
 * confusable-words: misspelt words (别字) and confused words (易混词) from the table in
 * rules/data/confusable-words.yaml (style guide §3.5). 的/地/得 is the rule de-di-de.
 */
import table from '../../../rules/data/confusable-words.yaml';
import { defineRule } from '../../core/rule.js';
import { ruleTable, tableSchema, type EntryOf } from '../lib/data.js';
import { PhraseIndex, phraseFix, wordingSkip } from '../lib/phrases.js';
import { stringList } from '../lib/options.js';
import { readingText } from '../lib/reading.js';

/**
 * An entry: the wrong form and the right one; its type (typo: always wrong, safe fix; confusable: wrong in most
 * contexts, fix after a glance); the note shown in the message; where it applies; longer words that are fine.
 */
const schema = tableSchema(
  { wrong: 'text', right: 'text', type: ['typo', 'confusable'], note: 'text', context: 'text?', unless: 'words?' },
  'wrong',
);

export type ConfusableEntry = EntryOf<typeof schema.fields>;

export const confusableEntries: readonly ConfusableEntry[] = ruleTable('confusable-words', table, schema).entries;

/** Built once at load: first character → entries, longest first. */
const index = new PhraseIndex(confusableEntries);

export const confusableWords = defineRule({
  id: 'confusable-words',
  category: 'wording',
  severity: 'warning',
  fixable: 'mixed',
  name: { zh: '错别字', en: 'Misspelt word' },
  description: {
    zh: '错别字和易混词：按词表查出常见别字（迫不急待、按装、签定……）和易混词（截止目前、其它、做出决定……）。',
    en: 'Misspelt and confused words from the built-in table (迫不急待, 按装, 截止目前, 其它…).',
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
  check(ctx) {
    const { draft, report, options } = ctx;
    const text = readingText(draft, ctx.config);
    const skip = wordingSkip(ctx);
    const ignore = new Set(stringList(options.ignore));
    const accept = ignore.size ? (e: ConfusableEntry) => !ignore.has(e.wrong) : undefined;
    for (const { start, end, entry } of index.scan(text, draft.proseSegments, accept)) {
      if (skip(start, end)) continue;
      const typo = entry.type === 'typo';
      const { wrong, right, note } = entry;
      report({
        start,
        end,
        messageId: typo ? 'typo' : 'confusable',
        data: { wrong, right, note },
        fix: phraseFix(start, wrong, right, typo, 'fixReplace'),
      });
    }
  },
});
