/**
 * colloquial: spoken or dialect words in an official text (咱们、搞定、这事儿、挺好、蛮多…), from
 * rules/data/colloquial.yaml, each with its written replacement (style guide §3.5).
 */
import table from '../../../rules/data/colloquial.yaml';
import { defineRule } from '../../core/rule.js';
import { ruleTable, tableSchema, type EntryOf } from '../lib/data.js';
import { PhraseIndex, phraseFix, wordingSkip } from '../lib/phrases.js';
import { readingText } from '../lib/reading.js';
import { selfReferenceAt } from '../lib/self-reference.js';
import { stringList } from '../lib/options.js';

/** An entry: the spoken form, its written replacement, why, and longer words that contain the form and are fine. */
const schema = tableSchema({ wrong: 'text', right: 'text', note: 'text', unless: 'words?' }, 'wrong');

export type ColloquialEntry = EntryOf<typeof schema.fields>;

export const colloquialEntries: readonly ColloquialEntry[] = ruleTable('colloquial', table, schema).entries;

const index = new PhraseIndex(colloquialEntries);

export const colloquial = defineRule({
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
  check(ctx) {
    const { draft, report, options } = ctx;
    const skip = wordingSkip(ctx);
    const ignore = new Set(stringList(options.ignore));
    const accept = ignore.size ? (e: ColloquialEntry) => !ignore.has(e.wrong) : undefined;
    const text = readingText(draft, ctx.config);
    for (const { start, end, entry } of index.scan(text, draft.proseSegments, accept)) {
      if (skip(start, end)) continue;
      // 咱们县 is a self-reference: self-reference names the place (我们县 would be one still).
      if (selfReferenceAt(text, start)) continue;
      const { wrong, right, note } = entry;
      report({ start, end, messageId: 'colloquial', data: { wrong, right, note }, fix: phraseFix(start, wrong, right, false, 'fixReplace') });
    }
  },
});
