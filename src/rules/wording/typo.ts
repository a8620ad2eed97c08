/**
 * typo: wrong characters found with the dictionary (style guide §3.6, issue 14 §2). Four kinds of finding, each
 * naming the intended word, each fixed only on confirmation:
 *
 * - slips of one character that break a word into loose characters (会义 → 会议, 按排 → 安排, 再接再励 → 再接再厉):
 *   src/rules/lib/slips.ts finds them with the lexicon; here they pass the guards that keep names, places, counts,
 *   parallel phrases, the words teams accept and text written the same way twice out of the findings;
 * - errors in context: 截止 + a time (→ 截至), 必需 + a verb (→ 必须), 二 + a measure word (→ 两), a measure
 *   character after a number written with a character of the same sound (树苗2000颗 → 棵), a redundant negation
 *   (防止不发生);
 * - pairs from the table rules/data/typo.yaml (作/做 in fixed words), matched at word boundaries;
 * - pairs a team adds (`pairs`), and words a team accepts (`accept`).
 *
 * What confusable-words' table already names is left to that rule while it runs (two rules never report one slip).
 */
import table from '../../../rules/data/typo.yaml';
import type { Token } from '../../core/lexicon/index.js';
import { defineRule, type MessageData, type RuleContext } from '../../core/rule.js';
import { escapeRegExp, intersects, mergeSpans } from '../../core/text.js';
import type { Span } from '../../core/types.js';
import { confusableTable, sentenceRead } from '../lib/confusables.js';
import { collocated } from '../lib/collocation.js';
import { holdsVariant, keptNameChar } from '../lib/script-table.js';
import { listField, recordField, ruleRecord, tableSchema, teamTable, type DataProblem } from '../lib/data.js';
import { stringList } from '../lib/options.js';
import { minimalEdit, PhraseIndex, teamSpans, wordingSkip } from '../lib/phrases.js';
import { readingText, readsAsWritten } from '../lib/reading.js';
import { extraWords, findSlips, DEFAULT_SEARCH, type ExtraWords, type Slip } from '../lib/slips.js';
import { withIdiomSlips } from '../lib/idiom-slips.js';
import { evidenced } from '../lib/slip-evidence.js';
import { adjectiveBeforeNoun, areaWordSlot, chosenRareChar, coordinatedVerbObjects, ownTradeNoun, thingCompound, writtenAlike } from '../lib/trade-compounds.js';
import { dateUnitSlips } from '../lib/date-units.js';
import { fusedVerbSlips } from '../lib/fused-verbs.js';
import { officeBoost } from '../lib/office-words.js';
import { cueBeforeName, nameInSlot } from '../lib/name-slots.js';
import { termInSlot } from '../lib/term-slots.js';
import { acrossTwoWords, numeralBeforeMeasure } from '../lib/straddles.js';
import { genericEndsName, gridRoadName, placeAfterNoun, suffixBeforeModal, levelAfterLevel, levelOfBranch, natureVerbPair, roadSuffix, nameAfterPreposition, nameForName, nameBetweenSuffixes, placeForPlace, inCountedPlaceList, nameBeforeSuffix, nameTailBeforeSuffix, nameIntoSuffix, nameWrittenWithSuffix, rareCharPlaceName, rareCharBeforeGeneric, settlementName, suffixOfNamedPlace, levelBeforeOrgan, swapIntoName, RARE_CHAR_FREQ } from '../lib/place-names.js';
import { nameAfterCompoundSurname, nameAfterRareSurname, nameBeforeSpeech, shortOrganAfterLevel, shortOrganName } from '../lib/own-names.js';
import { birdName, firstThenFrame, verbObjectPairs, leavesNonWord, noFunctionSlot, numeralAfterDigit, ordinalHead, ordinalMeasure, rareLookAlike, verbBeforeObject } from '../lib/word-slots.js';
import { degreeBeforeAdjective, enumerationBeforeCount, measureBeforeAdverb, measureBeforeCount, nameEndBeforeAdverb, nounBeforeAdverb, nounBeforePosition, oneAOneB, parallelSlogan, verbBeforeComplement, wordBeforeZaiPlace } from '../lib/phrase-shapes.js';
import { acceptedAcross, acceptedInCompound, cleanBreakFloor, frameOfIntended, involvingNoun, measureMismatches, measureVolume, modalVerbBeforeCount, oneByOne, parallelTerm, potentialForm, prepositionBeforeLocalizer, productivePattern, prohibition, speechBeforeQuote, systemAfterAdoption, valenceCount, verbBeforeModifiedNoun, tokenAt as tokenIndex, RARE_WORD } from '../lib/typo-context.js';
import { conditionCompound } from '../lib/condition-compounds.js';
import { codeBefore } from '../lib/numbers.js';
import { fusedCountSlips } from '../lib/count-words.js';
import { serialName } from '../lib/serial-names.js';
import { appName, nameInRoleList, ordinalTier, perPiece, properAcrossSuffix, routeBetweenPlaces, settlementOwnName, stationInReadings } from '../lib/typo-frames.js';

// ---------------------------------------------------------------------------------------------------------------
// The table, loaded through src/rules/lib/data.ts: a broken section or entry is named in Chinese and English and left
// out (the build stops on it, and a test holds the bundled table at no problem).

/** A pair's wrong and right must differ. */
const differ = (e: { wrong: string; right: string }) => (e.wrong === e.right ? { zh: '的 wrong 与 right 相同', en: 'has the same wrong and right' } : undefined);

/** A pair of the table: the wrong form, the right one, the note of the message, longer words that are fine. */
const PAIR = tableSchema({ wrong: 'text', right: 'text', note: 'text', unless: 'words?' }, 'wrong', differ);

/**
 * A measure character written for another after a number: one character; with `nouns`, reported only next to one of
 * them, or (`verbs`) after one of these in the clause before the number (栽种、补植 … 1.3万颗 → 棵); with `titled`, also
 * right after a title in book-title marks (《告知书》1.2万分 → 份: a document is counted); with `also`, other measure
 * characters that are right there too, each offered as another fix (颗 for a plant: 棵, or 株 for seedlings).
 */
const MEASURE = tableSchema({ wrong: 'char', right: 'text', note: 'text', nouns: 'words?', verbs: 'words?', titled: 'boolean?', also: 'text?' }, 'wrong', (e) =>
  e.verbs !== undefined && e.nouns === undefined ? { zh: '写了 verbs 却没有 nouns', en: 'has verbs but no nouns' } : undefined,
);

/** A measure word that goes with nouns (`nouns`: 牛), written as another (`wrong`: 条) after a number (src/rules/lib/typo-context.ts). */
const COUNTED = tableSchema({ nouns: 'words', right: 'char', wrong: 'text', note: 'text' }, undefined, (e) =>
  e.wrong.includes(e.right) ? { zh: '的 wrong 含有 right', en: 'has right among wrong' } : undefined,
);

/** The fields of rules/data/typo.yaml. */
export const TYPO_FIELDS = {
  accept: 'words',
  pairs: listField(PAIR),
  measures: listField(MEASURE),
  names: recordField({ surnames: 'text', rareSurnames: 'text?', roles: 'words', places: 'text', adminSuffixes: 'text?', generics: 'text?' }),
  deadlineSubjects: 'words',
  deadlineTimes: 'words',
  mustTimeWords: 'words',
  twoMeasures: 'words',
  preventedEvents: 'words',
  wrongfulActs: 'words',
  penalties: 'words',
  counted: listField(COUNTED),
  trade: 'words',
} as const;

/** A pair of the table (`PAIR`), or a team's. */
interface Pair {
  wrong: string;
  right: string;
  note?: string;
  unless?: readonly string[];
  /** A team's pair: matched anywhere, not only at word boundaries. */
  team?: boolean;
}

export const TYPO_TABLE = ruleRecord('typo', table, TYPO_FIELDS).value;

const SURNAMES = new Set(TYPO_TABLE.names.surnames);
const RARE_SURNAMES = new Set(TYPO_TABLE.names.rareSurnames ?? '');
const PLACES = new Set(TYPO_TABLE.names.places);
/** The suffixes of an administrative area or a settlement, which end a place's own name (南临市, 岩侗村). */
const ADMIN_SUFFIX = new Set([...(TYPO_TABLE.names.adminSuffixes ?? '')]);
/** The generic characters that close a place's name in the south-west and the south (黑龙箐, 石门垭, 黄泥畈). */
const PLACE_GENERICS = new Set([...(TYPO_TABLE.names.generics ?? '')]);
/** Titles a person's name follows in its slot (村党支部书记|祁秉文, 副镇长|闫国涛): offices, not roles such as 群众, 人员. */
const TITLE_END = /(?:[^增成延擅生助见漫消拉伸滋放家]长|书记|主任|主席|经理|委员|干事|秘书|助理|总监|专员|院士|教授|记者|(?:通讯|联络|网格|农技|技术|指导|辅导|讲解|监督|调解|信息|护林|保洁|驻村工作队)员)$/u;
/** The one-character generics that close a name in its slot (src/rules/lib/name-slots.ts). */
const SLOT_GENERICS = new Set([...PLACES, ...ADMIN_SUFFIX, ...PLACE_GENERICS]);
/** The characters of places' names and suffixes: not the morpheme of a trade term (typo-context.ts, parallelTerm). */
const PLACE_CHARS = new Set([...PLACES, ...ADMIN_SUFFIX, ...PLACE_GENERICS]);
/** A one-character verb this frequent is a light verb before its object (是|犬县 → 本县, 到|澄区), not a name's first character. */
const LIGHT_VERB_FREQ = 15000;
/** Names after a word ending in a role (书记、县长 …); none when the table lists no role. */
const ROLE_END = TYPO_TABLE.names.roles.length ? new RegExp(`(?:${TYPO_TABLE.names.roles.join('|')})$`, 'u') : /(?!)/u;
/** `|w1|w2…`: the words as further alternatives of a regular expression (escaped; empty for no word). */
function alternatives(words: readonly string[]): string {
  return words.map((w) => `|${escapeRegExp(w)}`).join('');
}
const MEASURES = new Map(TYPO_TABLE.measures.map((m) => [m.wrong, m]));
const BUNDLED_PAIRS = new PhraseIndex<Pair>(TYPO_TABLE.pairs);
/** The accepted words are intended words too (模排 → 摸排), and so are the trades' words (安氮 → 氨氮). */
const BUNDLED_EXTRA = extraWords([...TYPO_TABLE.accept, ...TYPO_TABLE.trade]);
/** The trades' words jieba lacks or counts low (rules/data/typo.yaml `trade`): intended words as frequent as common ones. */
const TRADE_WORDS: ReadonlySet<string> = new Set(TYPO_TABLE.trade);

/**
 * The wrong forms of confusable-words' table: while that rule runs, typo stays off what it may report — a plain entry and
 * an entry it reads by its sentence (lib/confusables.ts SENTENCE_READ) wherever they stand, any other collocation entry
 * only where the collocation holds (调拔 … 资金 is that rule's; 县应急管理局调拔折叠床200张 is typo's, still 调拨).
 */
const CONFUSABLES = new PhraseIndex(confusableTable.entries);
const yieldsTo = (reading: string, m: { start: number; end: number; entry: (typeof confusableTable.entries)[number] }) =>
  sentenceRead(m.entry) || collocated(reading, m.start, m.end, m.entry);

/** A team's pair (the option `pairs`, `{wrong, right, note}`): checked as the table's are (data.ts `teamTable`). */
const TEAM_PAIR = tableSchema({ wrong: 'text', right: 'text', note: 'text?' }, 'wrong', differ);

/** A team's pairs, and the problems of the entries left out (reported on the draft). */
function teamPairs(value: unknown): { pairs: Pair[]; problems: readonly DataProblem[] } {
  const { entries, problems } = teamTable('typo', 'pairs', value, TEAM_PAIR);
  return { pairs: entries.map((e) => ({ ...e, team: true })), problems };
}

// ---------------------------------------------------------------------------------------------------------------
// The rule

/** The lowest gain (natural log) of a slip of one character: 7.5, down to 6.5 for the most common intended words. */
function threshold(slip: Slip): number {
  return 7.5 - 0.5 * Math.max(0, Math.min(2, Math.log10(Math.max(1, slip.freq)) - 3));
}

/** The lowest gain of a one-character word standing alone for a far more frequent one (清河县仔全县 → 在). */
const SWAP_THRESHOLD = 6;
/**
 * The lowest gain when the intended word is a particle (的、了、着、过: pos u…) standing between two words (决策帝先导
 * → 决策的先导, 存在桌一定 → 存在着一定): a content character alone there, where a particle reads, is a slip far more
 * often than a new word (on the 3,059 clean sentences of bench/typo.mjs, no such reading at all).
 */
const PARTICLE_SWAP_THRESHOLD = 3.5;
/** For a conjunction or an adverb (和、或、也、就 …: pos c, d) standing between two words, in between. */
const FUNCTION_SWAP_THRESHOLD = 4.5;

/**
 * The lowest gain of a swap in a function word's slot (Slip.slot): grammar has ruled the written reading out, so the
 * function word need only be several times as frequent (的 and 第 differ by e^2.6, 和 and 合 by e^4.1).
 */
const SLOT_THRESHOLD = 2;
/**
 * The lowest gain of a swap to the function word that the parts of speech around the written character ask for
 * (Slip.posSlot): the HMM has made the function word's reading e^7 times likelier, so the word frequencies need only
 * favour it as the slip search's least (县交警大队载国道312线 → 在 gains 5.4).
 */
const POS_SLOT_THRESHOLD = 4;
/** Added to the weight of a slot's finding, so that it goes before other readings of its characters (see Finding.weight). */
const SLOT_WEIGHT = 50;

/** A verb at least this frequent on its own is one a writer uses alone (补 3,352). */
const COMMON_VERB = 1000;

/**
 * The lowest gain of a swap. A verb standing alone before a word (全县|补|植树苗, 群众|补|植树苗) is read as a verb and
 * its object or a verb of a serial pair, which is grammar, not a slip: it takes the threshold of a content word whatever
 * the intended one (补 → 不 gains 4.6).
 */
function swapThreshold(ctx: Ctx, text: string, tokens: readonly Token[], slip: Slip): number {
  const { pos } = slip;
  // A slot that grammar gives to a function word the written character cannot fill (Slip.slot): the reading needs only
  // to be likelier than the written one.
  if (slip.slot) return SLOT_THRESHOLD;
  // The function word the parts of speech around it ask for (Slip.posSlot, pos-slot.ts).
  if (slip.posSlot) return POS_SLOT_THRESHOLD;
  const written = ctx.lexicon.lookup(slip.from);
  // (A common verb: a rare one standing alone, 递、捕, is a slip as often as any character; and a particle is still read
  // between a verb and a noun: 起不到递作用 → 的. Not between two nouns, its subject and its object: 跑腿递材料, 群众提意见.)
  if (written && written.pos.startsWith('v') && written.freq >= COMMON_VERB) {
    const k = tokenIndex(tokens, slip.at + 1);
    const next = tokens[k];
    const prev = tokens[k - 2];
    const subject = prev !== undefined && prev.end === slip.at && prev.kind === 'word' && /^(?:n|nr|ns|nz|nt|r)$/.test(prev.pos);
    if ((!pos.startsWith('u') || (subject && next?.pos.startsWith('n'))) && next && next.start === slip.at + 1 && next.kind === 'word' && /^(?:n|v|vn)/.test(next.pos) && isHanCode(text.charCodeAt(slip.at + 1))) return SWAP_THRESHOLD;
  }
  return pos.startsWith('u') ? PARTICLE_SWAP_THRESHOLD : pos === 'c' || pos === 'd' ? FUNCTION_SWAP_THRESHOLD : SWAP_THRESHOLD;
}

type MessageId = 'slip' | 'slipOr' | 'pair' | 'pairBare' | 'deadline' | 'must' | 'measure' | 'unit' | 'dateUnit' | 'two' | 'negation' | 'fix' | 'teamTable';

interface Finding {
  start: number;
  end: number;
  messageId: Exclude<MessageId, 'fix' | 'teamTable'>;
  data: MessageData;
  edit: { start: number; end: number; text: string };
  right: string;
  /** Other fixes offered with the first (a slip with two readings). */
  alternatives?: { edit: { start: number; end: number; text: string }; right: string }[];
  /** Findings of the table and of the context checks go before the dictionary's (0 before 1). */
  rank: number;
  /** Among findings of one rank, the larger first (a slip's gain). */
  weight: number;
  /**
   * A plain non-word (see plainNonWord): loose characters, no word of the dictionary, that one change turns into a
   * word with the full gain its threshold asks (kin aside), read in a document's title too (《应急预按》).
   */
  plain?: boolean;
}

const HOW = {
  sound: { zh: '同音', en: 'sound alike' },
  'similar-sound': { zh: '音近', en: 'sound similar' },
  shape: { zh: '形近', en: 'look alike' },
} as const;

