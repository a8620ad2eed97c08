/**
 * The table of confusable-words (rules/data/confusable-words.yaml, style guide §3.5), loaded once through data.ts.
 * Here rather than in the rule's module because two rules read it: confusable-words reports its entries, and typo
 * stays off the wrong forms it names while confusable-words runs (two rules never report one slip).
 */
import table from '../../../rules/data/confusable-words.yaml';
import { ruleTable, tableSchema } from './data.js';

/**
 * An entry: the wrong form and the right one; its type (typo: always wrong, safe fix; confusable: wrong in most
 * contexts, fix after a glance); the note shown in the message; where it applies; longer words that are fine.
 */
export const confusableTable = ruleTable(
  'confusable-words',
  table,
  tableSchema(
    { wrong: 'text', right: 'text', type: ['typo', 'confusable'], note: 'text', context: 'text?', unless: 'words?', next: 'words?', after: 'words?', prev: 'words?', before: 'words?', gap: 'number?', head: 'boolean?', split: 'boolean?' },
    'wrong',
  ),
);
