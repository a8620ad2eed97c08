/**
 * leader-modifiers: needless praise of a routine leadership activity, from rules/data/leader-modifiers.yaml (style
 * guide §3.5), by the shape of the fault (issue 14 §3):
 * - 亲自 before a routine activity (亲自主持会议、亲自部署), and before any verb when the sentence names a leader
 *   before it (县长亲自督办、书记亲自挂帅; a visitor's 亲自动手 is no leader's activity);
 * - 亲临、莅临 before anything (亲临现场 → 到现场, 莅临白沙镇指导 → 到白沙镇指导, 莅临指导 → 指导), and their kin 亲赴 (→ 到),
 *   驾临、亲莅 (→ 到), 莅会 (莅会参加…会议 → 参加, 莅会并讲话 → 到会并讲话);
 * - 隆重、盛大 before a verb of holding (隆重召开、隆重举办、隆重开幕、隆重地举行、盛大开幕) of an ordinary event; 隆重 as
 *   an attribute (隆重的仪式) is not this; 亲切 before 看望、慰问、接见; (在)百忙之中 anywhere.
 * A work requirement (要亲自抓), the fixed parallel formula (亲自谋划、亲自部署、亲自推动) and sentences the table names
 * (总书记、代表大会、庆祝…) keep the modifier. 高度重视 is a stock phrase (stock-phrases).
 */
import table from '../../../rules/data/leader-modifiers.yaml';
import { ruleTable, tableSchema } from '../lib/data.js';
import { phraseRule, type GrammarHit } from '../lib/phrase-rule.js';
import { clauseAround, type WordsContext } from '../lib/register.js';
import { matchProse } from '../lib/scan.js';

/**
 * An entry: the modifier, why it is needless, the activities it is needless before (each modifier + activity is a
 * phrase), whether it is needless before other words too (`open`: none, any verb after a leader, anything), its plain
 * word where no verb follows (亲临现场 → 到现场), the words before it that make it a work requirement (要亲自抓), the
 * words of a sentence that keep it.
 */
export const leaderModifierTable = ruleTable(
  'leader-modifiers',
  table,
  tableSchema(
    { modifier: 'text', note: 'text', verbs: 'words', open: ['none', 'verb', 'any'], replace: 'text?', alsoReplace: 'words?', skipBefore: 'words?', skipSentence: 'words?', requests: 'words?', parties: 'words?' },
    'modifier',
  ),
);
type Entry = (typeof leaderModifierTable.entries)[number];
type Id = 'needless' | 'plain' | 'plainDelete' | 'fixDelete' | 'fixReplace';

/** The fixed parallel formula (亲自谋划、亲自部署、亲自推动), by modifier. */
const PARALLEL = new Map(leaderModifierTable.entries.map((e) => [e.modifier, new RegExp(`${e.modifier}[^，。；、,;]{1,4}、${e.modifier}`, 'u')]));

const SENTENCE_END = /[。！？；!?;\n]/u;

function sentenceBounds(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return { start: s, end: e };
}

/** A leader named in the sentence before 亲自: 书记、县长、局长、主任、负责同志、班子成员… */
const LEADER =
  /书记|(?:[县市区镇乡省州盟旗局厅部处科所院校站行队社组庭]|村|指挥|董事|会|委员|厂|团)长|主任|主席|常委|领导|负责人|负责同志|班子成员|一把手|主官|总经理|总工程师|总监/u;
/** A pinyin annotation pasted from the web (領(lǐng)導(dǎo)): read through it, as paste-residue will take it out. */
const PINYIN = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]+[)）]/gu;
/** Verbs of a visit: after 亲临/莅临 they keep their place and the modifier goes (莅临指导 → 指导). */
const VISIT = /^(?:指导|检查|视察|调研|考察|督导|督查|慰问|参观|观摩|莅临)/u;
/** After 莅会 the attending itself (莅会参加…会议 → 参加, 莅会出席 → 出席): 莅会 goes, like 莅临 before a visit verb. */
const ATTEND = /^(?:参加|出席|列席|指导|讲话)/u;

const open = (mode: Entry['open']) => leaderModifierTable.entries.filter((e) => e.open === mode);

/** The modifier and the verb after it, the modifier to go (亲自挂帅 → 挂帅, 莅临指导 → 指导). */
function needless(entry: Entry, start: number, verb: string): GrammarHit<Id, Entry> {
  return {
    start,
    end: start + entry.modifier.length + verb.length,
    wrong: `${entry.modifier}${verb}`,
    entry,
    messageId: 'needless',
    data: { modifier: entry.modifier, verb, note: entry.note },
    fix: { right: verb, messageId: 'fixDelete', data: { modifier: entry.modifier }, safe: false },
  };
}

/** The open entries and the pattern of their modifiers, built once per table (not on every lint). */
let modifiers: { of: readonly Entry[]; entries: Entry[]; re: RegExp } | undefined;

