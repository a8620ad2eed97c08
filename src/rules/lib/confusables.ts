/**
 * The table of confusable-words (rules/data/confusable-words.yaml, style guide §3.5), loaded once through data.ts.
 * Here rather than in the rule's module because two rules read it: confusable-words reports its entries, and typo
 * stays off the wrong forms it names while confusable-words runs (two rules never report one slip).
 *
 * The file holds two fields: `entries`, the table of phrases, and `grammar`, the word classes the rule's grammar of a
 * few pairs reads (必须/必需, 渡过/度过, 竖立/树立, 起用/启用, 既使/即使), so that a team extends them as it extends the table.
 */
import table from '../../../rules/data/confusable-words.yaml';
import { dataFile, listField, recordField, ruleRecord, tableSchema, type Table } from './data.js';

/**
 * An entry: the wrong form and the right one; its type (typo: always wrong, safe fix; confusable: wrong in most
 * contexts, fix after a glance); the note shown in the message; where it applies; longer words that are fine.
 */
const schema = tableSchema(
  { wrong: 'text', right: 'text', type: ['typo', 'confusable'], note: 'text', context: 'text?', unless: 'words?', next: 'words?', after: 'words?', prev: 'words?', before: 'words?', count: 'words?', gap: 'number?', head: 'boolean?', split: 'boolean?', noun: 'boolean?' },
  'wrong',
);

const record = ruleRecord('confusable-words', table, {
  entries: listField(schema),
  grammar: recordField({
    mustNotHead: 'words',
    timeWordEnds: 'words',
    timeMeasures: 'words',
    crossedWords: 'words',
    crossedEnds: 'words',
    abstractWords: 'words',
    abstractEnds: 'words',
    uprightWords: 'words',
    personEnds: 'words',
    placeEnds: 'words',
    thingEnds: 'words',
    passiveMarks: 'words',
    concessiveNext: 'words',
    situationDomains: 'words',
    situationBefore: 'words',
    regulationEnds: 'words',
    situationPredicates: 'words',
    situationAdverbs: 'words',
    rightsModifiers: 'words',
    rightsVerbs: 'words',
    powerBefore: 'words',
    powerAfter: 'words',
    enforcementAdverbs: 'words',
    enforcementAtEnd: 'words',
    landfallSubjects: 'words',
    landfallBefore: 'words',
    landfallBetween: 'words',
    reportAdverbs: 'words',
    reporters: 'words',
    reactionAfter: 'words',
    reactionBefore: 'words',
    reflectedObjects: 'words',
    faultMarks: 'words',
    badResults: 'words',
    adverseCauses: 'words',
    informationEnds: 'words',
    closingThings: 'words',
    procuratorate: 'words',
    inspectionHeads: 'words',
    inspectionBefore: 'words',
    deployBefore: 'words',
    deployObjectEnds: 'words',
    deployPivots: 'words',
    affiliatedNext: 'words',
    mediationCues: 'words',
    mediationAfter: 'words',
    regulators: 'words',
    journeyVerbs: 'words',
    testedWords: 'words',
  }),
});

/** The table of phrases (the field `entries`), as a list table: the entries that pass, and the problems of the file. */
export const confusableTable: Table<typeof schema.fields> = {
  id: 'confusable-words',
  file: dataFile('confusable-words'),
  schema,
  entries: record.value.entries,
  problems: record.problems,
};

/** The word classes of the rule's grammar (the field `grammar`). */
export const confusableGrammar = record.value.grammar;

/**
 * The collocation entries confusable-words also reads by their sentence, not only by the table's words around them
 * (反应 telling something, 以至 before an unwanted result, 既将 before a verb …), as `wrong→right`. Here because typo
 * reads it too: it stays off such an entry wherever it stands (that rule may report it by its sentence), and off any
 * other collocation entry only where the collocation holds (elsewhere the stretch is typo's: 调拔折叠床200张).
 */
export const SENTENCE_READ = ['反应→反映', '以至→以致', '既将→即将', '泄漏→泄露', '检察→检查', '调节→调解', '考查→考察'] as const;
export type SentenceRead = (typeof SENTENCE_READ)[number];
const SENTENCE_READ_SET: ReadonlySet<string> = new Set(SENTENCE_READ);

/** Whether confusable-words reads the entry by its sentence (SENTENCE_READ). */
export function sentenceRead(entry: { readonly wrong: string; readonly right: string }): boolean {
  return SENTENCE_READ_SET.has(`${entry.wrong}→${entry.right}`);
}