export const typo = defineRule({
  id: 'typo',
  category: 'wording',
  severity: 'warning',
  fixable: 'confirm',
  name: { zh: '疑似错字', en: 'Likely wrong character' },
  description: {
    zh: '用词典查错字：把一个字换成同音或形近字后成为常用词或成语的“非词”（按排→安排、再接再励→再接再厉），以及“截止+时间”“必需+动词”“二+量词”、数字后的量词别字（树苗2000颗→棵）、多余的否定；每条都给出应改成的词，需确认后修改。',
    en: 'Wrong characters found with the dictionary: a non-word that one same-sounding or look-alike character turns into a common word or idiom (按排 → 安排, 再接再励 → 再接再厉), and errors in context (截止 + a time → 截至, 必需 + a verb → 必须, 二 + a measure word → 两, a wrong measure character after a number, a redundant negation); each names the intended word; fixes need confirmation.',
  },
  messages: {
    slip: { zh: '“{wrong}”疑为“{right}”之误（“{from}”与“{to}”{how}），请核对。', en: '"{wrong}" looks like a slip for "{right}" ({from} and {to} {how}); check it.' },
    slipOr: {
      zh: '“{wrong}”疑为“{right}”或“{other}”之误（“{from}”与“{to}”{how}），请按文意核对。',
      en: '"{wrong}" looks like a slip for "{right}" or "{other}" ({from} and {to} {how}); check which one is meant.',
    },
    pair: { zh: '“{wrong}”应为“{right}”（{note}），请核对。', en: '"{wrong}" should be "{right}"; check it.' },
    pairBare: { zh: '“{wrong}”应为“{right}”，请核对。', en: '"{wrong}" should be "{right}"; check it.' },
    deadline: {
      zh: '“截止”表示停止，后面不接时间；“到某时为止”应写“截至”：“{wrong}”应为“{right}”。',
      en: '截止 means "to stop" and takes no time after it; "up to a time" is 截至: write "{right}" for "{wrong}".',
    },
    must: {
      zh: '“必需”表示必不可少，修饰动词、表示“一定要”应写“必须”：“{wrong}”应为“{right}”。',
      en: '必需 means "indispensable"; before a verb ("must") write 必须: "{right}" for "{wrong}".',
    },
    unit: { zh: '数字后的“{wrong}”不成词，疑为计量单位“{right}”之误：“{from}”应为“{to}”，请核对。', en: '"{wrong}" after the number is no word; it looks like a slip for the unit "{right}" ("{to}" for "{from}"); check it.' },
    measure: { zh: '数字后的“{from}”疑为量词“{to}”之误（{note}）：“{wrong}”应为“{right}”。', en: '"{from}" after the number looks like a slip for the measure word "{to}": "{right}" for "{wrong}".' },
    dateUnit: {
      zh: '日期、时间中数字后的“{from}”疑为“{to}”之误：“{wrong}”应为“{right}”，请核对。',
      en: '"{from}" after a number in a date or a time looks like a slip for "{to}": "{right}" for "{wrong}"; check it.',
    },
    two: { zh: '量词前表示数目用“两”，不用“二”：“{wrong}”应为“{right}”。', en: 'Before a measure word the number two is 两, not 二: "{right}" for "{wrong}".' },
    negation: { zh: '“{wrong}”中的否定词多余，意思说反了：应为“{right}”。', en: 'The negation in "{wrong}" is redundant and reverses the meaning: "{right}".' },
    fix: { zh: '改为“{right}”', en: 'Change to "{right}"' },
    teamTable: { zh: '{problem}', en: '{problem}' },
  },
  options: {
    accept: {
      type: 'string[]',
      default: [],
      description: { zh: '认可的写法（人名、地名、本地用语），不当作错字，如 ["柳坪", "稻渔共生"]', en: 'Words accepted as written (names, places, local terms), never reported as wrong characters' },
    },
    pairs: {
      type: 'object[]',
      default: [],
      description: {
        zh: '团队补充的错字：[{wrong, right, note}]，在正文中出现 wrong 即提示改为 right',
        en: 'More wrong forms from the team: [{wrong, right, note}]; wrong is reported wherever it occurs, with right as the fix',
      },
    },
    nonWord: {
      type: 'boolean',
      default: true,
      description: {
        zh: '是否用词典查“非词”错字（同音、形近字拆散了词语）；关闭后只查词表和上下文',
        en: 'Whether to look for non-words with the dictionary (a same-sounding or look-alike character breaking a word); off leaves the table and the context checks',
      },
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const { text } = draft;
    const reading = readingText(draft, ctx.config);
    const skip = wordingSkip(ctx);
    const skipSlip = slipSkip(ctx);
    const { pairs: team, problems: teamProblems } = teamPairs(ctx.options.pairs);
    for (const p of teamProblems) ctx.report({ start: 0, end: 0, severity: 'warning', messageId: 'teamTable', data: { problem: { zh: p.message, en: p.messageEn } } });
    const teamIndex = team.length ? new PhraseIndex(team) : undefined;
    const teamWords = stringList(ctx.options.accept);
    // Both found on first need: most drafts have no finding to weigh against them.
    let acceptedCache: Span[] | undefined;
    const accepted = () => (acceptedCache ??= acceptedSpans(ctx, reading, [...TYPO_TABLE.accept, ...teamWords]));
    const extra = teamWords.length ? extraWords([...TYPO_TABLE.accept, ...TYPO_TABLE.trade, ...teamWords]) : BUNDLED_EXTRA;
    let confusablesCache: Span[] | undefined;
    const leftToConfusables = () =>
      (confusablesCache ??= ctx.isEnabled('confusable-words') ? CONFUSABLES.scan(reading, draft.proseSegments).filter((m) => yieldsTo(reading, m)) : []);
    const findings: Finding[] = [];
    // Tokens are asked for only where a check needs them: a draft re-linted as its writer types finds its unchanged
    // sentences in the slips' memo and its context checks rarely have anything to look at.
    // The words of a sentence as the rule reads it: the draft's shared segmentation, or, where traditional characters
    // are read as simplified, the reading's own (確保 is no word; 确保 is).
    const wordsOf = (span: Span, shared: () => readonly Token[]) => {
      let own: readonly Token[] | undefined;
      return () => (readsAsWritten(text, reading, span.start, span.end) ? shared() : (own ??= ctx.lexicon.segment(reading, span.start, span.end)));
    };
    const sentences = [
      ...draft.titleSentences.map((span, i) => ({ span, tokens: wordsOf(span, () => ctx.words.titleSentence(i)) })),
      ...draft.sentences.map((span, i) => ({ span, tokens: wordsOf(span, () => ctx.words.sentence(i)) })),
    ];
    for (const { span, tokens } of sentences) {
      if (span.end <= span.start) continue;
      pairsIn(reading, span, tokens, BUNDLED_PAIRS, findings);
      if (teamIndex) pairsIn(reading, span, tokens, teamIndex, findings);
      const sentence = reading.slice(span.start, span.end);
      if (sentence.includes('截止')) deadlines(reading, tokens(), findings);
      if (sentence.includes('必需')) mustVerbs(ctx.lexicon, reading, tokens(), findings);
      if (MEASURE_AHEAD.test(sentence)) measures(ctx.lexicon, reading, span, tokens, findings);
      if (COUNTED_AHEAD.test(sentence)) counted(reading, span, tokens(), findings);
      if (TWO_AHEAD.test(sentence)) twos(reading, tokens(), findings);
      // (A date's unit before a measure word of the same sound: 8时40纷 is 40分, not 40份.)
      dateUnits(ctx.lexicon, reading, span, findings);
      units(ctx.lexicon, reading, span, findings);
      nonMeasures(ctx.lexicon, reading, span, tokens, findings);
      negations(reading, span, findings);
      if (sentence.includes('俩')) fusedCounts(ctx.lexicon, reading, span, findings);
      if (FUSED_AHEAD.test(sentence)) fusedVerbs(ctx.lexicon, reading, tokens(), findings);
      if (ctx.options.nonWord !== false) slips(ctx, viewOf(ctx, reading, span, tokens), accepted, extra, findings);
    }
    // The table and context first; then the dictionary's slips, the most convincing first (竣功 → 竣工 before 月竣 → 月均).
    findings.sort((a, b) => a.rank - b.rank || b.weight - a.weight || a.start - b.start);
    const taken: Span[] = [];
    for (const f of findings) {
      if (f.rank === 1 ? skipSlip(f.start, f.end, f.plain) : skip(f.start, f.end)) continue;
      if (leftToConfusables().some((c) => c.start < f.end && f.start < c.end)) continue;
      if (taken.some((t) => t.start < f.end && f.start < t.end)) continue;
      taken.push(f);
      ctx.report({
        start: f.start,
        end: f.end,
        messageId: f.messageId,
        data: f.data,
        fixes: [{ edit: f.edit, right: f.right }, ...(f.alternatives ?? [])].map((x) => ({
          messageId: 'fix' as const,
          data: { right: x.right },
          safe: false,
          edits: [x.edit],
        })),
      });
    }
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Finding each kind

/** A quotation that is speech or a passage (it holds a clause mark), not a term put in marks. */
const CLAUSE_MARK = /[，。！？；：,!?;]/u;
/** After a quotation: it names a word or characters (“按排”二字, “按排”一词), they are mentioned, not used. */
const MENTION = /^(?:[一二两三四]?字|一词|这个词|这个字|等字样|的写法|写成|写作|误写)/u;

/**
 * Where the dictionary's slips are not looked at: what the team excludes, titles in book-title marks (a document is
 * cited as it is titled), quoted speech (a villager's words may be dialect) and quoted words that are mentioned
 * (“按排”二字). A term the writer puts in quotation marks (“四个点”, “积分贷”) is the writer's own text, and a
 * wrong character there is as wrong as anywhere.
 */
function slipSkip(ctx: Ctx): (start: number, end: number, plain?: boolean) => boolean {
  const { draft } = ctx;
  let spans: Span[] | undefined;
  let speech: Span[] | undefined;
  return (start, end, plain = false) => {
    if (ctx.isExcluded(start, end)) return true;
    spans ??= teamSpans(draft, ctx.config);
    if (spans.length > 0 && intersects(spans, start, end)) return true;
    speech ??= draft.quoted.filter((q) => /^[《〈]/u.test(draft.text[q.start]!) || CLAUSE_MARK.test(draft.text.slice(q.start + 1, q.end - 1)) || MENTION.test(draft.text.slice(q.end, q.end + 4)));
    // A plain non-word in a title (Finding.plain: 《防台风应急预按》) is no way a document is titled: it is checked.
    return speech.some((q) => q.start <= start && end <= q.end && !(plain && /^[《〈]/u.test(draft.text[q.start]!) && !CLAUSE_MARK.test(draft.text.slice(q.start + 1, q.end - 1))));
  };
}

/** The longest quoted term read as a coined name (码上办, 包一段堤, 食全食美): a slogan of a whole clause is longer. */
const COINED_NAME_MAX = 6;
/** Marks inside a quotation that make it a list or a clause, not one coined name (“一窗收件、限时办结”). */
const NOT_ONE_NAME = /[、，。！？；：,!?;\s]/u;

/**
 * A pun coined on purpose in a quoted name (“码上督办” for 马上, “包一段堤” for 的): a short term in quotation marks
 * (at most COINED_NAME_MAX characters, one name, no list or clause), where the reading would write a function word or
 * an adverb (马上 d, 的 u, 和 c, 在 p) and the written character is a noun (码, 堤) — the theme the name brings in. A
 * slip of a content word in a quoted name (“清洁家圆” → 家园, “马上就半” → 办) or a particle written wrong in a quoted
 * sentence (“把群众帝事当成自家的事”) is reported as anywhere.
 */
function punInCoinedName(ctx: Ctx, start: number, end: number, written: string, slip: Slip): boolean {
  if (slip.idiom || !/^(?:d|u|p|c)/.test(slip.pos)) return false;
  const { text } = ctx.draft;
  // The quotation's own marks, a few characters either side (draft.quoted merges “包一段堤”“联一户老人” into one span).
  let open = start - 1;
  while (open >= 0 && start - open <= COINED_NAME_MAX && text[open] !== '“' && text[open] !== '”') open--;
  let close = end;
  while (close < text.length && close - end < COINED_NAME_MAX && text[close] !== '”' && text[close] !== '“') close++;
  if (text[open] !== '“' || text[close] !== '”' || close - open - 1 > COINED_NAME_MAX || NOT_ONE_NAME.test(text.slice(open + 1, close))) return false;
  return ctx.lexicon.lookup(written)?.pos.startsWith('n') ?? false;
}

/** Quotation marks that open and close a coined name (straight ones too: a draft not yet mended, '暖蜂行动'). */
const NAME_OPEN = '“‘\'"';
const NAME_CLOSE = '”’\'"';

/** Whether text[slip.start, slip.end) lies in a short quotation of one name (at most COINED_NAME_MAX characters). */
function inQuotedName(text: string, slip: Slip): boolean {
  let open = slip.start - 1;
  while (open >= 0 && slip.start - open <= COINED_NAME_MAX && !NAME_OPEN.includes(text[open]!) && !NAME_CLOSE.includes(text[open]!)) open--;
  let close = slip.end;
  while (close < text.length && close - slip.end < COINED_NAME_MAX && !NAME_CLOSE.includes(text[close]!) && !NAME_OPEN.includes(text[close]!)) close++;
  if (open < 0 || !NAME_OPEN.includes(text[open]!) || !NAME_CLOSE.includes(text[close] ?? '') || close - open - 1 > COINED_NAME_MAX) return false;
  return !NOT_ONE_NAME.test(text.slice(open + 1, close));
}

type Ctx = RuleContext<{ readonly accept: readonly string[]; readonly pairs: readonly Readonly<Record<string, unknown>>[]; readonly nonWord: boolean }, MessageId>;

/** Every occurrence of an accepted word in the prose (merged spans). */
function acceptedSpans(ctx: Ctx, reading: string, words: readonly string[]): Span[] {
  const key = words.join('\u0000');
  if (acceptIndex?.key !== key) acceptIndex = { key, index: new PhraseIndex(words.filter((w) => w.length > 0).map((w) => ({ wrong: w }))) };
  return mergeSpans(acceptIndex.index.scan(reading, ctx.draft.proseSegments).map(({ start, end }) => ({ start, end })));
}

/** The index of the last list of accepted words (the bundled list, or it and a team's: the same from lint to lint). */
let acceptIndex: { key: string; index: PhraseIndex<{ wrong: string }> } | undefined;

const isHanCode = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** The pairs of `index` in the sentence: at word boundaries (a team's anywhere), not inside a longer `unless`. */
function pairsIn(text: string, span: Span, tokens: () => readonly Token[], index: PhraseIndex<Pair>, out: Finding[]): void {
  for (const { start, end, entry } of index.scan(text, [{ start: span.start, end: span.end, prose: true }])) {
    if (!entry.team && !(tokens().some((t) => t.start === start) && tokens().some((t) => t.end === end))) continue;
    out.push({
      start,
      end,
      // A team's pair may come without a note: then no empty brackets.
      messageId: entry.note ? 'pair' : 'pairBare',
      data: { wrong: entry.wrong, right: entry.right, note: entry.note ?? '' },
      edit: minimalEdit(start, entry.wrong, entry.right),
      right: entry.right,
      rank: 0,
      weight: 0,
    });
  }
}

/** A sentence where 处 or 限 is followed by a Han character (checked before asking for its words). */
const FUSED_AHEAD = /[处限][\u4e00-\u9fff]/u;

/** 处以 + a penalty written 处已 (处已罚款), 限期 + a verb written 限其 (责令限其改正): src/rules/lib/fused-verbs.ts. */
function fusedVerbs(lexicon: Ctx['lexicon'], text: string, tokens: readonly Token[], out: Finding[]): void {
  for (const f of fusedVerbSlips(lexicon, text, tokens, TYPO_TABLE.penalties)) {
    const wrong = text.slice(f.start, f.end);
    out.push({
      start: f.start,
      end: f.end,
      messageId: 'slip',
      data: { wrong, right: f.right, from: wrong[1]!, to: f.right[1]!, how: HOW.sound },
      edit: { start: f.start + 1, end: f.end, text: f.right[1]! },
      right: f.right,
      rank: 0,
      weight: 0,
    });
  }
}

/** A time after 截止 (with or without 到/至): a date, a month, or a time word of the table (目前, 发稿时 …). */
const TIME_AHEAD = new RegExp(
  `^(?:[0-9０-９]{1,4}\\s*[年月日号时]|[0-9]{4}[-/.][0-9]{1,2}[-/.]|[0-9]{1,2}[:：][0-9]{2}|[〇零一二三四五六七八九十]{1,4}[年月]${alternatives(TYPO_TABLE.deadlineTimes)})`,
  'u',
);

/**
 * 截止日前 in the frame 在…前 (在申报期截止日前办理、须于缴费截止日前完成) or before a figure (截止日前3个工作日): the
 * deadline day and 前, the time before it, not 截至 + the time word 日前 (截至日前，全县…).
 */
const BEFORE_FRAME = /[在于][^，。；：！？]{0,12}$/u;
function dayOfDeadline(text: string, at: number, end: number): boolean {
  if (!text.startsWith('日前', end)) return false;
  return /^[0-9０-９]/u.test(text.slice(end + 2, end + 3)) || BEFORE_FRAME.test(text.slice(Math.max(0, at - 13), at));
}

function deadlines(text: string, tokens: readonly Token[], out: Finding[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.value !== '截止') continue;
    const prev = tokens[k - 1];
    let end = t.end;
    const next = text[end];
    // After a matter (报名截止11月30日) 截止 is its predicate; 截止至/截止到 + a time is 截至 whatever goes before
    // (缴费截止至11月18日已有41.3万人: 至 already says "up to").
    if (next === '到' || next === '至') end++;
    else if (prev && TYPO_TABLE.deadlineSubjects.includes(prev.value)) continue;
    if (!TIME_AHEAD.test(text.slice(end, end + 8))) continue;
    if (dayOfDeadline(text, t.start, end)) continue;
    const wrong = text.slice(t.start, end);
    out.push({
      start: t.start,
      end,
      messageId: 'deadline',
      data: { wrong, right: '截至' },
      edit: { start: t.start, end, text: '截至' },
      right: '截至',
      rank: 0,
      weight: 0,
    });
  }
}

/** Parts of speech that start a verb phrase after 必需: verbs, prepositions, adverbs, adjectives used as adverbs. */
const VERB_PHRASE = /^(?:v|vd|vi|vf|vg|vx|p|d|ad|a)$/;

/**
 * The part of speech that a token starts with: its own, or, when jieba keeps it only as a rare word (严格执行 nr 3),
 * that of the longest common dictionary word it starts with (严格 ad): a rare token hides the grammar of its parts.
 */
function leadingPos(lexicon: Ctx['lexicon'], text: string, t: Token): string {
  if (t.freq > RARE_WORD) return t.pos;
  for (let n = Math.min(4, t.end - t.start - 1); n >= 1; n--) {
    const w = lexicon.lookupRange(text, t.start, t.start + n);
    if (w && w.freq > RARE_WORD) return w.pos;
  }
  return t.pos;
}

/** Time words that modify a verb (每天, 每月, 今年, 年底 …: the table's beginnings): 必需 + one of them + a verb is 必须. */
const TIME_WORD = new RegExp(`^(?:(?!)${alternatives(TYPO_TABLE.mustTimeWords)})`, 'u');


function mustVerbs(lexicon: Ctx['lexicon'], text: string, tokens: readonly Token[], out: Finding[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.value !== '必需') continue;
    const next = tokens[k + 1];
    if (!next || next.start !== t.end || next.kind !== 'word') continue;
    if (/^[的之品]/.test(next.value)) continue;
    // A verb phrase, or a time word that says how often or when before one (必需每天安排, 必需年底前完成; 必需每日巡|坝: a bound verb, one character jieba tags zg).
    const after = tokens[k + 2];
    const timed = /^(?:r|t|tg)$/.test(next.pos) && TIME_WORD.test(next.value) && after !== undefined && after.start === next.end && after.kind === 'word' && (after.pos.startsWith('v') || (after.pos === 'zg' && after.end - after.start === 1));
    // A manner word before a plain verb (必需全程穿戴, 必需全员参加): a distinguishing word (pos b) or a 全- word (全程,
    // 全员, 全天) followed at once by a common verb. Not a noun (必需药品采购) nor a verb used as a noun (必需消费支出).
    const manner = after !== undefined && after.start === next.end && after.kind === 'word' && after.pos === 'v' && after.freq > RARE_WORD
      && (next.pos === 'b' || (next.pos === 'n' && next.value.length === 2 && next.value[0] === '全'));
    if (!timed && !manner && !VERB_PHRASE.test(leadingPos(lexicon, text, next))) continue;
    out.push({
      start: t.start,
      end: t.end,
      messageId: 'must',
      data: { wrong: '必需', right: '必须' },
      edit: { start: t.start, end: t.end, text: '必须' },
      right: '必须',
      rank: 0,
      weight: 0,
    });
  }
}

/** A count: Arabic digits, then perhaps 万/千/百/亿/余/多. */
const MULTIPLIER = /^[万千百亿余多]$/;
/**
 * A complement or an aspect particle after the character (由2万涨至3万, 票价60元涨到80元, 坐了): the character is the verb
 * it is, not a measure word — no measure word takes 至、到、了 or 过.
 */
const VERB_AFTER = /^[至到了过]$/u;
/** A sentence where a measure character of the table follows a number (checked before asking for its words). */
const MEASURE_AHEAD = afterNumber(TYPO_TABLE.measures.map((m) => m.wrong));

/**
 * A number (digits, then perhaps 万/千/百/亿/余/多) followed by one of the characters of `wrongs`: an alternation of the
 * characters escaped, not a character class built from them (a table's ^, ], - or \ would turn the class into
 * another one, or into no pattern at all). Matches nothing when `wrongs` holds no character. Exported for its test.
 */
export function afterNumber(wrongs: readonly string[]): RegExp {
  const chars = [...new Set(wrongs.flatMap((w) => [...w]))];
  return new RegExp(`[0-9０-９][万千百亿余多]*(?:${chars.map(escapeRegExp).join('|') || '(?!)'})`, 'u');
}

function measures(lexicon: Ctx['lexicon'], text: string, span: Span, words: () => readonly Token[], out: Finding[]): void {
  // Before asking for the words: a measure that needs a noun has one of its nouns in the sentence.
  const sentence = text.slice(span.start, span.end);
  const re = new RegExp(MEASURE_AHEAD.source, 'gu');
  let any = false;
  for (let m = re.exec(sentence); m && !any; m = re.exec(sentence)) {
    const nouns = MEASURES.get(m[0].slice(-1))?.nouns;
    const verbs = MEASURES.get(m[0].slice(-1))?.verbs;
    any = !nouns || nouns.some((n) => sentence.includes(n)) || !!verbs?.some((v) => sentence.includes(v));
  }
  if (!any) return;
  const tokens = words();
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'number' || !/^[0-9０-９]/.test(tokens[k]!.value)) continue;
    let m = k + 1;
    while (m < tokens.length && MULTIPLIER.test(tokens[m]!.value) && tokens[m]!.start === tokens[m - 1]!.end) m++;
    const t = tokens[m];
    if (!t || t.start !== tokens[m - 1]!.end || t.kind !== 'word') continue;
    // jieba joins a multiplier and a measure (万颗, 万亩): the measure is then the token's second character.
    const joined = t.end - t.start === 2 && MULTIPLIER.test(t.value[0]!) && MEASURES.has(t.value[1]!);
    const c = joined ? t.start + 1 : t.start;
    const entry = MEASURES.get(text[c]!);
    // The character stands alone (跟进, 明年, 各级 are words of their own), or starts a word jieba keeps only as rare.
    if (!entry || (!joined && t.end - t.start > 1 && t.freq > 5)) continue;
    if (VERB_AFTER.test(text[c + 1] ?? '')) continue;
    const titled = entry.titled === true && tokens[k - 1]?.value === '》' && tokens[k - 1]!.end === tokens[k]!.start;
    if (entry.nouns && !titled && !nounNear(tokens, k, m, entry.nouns, span) && !(entry.verbs && verbBefore(tokens, k, entry.verbs, span))) continue;
    // The character in a word of the clause before the number says it is meant (满意度得分92.6分, 扦插柳枝3000枝).
    if (measureNamed(tokens, k, entry.wrong, span)) continue;
    const wrong = text.slice(tokens[k]!.start, c + 1);
    // The word counted, right before the number, ends with a measure word that reads as the written character (横幅36付:
    // 幅 fu, 付 fu): that measure word is meant, before the table's (副); the table's is offered after it.
    const named = namedMeasure(lexicon, tokens, k, entry.wrong, span);
    const to = named?.measure ?? entry.right;
    const right = wrong.slice(0, -1) + to;
    const also = [...(named ? entry.right : ''), ...(entry.also ?? '')].filter((m, i, all) => m !== to && all.indexOf(m) === i);
    out.push({
      start: tokens[k]!.start,
      end: c + 1,
      messageId: 'measure',
      data: { wrong, right, from: entry.wrong, to, note: named ? { zh: `“${named.noun}”用量词“${named.measure}”`, en: `${named.noun} is counted with ${named.measure}` } : entry.note },
      edit: { start: c, end: c + 1, text: to },
      right,
      // Another measure word as right there is offered too (树苗4.6万颗: 棵 or 株); which one is the writer's to choose.
      ...(also.length ? { alternatives: also.map((m) => ({ edit: { start: c, end: c + 1, text: m }, right: wrong.slice(0, -1) + m })) } : {}),
      rank: 0,
      weight: 0,
    });
  }
}

/** 俩 after a thing's character, before a count (送水车俩4台 → 车辆): src/rules/lib/count-words.ts. */
function fusedCounts(lexicon: Ctx['lexicon'], text: string, span: Span, out: Finding[]): void {
  for (const f of fusedCountSlips(lexicon, text, span.start, span.end)) {
    out.push({
      start: f.start,
      end: f.end,
      messageId: 'slip',
      data: { wrong: f.wrong, right: f.right, from: f.from, to: f.to, how: HOW.shape, other: '' },
      edit: { start: f.at, end: f.at + 1, text: f.to },
      right: f.right,
      rank: 0,
      weight: 0,
    });
  }
}

/** A sentence where a measure character of the table's `counted` follows a number (checked before asking for its words). */
const COUNTED_AHEAD = afterNumber(TYPO_TABLE.counted.map((c) => c.wrong));

/** A measure word that does not go with the noun counted (存栏肉牛620条 → 头): src/rules/lib/typo-context.ts. */
function counted(text: string, span: Span, tokens: readonly Token[], out: Finding[]): void {
  for (const m of measureMismatches(text, span, tokens, TYPO_TABLE.counted)) {
    out.push({
      start: m.start,
      end: m.end,
      messageId: 'measure',
      data: { wrong: m.wrong, right: m.right, from: m.from, to: m.to, note: m.note },
      edit: { start: m.at, end: m.at + 1, text: m.to },
      right: m.right,
      rank: 0,
      weight: 0,
    });
  }
}

/**
 * The measure word that the word right before the number (or before a linking word) ends with, when it is a measure
 * word of the table's inventory (twoMeasures) other than the written character and shares a syllable with it: the noun
 * counted is named by its own measure (横幅36付 → 36幅, 条幅, 画幅). Undefined otherwise.
 */
function namedMeasure(lexicon: Ctx['lexicon'], tokens: readonly Token[], numberAt: number, char: string, span: Span): { noun: string; measure: string } | undefined {
  let j = numberAt - 1;
  if (j >= 0 && tokens[j]!.start >= span.start && COUNT_LINK.test(tokens[j]!.value)) j--;
  const t = tokens[j];
  if (t === undefined || t.start < span.start || t.kind !== 'word' || t.end - t.start < 2) return undefined;
  const last = t.value[t.value.length - 1]!;
  if (last === char || !MEASURE_WORDS.has(last)) return undefined;
  return lexicon.shareSyllable(char, last) ? { noun: t.value, measure: last } : undefined;
}

/** Words that may stand between what is counted and the number (得分为92.6分、柳枝共3000枝). */
const COUNT_LINK = /^(?:为|达|约|共|计|有|是|达到|共计|合计)$/u;

/**
 * Whether the word right before the number (or before a linking word such as 为、共) ends with the measure character:
 * what is counted is named by it (得分92.6分, 柳枝3000枝). Not a word further back (部分村民领取手册200分), nor one that
 * merely holds the character (分发宣传手册3000分): those are still 份.
 */
function measureNamed(tokens: readonly Token[], numberAt: number, char: string, span: Span): boolean {
  let j = numberAt - 1;
  if (j >= 0 && tokens[j]!.start >= span.start && COUNT_LINK.test(tokens[j]!.value)) j--;
  const t = tokens[j];
  return t !== undefined && t.start >= span.start && t.kind === 'word' && t.end - t.start > 1 && t.value.endsWith(char);
}

/** Whether the nearest verb of the clause before the number (back to a comma or a full stop; a 、 list goes on) holds one of `verbs` (栽种, 补植 … 1.3万颗). */
function verbBefore(tokens: readonly Token[], numberAt: number, verbs: readonly string[], span: Span): boolean {
  for (let j = numberAt - 1; j >= 0 && tokens[j]!.start >= span.start; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.value !== '、') return false;
    // The nearest verb before the number governs what is counted (种植户|领取|玉米种子1200颗: 领取, not 种植).
    // A verb of one character reads with the one character after it when jieba cut the verb in two (补|植 is 补植).
    if (t.kind === 'word' && t.pos.startsWith('v')) return verbs.some((v) => t.value.includes(v) || (t.value.length === 1 && splitVerb(tokens, j, v)));
  }
  return false;
}

