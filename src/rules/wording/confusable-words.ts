/**
 * confusable-words: misspelt words (别字) and confused words (易混词) from the table in
 * rules/data/confusable-words.yaml (style guide §3.5), loaded in src/rules/lib/confusables.ts (typo reads it too).
 * 的/地/得 is the rule de-di-de.
 *
 * Beyond the table's phrases, the grammar of two confusions (blind set 3):
 * - 必须 (an adverb: 一定要) used as the attribute 必需 (不可缺少的): 必须 + 的 + a noun (取暖所必须的物资、教学必须的设备),
 *   or 必须 + a noun after 的 or 等 (30天用量的必须药品、被褥等必须物资); not 是必须的, 必须的话, nor 必须 before a verb;
 * - an entry marked `split` (给与) may be two words: 给 on a verb before it and 与 opening a relative clause (交给|与老人同住的
 *   子女、发放给|与企业签订劳动合同的脱贫劳动力) is no slip.
 */
import type { Token } from '../../core/lexicon/index.js';
import { confusableTable } from '../lib/confusables.js';
import { stringList } from '../lib/options.js';
import { collocated } from '../lib/collocation.js';
import { phraseRule, type GrammarHit } from '../lib/phrase-rule.js';
import { wordsAround, type WordsContext } from '../lib/register.js';
import { matchProse } from '../lib/scan.js';

type Entry = (typeof confusableTable.entries)[number];
type Id = 'typo' | 'confusable' | 'fixReplace';

const MUST_NOTE = '必需：不可缺少的（作定语）；必须：一定要（副词）';
/** Nouns after 必须的 that keep it a modal (必须的话: if need be). */
const MUST_NOT_HEAD = new Set(['话']);

/** 必须 + 的 + a noun: the attribute 必需. */
function mustAsAttribute(ctx: WordsContext, text: string): GrammarHit<Id, Entry>[] {
  const out: GrammarHit<Id, Entry>[] = [];
  for (const { start } of matchProse(text, ctx.draft.proseSegments, /必须/gu)) {
    const { tokens, index } = wordsAround(ctx.lexicon, text, start, start + 2);
    const must = tokens[index];
    if (must?.value !== '必须') continue;
    const next = tokens[index + 1];
    // 必须的 + noun, or 的/等 + 必须 + noun: an attribute.
    // After 的 the noun must be a plain word of supplies, not a verb jieba tags vn (参训的必须考核合格) nor a lexicalised
    // verb phrase of four characters it tags n (值班的必须坚守岗位).
    const plainNoun = next !== undefined && next.pos.startsWith('n') && next.value.length <= 3;
    const noun = next?.value === '的' ? tokens[index + 2] : /[的等]/u.test(text[start - 1] ?? '') && plainNoun ? next : undefined;
    if (!noun || !isNoun(noun) || MUST_NOT_HEAD.has(noun.value)) continue;
    const entry = { wrong: '必须', right: '必需', type: 'confusable', note: MUST_NOTE } as Entry;
    out.push({
      start,
      end: start + 2,
      wrong: '必须',
      entry,
      messageId: 'confusable',
      data: { wrong: '必须', right: '必需', note: MUST_NOTE },
      fix: { right: '必需', messageId: 'fixReplace', safe: false },
    });
  }
  return out;
}

function isNoun(t: Token): boolean {
  return t.kind === 'word' && /^(?:n|vn|an)/u.test(t.pos);
}

/**
 * A `split` entry read as two words: the first character on a verb before it (交给、发放|给) and a relative clause after
 * the second (与老人同住的、与企业签订劳动合同的: a verb, then 的, within the clause).
 */
function twoWords(ctx: WordsContext, text: string, start: number, end: number): boolean {
  const { tokens, index } = wordsAround(ctx.lexicon, text, start, end);
  const holder = tokens.find((t) => t.start < start && start < t.end);
  const before = index > 0 ? tokens[index - 1] : undefined;
  const onVerb = holder ? /^v/u.test(holder.pos) : Boolean(before && before.end === start && /^v/u.test(before.pos));
  if (!onVerb) return false;
  const second = end - 1;
  let verb = false;
  for (const t of tokens) {
    if (t.start <= second) continue;
    if (t.value === '的') return verb;
    if (/^v/u.test(t.pos) && t.kind === 'word') verb = true;
  }
  return false;
}

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
  grammar: mustAsAttribute,
  // A collocation entry (做出 … 批示, 反应 … 诉求, 文化品味) is a fault only where its words stand around it; a split entry
  // (给与) not where it is two words.
  skip: ({ start, end, entry }, text, ctx) =>
    !collocated(text, start, end, entry) || (Boolean(entry.split) && twoWords(ctx, text, start, end)),
});
