/**
 * colloquial: spoken or dialect words in an official text (咱们、搞定、这事儿、挺好、蛮多…), from
 * rules/data/colloquial.yaml, each with its written replacement (style guide §3.5).
 */
import table from '../../../rules/data/colloquial.yaml';
import { PhraseIndex, phraseFix, tableOf, wordingSkip } from '../lib/phrases.js';
import { readingText } from '../lib/reading.js';
import { selfReferenceAt } from '../lib/self-reference.js';
import { stringList } from '../lib/options.js';
import type { LegacyRule } from '../lib/legacy.js';

export interface ColloquialEntry {
  wrong: string;
  right: string;
  note: string;
  unless?: string[];
}

export const colloquialEntries: readonly ColloquialEntry[] = tableOf<ColloquialEntry>(table, 'colloquial.yaml', ['wrong', 'right', 'note']);

const index = new PhraseIndex(colloquialEntries);

interface Options extends Record<string, unknown> {
  ignore: string[];
}

export const colloquial: LegacyRule<Options> = {
  id: 'colloquial',
  name: { zh: '口语词', en: 'Colloquial word' },
  category: 'wording',
  severity: 'warning',
  fix: 'confirm',
  description: '口语词：咱们、搞定、这事儿、挺好、蛮多、啥等口语或方言说法，应改为书面语。',
  descriptionEn: 'Colloquial words (咱们, 搞定, 这事儿, 挺好, 蛮多, 啥…): use the written form.',
  defaults: { ignore: [] },
  optionSpecs: { ignore: { type: 'array', description: '不检查的口语写法，如 ["晓得"]' } },
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
      report({
        start,
        end,
        message: `“${entry.wrong}”是口语（${entry.note}），宜改为“${entry.right}”。`,
        messageEn: `"${entry.wrong}" is colloquial; write "${entry.right}".`,
        fixes: [phraseFix(start, entry.wrong, entry.right, false)],
      });
    }
  },
};