/** Whether the one-character verb tokens[j] and the one-character word right after it make `verb` (补|植: 补植 holds 植). */
function splitVerb(tokens: readonly Token[], j: number, verb: string): boolean {
  const next = tokens[j + 1];
  return next !== undefined && next.kind === 'word' && next.start === tokens[j]!.end && next.end - next.start === 1 && (tokens[j]!.value + next.value).includes(verb);
}

/** Whether one of `nouns` ends the word after the measure, or a word of the clause before the number. */
function nounNear(tokens: readonly Token[], numberAt: number, measureAt: number, nouns: readonly string[], span: Span): boolean {
  const fits = (t: Token | undefined) => t !== undefined && t.kind === 'word' && nouns.some((n) => t.value.endsWith(n) || t.value.startsWith(n));
  const after = tokens[measureAt + 1];
  if (after && after.start === tokens[measureAt]!.start + 1 && fits(after)) return true;
  // The measure token may hold more than the character (a rare word): then the noun is inside it.
  if (tokens[measureAt]!.end - tokens[measureAt]!.start > 1 && nouns.some((n) => tokens[measureAt]!.value.slice(1).startsWith(n))) return true;
  for (let j = numberAt - 1, seen = 0; j >= 0 && seen < 4 && tokens[j]!.start >= span.start; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || t.kind === 'number') break;
    if (fits(t)) return true;
    seen++;
  }
  return false;
}

/** Measure words before which two is 两 (二座 → 两座); 二 + 次/期/类/级/层/号/月/年 … are ordinals or names. */
const TWO_MEASURES = TYPO_TABLE.twoMeasures;
/** Before 二: an ordinal (第二), a larger numeral (十二, 一二个), a day name (初二, 周二). */
const TWO_BEFORE = /[第初十百千万亿零〇一二三四五六七八九两周期拜之老小阿0-9０-９]/u;
/** A sentence with 二 before one of the measure words (checked before asking for its words). */
const TWO_AHEAD = new RegExp(`二(?:(?!)${alternatives(TWO_MEASURES)})`, 'u');

function twos(text: string, tokens: readonly Token[], out: Finding[]): void {
  for (const t of tokens) {
    const at = t.value.indexOf('二');
    if (at < 0 || t.kind !== 'word') continue;
    const i = t.start + at;
    // Inside a longer word (二手, 二维码, 十二) two is no count.
    if (t.end - t.start > 1 && !(at === 0 && TWO_MEASURES.some((m) => t.value === `二${m}`))) continue;
    if (TWO_BEFORE.test(text[i - 1] ?? '')) continue;
    if (text[i - 1] === '、' && TWO_BEFORE.test(text[i - 2] ?? '')) continue; // 第一、二名
    const m = TWO_MEASURES.find((w) => text.startsWith(w, i + 1));
    if (!m) continue;
    if (m === '周' && text[i + 2] === '年') continue; // 二周年: an anniversary
    // 二台子村, 二道子屯: 二, a measure word and 子 before a place suffix are a place's name, not a count.
    if (text[i + 1 + m.length] === '子' && PLACE_CHARS.has(text[i + 2 + m.length] ?? '')) continue;
    const wrong = `二${m}`;
    const right = `两${m}`;
    out.push({ start: i, end: i + 1 + m.length, messageId: 'two', data: { wrong, right }, edit: { start: i, end: i + 1, text: '两' }, right, rank: 0, weight: 0 });
  }
}

/** The measure words of one character (the table's twoMeasures: the class of 量词 before which two is 两). */
const MEASURE_WORDS = new Set(TWO_MEASURES.filter((m) => m.length === 1));
/**
 * Characters after a number that are measure words outside twoMeasures (病例12例, 疫苗2.3万剂, 3宗, 5笔, 2轮 …: 二 before
 * them is an ordinal or rare) or part of a count or a range (30来人, 5到10, 1比1): not slips.
 */
const AFTER_NUMBER = /[年月日时分秒号点来到至比对余多万千百亿倍成折届期例剂宗笔轮拨波季度级斤升码班组队团伏瓦克元角]/u;
/** Parts of speech of a character that cannot count what follows a number: a verb, an adjective, a bound morpheme. */
const NO_MEASURE_POS = /^(?:v|vg|a|ag|zg|d)$/;
const measureCandidates = new Map<string, readonly string[]>();
/**
 * A digit, then a Han character (isHanCode's ranges) that is none of AFTER_NUMBER's, not followed by a digit (5到10).
 */
const DIGIT_HAN = new RegExp(`[0-9０-９](?!${AFTER_NUMBER.source})[\\u3400-\\u4dbf\\u4e00-\\u9fff](?![0-9０-９])`, 'gu');

/** The measure words a character may have been written for (same sound or look-alike), most frequent first (cached). */
function measuresFor(lexicon: Ctx['lexicon'], c: string): readonly string[] {
  let list = measureCandidates.get(c);
  if (!list) {
    const set = lexicon.confusionSet(c, { sound: true, shape: true, common: true });
    // The usual reading of the same syllable and tone first (见 jiàn: 件 before 间 jiān), then the more frequent.
    const toned = new Set(lexicon.readings(c).map((r) => r.numbered));
    const same = (m: string) => (toned.has(lexicon.readings(m)[0]?.numbered ?? '') ? 0 : 1);
    list = set.filter((m) => MEASURE_WORDS.has(m)).sort((x, y) => same(x) - same(y) || lexicon.wordFreq(y) - lexicon.wordFreq(x));
    measureCandidates.set(c, list);
  }
  return list;
}

/**
 * The unit of a date or a clock time written wrong after its number (2026撵10月 → 2026年, 11月20曰 → 20日, 18石前 →
 * 18时): src/rules/lib/date-units.ts. 点 before the minutes offers 时 too (the house style's clock).
 */
function dateUnits(lexicon: Ctx['lexicon'], text: string, span: Span, out: Finding[]): void {
  for (const d of dateUnitSlips(text, span.start, span.end, (unit) => lexicon.confusionSet(unit))) {
    const wrong = text.slice(d.start, d.end);
    const [to, ...others] = d.to;
    const right = wrong.slice(0, -1) + to!;
    out.push({
      start: d.start,
      end: d.end,
      messageId: 'dateUnit',
      data: { wrong, right, from: d.from, to: to! },
      edit: { start: d.at, end: d.at + 1, text: to! },
      right,
      ...(others.length ? { alternatives: others.map((u) => ({ edit: { start: d.at, end: d.at + 1, text: u }, right: wrong.slice(0, -1) + u })) } : {}),
      rank: 0,
      weight: 0,
    });
  }
}

/** A digit, 万 or 亿, then a Han character: where a unit starts after a number in ten thousands (6.8万立方米). */
const DIGIT_WAN_HAN = /[0-9０-９][万亿](?=[\u3400-\u4dbf\u4e00-\u9fff])/gu;
/** The longest unit word after a number that units() tries (平方公里, 立方厘米). */
const UNIT_LONGEST = 4;
/** How often the dictionary must have seen a unit word for a stretch to be read as a slip for it (公顷 739, 千伏 91). */
const UNIT_MIN_FREQ = 20;
/**
 * The unit words units() may find (tag q, 2 to UNIT_LONGEST characters, at least UNIT_MIN_FREQ), indexed as the slip
 * search's extra words are, by each pattern with one character left out: a stretch that matches none of them is one
 * character away from no unit, and wordVariants (dozens of candidate words per place) need not be asked. (Only units of
 * Han characters are kept there; a variant of a Han stretch is all Han.) Built on first use.
 */
let unitPatterns: ExtraWords | undefined;
function nearUnit(lexicon: Ctx['lexicon'], written: string): boolean {
  unitPatterns ??= extraWords(lexicon.wordsTagged('q', { minLength: 2, maxLength: UNIT_LONGEST, minFreq: UNIT_MIN_FREQ }));
  for (let p = 0; p < written.length; p++) if (unitPatterns.byPattern.has(`${written.slice(0, p)}*${written.slice(p + 1)}`)) return true;
  return false;
}

/**
 * A unit of several characters written with one character wrong after a number (清淤3200立肪米 → 立方米, 3200公倾 → 公顷,
 * 6.8万立放米 → 立方米): the stretch after the digits is no word (the longest first; a word as written ends the
 * search), but with one character replaced (same sound or look-alike) it is a unit the dictionary tags as a measure
 * word (q). The inventory is the dictionary's own units, not a list. Longest stretch first, so that 立肪米 is read as
 * 立方米, not 立肪 as 立方; nonMeasures, which would read the 立 alone as 粒, gives way by the findings' order (weight).
 */
function units(lexicon: Ctx['lexicon'], text: string, span: Span, out: Finding[]): void {
  const sentence = text.slice(span.start, span.end + 1);
  // After the digits, or after their 万/亿 (6.8万立放米).
  const starts: number[] = [];
  DIGIT_HAN.lastIndex = 0;
  for (let m = DIGIT_HAN.exec(sentence); m; m = DIGIT_HAN.exec(sentence)) starts.push(span.start + m.index + 1);
  DIGIT_WAN_HAN.lastIndex = 0;
  for (let m = DIGIT_WAN_HAN.exec(sentence); m; m = DIGIT_WAN_HAN.exec(sentence)) starts.push(span.start + m.index + 2);
  for (const i of starts) {
    if (i >= span.end) continue;
    // A measure word written after the number (12个村, 3米高, 46户): the writer wrote the count's own measure there.
    if (MEASURE_WORDS.has(text[i]!) || MEASURES.has(text[i]!)) continue;
    let han = 0;
    while (han < UNIT_LONGEST && i + han < span.end && isHanCode(text.charCodeAt(i + han))) han++;
    if (han < 2) continue;
    for (let k = han; k >= 2; k--) {
      const written = text.slice(i, i + k);
      // A word as written (12公里路段: 公里; 30公分高: 公分) ends the search: the writer wrote a word there.
      if (lexicon.isWord(written)) break;
      if (!nearUnit(lexicon, written)) continue;
      const unit = lexicon.wordVariants(written, { sound: true, shape: true, common: true, minFreq: UNIT_MIN_FREQ }).find((v) => v.pos === 'q');
      if (!unit) continue;
      let n = i - 1;
      while (n > span.start && /[0-9０-９.．万亿]/u.test(text[n - 1]!)) n--;
      const number = text.slice(n, i);
      out.push({
        start: n,
        end: i + k,
        messageId: 'unit',
        data: { wrong: written, right: unit.word, from: unit.from, to: unit.to },
        edit: { start: i + unit.at, end: i + unit.at + 1, text: unit.to },
        right: number + unit.word,
        rank: 0,
        weight: 1,
      });
      break;
    }
  }
}

/**
 * A character right after a number that is no measure word but sounds or looks like one (渔船76搜 → 艘, 路灯260栈 →
 * 盏, 变压器23抬 → 台): a verb, an adjective or a bound morpheme standing alone there counts nothing. Not a measure
 * word itself, nor a character of a count or a range (30来人, 5到10), nor one that makes a word with what follows.
 * The table's measures (坐 → 座 …, with their nouns) come first: this is the class beyond them.
 */
/** Whether a number at `k` is followed by the character `c` (3向至5向: the range's second count, with the same slip). */
function rangeOfSlips(text: string, k: number, c: string): boolean {
  let j = k;
  while (j < text.length && j - k < 12 && /[0-9０-９.．]/u.test(text[j]!)) j++;
  return j > k && text[j] === c;
}