function grammar(ctx: WordsContext, text: string): GrammarHit<Id, Entry>[] {
  const out: GrammarHit<Id, Entry>[] = [];
  if (modifiers?.of !== leaderModifierTable.entries) {
    const entries = [...open('verb'), ...open('any')];
    // Longest first (在百忙之中 before 百忙之中).
    modifiers = { of: leaderModifierTable.entries, entries, re: new RegExp(entries.map((e) => e.modifier).sort((a, b) => b.length - a.length).join('|'), 'gu') };
  }
  const { entries, re } = modifiers;
  if (!entries.length) return out;
  for (const { start, end: mEnd, match } of matchProse(text, ctx.draft.proseSegments, re)) {
    const entry = entries.find((e) => e.modifier === match[0])!;
    const clause = clauseAround(text, start, mEnd);
    const next = ctx.lexicon.segment(text, mEnd, clause.end)[0];
    if (entry.open === 'verb') {
      // 亲自 + the next word (a verb; jieba tags 挂帅 n) when a leader stands before it in the sentence.
      if (!next || next.kind !== 'word' || /^(?:u|x|w|p|y|e)/u.test(next.pos)) continue;
      const sentence = sentenceBounds(text, start, mEnd);
      if (!LEADER.test(text.slice(sentence.start, start).replace(PINYIN, ''))) continue;
      out.push(needless(entry, start, next.value));
    } else {
      // 亲临、莅临 + anything: before a visit verb the modifier goes (莅临指导 → 指导), else it reads 到 (亲临现场 → 到现场).
      if (mEnd >= clause.end && entry.replace) continue;
      const visit = (entry.modifier === '莅会' ? ATTEND : VISIT).exec(text.slice(mEnd, mEnd + 2));
      if (!visit && !entry.replace) {
        // 在百忙之中: nothing to put in its place.
        out.push({
          start,
          end: mEnd,
          wrong: entry.modifier,
          entry,
          messageId: 'plainDelete',
          data: { modifier: entry.modifier, note: entry.note },
          fix: { right: '', messageId: 'fixDelete', data: { modifier: entry.modifier }, safe: false },
        });
      } else if (visit) {
        out.push(needless(entry, start, visit[0]));
      } else {
        const right = entry.replace ?? '';
        out.push({
          start,
          end: mEnd,
          wrong: entry.modifier,
          entry,
          messageId: 'plain',
          data: { modifier: entry.modifier, right, note: entry.note },
          fix: { right, messageId: 'fixReplace', data: { modifier: entry.modifier, right }, safe: false, others: entry.alsoReplace ?? [] },
        });
      }
    }
  }
  return out;
}

/**
 * A requirement put on someone in the clause before the modifier (要求低保申请人亲自到场、提醒参保人员亲自到场、请申请人亲自到场、
 * 须由权利人亲自到场): the modifier stresses that the person comes in person, no leader's routine activity. The words of
 * `requests`, read as words of the clause (the 请 of 申请人 is none).
 */
function requested(ctx: WordsContext, text: string, start: number, end: number, entry: Entry): boolean {
  const requests = entry.requests ?? [];
  if (!requests.length) return false;
  const clause = clauseAround(text, start, end);
  return ctx.lexicon.segment(text, clause.start, start).some((t) => t.kind === 'word' && requests.includes(t.value));
}

/**
 * A party acting in its own name before the modifier in its clause, and no leader there (该公司法定代表人亲自到场接受了约谈、
 * 户主亲自到场签字): the person comes in person, no leader's routine activity. The words of `parties`.
 */
function party(text: string, start: number, end: number, entry: Entry): boolean {
  const parties = entry.parties ?? [];
  if (!parties.length) return false;
  const clause = clauseAround(text, start, end);
  const before = text.slice(clause.start, start).replace(PINYIN, '');
  return parties.some((w) => before.includes(w)) && !LEADER.test(before);
}

export const leaderModifiers = phraseRule({
  id: 'leader-modifiers',
  category: 'wording',
  severity: 'info',
  fixable: 'confirm',
  name: { zh: '多余修饰', en: 'Needless modifier' },
  description: {
    zh: '领导活动修饰语：“亲自主持”“亲自督办”中的“亲自”、“亲临”“莅临”、一般会议的“隆重召开”“隆重举办”中的“隆重”多余，宜删去或改为“到”。',
    en: 'Needless modifiers of routine leadership activities: 亲自 (亲自主持, 亲自督办), 亲临 and 莅临 (write 到), and 隆重 (隆重召开, 隆重举办) for an ordinary event.',
  },
  messages: {
    needless: {
      zh: '“{modifier}{verb}”中的“{modifier}”多余（{note}），宜删去。',
      en: '"{modifier}" in "{modifier}{verb}" adds nothing to a routine activity; delete it.',
    },
    plain: {
      zh: '“{modifier}”多余（{note}），宜改为“{right}”。',
      en: '"{modifier}" praises a routine visit; write it plainly.',
    },
    plainDelete: {
      zh: '“{modifier}”多余（{note}），宜删去。',
      en: '"{modifier}" praises a routine activity; delete it.',
    },
    fixDelete: { zh: '删去“{modifier}”', en: 'Delete "{modifier}"' },
    fixReplace: { zh: '“{modifier}”改为“{right}”', en: 'Change "{modifier}" to "{right}"' },
  },
  table: leaderModifierTable,
  phrases: ({ modifier, note, verbs }) =>
    verbs.flatMap((verb) =>
      // 隆重召开 and 隆重地召开.
      [`${modifier}${verb}`, `${modifier}地${verb}`].map((wrong) => ({
        wrong,
        messageId: 'needless' as const,
        data: { modifier, verb, note },
        fix: { right: verb, messageId: 'fixDelete' as const, data: { modifier }, safe: false },
      })),
    ),
  grammar,
  skip({ start, entry }, text, ctx) {
    const end = start + entry.modifier.length;
    const before = text.slice(Math.max(0, start - 2), start);
    if ((entry.skipBefore ?? []).some((w) => before.endsWith(w))) return true;
    if (requested(ctx, text, start, end, entry)) return true;
    if (party(text, start, end, entry)) return true;
    const bounds = sentenceBounds(text, start, end);
    const sentence = text.slice(bounds.start, bounds.end);
    if (PARALLEL.get(entry.modifier)!.test(sentence)) return true;
    return (entry.skipSentence ?? []).some((w) => sentence.includes(w));
  },
});