function nonMeasures(lexicon: Ctx['lexicon'], text: string, span: Span, words: () => readonly Token[], out: Finding[]): void {
  // A digit and a Han character that is no digit's usual follower, then no digit (one pass of the regular expression
  // over the sentence, not a test at every character). The slice takes one character past the sentence, so that a
  // digit right after it still rules out its last character (as the test at every character did); a match on that
  // extra character is no match.
  const sentence = text.slice(span.start, span.end + 1);
  DIGIT_HAN.lastIndex = 0;
  for (let m = DIGIT_HAN.exec(sentence); m; m = DIGIT_HAN.exec(sentence)) {
    const i = span.start + m.index + 1;
    if (i >= span.end) break;
    const c = text[i]!;
    if (MEASURE_WORDS.has(c) || MEASURES.has(c)) continue;
    const list = measuresFor(lexicon, c);
    if (list.length === 0) continue;
    const tokens = words();
    const t = tokens[tokenIndex(tokens, i)];
    if (!t || t.start !== i || t.end !== i + 1 || t.kind !== 'word' || !NO_MEASURE_POS.test(t.pos)) continue;
    // A verb of change with its complement 至 or 到 (由8.9降至8.2, 增到): counts nothing, unless the same character follows
    // the next number too (a range of a slip, 3向至5向).
    if (/^v/u.test(t.pos) && /[至到]/u.test(text[i + 1] ?? '') && !rangeOfSlips(text, i + 2, c)) continue;
    let n = i - 1;
    while (n > span.start && /[0-9０-９.．,，]/u.test(text[n - 1]!) && /[0-9０-９]/u.test(text[n - 1] === ',' || text[n - 1] === '，' || text[n - 1] === '.' || text[n - 1] === '．' ? text[n - 2] ?? '' : text[n - 1]!)) n--;
    // A number glued to a code before it (PM2.5|重污染, PM10|浓度): part of a standard's name, it counts nothing.
    if (codeBefore(text, n)) continue;
    const to = list[0]!;
    const wrong = text.slice(n, i + 1);
    const right = wrong.slice(0, -1) + to;
    out.push({
      start: n,
      end: i + 1,
      messageId: 'measure',
      data: { wrong, right, from: c, to, note: { zh: `“${to}”是量词，“${c}”不作量词`, en: `${to} is the measure word` } },
      edit: { start: i, end: i + 1, text: to },
      right,
      // Another measure word of the same sound is offered too (90见: 件 or 间).
      alternatives: list.slice(1, 3).map((m) => ({ edit: { start: i, end: i + 1, text: m }, right: wrong.slice(0, -1) + m })),
      rank: 0,
      weight: 0,
    });
  }
}

/** Events that a verb of prevention keeps from happening (发生, 出现, 反弹 …): 防止…不发生 says the opposite. */
const EVENTS = `(?!)${alternatives(TYPO_TABLE.preventedEvents)}`;
/** Manners of a wrongful act (违规, 擅自, 冒险 …): 防止…不违规 says the opposite of 防止…违规. */
const WRONGFUL = `(?!)${alternatives(TYPO_TABLE.wrongfulActs)}`;
/**
 * 防止不发生 → 防止发生; 切忌不要 → 切忌; with what is prevented in between (避免类似事故不再发生 → 避免类似事故再发生,
 * 杜绝过期食品不再上架): a verb of prevention, a short noun phrase (no mark, no other negation or verb of prevention),
 * 不 or 不再, an event. The group `drop` is taken out.
 */
const NEGATIONS: readonly { re: RegExp; drop: number }[] = [
  { re: new RegExp(`(防止|避免|谨防|杜绝|以免|严防)()(不)(再?(?:${EVENTS}))`, 'gdu'), drop: 3 },
  { re: new RegExp(`(防止|避免|谨防|杜绝|严防)([\\u4e00-\\u9fff]{2,10}?)(不)(再(?:${EVENTS})|(?:发生|出现|重演|反弹|回潮|蔓延|复发))`, 'gdu'), drop: 3 },
  { re: /(切忌|切勿)(不要|不能|别)/dgu, drop: 2 },
  // A wrongful act is what is prevented; 不 before it says the opposite (防止学生不私自下河 → 私自下河).
  { re: new RegExp(`(防止|避免|谨防|杜绝|以免|严防)([\\u4e00-\\u9fff]{0,10}?)(不)(?:${WRONGFUL})`, 'gdu'), drop: 3 },
];

/**
 * The other repairs of 不再 + an event after a verb of prevention, offered after the first (再发生): the event alone
 * (防止事故不再发生 → 防止事故发生) and 再次 (避免事件不再出现 → 避免事件再次出现). Which one the writer meant is theirs
 * to say; each needs confirmation.
 */
function againAlternatives(wrong: string, at: number, dropAt: number): Finding['alternatives'] {
  if (wrong[at] !== '不' || wrong[at + 1] !== '再' || wrong[at + 2] === '次') return undefined;
  const before = wrong.slice(0, at);
  const after = wrong.slice(at + 2);
  return [
    { edit: { start: dropAt, end: dropAt + 2, text: '' }, right: before + after },
    { edit: { start: dropAt, end: dropAt + 2, text: '再次' }, right: `${before}再次${after}` },
  ];
}

function negations(text: string, span: Span, out: Finding[]): void {
  const slice = text.slice(span.start, span.end);
  for (const { re, drop } of NEGATIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      // What lies between the verb of prevention and the negation holds no negation or verb of its own (避免因不…).
      if (drop === 3 && /[不未没无防避杜免]/u.test(m[2]!)) continue;
      const start = span.start + m.index;
      const wrong = m[0];
      const offset = m.indices![drop]![0];
      const dropAt = span.start + offset;
      const dropped = m[drop]!;
      const right = wrong.slice(0, offset - m.index) + wrong.slice(offset - m.index + dropped.length);
      out.push({ start, end: start + wrong.length, messageId: 'negation', data: { wrong, right }, edit: { start: dropAt, end: dropAt + dropped.length, text: '' }, right, rank: 0, weight: 0, alternatives: againAlternatives(wrong, offset - m.index, dropAt) });
    }
  }
}

/** How far below the threshold a slip of two characters may be when the written character rarely takes its place. */
const UNPRODUCTIVE_MARGIN = 2.5;
/**
 * Parts of speech of a person's or a place's name: no intended word of such a weak reading (疫源 → 沂源 ns: the trade
 * term 疫源疫病 is written by the writer, a county's name is not what a slip of a common word gives).
 */
const PROPER_NAME = /^(?:nr|nrt|nrfg|ns)$/;
/** At most this many two-character words have the written character in that place (吴 second: 东吴, 孙吴 …). */
const UNPRODUCTIVE_WORDS = 7;

/**
 * A slip of two characters whose written character rarely takes that place in any two-character word (税吴: few words
 * end with 吴), so that the pair is unlikely to be a new compound the dictionary lacks (续报, 夜查, 涝点 are made of
 * characters that form words freely there): a weaker reading counts.
 */
function unproductive(ctx: Ctx, text: string, slip: Slip): boolean {
  if (slip.end - slip.start === 3) return affixSlot(ctx, text, slip);
  if (slip.end - slip.start !== 2 || slip.gain < threshold(slip) - UNPRODUCTIVE_MARGIN || PROPER_NAME.test(slip.pos)) return false;
  return ctx.lexicon.twoCharWords(slip.from, slip.at === slip.start ? 0 : 1) <= UNPRODUCTIVE_WORDS;
}

/** How far below the threshold an affix slot's slip may be (see affixSlot). */
const AFFIX_MARGIN = 2;
/** At most this many three-character words open (close) with the written character; at least AFFIX_WORDS with the intended one. */
const RARE_AFFIX_WORDS = 10;
const AFFIX_WORDS = 100;
/** Function words and names: a character of its own role at a word's edge (企业|逐|家, 组织|补|植 are grammar). */
const AFFIX_OWN_ROLE = /^(?:d|p|c|u|r|m|q|nr|ns)/;

/**
 * A slip of three characters whose changed character is the first or the last, beside a word of two (吓|功夫 → 下功夫,
 * 管理|聚 → 管理局, 工作|曰 → 工作日): the intended character opens or closes three-character words freely (下, 局, 日,
 * 性, 者: AFFIX_WORDS or more such words in the dictionary), the written one hardly ever (RARE_AFFIX_WORDS or fewer), so
 * the stretch is no compound of the writer's (文化|室, 仲裁|院 and 标志|碑 are: 室, 院 and 碑 close many such words) and a
 * weaker reading counts. Not a character with a role of its own there (an adverb, a preposition, a numeral…), and a
 * last character must stand before a word, not at the clause's end (收费标准|低，: a predicate).
 */
function affixSlot(ctx: Ctx, text: string, slip: Slip): boolean {
  if (slip.gain < threshold(slip) - AFFIX_MARGIN || PROPER_NAME.test(slip.pos)) return false;
  if (slip.at !== slip.start && slip.at !== slip.end - 1) return false;
  const place = slip.at === slip.start ? 0 : 2;
  if (AFFIX_OWN_ROLE.test(ctx.lexicon.lookup(slip.from)?.pos ?? 'x')) return false;
  if (place === 2 && !isHanCode(text.charCodeAt(slip.end))) return false;
  return ctx.lexicon.threeCharWords(slip.from, place) <= RARE_AFFIX_WORDS && ctx.lexicon.threeCharWords(slip.to, place) >= AFFIX_WORDS;
}

/** How far around a slip its intended word is looked for (an information item is shorter; a long report's parts). */
const ELSEWHERE = 2000;

/**
 * Whether the intended word of a slip occurs in the text outside the slip's stretch, within ELSEWHERE characters;
 * with `inProse` (view offsets), only where it lies in the draft's prose (see bitesUnchanged).
 */
function usedElsewhere(text: string, slip: Slip, inProse?: (start: number, end: number) => boolean): boolean {
  const from = Math.max(0, slip.start - ELSEWHERE);
  const around = text.slice(from, Math.min(text.length, slip.end + ELSEWHERE));
  for (let at = around.indexOf(slip.right); at >= 0; at = around.indexOf(slip.right, at + 1)) {
    if ((from + at >= slip.end || from + at + slip.right.length <= slip.start) && (!inProse || inProse(from + at, from + at + slip.right.length))) return true;
  }
  return false;
}

/**
 * Whether a stretch of two characters takes the character it leaves unchanged off a word of the dictionary that goes
 * on outside it (转办|工单 read as 办工 → 办公: 办 is 转办's). The change then reads apart a word that holds no slip:
 * the intended word must be the writer's own, written in the prose (县委办 … 现委办 → 县委), not only in the front
 * matter's unit (单位: 清河县人民政府办公室), for the draft's use of it to count. (A stretch whose bitten character is
 * the changed one, 有办|工场所 → 办公, reads the slip where the dictionary glued it to the next character.)
 */
function bitesUnchanged(tokens: readonly Token[], slip: Slip): boolean {
  if (slip.loose || slip.swap || slip.idiom || slip.end - slip.start !== 2) return false;
  const other = slip.at === slip.start ? slip.end - 1 : slip.start;
  const t = tokens[tokenIndex(tokens, other + 1) - 1];
  return t !== undefined && t.start <= other && other < t.end && t.kind === 'word' && (t.start < slip.start || t.end > slip.end);
}

/** Whether draft.text[start, end) lies in one prose segment (the segments are sorted and apart: a binary search). */
function withinProse(segments: readonly Span[], start: number, end: number): boolean {
  let a = 0;
  let b = segments.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (segments[m]!.end < end) a = m + 1;
    else b = m;
  }
  const seg = segments[a];
  return seg !== undefined && seg.start <= start && end <= seg.end;
}

/** The search: as the default, but keeping changes down to a gain of 3 for known misspellings (秸杆 → 秸秆 gains 3.3). */
const SEARCH = { ...DEFAULT_SEARCH, minGain: 3, kinWords: true };

/** At most this frequent, a written word of two or three characters is one jieba keeps as a misspelling (坐谈会 3, 防讯 3, 秸杆 5). */
const MISSPELLING_FREQ = RARE_WORD;
/** The intended word is at least this frequent, and this many times the written one. */
const MISSPELLING_RIGHT_FREQ = 100;
const MISSPELLING_RATIO = 20;

/**
 * A noun of two or three characters that jieba lists only at the lowest frequency (its corpus keeps common
 * misspellings so: 坐谈会, 防讯, 秸杆), one kin character (see kin) away from a common word many times as frequent
 * (座谈会 1148, 防汛 239, 秸秆 135): a non-word with a name in the dictionary. (Rare words of their own, 史馆, 网店,
 * 民宿, are one character from a common word too, but one that only sounds alike.)
 */
function knownMisspelling(ctx: Ctx, slip: Slip): boolean {
  if (!slip.writtenIsWord || slip.swap || slip.idiom || slip.end - slip.start < 2 || slip.end - slip.start > 3) return false;
  const written = ctx.lexicon.lookup(slip.wrong);
  // A noun (坐谈会 n, 防讯 nz), not a name, a place, a verb or a set phrase (绝不能 v is written beside 决不能).
  if (!written || written.freq > MISSPELLING_FREQ || !/^(?:n|nz|vn|an)$/.test(written.pos)) return false;
  return slip.freq >= MISSPELLING_RIGHT_FREQ && slip.freq >= MISSPELLING_RATIO * written.freq && slip.right.length === slip.wrong.length && kin(ctx, slip.from, slip.to);
}

/** Verbs and adjectives (jieba's tags) a known misspelling of a verb may carry, written and intended. */
const VERB_LIKE = /^(?:v|vd|vn|a|ad|an)$/;
/**
 * Second characters that make a verb with a complement, a preposition or a particle (抬上, 圈起, 阅完, 熔于, 轮为): a
 * word so built is a phrase the dictionary happens to list, often meant as written, not a misspelling's.
 */
const COMPLEMENT_CHARS = '上下来去起完过于成往离进到住出入开回为在好掉走着了得给向';

/**
 * A verb or adjective of two characters that jieba lists only at the lowest frequency (it keeps common misspellings so:
 * 疏理, 开消, 销灭, 争辨, 防碍, 锻练, 膨涨), one kin character (see kin) from a verb or adjective many times as frequent
 * (梳理, 开销, 消灭, 争辩, 妨碍, 锻炼, 膨胀): the verbs' counterpart of knownMisspelling. Not a verb with a complement
 * (COMPLEMENT_CHARS: 换起, 跳往, 驾上 are verbs of their own): on the dictionary's 2-character words at frequency ≤ 5
 * with a kin neighbour ≥ 100 and 20 times as frequent, 90 verbs and 19 adjectives; with the complement ones left out,
 * nearly all are misspellings (攀蹬, 暴燥, 狡滑, 锻练 …), a few rare words of their own (漂荡, 悦服) that guards and the
 * frequency ratio keep.
 */
function knownMisspelledVerb(ctx: Ctx, slip: Slip): boolean {
  if (!slip.writtenIsWord || slip.swap || slip.idiom || slip.end - slip.start !== 2 || slip.right.length !== 2) return false;
  const written = ctx.lexicon.lookup(slip.wrong);
  if (!written || written.freq > MISSPELLING_FREQ || !VERB_LIKE.test(written.pos) || !VERB_LIKE.test(slip.pos)) return false;
  if (COMPLEMENT_CHARS.includes(slip.wrong[1]!)) return false;
  return slip.freq >= MISSPELLING_RIGHT_FREQ && slip.freq >= MISSPELLING_RATIO * written.freq && kin(ctx, slip.from, slip.to) && !(slip.at === slip.start && variantHeads(ctx, slip.from, slip.to));
}

/** How frequent both words of a pair must be for their first characters to count as variants (see variantHeads). */
const VARIANT_FREQ = 100;
/**
 * Whether two characters head common words in turn (漂浮 and 飘浮, 漂泊 and 飘泊: both written, 漂荡 is 飘荡's variant):
 * variant heads (异形词), one written for the other by choice, not by slip. Asked only of a rare verb's first character.
 */
function variantHeads(ctx: Ctx, from: string, to: string): boolean {
  for (const w of ctx.lexicon.wordsWithPrefix(from)) {
    if (w.length !== 2 || (ctx.lexicon.lookup(w)?.freq ?? 0) < VARIANT_FREQ) continue;
    if ((ctx.lexicon.lookup(to + w[1]!)?.freq ?? 0) >= VARIANT_FREQ) return true;
  }
  return false;
}

/**
 * A verb of two characters the dictionary lists rarely (≤ MISSPELLING_FREQ), made of a verb and a complement
 * (COMPLEMENT_CHARS: 阅完), whose first character is changed into a look-alike it shares only a rare reading with
 * (阅 is 说 only in its old reading yue: 阅完 → 说完): the writer's verb and its complement, not a slip (a look-alike
 * of the intended one's first reading, or a change of sound alone, stays one).
 */
function verbWithComplement(ctx: Ctx, slip: Slip): boolean {
  if (!slip.writtenIsWord || slip.swap || slip.idiom || slip.end - slip.start !== 2 || slip.at !== slip.start) return false;
  if (!COMPLEMENT_CHARS.includes(slip.wrong[1]!)) return false;
  const written = ctx.lexicon.lookup(slip.wrong);
  // (Kin by the intended character's first reading: 阅 is 说 only in its old reading yue; 阅完 is no 说完.)
  const first = ctx.lexicon.readings(slip.to)[0]?.syllable;
  const kinByFirst = ctx.lexicon.lookAlikes(slip.from).includes(slip.to) && ctx.lexicon.readings(slip.from).some((r) => r.syllable === first);
  // (Read into another verb with the same complement, 说完: a place word or a noun, 抬上 → 台上, stays a slip.)
  return written !== undefined && written.freq <= MISSPELLING_FREQ && written.pos === 'v' && slip.pos === 'v' && kin(ctx, slip.from, slip.to) && !kinByFirst;
}

/**
 * The parts that make two characters kin beyond the curated table: a part of both that is neither of them (涂/途 share
 * 余; 真/镇 or 主/驻, one the other's part, are a common word and its compound's character, a pair read into every
 * 镇的, 为驻), held by at most 16 common characters (a phonetic such as 余 12, 粦 9, 面 5; not a radical of meaning
 * such as 尸 31, which 局 and 居 share, nor 占 21 of 店 and 点). On the project's corpus a looser relation raised false
 * alarms on 旅局, 局于, 镇的, 网店, 户送.
 */
const KIN_PART = { siblings: true, maxHolders: 16 } as const;

/** How much less gain a slip needs when the two characters are kin (see kin). */
const KIN_MARGIN = 2;

/**
 * Whether two characters are kin: they look alike (the curated table, or a component they share) and share a syllable
 * (tone aside) — most often one phonetic part (坐/座, 讯/汛, 杆/秆, 低/底, 途/涂, 磷/遴): the classic wrong character
 * (别字), far likelier a slip than two characters that only sound alike (史馆 is a word of its own, not 使馆).
 */
function kin(ctx: Ctx, from: string, to: string): boolean {
  return kinship(ctx, from, to) > 0;
}

/**
 * How two characters are kin: 2 by the curated look-alike table, 1 by a component they share (the table of parts
 * derived from decomposition data, src/core/lexicon/components.ts, with KIN_PART: 途/涂, 磷/遴, 湎/缅 — not variant
 * heads that both head common words, 砂石/沙石), 0 when they are not kin (or share no syllable).
 */
function kinship(ctx: Ctx, from: string, to: string): 0 | 1 | 2 {
  const curated = ctx.lexicon.lookAlikes(from).includes(to);
  if (!curated && !ctx.lexicon.sharesComponent(from, to, KIN_PART)) return 0;
  if (!ctx.lexicon.shareSyllable(from, to)) return 0;
  if (curated) return 2;
  return variantHeads(ctx, from, to) || variantHeads(ctx, to, from) ? 0 : 1;
}

/**
 * How much less gain a slip needs when it is a clean break (see cleanBreak): two loose characters between words, one
 * of them a same-sounding or look-alike character of a common word (及式 → 及时, 拔付 → 拨付, 借剑 → 借鉴).
 */
const CLEAN_BREAK_MARGIN = 1.5;
/** How much less a common administrative word of 区 needs in a place's slot (areaWordSlot: 辖区 at 3.9, 瞎区 gains 4.3). */
const AREA_SLOT_MARGIN = 3.5;
/** The intended word of a clean break is at least this frequent (a new compound shadows rare words: 酒驾 → 酒家 523, 压降 → 压强 207). */
const CLEAN_BREAK_FREQ = 1000;

/** Parts of speech of a one-character word that closes a phrase on the right of a clean break (的 了 着, 和 与) and on its left (的, 和). */
const CLOSING_AFTER = /^(?:uj|ul|uz|c)$/;
const CLOSING_BEFORE = /^(?:uj|c)$/;
/** A one-character link between what is measured and its figure (增幅为4.3%, 产量达1.2万吨). */
const COUNT_LINK_CHAR = /^[为是达]$/u;

/** Parts of speech of a proper name or a place word (a name written otherwise is the writer's, not a slip: 溪县, 东坪). */
const PROPER = /^(?:nr|nrt|nrfg|ns|nt|nz|s)$/;

/**
 * A clean break: the slip's stretch is two loose characters, not itself a word, that stand between words (or marks,
 * or a unit after a number: 11月|拔付|乡镇) and that one change turns into a common word that is no name. Then only
 * the stretch is broken, and a change that mends it needs less gain (a new compound of the writer's is more often
 * built in a run of loose characters: 阅示的, 以正补负). Not when the stretch is read otherwise by grammar:
 * 逐 + a measure or a noun (逐台, 逐人), a numeral and what it counts (“按排”一词), a unit of a 、 list that shares a
 * character with the unit next to it (缺会、代会).
 */
function cleanBreak(ctx: Ctx, text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end } = slip;
  // (jieba tags some common office words nz, a proper term: 申报 1,069 is no name; at CLEAN_BREAK_FREQ or more it is none.)
  if (slip.swap || slip.idiom || slip.rareForm || slip.writtenIsWord || !slip.loose || end - start !== 2 || (PROPER.test(slip.pos) && !(slip.pos === 'nz' && slip.freq >= CLEAN_BREAK_FREQ))) return false;
  // A common word, or a look-alike of the written character (拔付 → 拨付 53, 摸低 → 摸底 88: jieba's corpus is older than many office words).
  if (slip.freq < cleanBreakFloor(slip, CLEAN_BREAK_FREQ) && !ctx.lexicon.lookAlikes(slip.from).includes(slip.to)) return false;
  const i = tokenIndex(tokens, start);
  const left = tokens[i - 1];
  const right = tokens[i + 2];
  if (tokens[i]?.start !== start || tokens[i + 1]?.end !== end) return false;
  // A neighbour: a word of two characters or more, a mark, a number, the edge; or a unit right after a number (11月).
  const firm = (t: Token | undefined, before: Token | undefined) => !t || t.kind !== 'word' || t.end - t.start >= 2 || before?.kind === 'number';
  // Or a particle or conjunction that closes the phrase the stretch stands in: 的, 了, 着 or 和, 与 after it (3个|鱼港|的渔船
  // → 渔港), 的 or 和 before it (服务|和|主渠道); not a preposition (在|倒罐|完成后, 深入|宝力|根: 根 is one).
  // (Or an adverb of one character before a verb's stretch: 已|整该|到位 → 整改, the adverb leads the verb.)
  const adverbBefore = left?.kind === 'word' && left.end - left.start === 1 && left.pos === 'd' && /^v/u.test(slip.pos);
  // (Or a link before a count after it, 为、达、是: the stretch is the subject the figure measures, 投资增副|为|4.3% → 增幅.)
  const next = tokens[i + 3];
  const linkBeforeCount = right?.kind === 'word' && right.end - right.start === 1 && COUNT_LINK_CHAR.test(right.value) && next?.kind === 'number' && next.start === right.end;
  if (!(firm(left, tokens[i - 2]) || CLOSING_BEFORE.test(left!.pos) || adverbBefore || suffixClosesName(tokens, i - 1)) || !(firm(right, undefined) || CLOSING_AFTER.test(right!.pos) || linkBeforeCount)) return false;
  // A stretch whose first character counts the number before it (比2025年|低0.6元, 3台|机) is not two loose characters.
  if (left?.kind === 'number') return false;
  // 逐 + a measure or a noun (逐台); a numeral and what it counts (“按排”一词, 两地, 三县).
  if (text[start] === '逐' || NUMERAL.test(text[start]!)) return false;
  return !listUnitShares(text, start, end);
}

/**
 * Whether tokens[k] is an administrative suffix of one character standing alone that closes a place's name written
 * just before it (岚溪|县, 柘|潭|县, 桐|埠|镇, 石桥|乡): the name ends there as firmly as at a word of two characters, so
 * a stretch right after it is a clean break too (柘潭县|整该|到位 → 整改, 桐埠镇|摸低|排查 → 摸底). The name is one or
 * two tokens of Han characters (a place, a name or a bound morpheme the dictionary reads it as), not a number or a mark.
 */
function suffixClosesName(tokens: readonly Token[], k: number): boolean {
  const suffix = tokens[k];
  const name = tokens[k - 1];
  if (!suffix || !name || suffix.kind !== 'word' || suffix.end - suffix.start !== 1 || !ADMIN_SUFFIX.has(suffix.value)) return false;
  // A name of one character closes only a county's (沛县, 滑县); before 乡/镇/村… one character makes a coined word, not a
  // place (“橘乡古驿”: the orange country, a brand).
  const before = tokens[k - 2];
  if (name.end - name.start < 2 && suffix.value !== '县' && !(before && before.kind === 'word' && before.end === name.start && before.end - before.start === 1 && ALL_HAN.test(before.value))) return false;
  return name.kind === 'word' && name.end === suffix.start && ALL_HAN.test(name.value);
}

/** A stretch of Han characters only. */
const ALL_HAN = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/u;

/**
 * Whether two loose content characters lead up to text position `start` as a term's (see guarded): a run of exactly two,
 * or two right after a place's suffix that closes its name (桐|埠|镇|稻|虾|共作: the place, then 稻虾共作), which
 * looseRun reads as one longer run.
 */
function looseTermRun(tokens: readonly Token[], start: number): boolean {
  const n = looseRun(tokens, start, -1);
  if (n === 2) return true;
  const k = tokenIndex(tokens, start);
  return n > 2 && tokens[k]?.start === start && suffixClosesName(tokens, k - 3);
}

/**
 * Whether text[start, end) lies in a unit of a 、 list next to a unit of the same length (at most UNIT_SCAN) that has
 * one of the stretch's characters in the same place (缺会、代会; 成事之基、谋事之道): coordinated units built on one
 * pattern, not a word broken by a slip. A unit may run on into the words around it (对|缺会、代会|情况), so every
 * length that fits is tried.
 */
function listUnitShares(text: string, start: number, end: number): boolean {
  const same = (u: number, a: number) => {
    for (let k = start; k < end; k++) if (text[u + k - a] === text[k]) return true;
    return false;
  };
  let a = start;
  while (a > 0 && start - a < UNIT_SCAN && isHanCode(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < UNIT_SCAN && isHanCode(text.charCodeAt(b))) b++;
  // A 、 before the stretch's unit (it starts at a): the unit before, of the length of the stretch's unit so far or more.
  if (text[a - 1] === '、') {
    for (let n = end - a; n <= UNIT_SCAN && a - 1 - n >= 0; n++) {
      if (!isHanCode(text.charCodeAt(a - 1 - n))) break;
      if (same(a - 1 - n, a)) return true;
    }
  }
  // A 、 after it (it ends at b): the unit after, as long as the stretch's unit from any start.
  if (text[b] === '、') {
    for (let u = start; u >= a; u--) {
      const n = b - u;
      if (b + 1 + n > text.length) continue;
      if (same(b + 1, u)) return true;
    }
  }
  return false;
}

/** How far (natural log) behind the best reading another may be and still be offered. */
const ALTERNATIVE_MARGIN = 3;

/** Chinese numerals (a window that cuts one in two is a count, not a word). */
const NUMERAL = /[〇零一二三四五六七八九十百千万亿两几]/u;

/** The slips of one sentence that pass the guards and the threshold. */
/**
 * A sentence as the slips read it: `text` and `span` within it, its tokens, and where each of its offsets lies in
 * the draft. Pinyin annotations pasted from the web are taken out (發(fā)展觀 reads 发展观: the annotation, not a
 * character, broke the word; paste-residue removes it, and no fault is hidden or made by that).
 */
interface View {
  text: string;
  span: Span;
  tokens: () => readonly Token[];
  /** The draft offset of view offset i (i may be span.end). */
  at: (i: number) => number;
}

/** A pinyin annotation: (fā), （zhǎn）. */
const PINYIN = /[(（][a-z\u00e0-\u01dc\u0300-\u036f]{1,8}[)）]/gu;

function viewOf(ctx: Ctx, reading: string, span: Span, tokens: () => readonly Token[]): View {
  const sentence = reading.slice(span.start, span.end);
  PINYIN.lastIndex = 0;
  if (!PINYIN.test(sentence)) return { text: reading, span, tokens, at: (i) => i };
  const map: number[] = [];
  let clean = '';
  let last = 0;
  PINYIN.lastIndex = 0;
  for (let m = PINYIN.exec(sentence); m; m = PINYIN.exec(sentence)) {
    for (let k = last; k < m.index; k++) map.push(span.start + k);
    clean += sentence.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let k = last; k < sentence.length; k++) map.push(span.start + k);
  clean += sentence.slice(last);
  map.push(span.end);
  let own: readonly Token[] | undefined;
  return { text: clean, span: { start: 0, end: clean.length }, tokens: () => (own ??= ctx.lexicon.segment(clean)), at: (i) => map[i]! };
}

/** Whether a character of the stretch other than the changed one is a name's kept character (keptNameChar). */
function keptInStretch(draftText: string, text: string, at: (i: number) => number, slip: Slip): boolean {
  for (let k = slip.start; k < slip.end; k++) if (k !== slip.at && keptNameChar(draftText, at(k), text[k]!)) return true;
  return false;
}

/** The rare numerals twenty and thirty (and forty): never a slip of sound. */
const NUMERAL_RARE = '廿卅卌';

function slips(ctx: Ctx, view: View, accepted: () => Span[], extra: ExtraWords, out: Finding[]): void {
  const { draft } = ctx;
  const { text, at } = view;
  for (const found of withIdiomSlips(ctx.lexicon, text, view.span, view.tokens, findSlips(ctx.lexicon, text, view.span, view.tokens, SEARCH, extra))) {
    // An office word jieba counts low (排查 43) is read as a common word: the slip gains what its mending would gain then.
    // A kin reading close behind one that only sounds alike is the slip's reading before the threshold is asked (迅情:
    // 汛情 before 殉情), so that it needs the kin's lower gain.
    // A look-alike that makes one word with its neighbour goes before a reading that does not (建役项目: 建设项目, not
    // 建议): see fitFirst.
    let slip = fitFirst(ctx, text, view.tokens, officeSlip(ctx, text, kinFirst(ctx, text, found)));
    // 廿 and 卅 are numerals an input method lists far below 年、念、萨: written, they are meant (廿塘村, 卅里铺), not a slip
    // of sound for a common character.
    if (NUMERAL_RARE.includes(slip.from) && slip.kind === 'sound') continue;
    // The search keeps weaker changes for a written word jieba keeps only as a misspelling; any other needs the usual gain.
    // (So does a measure word's slot after an ordinal, 第三界|乡村文化节 → 第三届, with the usual least gain: word-slots.ts.)
    // A rare verb of the dictionary written with a complement (阅完, 抬上) is the writer's verb, not a slip of sound.
    if (verbWithComplement(ctx, slip)) continue;
    // A trade word's reading (kin-words.ts) is no reading of a short quoted name, the writer's coinage (“暖蜂行动”).
    if (slip.kinWord && inQuotedName(text, slip)) continue;
    const known = knownMisspelling(ctx, slip) || knownMisspelledVerb(ctx, slip) || (slip.gain >= DEFAULT_SEARCH.minGain && ordinalMeasure(ctx.lexicon, text, slip));
    if (!slip.rareForm && !slip.idiom && !slip.slot && slip.gain < DEFAULT_SEARCH.minGain && !known) continue;
    // Below the threshold, loose characters still count when the writer uses the intended word elsewhere in the
    // draft (迟报、漏宝、瞒报 … 漏报; 意使 … 意识): a word the writer knows, mistyped once. (A rare word written
    // beside its common twin is no such case: 绝不能 and 决不能 are both written.)
    // (Kin by the curated table only: kin by a shared component, a derived and broader relation, lowers no threshold — on
    // bench/name-fa.mjs it read more of the writer's names as slips.)
    let margin = !slip.swap && kinship(ctx, slip.from, slip.to) === 2 ? KIN_MARGIN : 0;
    // A common administrative word of 区 in a place's slot after a preposition (对瞎区内 → 辖区): see areaWordSlot.
    if (areaWordSlot(ctx.lexicon, text, view.tokens, slip)) margin += AREA_SLOT_MARGIN;
    // A plain non-word, read in a title too (Finding.plain): loose characters mended by their own gain, not by a lower bar.
    const plain = !slip.swap && !slip.slot && !slip.idiom && !slip.rareForm && !slip.writtenIsWord && slip.loose && !known && slip.gain >= threshold(slip) - margin;
    // A clean break needs less (cleanBreak: the tokens are asked for only in that band).
    if (!slip.swap && slip.gain < threshold(slip) - margin && slip.gain >= threshold(slip) - margin - CLEAN_BREAK_MARGIN && cleanBreak(ctx, text, view.tokens(), slip)) margin += CLEAN_BREAK_MARGIN;
    if (slip.idiom || known ? false : slip.swap ? slip.gain < swapThreshold(ctx, text, view.tokens(), slip) : !slip.rareForm && slip.gain < threshold(slip) - margin && (slip.writtenIsWord || !usedElsewhere(text, slip, bitesUnchanged(view.tokens(), slip) ? (a, b) => withinProse(draft.proseSegments, at(a), at(b - 1) + 1) : undefined)) && !unproductive(ctx, text, slip)) continue;
    const start = at(slip.start);
    const end = at(slip.end - 1) + 1;
    // (A function word's slot changes its one character only: an accepted word beside it stays as written, 村组底|台账.)
    if (slip.slot ? intersects(accepted(), at(slip.at), at(slip.at) + 1) : intersects(accepted(), start, end)) continue;
    // 著力: script-mix turns 著 into 着 where the standard writes the variant; one fault gets one message, not also 主力.
    if (ctx.config.script !== 'traditional' && ctx.isEnabled('script-mix') && holdsVariant(ctx.lexicon, text, slip.start, slip.end)) continue;
    // A character the simplified standard keeps for names, written by the writer and read converted (乾溪 read 干溪): the
    // stretch is a name (乾溪大桥, 乾溪中队), no slip of the common word its reading is one change from (干系).
    if (keptInStretch(draft.text, text, at, slip)) continue;
    if (guarded(ctx, text, view.tokens(), slip)) continue;
    if (punInCoinedName(ctx, start, end, draft.text[at(slip.at)]!, slip)) continue;
    // A productive pattern the change would break (一键 + a verb, 逐村), or an accepted word read across two words (供餐|学校).
    if (
      productivePattern(ctx.lexicon, text, view.tokens(), slip) ||
      oneByOne(text, slip, MEASURE_WORDS) ||
      acceptedAcross(ctx.lexicon, text, view.tokens(), slip) ||
      acceptedInCompound(text, view.tokens(), slip, ctx.lexicon) ||
      systemAfterAdoption(text, slip) ||
      prepositionBeforeLocalizer(text, view.tokens(), slip) ||
      frameOfIntended(text, slip) ||
      parallelTerm(ctx.lexicon, text, view.tokens(), slip, PLACE_CHARS) ||
      measureVolume(text, slip) ||
      prohibition(ctx.lexicon, text, view.tokens(), slip) ||
      // 涉 + a noun (涉氨企业), 应/实 + a verb before a count (应缴人数), a verb of the potential form (卖得起).
      involvingNoun(ctx.lexicon, text, slip) ||
      modalVerbBeforeCount(ctx.lexicon, text, slip) ||
      potentialForm(ctx.lexicon, text, slip) ||
      // 六|价铬 (a valence, no 价格), 时问：“ (a speech verb before a quotation), 发生|铝|粉尘 (a verb and a noun that names the next noun's material).
      valenceCount(text, slip) ||
      speechBeforeQuote(text, slip) ||
      verbBeforeModifiedNoun(text, view.tokens(), slip) ||
      // 一企一档 (the 一A一B shape), 浇得很透 (a verb, 得 and its complement), 井|常年 (a noun before an adverb read whole).
      oneAOneB(text, slip) ||
      verbBeforeComplement(ctx.lexicon, text, view.tokens(), slip) ||
      nounBeforeAdverb(ctx.lexicon, view.tokens(), slip) ||
      // 每斤|仅 (每 and a measure before an adverb), 时间|较|长 (a subject, a degree adverb, an adjective), 闲|在|家中.
      measureBeforeAdverb(text, view.tokens(), slip) ||
      degreeBeforeAdjective(ctx.lexicon, text, view.tokens(), slip) ||
      wordBeforeZaiPlace(ctx.lexicon, text, view.tokens(), slip) ||
      // 石板巷|等|6条 (等 of a list before a count), 每隔|50米 (a measure never before a count), 首接首办 (the AXAY
      // shape), 竹筏工|须|持证 (a name's last character before an adverb and its verb).
      enumerationBeforeCount(text, slip) ||
      measureBeforeCount(ctx.lexicon, text, slip) ||
      parallelSlogan(text, slip) ||
      nameEndBeforeAdverb(text, view.tokens(), slip) ||
      // 吊|厢|内 (a noun and a position word, not 箱内).
      nounBeforePosition(ctx.lexicon, text, slip) ||
      // The writer's names and counts (typo-frames.ts): 葛堂村至付楼村, 预报员韩云麓、何洪涛, “滨垣农服”APP, 滨垣县|丰垣…公司,
      // 单块规格, 第一档|年用电量.
      routeBetweenPlaces(text, slip, PLACE_CHARS) ||
      nameInRoleList(text, slip, (c) => isSurname(ctx, c), ROLE_END) ||
      appName(text, slip) ||
      properAcrossSuffix(text, slip, ADMIN_SUFFIX) ||
      perPiece(text, slip, MEASURE_WORDS) ||
      ordinalTier(text, slip, (c) => MEASURE_WORDS.has(c) || ctx.lexicon.lookup(c)?.pos === 'q') ||
      // 碱场村、硝河村 (a village's own name), 桐坪站131.2毫米、青杠站117.9毫米 (a station in a list of readings).
      settlementOwnName(text, slip) ||
      stationInReadings(text, slip)
    )
      continue;
    // A second reading close behind the first is offered too (提坝: 提拔 or 堤坝), the context decides.
    let others = slip.others.filter((o) => o.gain >= slip.gain - ALTERNATIVE_MARGIN && o.gain >= DEFAULT_SEARCH.minGain).slice(0, 2);
    // A kin reading (see kin) goes first before one that only sounds alike, unless far behind (伐门: 阀门 before 法门).
    const kinBest = !slip.swap && !slip.slot && !kin(ctx, slip.from, slip.to);
    const firstKin = kinBest ? others.findIndex((o) => o.gain >= slip.gain - KIN_MARGIN && kin(ctx, text[o.at]!, o.to)) : -1;
    if (firstKin >= 0) {
      const o = others[firstKin]!;
      others = [{ right: slip.right, at: slip.at, to: slip.to, gain: slip.gain }, ...others.filter((_, k) => k !== firstKin)];
      slip = { ...slip, right: o.right, at: o.at, to: o.to, from: text[o.at]!, gain: o.gain, kind: 'sound' };
    }
    if (!known && !evidenced(ctx.lexicon, text, view.span, view.tokens(), slip, kin(ctx, slip.from, slip.to))) continue;
    const edit = (i: number, to: string) => ({ start: at(i), end: at(i) + 1, text: to });
    out.push({
      start,
      end,
      messageId: others.length ? 'slipOr' : 'slip',
      // As written (a traditional character read as simplified shows as written; script-mix converts it).
      data: { wrong: draft.text.slice(start, end), right: slip.right, from: draft.text[at(slip.at)]! + (slip.second ? `”“${draft.text[at(slip.second.at)]!}` : ''), to: slip.to + (slip.second ? `”“${slip.second.to}` : ''), how: HOW[slip.kind], other: others.map((o) => o.right).join('”或“') },
      // (An idiom typed by its sound with two characters wrong: both replaced, with what lies between as written.)
      edit: slip.second ? { start: at(slip.at), end: at(slip.second.at) + 1, text: slip.right.slice(slip.at - slip.start, slip.second.at - slip.start + 1) } : edit(slip.at, slip.to),
      right: slip.right,
      alternatives: others.map((o) => ({ edit: edit(o.at, o.to), right: o.right })),
      rank: 1,
      // A known misspelling before a part of it (坐谈会 → 座谈会 before 坐谈 → 座谈, which gains as much).
      // A function word's slot before another reading of the same characters (一示 is 一是 there, not 一时).
      // A kin reading before a reading of the same characters that only sounds alike (边坡蹋方: 塌方 before 他方).
      weight: slip.rareForm ? 100 + slip.gain : slip.slot ? SLOT_WEIGHT + slip.gain : (known ? slip.gain + 1 : slip.gain) + (slip.swap || !kin(ctx, slip.from, slip.to) ? 0 : KIN_MARGIN),
      ...(plain ? { plain } : {}),
    });
  }
}

/**
 * How deep in the list of characters of a syllable (most common first: the order an input method shows them) a written
 * character may stand and still be a careless pick for the meant one: the sets of the project's injected-typo measure
 * (fidelity/lib/confusion-lexicon.mjs, the 12 most common). 钔 and 懑 are among the 6 for 门; 蛎 is the 49th for 里.
 */
const CANDIDATE_DEPTH = 12;
function nearCandidate(ctx: Ctx, written: string, meant: string): boolean {
  return ctx.lexicon.confusionSet(meant, { sound: true, shape: true, common: true, limit: CANDIDATE_DEPTH }).includes(written);
}

/**
 * A slip whose best reading only sounds alike, with a kin reading (see kin) of the same stretch at most KIN_MARGIN
 * behind: the kin reading, with its word's frequency and part of speech (迅情: 汛情 22, not 殉情 43; 伐门: 阀门).
 * The classic wrong character is far likelier than a homophone that happens to read a little better.
 */
function kinFirst(ctx: Ctx, text: string, slip: Slip): Slip {
  if (slip.swap || slip.slot || slip.idiom || slip.rareForm || !slip.others.length || kin(ctx, slip.from, slip.to)) return slip;
  const o = slip.others.find((x) => x.gain >= slip.gain - KIN_MARGIN && x.gain >= DEFAULT_SEARCH.minGain && kin(ctx, text[x.at]!, x.to));
  if (!o) return slip;
  const info = ctx.lexicon.lookup(o.right);
  // The kin reading must pass on its own kin margin (no lower bar of a clean break: “暖蜂行动” is no 暖锋).
  if (o.gain < threshold({ ...slip, freq: info?.freq ?? slip.freq }) - KIN_MARGIN) return slip;
  return promote(text, slip, o, { gain: o.gain, kind: 'sound', freq: info?.freq ?? slip.freq, pos: info?.pos ?? slip.pos });
}

/** The slip read as one of its other readings `o` (with that reading's score and word), the first reading among the others. */
function promote(text: string, slip: Slip, o: Slip['others'][number], as: Pick<Slip, 'gain' | 'kind' | 'freq' | 'pos'>): Slip {
  return {
    ...slip,
    right: o.right,
    at: o.at,
    from: text[o.at]!,
    to: o.to,
    ...as,
    others: [{ right: slip.right, at: slip.at, to: slip.to, gain: slip.gain }, ...slip.others.filter((x) => x !== o)],
  };
}

/** A word of the dictionary this frequent or more counts as one (jieba keeps misspellings and junk at 1 to 5). */
const FIT_FREQ = 10;

/**
 * A slip of two characters whose reading makes no word with the word right after the stretch (or right before it),
 * while a look-alike of the written character — one that shares a component with it (src/core/lexicon/components.ts)
 * or that the curated table lists — makes a word of the stretch that does (建役|项目: 建议 and 项目 are no word, 建设项目
 * is; 役 and 设 share 殳): that reading, the one that fits its neighbours, goes first and the other is offered after
 * it. Both readings are dictionary words; the neighbour decides. The tokens are asked for only for such a slip.
 */
/** The common characters that look like `from` or share a component with it (static tables: kept per character). */
const shapeKin = new Map<string, readonly string[]>();
function commonShapeKin(lexicon: Ctx['lexicon'], from: string): readonly string[] {
  let kin = shapeKin.get(from);
  if (!kin) {
    kin = [...new Set([...lexicon.lookAlikes(from), ...lexicon.componentKin(from)])].filter((c) => lexicon.isCommonChar(c));
    shapeKin.set(from, kin);
  }
  return kin;
}

function fitFirst(ctx: Ctx, text: string, tokens: () => readonly Token[], slip: Slip): Slip {
  if (slip.swap || slip.slot || slip.idiom || slip.rareForm || slip.end - slip.start !== 2) return slip;
  const { lexicon } = ctx;
  const from = text[slip.at]!;
  const shapes = commonShapeKin(lexicon, from).filter((c) => c !== slip.to);
  if (shapes.length === 0) return slip;
  const ts = tokens();
  const k = tokenIndex(ts, slip.start);
  const before = ts[k - 1]?.end === slip.start && ts[k - 1]?.kind === 'word' ? ts[k - 1] : undefined;
  const after = ts[tokenIndex(ts, slip.end)];
  const next = after?.start === slip.end && after.kind === 'word' && after.end - after.start >= 2 ? after : undefined;
  const prev = before && before.end - before.start >= 2 ? before : undefined;
  if (!next && !prev) return slip;
  const fits = (word: string) => (next !== undefined && (lexicon.lookup(word + next.value)?.freq ?? 0) >= FIT_FREQ) || (prev !== undefined && (lexicon.lookup(prev.value + word)?.freq ?? 0) >= FIT_FREQ);
  if (fits(slip.right)) return slip;
  for (const c of shapes) {
    const right = text.slice(slip.start, slip.at) + c + text.slice(slip.at + 1, slip.end);
    const info = lexicon.lookup(right);
    if (!info || info.freq < FIT_FREQ || !fits(right)) continue;
    const o = { right, at: slip.at, to: c, gain: slip.gain };
    return promote(text, slip, o, { gain: slip.gain, kind: 'shape', freq: info.freq, pos: info.pos });
  }
  return slip;
}

/** A slip whose intended word is an office word jieba counts low, as if the word were common (see office-words.ts). */
function officeSlip(ctx: Ctx, text: string, slip: Slip): Slip {
  if (slip.swap || slip.idiom || slip.rareForm) return slip;
  const boost = officeBoost(slip.right, slip.freq, TRADE_WORDS);
  let best = boost.gain > 0 ? { ...slip, gain: slip.gain + boost.gain, freq: boost.freq } : slip;
  // Another reading of the stretch may be the office word, a little behind a rarer word before the boost (及时爆送信息:
  // 保送 101 before 报送 82; 报送 read as an office word goes first).
  for (const o of slip.others) {
    const info = ctx.lexicon.lookup(o.right);
    if (!info) continue;
    const b = officeBoost(o.right, info.freq, TRADE_WORDS);
    if (b.gain <= 0 || o.gain + b.gain <= best.gain) continue;
    best = promote(text, slip, o, { gain: o.gain + b.gain, kind: kindOf(ctx, text[o.at]!, o.to), freq: b.freq, pos: info.pos });
  }
  return best;
}

/** How two characters are confused, for a reading taken from a slip's others (same syllable and tone: sound; else shape, or a similar sound). */
function kindOf(ctx: Ctx, from: string, to: string): Slip['kind'] {
  const own = new Set(ctx.lexicon.readings(from).map((r) => `${r.syllable}${r.tone}`));
  if (ctx.lexicon.readings(to).some((r) => own.has(`${r.syllable}${r.tone}`))) return 'sound';
  return ctx.lexicon.lookAlikes(from).includes(to) ? 'shape' : 'similar-sound';
}

/**
 * The guards (see rules/typo.md, 不提示的情形): a count (3座危桥), a numeral cut in two (二十届), a name (副局长何平),
 * a place (东坪村), a parallel phrase (提速、提质、提效), a stretch written the same way twice in the draft.
 */
function guarded(ctx: Ctx, text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end } = slip;
  const prev = text[start - 1] ?? '';
  // A road's or a line's number ends in 线 (G347线, S215线, 2号线): the 线 is the number's, not the head of a word read
  // with the place name after it (G347线|杏坞段 is no 线性).
  if (text[start] === '线' && /(?:[A-Z][0-9]{1,4}|[0-9]号)$/u.test(text.slice(Math.max(0, start - 5), start))) return true;
  // 机 + a verb standing alone: work done by machine (机采, 机插, 机割, 机收: the farm's mechanized operations, and 机采率,
  // 机插秧), a manner compound of the trade, not a slip of 机 (机采 is no 集采).
  if (end - start === 2 && slip.at === start && text[start] === '机') {
    const t = tokens[tokenIndex(tokens, start + 1)];
    if (t && t.start === start + 1 && t.end === end && t.pos === 'v' && tokens[tokenIndex(tokens, start)]?.end === start + 1) return true;
  }
  // A one-character preposition or conjunction lengthened into its two-character twin (因 → 因为, 对 → 对于, 由 → 由于):
  // the written one is whole already, and when the changed character stands loose before another loose character of
  // its own part of speech (因|维|保|费用: 维保, verb and verb, a trade word the dictionary lacks) the two are a short
  // compound after the preposition, not a slip (同石|要, 对语|好 are 同时, 对于).
  if (end - start === 2 && slip.at === start + 1 && /^[pc]$/u.test(slip.pos) && slip.right[0] === text[start] && /^[pc]$/u.test(ctx.lexicon.lookup(text[start]!)?.pos ?? '')) {
    const i = tokenIndex(tokens, start);
    const next = tokens[i + 2];
    if (tokens[i]?.end === start + 1 && tokens[i + 1]?.end === end && next && next.start === end && next.end - next.start === 1 && next.kind === 'word' && /^(?:v|n|a)/u.test(next.pos) && (tokens[i + 1]?.pos ?? '')[0] === next.pos[0] && isHanCode(text.charCodeAt(end))) return true;
  }
  // An adverb (or a conjunction that leads a verb, jieba's c: 不免) read where no verb follows (补免|率, 补免|并复检,
  // 开展补免。: 不免 must lead a verb), when the two written characters are verbs standing alone: 率 or a one-character
  // conjunction next, or a clause's end right after a verb of two characters or more.
  if (/^[cd]$/u.test(slip.pos) && end - start === 2) {
    const after = text[end] ?? '';
    const t = tokens[tokenIndex(tokens, end)];
    const k = tokenIndex(tokens, start);
    const before = tokens[k]?.start === start ? tokens[k - 1] : undefined;
    const closes = !after || /[，。；：、！？）”,.;:!?)]/u.test(after);
    // (Two verbs standing alone, a short compound of the trade: 补|免 for 补充免疫; 及世，部好， stay slips.)
    const verbs = tokens[k]?.start === start && tokens[k]?.end === start + 1 && tokens[k]?.pos === 'v' && tokens[k + 1]?.end === end && tokens[k + 1]?.pos === 'v';
    if (verbs && (after === '率' || (t && t.start === end && t.end === end + 1 && t.pos === 'c') || (closes && before && before.end === start && before.pos === 'v' && before.end - before.start >= 2))) return true;
  }
  // A measure word right after a number, read together with the next character (or after 每 or a demonstrative that
  // counts, 每口|井, 这口|井: no 口径 there).
  if ((/[0-9０-９]/u.test(prev) || NUMERAL.test(prev) || (COUNTING.test(prev) && slip.at === start + 1)) && slip.pos !== 'q' && slip.pos !== 'm') {
    // (A measure word of the table's twoMeasures counts too, though the dictionary tags it otherwise: 3处|阀井 is no 处罚.)
    if (ctx.lexicon.lookup(text[start]!)?.pos === 'q' || MEASURE_WORDS.has(text[start]!)) return true;
  }
  // A numeral run cut by the stretch; a multiplier after digits followed by a measure word (1.6万羽).
  if ((NUMERAL.test(text[start]!) && NUMERAL.test(prev)) || (NUMERAL.test(text[end - 1]!) && NUMERAL.test(text[end] ?? ''))) return true;
  if (/[0-9０-９]/u.test(prev) && NUMERAL.test(text[start]!) && ctx.lexicon.lookup(text[start + 1] ?? '')?.pos === 'q') return true;
  // A written number inside the stretch (的二十届 is no 第二十届: a count, or an ordinal written in full).
  if (/[〇零一二三四五六七八九十百千万亿两]{2}/u.test(text.slice(start, end))) return true;
  // 以…为…: the classical construction (以诚为本, 以质为先), not a broken word with 为.
  if (text.slice(start, end).includes('为') && text.slice(Math.max(0, start - 2), start + 1).includes('以')) return true;
  // An idiom of four characters or more mended is longer than any name read into it (村民|齐心携力 is no 齐心携, a
  // name after the role word 村民): the name guards below do not hold it back.
  const idiom = idiomMended(slip);
  // A name: a surname first, two or three characters, read as a name, after a role or a colon, or before 同志.
  if (!idiom && end - start <= 3 && SURNAMES.has(text[start]!)) {
    // (Not a word jieba tags a name but counts as a common word: 文明 nr 6,376; 评选文瞑家庭 → 文明. Nor a trade's word of
    // the table, whatever jieba's tag: 许可证 nr, 排污许可症 → 许可证.)
    if ((slip.pos === 'nr' || slip.pos === 'nrfg' || slip.pos === 'nrt' || slip.pos === 'nz') && slip.freq < COMMON_NAMED && !TRADE_WORDS.has(slip.right)) return true;
    const k = firstEndingAfter(tokens, start) - 1;
    const p1 = tokens[k];
    const p2 = tokens[k - 1];
    if (p1 && ((ROLE_END.test(p1.value) && !(p1.end === start && roleOpensCompound(ctx, text, p1, start, slip))) || p1.value === '：' || p1.value === ':' || (p1.value === '为' && p2 && ROLE_END.test(p2.value)))) return true;
    if (text.startsWith('同志', end) || text.startsWith('等同志', end)) return true;
  }
  // A name whose surname is changed or read across (站长|祁志明 → 长期, 局长|仝志强 → 同志, 主任|亓建国): a surname
  // character after a role word (a noun: 增长 is none), or starting two or three characters before 同志, 等 + a count,
  // or a 、 list of names ending so (郇建业、仝丽华等同志).
  for (let p = start; p < end && !idiom; p++) {
    if (slip.at < p || slip.at > p + 2 || !isSurname(ctx, text[p]) || !isHanCode(text.charCodeAt(p + 1))) continue;
    // A given name follows, not a verb or a function word (工作者|耶不能 is 也不能, 工作人|袁多给 is 员).
    const given = tokens[tokenIndex(tokens, p + 1)];
    if (given && given.start === p + 1 && NOT_GIVEN.test(given.pos)) continue;
    const role = tokens[tokenIndex(tokens, p) - 1];
    if (role && role.end === p && role.kind === 'word' && ROLE_END.test(role.value) && !NOT_ROLE.test(role.value) && !roleOpensCompound(ctx, text, role, p, slip)) return true;
    if (p > 0 && /[：:]/u.test(text[p - 1]!)) return true;
    for (const n of [2, 3]) {
      if (!isHanCode(text.charCodeAt(p + n - 1))) break;
      if (AFTER_NAME.test(text.slice(p + n, p + n + 14))) return true;
    }
  }
  // A counted noun: the character right after a number and its measure word (2个村|在, 5个镇|在, 12户|在) is what is
  // counted, a noun of its own, not half of a word with the character after it (存在, 正在).
  if (slip.at === start && !slip.swap && slip.gain < PATTERN_GAIN && countedNoun(ctx, text, tokens, start)) return true;
  // A verb-object modifier of a device or a facility (阻车|装置, 阻车桩): a verb alone and a noun alone before a noun,
  // the verb changed into another verb-object word (租车): both readings are words of one pattern, the writer's a new one.
  if (slip.gain < PATTERN_GAIN && verbObject(ctx, tokens, slip)) return true;
  // A bound noun morpheme (犊: tag ng) standing alone and changed, at the edge of the stretch, after (before) a content
  // character standing alone outside it: the morpheme's word is with that character (产|犊|率 is 产犊 and 率, not 督率).
  if (!slip.swap && slip.gain < PATTERN_GAIN && boundToNeighbour(tokens, slip)) return true;
  // A character left loose by a rare name entry of jieba's that took its partner (古树名|木: 古树 + 名木, not a name).
  if (!slip.swap && !slip.idiom && slip.gain < PATTERN_GAIN && slip.at === start && takenByName(ctx, text, tokens, slip.at)) return true;
  // A compound measure after a number (2.3万剂次, 46架次, 38家次: a measure and 次), not a word with 次 (其次).
  if (end - start === 2 && text[end - 1] === '次' && (/[0-9０-９]/u.test(prev) || NUMERAL.test(prev))) return true;
  // A term of loose characters: with the intended word put in, two nouns standing alone still lead up to it
  // (稻虾共作 → 稻虾|工作: 稻、虾 stay loose), so the stretch belongs to a term the dictionary lacks (稻鸭共育,
  // 稻蟹共生), not to a word broken by a slip.
  // Two, led by a word or a mark: a longer run of loose characters is a place (县道|石|柳|线) more often than a term.
  // (A change that gains LOOSE_TERM_GAIN or more is no such term: 北礁岛|烈仕|墓 → 烈士 gains 17; 林草局|补植 → 局部
  // gains 9.4 and stays a term's. Nor is a rare look-alike written for a common character: 戌边 → 戍边.)
  // (Not when the second is a place's suffix closing its name: 桐|埠|镇|摸低 is a place, then a verb, 摸底. Two right
  // after such a suffix lead up to it all the same: 桐|埠|镇|稻|虾|共作, see looseTermRun.)
  // (Nor when the intended word is a trade's word of the table: the loose pair is that term mistyped, 长江|案|线 → 岸线.)
  if (end - start === 2 && !slip.swap && slip.gain < LOOSE_TERM_GAIN && !TRADE_WORDS.has(slip.right) && looseTermRun(tokens, start) && !rareLookAlike(ctx.lexicon, slip) && !suffixClosesName(tokens, tokenIndex(tokens, start) - 1)) return true;
  // A given name: the stretch right after a surname that follows a role or a colon (农技员李|昇华, 村民王|了了).
  if (end - start <= 2 && SURNAMES.has(text[start - 1] ?? '') && (ROLE_END.test(text.slice(Math.max(0, start - 7), start - 1)) || (start >= 2 && /[：:]/u.test(text[start - 2]!)))) return true;
  // A place: loose characters right before a place word standing alone (东坪村, 石柳线).
  const at = tokenIndex(tokens, end);
  const next = tokens[at]?.start === end ? tokens[at] : undefined;
  // (Not when the intended word and the place character make a common noun: 醒政村 → 行政村; 郑州路 is a name. Nor
  // when the intended word is a verb or a function word, which a place's name is not: 情况纳濡村党组织 → 纳入.)
  // The place word may be glued to the stretch's last character by the dictionary (岩|侗寨: an administrative suffix
  // right after the stretch all the same).
  const glued = tokens[tokenIndex(tokens, end + 1) - 1];
  const placeAfter =
    (next !== undefined && next.end - next.start === 1 && PLACES.has(next.value)) ||
    (next === undefined && ADMIN_SUFFIX.has(text[end] ?? '') && glued !== undefined && glued.start < end);
  if (placeAfter && end - start <= 3) {
    // (A noun the dictionary keeps only at its lowest frequency is a name it lists, not a common noun: 团结村 3,
    // 胜利村 3, against 行政村 53, 开发区 3601.)
    const noun = ctx.lexicon.lookup(slip.right + text[end]);
    const commonNoun = noun !== undefined && /^(?:n|vn|nt)$/.test(noun.pos) && noun.freq > NAME_ENTRY_FREQ;
    if (!commonNoun) {
      if (!/^(?:v|p|c|d|f|r)$/.test(slip.pos)) return true;
      // Many a town or village is named with a verb of good omen (振兴, 前进, 增产: 振星镇, 曾产乡): where the name
      // stands as a subject or a place — at the start of a clause, after 在/到 or in a 、 list — and the character
      // written is one that names use (星, 曾: not 掉, 濡), it is the name; after a word (情况|纳濡村, 镇政府|协掉县) it
      // is the verb written wrong.
      if (/^(?:v|d)$/.test(slip.pos) && nameSlot(tokens, start) && ctx.lexicon.nameShare(text[slip.at]!) >= NAME_SHARE) return true;
    }
  }
  // A place's own name of three characters: a loose character that may begin a name, then a stretch of two ending
  // with a place character (沙|泉|乡: 泉乡 is no 全乡; 西|澄|镇 is no 城镇) or with an administrative suffix the slip
  // may fall on (南|临|市 is no 临时). Not after a function word, a number or a frequent light verb (的|会|乡, 在|澄市,
  // 是|犬县 → 本县), nor where that character and the intended word make a word (老|澄区 → 老城区, 东|承区 → 东城区:
  // a known place written wrong is a slip).
  if (end - start === 2 && !slip.swap && ((PLACES.has(text[end - 1]!) && slip.at === start) || ADMIN_SUFFIX.has(text[end - 1]!))) {
    const k = tokenIndex(tokens, start);
    const before = tokens[k - 1];
    if (
      tokens[k]?.start === start &&
      before !== undefined &&
      before.end === start &&
      before.end - before.start === 1 &&
      before.kind === 'word' &&
      (PLACE_HEAD.test(before.pos) || (before.pos === 'v' && before.freq < LIGHT_VERB_FREQ)) &&
      !ctx.lexicon.lookup(before.value + slip.right) &&
      // (Not a measure word after a number: 5处|提坝 counts dams, 处 begins no name.)
      !(tokens[k - 2]?.kind === 'number' && tokens[k - 2]!.end === before.start)
    ) return true;
  }
  // A name the draft invents before a place's suffix or an organ (江临|市委, 海|澄市, 在|渔湾区): src/rules/lib/place-names.ts.
  if (nameBeforeSuffix(ctx.lexicon, text, tokens, slip, ADMIN_SUFFIX) || nameTailBeforeSuffix(ctx.lexicon, text, tokens, slip, ADMIN_SUFFIX) || nameIntoSuffix(ctx.lexicon, text, tokens, slip, ADMIN_SUFFIX) || nameAfterPreposition(text, tokens, slip, ADMIN_SUFFIX, ctx.lexicon) || nameForName(ctx.lexicon, text, tokens, slip, ADMIN_SUFFIX) || placeForPlace(ctx.lexicon, text, tokens, slip, ADMIN_SUFFIX) || nameBetweenSuffixes(text, tokens, slip, ADMIN_SUFFIX) || inCountedPlaceList(text, slip)) return true;
  // A name the writer invents in a name's slot (在|渭河, 日盛|乡, 副镇长|闫国涛, 禾源|合作社) with a character typical of
  // names, read as a common word one sound away: src/rules/lib/name-slots.ts.
  const slotOptions = { generics: SLOT_GENERICS, isRole: (t: Token) => TITLE_END.test(t.value) && !NOT_ROLE.test(t.value), isSurname: (c: string) => SURNAMES.has(c), threshold: threshold(slip) };
  if (nameInSlot(ctx.lexicon, text, tokens, slip, slotOptions) || cueBeforeName(ctx.lexicon, text, tokens, slip, slotOptions)) return true;
  // A term the writer writes in a term's slot (推进|督查|，, |菌棒|基地), read as a rarer word one sound away or as a
  // one-character word: src/rules/lib/term-slots.ts.
  const evidence = () => kin(ctx, slip.from, slip.to) || unproductive(ctx, text, slip) || usedElsewhere(text, slip);
  if (termInSlot(ctx.lexicon, text, tokens, slip, { threshold: threshold(slip), evidence })) return true;
  // A stretch across the words of a better reading (开市|首周, 退养|渔户): src/rules/lib/straddles.ts.
  if (numeralBeforeMeasure(ctx.lexicon, text, tokens, slip) || acrossTwoWords(ctx.lexicon, text, tokens, slip)) return true;
  // A place's generic closing the draft's name (黑龙箐, 松毛箐|过火), a suffix before a modal (北陵市|应), a place name of
  // the dictionary read after a common noun (主管道|焊口 is no 汉口): src/rules/lib/place-names.ts.
  if (genericEndsName(text, tokens, slip, PLACE_GENERICS, ADMIN_SUFFIX) || suffixBeforeModal(text, tokens, slip, ADMIN_SUFFIX) || placeAfterNoun(text, tokens, slip, PLACE_CHARS)) return true;
  if (swapIntoName(ctx.lexicon, text, tokens, slip, ADMIN_SUFFIX) || suffixOfNamedPlace(text, slip, ADMIN_SUFFIX) || levelOfBranch(text, slip) || levelAfterLevel(text, slip) || levelBeforeOrgan(text, slip) || natureVerbPair(text, slip) || roadSuffix(text, slip) || gridRoadName(text, slip)) return true;
  // A reading grammar has no slot for, or one that leaves a non-word (src/rules/lib/word-slots.ts).
  if (noFunctionSlot(text, tokens, slip) || firstThenFrame(text, slip) || leavesNonWord(ctx.lexicon, text, tokens, slip) || ordinalHead(ctx.lexicon, text, slip)) return true;
  // A settlement's own name (乌兰额尔敦|嘎查, 岜沙寨, 大岞岛), a person's name before a speech verb (护士鄢晓婷|说), an
  // organ's short name drawn from its full name in the draft (民宗局): src/rules/lib/place-names.ts, own-names.ts.
  if (settlementName(ctx.lexicon, text, slip, ADMIN_SUFFIX) || shortOrganName(text, ctx.draft.text, slip) || shortOrganAfterLevel(text, slip)) return true;
  // A rare character in a place's own name before its suffix (石蛎|镇, 下埕|村, 完成|鹭洲|街道), or a name the draft writes
  // elsewhere before a suffix (鹭洲街道 … 规范鹭洲): src/rules/lib/place-names.ts.
  if (rareCharPlaceName(ctx.lexicon, text, tokens, slip, ADMIN_SUFFIX, (w, m) => nearCandidate(ctx, w, m)) || nameWrittenWithSuffix(text, tokens, slip, ADMIN_SUFFIX)) return true;
  // A literary or rare character before a feature's generic (黛江, 珩山, 漪湖, 獭湾, 鹭洲): src/rules/lib/place-names.ts.
  if (rareCharBeforeGeneric(ctx.lexicon, text, slip, (w, m) => nearCandidate(ctx, w, m))) return true;
  // A word of the dictionary spelled with a rare character that no input method lists near the top for the intended
  // syllable (海蛎 n: 蛎 is the 49th for 里; 蚶子): the writer typed that character on purpose. A look-alike, or one near
  // the top (蕴 is the 7th for yun: 蕴酿 is read as ever), stays a slip.
  if (slip.writtenIsWord && !slip.swap && !slip.idiom && slip.kind !== 'shape' && (ctx.lexicon.lookup(slip.from)?.freq ?? 0) <= RARE_CHAR_FREQ && !nearCandidate(ctx, slip.from, slip.to)) return true;
  // A trade's own compounds and characters (墑情; 减船|转产; 海堤 … 堤面; 湿|玉米): src/rules/lib/trade-compounds.ts.
  if (chosenRareChar(ctx.lexicon, slip, (w, m) => nearCandidate(ctx, w, m) || kin(ctx, w, m), () => usedElsewhere(text, slip) || writtenAlike(ctx.lexicon, text, slip), text) || coordinatedVerbObjects(ctx.lexicon, tokens, slip) || ownTradeNoun(ctx.lexicon, text, tokens, slip) || thingCompound(ctx.lexicon, text, slip, () => usedElsewhere(text, slip), ctx.draft.text) || adjectiveBeforeNoun(ctx.lexicon, tokens, slip)) return true;
  // A noun and a productive head the dictionary lacks (雾情, 雹情 beside 雨情, 冰情): src/rules/lib/condition-compounds.ts.
  if (conditionCompound(ctx.lexicon, text, slip)) return true;
  // A quoted name with a serial number (“鑫源66”轮, “鹭渡3号”): src/rules/lib/serial-names.ts.
  if (serialName(text, slip)) return true;
  // A head noun closing a compound before 等 closing a list or 于 before a time (杀虫|灯|等, 养护|队|于|12月): see headBeforeParticle.
  if (headBeforeParticle(ctx, text, tokens, slip)) return true;
  // A character of names only, read as another name (峒溪 → 东溪, 岽头 → 东头, 南滘 → 南郊): see nameOnlyChar.
  if (nameOnlyChar(ctx, slip)) return true;
  const roleBefore = (p: number): boolean => {
    const before = text.slice(Math.max(0, p - 7), p);
    return ROLE_END.test(before) && !NOT_ROLE.test(before);
  };
  // A trade's word of the table counts as common only by the table (rules/data/typo.yaml `trade`): a name before a speech
  // verb at a clause's start (王存兰告诉记者, 马光富说) is the speaker, with no role before it (存栏, 光伏 are no readings).
  const clauseStart = (p: number): boolean => p === 0 || !/\p{Script=Han}/u.test(text[p - 1]!);
  if (TRADE_WORDS.has(slip.right) && nameBeforeSpeech(text, slip, (c) => isSurname(ctx, c), (p) => roleBefore(p) || clauseStart(p))) return true;
  if (nameBeforeSpeech(text, slip, (c) => isSurname(ctx, c), roleBefore) || nameAfterCompoundSurname(text, slip, roleBefore) || nameAfterRareSurname(text, slip, (c) => RARE_SURNAMES.has(c), roleBefore)) return true;
  // A numeral after a digit (1|辆重卡), a verb before its object's head (不施|化肥), a bird's character (勺嘴鹬):
  // src/rules/lib/word-slots.ts.
  if (numeralAfterDigit(text, slip) || verbBeforeObject(ctx.lexicon, text, tokens, slip) || birdName(text, slip) || verbObjectPairs(text, tokens, slip)) return true;
  // A parallel phrase: the same character in the same place of two more units nearby (提速、提质、提效). Not when a
  // unit nearby is the intended word itself (政治意识、服务义识和主渠道意识 → 意识): the phrase repeats that word.
  if (end - start === 2) {
    let units = 0;
    let repeated = false;
    for (const off of [-6, -5, -4, -3, -2, 2, 3, 4, 5, 6]) {
      const k = start + off;
      if (k < 0 || k + 2 > text.length || !isHanCode(text.charCodeAt(k)) || !isHanCode(text.charCodeAt(k + 1))) continue;
      if ((text[k] === text[start]) !== (text[k + 1] === text[end - 1])) units++;
      if (text[k] === slip.right[0] && text[k + 1] === slip.right[1]) repeated = true;
    }
    if (units >= 2 && !repeated) return true;
  }
  // Coordinated units of one shape (上下联动、左右互动、内外齐动; 摸上情、知内情、识外情): the stretch lies in a unit
  // that ends with the same character as two others of the same length in its 、 list.
  if (parallelUnit(text, start, end)) return true;
  // A numbered slogan (三短一简, 两学一做): a numeral, a character, and the stretch opening with another numeral.
  if (NUMERAL.test(text[start]!) && NUMERAL.test(text[start - 2] ?? '') && isHanCode(text.charCodeAt(start - 1))) return true;
  // 员 that makes a noun of a person with what goes before it (管水员, 网格员, 信息员: many are in no dictionary).
  if ((text[end - 1] === '员' && slip.at === end - 1) || (text[start] === '员' && isHanCode(text.charCodeAt(start - 1)))) return true;
  // A festival's name after its edition (第五届海钓节, 第三届蟹钓节): a reading that takes its closing 节 into another
  // word (钓节 → 调节) breaks the name; an organ's abbreviation in a document number (苇纪发〔2026〕7号: 苇纪 is no 违纪);
  // 未 before a verb of the writer's (未托养户 with 托养 written elsewhere in the draft is no 委托).
  if (festivalName(text, slip) || documentNumberOrgan(text, slip) || negatedVerb(ctx, text, slip)) return true;
  // Written the same way twice: a name or a term of the writer's, not a slip.
  return occursTwice(ctx.draft.text, slip.wrong);
}

/** 每 and the demonstratives that take a measure word (每口井, 这眼泉, 该座桥). */
const COUNTING = /^[每这那该各此]$/u;
/** What 于 takes when it says when: a number (于12月20日前) or a word of time (于今年, 于本月, 于近日). */
const TIME_AFTER_YU = /^(?:[0-9０-９]|[今本明次当上下近同]|[〇一二三四五六七八九十]+[年月日])/u;
/** How many times more often the written character closes three-character words than the intended one (灯 129 to 等 13). */
const HEAD_RATIO = 4;

/**
 * A head noun closing a compound of the writer's before a particle that does its own work (杀虫|灯|等物资, 养护|队|于
 * 12月20日前): the stretch is the written character and 等 closing a 、 list, or 于 before a time, and its reading makes a
 * function word of the pair (等等, 对于). The written character closes three-character words freely in the dictionary
 * (灯 129, 队 393: 路灯, 消防队; AFFIX_WORDS or more, HEAD_RATIO times the intended one's) and stands right after a word of
 * two characters or more, so it ends that word's compound (杀虫灯, 养护队); and the particle has its own role there: 等
 * after a 、 list closes the list, 于 before a time says when (对于 takes no time). A stretch at a clause's start
 * (队于这项工作 → 对于) or after a one-character word stays a slip.
 */
function headBeforeParticle(ctx: Ctx, text: string, tokens: readonly Token[], slip: Slip): boolean {
  const { start, end } = slip;
  if (end - start !== 2 || slip.at !== start || slip.swap || slip.idiom) return false;
  const particle = text[end - 1];
  if (particle === '等') {
    // A 、 list before it in the clause (黄板、杀虫灯等).
    let k = start - 1;
    while (k >= 0 && k > start - 30 && !CLAUSE_MARK.test(text[k]!) && text[k] !== '、') k--;
    if (text[k] !== '、') return false;
  } else if (particle !== '于' || !TIME_AFTER_YU.test(text.slice(end, end + 3))) return false;
  const before = tokens[tokenIndex(tokens, start) - 1];
  if (!before || before.end !== start || before.kind !== 'word' || before.end - before.start < 2) return false;
  const written = ctx.lexicon.threeCharWords(slip.from, 2);
  return written >= AFFIX_WORDS && written >= HEAD_RATIO * ctx.lexicon.threeCharWords(slip.to, 2);
}

/** At most this many two-character words of the dictionary hold a character of names only (峒 2, 岽 0, 滘 0, 箐 0, 呷 0). */
const NAME_ONLY_WORDS = 2;
/** At most this frequent alone is a character of names only (呷 222, 箐 256; 禾 1,069 and 灯 3,352 are common). */
const NAME_ONLY_FREQ = 500;
/**
 * A reading that is itself a place's name or a place word (东溪 ns, 东头 s, 南郊 ns, 井口 ns) at most NAME_READING_FREQ
 * frequent: jieba's nr and nz also tag common words (文明 nr, 光荣 nr, 升华 nz), and a frequent place word is a common
 * one (东西 ns 18,615, 窗口 s 1,148, 东城 ns 604).
 */
const NAME_READING = /^(?:ns|s)$/;
const NAME_READING_FREQ = 500;
/** A word of the stretch after the character this frequent is a common one (城区 in 峒城区). */
const COMMON_AFTER_NAME = 1000;

/**
 * A name read as another name: the written character is one of names only — the dictionary has it in at most
 * NAME_ONLY_WORDS words of two characters and seldom alone (峒, 岽, 滘, 箐: places of the southwest and south) — and
 * the reading is itself a name or a place word (峒溪派出所 → 东溪 ns, 岽头古村 → 东头 s, 南滘 → 南郊 ns, 箐口 → 井口 ns).
 * A character in no word comes from the input method only one at a time, chosen; and a place's name put for a place's
 * name mends nothing the draft could show. A common word read (嵇查 → 稽查, 知哓 → 知晓, 报吿 → 报告) stays a slip,
 * and so does a look-alike of the curated table (双嬴 → 双赢, though jieba tags 双赢 nr) or an idiom mended.
 */
function nameOnlyChar(ctx: Ctx, slip: Slip): boolean {
  if (slip.idiom || slip.kind === 'shape' || !NAME_READING.test(slip.pos) || (ctx.lexicon.lookup(slip.right)?.freq ?? 0) > NAME_READING_FREQ) return false;
  const c = slip.from;
  if ([...c].length !== 1 || (ctx.lexicon.lookup(c)?.freq ?? 0) > NAME_ONLY_FREQ || ctx.lexicon.lookAlikes(c).includes(slip.to)) return false;
  // (Not before a common word that the stretch reads on: 峒|城区 → 东城区, the district of the city, is no name of the
  // character's own, 城区 being a word.)
  const after = slip.wrong.slice(slip.at - slip.start + 1);
  if (after.length >= 2 && (ctx.lexicon.lookup(after)?.freq ?? 0) > COMMON_AFTER_NAME) return false;
  return ctx.lexicon.twoCharWords(c, 0) + ctx.lexicon.twoCharWords(c, 1) <= NAME_ONLY_WORDS;
}

/** An edition of a recurring event: 第 + a number + 届 (第五届, 第12届). */
const EDITION = /第(?:[0-9０-９]+|[一二三四五六七八九十百零〇两]+)届$/u;
/** How many characters a festival's name may hold between its edition and 节 (第二届中国农民丰收节: 8). */
const FESTIVAL_NAME_MAX = 10;

/**
 * The stretch ends with the 节 that closes a festival's name right after its edition, Han characters only between
 * (第五届|海钓节, 第三届|蟹钓节): the name is one unit, its 节 no half of another word (调节, 季节).
 */
export function festivalName(text: string, slip: Slip): boolean {
  const { start, end } = slip;
  if (text[end - 1] !== '节' || slip.at === end - 1) return false;
  let p = start;
  while (p > 0 && end - p <= FESTIVAL_NAME_MAX && text[p - 1] !== '届' && isHanCode(text.charCodeAt(p - 1))) p--;
  return text[p - 1] === '届' && p < start + 1 && EDITION.test(text.slice(Math.max(0, p - 8), p));
}

/** The year of a document number in its brackets (〔2026〕, [2026], ［2026］, （2026）) and its serial (7号). */
const DOC_YEAR = /^[〔［\[（(][0-9]{4}[〕］\]）)][0-9０-９]+号/u;
/** How long an issuing organ's abbreviation and its kind may be (苇纪发, 澄政办发, 县委办发). */
const DOC_ORGAN_MAX = 8;

/**
 * The stretch lies in the Han characters right before a document number's bracketed year (苇纪发〔2026〕7号): an
 * organ's abbreviation and the kind of document (发, 函, 办发), often a county's own character the dictionary lacks.
 */
export function documentNumberOrgan(text: string, slip: Slip): boolean {
  let q = slip.end;
  while (q < text.length && q - slip.end < DOC_ORGAN_MAX && isHanCode(text.charCodeAt(q))) q++;
  if (q - slip.start > DOC_ORGAN_MAX || !DOC_YEAR.test(text.slice(q, q + 12))) return false;
  return true;
}

/**
 * 未 changed (未托 → 委托) before the rest of a verb the writer uses: the stretch's other characters and the next one
 * make a dictionary verb, or a unit the draft writes elsewhere too (托养户……未托养户): the negation of the writer's verb.
 */
function negatedVerb(ctx: Ctx, text: string, slip: Slip): boolean {
  const { start, end } = slip;
  if (slip.swap || slip.at !== start || text[start] !== '未' || end - start !== 2 || !isHanCode(text.charCodeAt(end))) return false;
  const verb = text.slice(start + 1, end + 1);
  const w = ctx.lexicon.lookup(verb);
  if (w !== undefined && /^(?:v|vn)$/.test(w.pos)) return true;
  return occursTwice(ctx.draft.text, verb);
}

/** A word tagged a name this frequent is a common word to jieba's corpus (文明 nr 6,376), no name a slip was read into. */
const COMMON_NAMED = 3000;

/**
 * Whether a slip mends a stretch of four characters or more into an idiom or a set phrase of the dictionary (tag i or l:
 * 齐心携力 → 齐心协力): the whole stretch is one unit, longer than the two or three characters of a name.
 */
function idiomMended(slip: Slip): boolean {
  return slip.end - slip.start >= 4 && (slip.idiom === true || slip.pos === 'i' || slip.pos === 'l');
}

/**
 * A slip that gains this much (e^9 ≈ 8,000 times likelier) is no writer's word of a common pattern: the guards of a
 * counted noun and of a verb-object word give way (5个哺门 → 部门, 社会抱障局 → 保障; 2个村在 gains 5).
 */
const PATTERN_GAIN = 9;
/**
 * A slip that gains this much (e^12 ≈ 160,000 times likelier: 烈仕 → 烈士 gains 17) is no term of loose characters the
 * dictionary lacks (稻虾共作); a word read across a unit's name and its next word (林草局|补植 → 局部, 9.4) gains less.
 */
const LOOSE_TERM_GAIN = 12;
/** A counted noun standing alone is a common one (村 8,485, 镇, 组, 班: not a rare character left by a slip, 逡众). */
const COUNTED_FREQ = 1000;

/** Whether text[start] follows a number (digits or a numeral) and a measure word standing alone (2个|村, 12户|在). */
function countedNoun(ctx: Ctx, text: string, tokens: readonly Token[], start: number): boolean {
  const k = tokenIndex(tokens, start);
  const q = tokens[k - 1];
  const n = tokens[k - 2];
  const c = tokens[k];
  // The counted character is a noun standing alone (村, 镇, 户: not 醒 of 132个醒政村, a verb cut from a word).
  if (!c || c.start !== start || c.end - c.start !== 1 || !/^(?:n|ng|zg|ns|s)$/.test(c.pos) || c.freq < COUNTED_FREQ) return false;
  if (!q || q.end !== start || q.end - q.start !== 1 || q.pos !== 'q') return false;
  return n !== undefined && n.end === q.start && (n.kind === 'number' || NUMERAL.test(n.value[n.value.length - 1]!));
}

/**
 * Whether a slip of two loose characters is a verb standing alone (the changed character) and a noun standing alone
 * before a noun, and the intended word is a verb-object word too (阻车装置 → 租车): a modifier built on the pattern of
 * the intended word, not a broken word. The written verb is a common one (COMMON_VERB) and its object a free noun (车 n,
 * not the bound 职 ng of 工作|术|职|评议会 → 述职): new words are built with those.
 */
function verbObject(ctx: Ctx, tokens: readonly Token[], slip: Slip): boolean {
  if (slip.swap || slip.idiom || slip.rareForm || slip.end - slip.start !== 2 || slip.at !== slip.start) return false;
  const i = tokenIndex(tokens, slip.start);
  const v = tokens[i];
  const o = tokens[i + 1];
  const after = tokens[i + 2];
  if (!v || !o || !after || v.start !== slip.start || o.end !== slip.end || v.end !== o.start || after.start !== o.end) return false;
  if (!v.pos.startsWith('v') || !/^(?:n|zg)$/.test(o.pos) || !/^(?:n|nz|vn)$/.test(after.pos) || after.kind !== 'word') return false;
  // (A verb a writer coins such words with is in common use (阻 1,763); a rare one standing alone is a slip of its
  // look-alike or sound-alike (缀 341 in 劝返缀学学生 → 辍学).)
  if (v.freq < COMMON_VERB) return false;
  // (A level after it, 自治区级|省级 …, is the object's scope, not a device's name: 伸报|自治区级 is 申报.)
  if (/^(?:国家|自治区|省|市|县|区|乡|镇|村)$/u.test(after.value) && (tokens[i + 3]?.value ?? '').startsWith('级') && tokens[i + 3]?.start === after.end) return false;
  const to = ctx.lexicon.lookup(slip.to);
  return to !== undefined && to.pos.startsWith('v');
}

/** At most this frequent, a name entry of jieba's is junk of its corpus rather than a name (古树名 nr 7). */
const RARE_NAME_ENTRY = 10;

/**
 * Whether the character at `at` stands alone after a rare name entry of three characters or more (古树名 nr 7) whose
 * last character makes a dictionary word with it (名木) while the rest of the entry is a word too (古树): the
 * segmenter read a name into a compound of two words, and the character is half of the second, not loose.
 */
function takenByName(ctx: Ctx, text: string, tokens: readonly Token[], at: number): boolean {
  const k = tokenIndex(tokens, at);
  const t = tokens[k];
  const name = tokens[k - 1];
  if (!t || t.start !== at || t.end !== at + 1 || !name || name.end !== at || name.kind !== 'word' || !/^(?:nr|nrt|nrfg)$/.test(name.pos)) return false;
  if (name.end - name.start < 3 || name.freq > RARE_NAME_ENTRY) return false;
  const rest = ctx.lexicon.lookupRange(text, name.start, name.end - 1);
  const pair = ctx.lexicon.lookupRange(text, name.end - 1, at + 1);
  return rest !== undefined && rest.freq > RARE_WORD && pair !== undefined && /^(?:n|nz|vn|ng)$/.test(pair.pos);
}

/**
 * Whether the changed character of a slip is a bound noun morpheme standing alone (tag ng: 犊, 驹, 菇) at an edge of the
 * stretch, with a content character standing alone right outside that edge (产|犊, 种|菇): the morpheme is bound in a
 * word with it (a trade's verb-object word the dictionary lacks), not with the stretch's other character.
 */
function boundToNeighbour(tokens: readonly Token[], slip: Slip): boolean {
  const k = tokenIndex(tokens, slip.at);
  const t = tokens[k];
  if (!t || t.start !== slip.at || t.end !== slip.at + 1 || t.kind !== 'word' || t.pos !== 'ng') return false;
  const n = slip.at === slip.start ? tokens[k - 1] : slip.at === slip.end - 1 ? tokens[k + 1] : undefined;
  // (Not a light verb, which takes the stretch as its object: 是|犬县 → 本县.)
  return n !== undefined && n.kind === 'word' && n.end - n.start === 1 && (n.end === t.start || n.start === t.end) && /^(?:n|v|vn|ng)$/.test(n.pos) && n.freq < LIGHT_VERB_FREQ;
}

/** Counts of every substring of one length in a draft's text, built once per text and length (linear time: a search
 * of the whole text for each slip was quadratic on a long paragraph). Up to three code units a substring is a number
 * (exact: 48 bits), counted in an open-addressing table of numbers, so that no substring is ever cut out; a longer
 * one is looked up by string only when its first three units occur twice. */
interface KeyCounts { keys: Float64Array; counts: Int32Array; shift: number; mask: number }
interface Counts { text: string; byUnits: (KeyCounts | undefined)[]; strings: Map<number, Map<string, number>>; scanned: number }
let substringCounts: Counts | undefined;

/**
 * The tables' buffers, one pair per length, kept from one draft to the next and cleared over the part in use (a
 * 20,000-character draft needs 2^16 slots, 768 KB a length: allocating and paging them in anew for every lint cost
 * more than the counting). Tables above KEEP_SLOTS slots are not kept.
 */
const tableBuffers: ({ keys: Float64Array; counts: Int32Array } | undefined)[] = [];
const KEEP_SLOTS = 1 << 17;

/** The number made of `n` (1–3) code units of `text` from `at`. */
function unitsKey(text: string, at: number, n: number): number {
  let k = 0;
  for (let j = 0; j < n; j++) k = k * 65536 + text.charCodeAt(at + j);
  return k;
}

/** The slot of `key` in `table`: where it is, or the empty slot (-1) where it would go. */
function slotOf(table: KeyCounts, key: number): number {
  const { keys, shift, mask } = table;
  const lo = key % 4294967296 | 0;
  const hi = (key / 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1) >>> shift;
  while (keys[h] !== key && keys[h] !== -1) h = (h + 1) & mask;
  return h;
}

function countUnits(text: string, n: number): KeyCounts {
  const positions = Math.max(0, text.length - n + 1);
  let bits = 4;
  while (1 << bits < positions * 2) bits++;
  const slots = 1 << bits;
  let buffers = tableBuffers[n];
  if (!buffers || buffers.keys.length < slots) {
    buffers = { keys: new Float64Array(slots), counts: new Int32Array(slots) };
    if (slots <= KEEP_SLOTS) tableBuffers[n] = buffers;
  }
  buffers.keys.fill(-1, 0, slots);
  buffers.counts.fill(0, 0, slots);
  const table: KeyCounts = { keys: buffers.keys, counts: buffers.counts, shift: 32 - bits, mask: slots - 1 };
  for (let i = 0; i < positions; i++) {
    const key = unitsKey(text, i, n);
    const h = slotOf(table, key);
    table.keys[h] = key;
    table.counts[h]!++;
  }
  return table;
}

/** Whether `s` occurs at least twice in `text` (overlapping occurrences count). Exported for its test. */
export function occursTwice(text: string, s: string): boolean {
  // One draft at a time (the text of the lint in progress): the cache never grows past it.
  if (substringCounts?.text !== text) substringCounts = { text, byUnits: [], strings: new Map(), scanned: 0 };
  const counts = substringCounts;
  const n = Math.min(s.length, 3);
  if (n === 0) return text.length >= 1;
  // Most drafts ask about a few stretches (about ten in 20,000 characters of the seed texts): two searches of the
  // text answer each (the second from just after the first occurrence; a search of 20,000 characters takes about a
  // microsecond, building the three tables about 2 ms). Once the searches have read SCAN_BUDGET times the text, the
  // tables are built instead, so a long paragraph full of candidates stays linear.
  if (counts.byUnits[n] === undefined && counts.scanned <= SCAN_BUDGET * text.length) {
    const first = text.indexOf(s);
    if (first < 0) {
      counts.scanned += text.length;
      return false;
    }
    const second = text.indexOf(s, first + 1);
    counts.scanned += second < 0 ? text.length : second + s.length;
    return second >= 0;
  }
  const table = (counts.byUnits[n] ??= countUnits(text, n));
  if (table.counts[slotOf(table, unitsKey(s, 0, n))]! < 2) return false;
  return s.length <= 3 || occurrencesByString(counts, s) >= 2;
}

/** How many times the text the searches of occursTwice may read before the count tables are built. */
const SCAN_BUDGET = 64;

/** The count of a substring longer than three code units (a Map of every substring of its length). */
function occurrencesByString(counts: Counts, s: string): number {
  const { text } = counts;
  let byString = counts.strings.get(s.length);
  if (!byString) {
    byString = new Map();
    for (let i = 0; i + s.length <= text.length; i++) {
      const k = text.slice(i, i + s.length);
      byString.set(k, (byString.get(k) ?? 0) + 1);
    }
    counts.strings.set(s.length, byString);
  }
  return byString.get(s) ?? 0;
}

/** The index of the first token that ends after `at` (tokens are contiguous and in order). */
function firstEndingAfter(tokens: readonly Token[], at: number): number {
  let a = 0;
  let b = tokens.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (tokens[m]!.end <= at) a = m + 1;
    else b = m;
  }
  return a;
}


/** A character that starts a person's name: a common surname, a rare one of the table, or one jieba knows only as a name (仝, 訾, 亓: tag nr). */
/**
 * Whether a role word before a surname's character is no role there but the first part of a compound the slip mends
 * (烈士|凌园 → 烈士陵园, a dictionary word; 华侨|农厂 → 农场): the role word and the mended stretch from the surname on
 * make a word of the dictionary, or the characters written after the surname are ones that names hardly use
 * (厂: a name's share below NAME_SHARE), so no given name follows. 副局长|何平 (平 is a name's character) stays a name.
 */
function roleOpensCompound(ctx: Ctx, text: string, role: Token, p: number, slip: Slip): boolean {
  if (slip.swap || slip.at < p || slip.start > p || slip.end <= p + 1) return false;
  const mended = text.slice(p, slip.at) + slip.to + text.slice(slip.at + 1, slip.end);
  const compound = ctx.lexicon.lookup(role.value + mended);
  if (compound && compound.freq > NAME_ENTRY_FREQ && !/^nr/u.test(compound.pos)) return true;
  // The written given name: the characters after the surname within the stretch.
  const given = text.slice(p + 1, slip.end);
  // (A common character, 厂 5,527 on its own: a rare one, 喆 21, has a low share of names only for being rare.)
  return given.length > 0 && [...given].every((c) => ctx.lexicon.nameShare(c) < RARE_NAME_SHARE && (ctx.lexicon.lookup(c)?.freq ?? 0) >= COMMON_CHAR_FREQ);
}

/** Below this share of names (厂 0.03, 墓 0.01), a common character is hardly ever a given name's (平 0.5, 园 0.42). */
const RARE_NAME_SHARE = 0.1;
/** A character at least this frequent on its own is a common one (厂 5,527, 场 …; not 喆 21). */
const COMMON_CHAR_FREQ = 500;

function isSurname(ctx: Ctx, c: string | undefined): boolean {
  return c !== undefined && (SURNAMES.has(c) || RARE_SURNAMES.has(c) || ctx.lexicon.lookup(c)?.pos === 'nr');
}

/** Verbs and adjectives that end like a role word (增长, 动员, 感人): no name follows them. */
const NOT_ROLE = /(?:增|成|延|擅|生|助|见|漫|消|拉|伸|滋|放|家)长$|(?:动|裁|减|超|满|冗|复)员$|(?:为|做|动|惊|感|迷|用|待|喜|逼|宜|怡|恼|诱|骇)人$/u;

/** The frequency at or below which jieba's dictionary lists a noun as a name rather than a common word (团结村 3). */
const NAME_ENTRY_FREQ = 3;
/** The least share of name words (persons, places) among the dictionary words holding a character for it to be read as a name's (星 0.32, 洁 0.34; 掉 0, 濡 0.13). */
const NAME_SHARE = 0.3;
/** Words before a place: 在, 到 and their kin, and the marks of a list (在|振星镇, 到|团洁村, 、|圣利村). */
const BEFORE_PLACE = /^(?:在|到|赴|从|至|于|往|向|由|和|与|及|、)$/u;

/** Whether the stretch at `start` stands where a place's name stands: first in its clause, or after 在/到 or a 、. */
function nameSlot(tokens: readonly Token[], start: number): boolean {
  const k = tokenIndex(tokens, start);
  if (tokens[k]?.start !== start) return false;
  const before = tokens[k - 1];
  if (!before) return true;
  if (before.end !== start) return false;
  return before.kind === 'punct' || BEFORE_PLACE.test(before.value);
}

/** Parts of speech of a character that may begin a place name (沙 nr, 石 n, 龙 ns, 白 a): not a function word, a verb or a number. */
const PLACE_HEAD = /^(?:n|nr|ns|ng|nz|a|s|f|b)$/;

/** Parts of speech that start no given name: verbs, numerals, prepositions, conjunctions, pronouns, particles. */
const NOT_GIVEN = /^(?:v|m|p|c|r|q|u|y|e|o)/;

/** What follows a name of two or three characters: 同志, 等 + 同志 or a count, a 、 list of names that ends so. */
const AFTER_NAME = /^(?:同志|等(?:同志|[0-9０-９一二三四五六七八九十两几多数]|人|名|位)|、[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*(?:等|同志))/u;

/** Parts of speech of a noun standing alone (稻, 虾): verbs and adjectives alone are too often the neighbours of a real slip. */
const CONTENT_POS = /^(?:n|ng)$/;

/** How many content characters standing alone lead up to `at` (dir −1) or follow it (dir 1), contiguous. */
function looseRun(tokens: readonly Token[], at: number, dir: -1 | 1): number {
  const i = tokenIndex(tokens, at);
  let k = dir < 0 ? (tokens[i - 1]?.end === at ? i - 1 : -1) : tokens[i]?.start === at ? i : -1;
  let n = 0;
  while (k >= 0 && k < tokens.length) {
    const t = tokens[k]!;
    if (t.end - t.start !== 1 || t.kind !== 'word' || !CONTENT_POS.test(t.pos)) break;
    n++;
    k += dir;
  }
  return n;
}

/** Pronouns and particles that end a phrase, not a word (see parallelUnit). */
const PHRASE_END = /[它他她们的地得了着过]/u;

/** How far parallelUnit looks for the ends of a unit (units are at most 6 characters). */
const UNIT_SCAN = 8;

/**
 * Whether text[start, end) lies in a unit of a 、 list whose last character ends two more units of its length (the
 * list's last unit may run on: 识外情的要求 is read as 识外情 after 摸上情、知内情).
 */
function parallelUnit(text: string, start: number, end: number): boolean {
  // Units are at most 6 characters: every scan stops after UNIT_SCAN characters (a longer run gives the same answer,
  // and an unbounded scan made a long unpunctuated paragraph quadratic).
  let a = start;
  while (a > 0 && start - a < UNIT_SCAN && isHanCode(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < UNIT_SCAN && isHanCode(text.charCodeAt(b))) b++;
  if (text[a - 1] === '、' && text[b] !== '、') {
    // The length of the unit before.
    let p = a - 1;
    while (p > 0 && a - 1 - p < UNIT_SCAN && isHanCode(text.charCodeAt(p - 1))) p--;
    const m = a - 1 - p;
    if (m >= 2 && b - a > m && end <= a + m) b = a + m;
  }
  const n = b - a;
  if (n < 2 || n > 6 || (text[a - 1] !== '、' && text[b] !== '、')) return false;
  const last = text[b - 1]!;
  // Units that end with a pronoun or a particle are phrases (认识它、反映它; 重视的、关心的), not words built on one
  // character: a slip in one of them is as wrong as anywhere.
  if (PHRASE_END.test(last)) return false;
  let same = 0;
  // The first unit may follow other words (只要我们|上下联动), the last run on (识外情|的要求).
  for (let p = a - 1; same < 2 && p - n >= 0 && text[p] === '、' && text[p - 1] === last; p -= n + 1) same++;
  for (let p = b; same < 2 && p + n < text.length && text[p] === '、' && text[p + n] === last; p += n + 1) same++;
  return same >= 2;
}
