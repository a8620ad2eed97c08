import { defineRule } from '../../core/rule.js';
import { codeBefore, HYPHEN_ADJACENT_SOURCE } from '../lib/numbers.js';
import { replaceWith } from '../lib/fix.js';
import { chineseNumeral } from '../lib/numerals.js';
import { proseMatches } from '../lib/scan.js';

/**
 * Units of measure after an estimate (2，3厘米 → 两三厘米, 5、6度 → 五六度); 度 before a burn grades it (2、3度烧伤 lists
 * the second and third degree) and is left alone.
 */
const UNITS = '厘米|毫米|千米|平方米|平方公里|立方米|公顷|千克|克|度(?![烧烫冻灼]伤)';
/**
 * Verbal measure words and 场/圈 (2、3遍, 3、4趟, 5、6回, 2、3轮, 4、5圈, 2、3场): how many times something is done, an
 * estimate like 两三次. 第2、3轮 is an ordinal (LIST_BEFORE).
 */
const VERBAL = '遍|趟|回(?![族民迁收访复应])|轮(?![胎椅])|圈|场(?![所地馆部站])|顿|番';

/**
 * More measure words that count things (blind set 21: 2、3栋居民楼): 栋、幢、层 of buildings, 张、本、份、篇、幅、册、封 of
 * paper and pictures, 片 and 段 of land and road (3、4张课桌 → 三四张, 4、5片林地 → 四五片). 片区 is a name (2、3片区). 栋、幢、层
 * and 段 also number (翠苑小区2、3栋 are buildings No. 2 and 3, 中心2、3层 the second and third floors, 在2、3层): see NUMBERED.
 */
const MORE_COUNTS = '栋|幢|层|张|本|份|篇|幅|册|封|片(?!区)|段';
/**
 * 栋、幢、层、段 right after a place (小区、苑、中心、大楼…) or a preposition of place (在、于、至、到): the figures number
 * buildings, floors or sections there (锦江小区2、3栋, 县政务服务中心2、3层, 在2、3层), no estimate.
 */
const NUMBERED_MEASURE = /^[栋幢层段]/u;
const NUMBERED_BEFORE = /[区苑园村院城府庭居寓邸湾楼厦馆心站场所店里庄湖坊舍巷路街道号期在于至到从]$/u;
/**
 * What 栋、幢、层、段 count when the figures are an estimate: the buildings or the road named right after them (2、3栋居民楼,
 * 1、2幢危房, 3、4段渠道), or nothing more, the clause ending on the measure (违规加盖了2、3层。). Anything else after them — a verb
 * (对2、3栋实施外墙改造), a part of the building (发现2、3栋外墙渗水) — reads as buildings No. 2 and 3 (review w22).
 */
const COUNTED_BUILDING = /^(?:[楼房]|居民楼|住宅|民房|危房|厂房|宿舍|平房|楼房|建筑|仓库|大棚|农房|自建房|[路渠堤沟河]|道路|渠道|河道|堤防|$|[，。；！？,;!?）)])/u;
/**
 * 2、3个 / 5、6个小时 / 3，4米: two neighbouring figures as an estimate, with a 顿号 or a comma between them (GB/T 15835:
 * Chinese numerals, no punctuation). Only measure words that count (个、天、人…): 1、2号楼, 1，2号楼, 1、2月份, 第2、3名 and
 * 1、2等奖 enumerate and are left alone.
 */
const ADJACENT = new RegExp(String.raw`([1-8])(0?)([、，,])([2-9])\2(?=${UNITS}|${VERBAL}|个|天|人|次|名|家|户|件|条|位|起|种|只|辆|台|套|批|所|座|处|项|周|岁|小时|分钟|里|公里|米|斤|公斤|亩|吨|元|块|艘|盏|棵|株|头|匹|根|架|口|眼|把|双|副|袋|箱|桶|盒|包|床|顶|间|${MORE_COUNTS}|千|百|万|年(?!级|度|代))`, 'gu');
/**
 * 3 4百辆 / 5 6十吨 / 1　2千人次: two neighbouring figures with a space between them, before 十/百/千/万 (三四百辆). The Chinese
 * place makes it an estimate: 34百 is no number, while 1 2个 may be 12 with a stray space and is left alone.
 */
const SPACED = /(?<![\d.])([1-8])[ \u3000]([2-9])([十百千万])(?=(?:多|余|来)?\p{Script=Han})/gu;
/**
 * 2、30人 / 3，40户 / 2、300吨: the first of two neighbouring tens or hundreds written without its zeros (二三十人, 两三百吨):
 * a single figure, then the next one times ten or a hundred, before a measure word. A 顿号 list of figures (2、30号, 第2、30名)
 * has no such measure word or has its 第.
 */
const SHORT_TENS = new RegExp(String.raw`([1-9])([、，,])([2-9])(0{1,2})(?=${UNITS}|个|天|人|次|名|家|户|件|条|位|起|种|只|辆|台|套|批|所|座|处|项|周|岁|小时|分钟|里|公里|米|斤|公斤|亩|吨|元|块|年(?!级|度|代))`, 'gu');
/**
 * 3几户 / 5几名 / 4几万元: one Arabic figure glued to 几 before a measure word or a place (十/百/千/万) — neither a number
 * nor an estimate the norm knows: 三十几户? 几户? a figure? The writer says which; no fix is offered. 几率、几何、几乎 are
 * words of their own (no measure word follows 几 there); 10几 is TENS_JI's.
 */
const DIGIT_JI = new RegExp(String.raw`(?<![\d.])([1-9])几(?=${UNITS}|${VERBAL}|个|天|人|次|名|家|户|件|条|位|起|种|只|辆|台|套|批|所|座|处|项|周|岁|小时|分钟|里|公里|米|斤|公斤|亩|吨|元|块|艘|盏|棵|株|头|匹|根|架|口|眼|把|双|副|袋|箱|桶|盒|包|床|顶|间|十|百|千|万|年(?!级|度|代))`, 'gu');
/** 10几个 / 20几岁: 几 with Arabic tens. */
const TENS_JI = /([1-9])0几/gu;
/** 几10公里 / 几100人 / 几1000元: 几 before Arabic tens, hundreds or thousands (几十、几百、几千). */
const JI_TENS = /几(1(0{1,3}))(?![\d.０-９])/gu;
/**
 * 5、6十名 / 2，3十户: two neighbouring figures in Arabic with 十 written in Chinese after them (五六十名、二三十户); before 百、千、万
 * ADJACENT reads them (3、4百人 → 三四百人).
 */
const HAN_TENS = new RegExp(String.raw`([1-8])([、，,])([2-9])(十)(?=${UNITS}|多|余|来|个|天|人|次|名|家|户|件|条|位|起|种|只|辆|台|套|批|所|座|处|项|周|岁|小时|分钟|里|公里|米|斤|公斤|亩|吨|元|块|万)`, 'gu');

/** 2-3名, 4-5个 (src/rules/lib/numbers.ts): an estimate, owned by this rule. */
const HYPHEN_ADJACENT = new RegExp(HYPHEN_ADJACENT_SOURCE, 'gu');

/** Characters before a figure that make it a list number or part of an ordinal. */
const LIST_BEFORE = /^(?:|[\s。！？；：:、(（第])$/u;

function approxWord(a: number, b: number): string {
  const zh = (n: number) => (n === 2 ? '两' : chineseNumeral(n));
  return `${zh(a)}${zh(b)}`;
}

/** number-approx: approximate numbers are written in Chinese numerals (两三个, 十几个). */
export const numberApprox = defineRule({
  id: 'number-approx',
  name: { zh: '概数写法', en: 'Approximate number' },
  category: 'number',
  severity: 'warning',
  fixable: 'confirm',
  description: {
    zh: '相邻两个数字连用表示概数、带“几”的概数，用汉字书写，中间不加顿号（2、3个 → 两三个，10几个 → 十几个）。',
    en: 'Approximate numbers made of two neighbouring figures, and those with 几, are written in Chinese numerals without a 顿号 (2、3个 → 两三个, 10几个 → 十几个).',
  },
  messages: {
    adjacent: {
      zh: '“{wrong}”表示概数，应使用汉字且不加顿号，写作“{right}”。',
      en: '"{wrong}" is an approximate number; write it in Chinese numerals without the 顿号: “{right}”.',
    },
    adjacentComma: {
      zh: '“{wrong}”表示概数，相邻两数连用，应使用汉字且中间不加标点，写作“{right}”。',
      en: '"{wrong}" is an approximate number of two neighbouring numbers; write it in Chinese numerals with no punctuation between them: “{right}”.',
    },
    digitJi: {
      zh: '“{wrong}”中阿拉伯数字直接接“几”，不是规范的数字写法，意思不明：概数用汉字（如“三十几”“几”），确数写阿拉伯数字。',
      en: '"{wrong}" glues an Arabic figure to 几, which is neither a number nor an estimate: write an estimate in Chinese numerals (三十几) or give the figure.',
    },
    tensJi: {
      zh: '带“几”的概数应使用汉字，“{wrong}”应写作“{right}”。',
      en: 'An approximate number with 几 is written in Chinese numerals: write “{right}” for "{wrong}".',
    },
    fixWrite: { zh: '改为“{right}”', en: 'Write “{right}”' },
  },
  check(ctx) {
    const { text } = ctx.draft;
    for (const { start, end, match } of proseMatches(ctx, ADJACENT)) {
      const a = Number(match[1]);
      const b = Number(match[4]);
      const mark = match[3]!;
      const tens = match[2] === '0';
      // 2、3个, 20、30里 (neighbours), and 三五个 (3、5: the one idiomatic pair that skips a number).
      if (b !== a + 1 && !(a === 3 && b === 5)) continue;
      const before = text[start - 1] ?? '';
      // 1、2、3个 (a list), 第2、3个, a list number at the start of a clause, or part of a longer number.
      if (LIST_BEFORE.test(before) || codeBefore(text, start) || before === '、' || before === '，') continue;
      // 分别为3、5万元: two figures listed, not an estimate.
      if (/(?:分别|依次|各)(?:为|是)?$/u.test(text.slice(Math.max(0, start - 3), start))) continue;
      // 分别发放挂图3、4张: 分别 earlier in the clause hands each party its own figure, a list.
      if (/(?:分别|依次)[^，。；！？,;!?\n]{0,12}$/u.test(text.slice(Math.max(0, start - 14), start))) continue;
      if (NUMBERED_MEASURE.test(text.slice(end, end + 1)) && (NUMBERED_BEFORE.test(before) || !COUNTED_BUILDING.test(text.slice(end + 1, end + 4)))) continue;
      const right = tens ? `${chineseNumeral(a)}${chineseNumeral(b)}十` : approxWord(a, b);
      const messageId = mark === '、' ? 'adjacent' : 'adjacentComma';
      ctx.report({ start, end, messageId, data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }

    for (const { start, end, match } of proseMatches(ctx, SPACED)) {
      const a = Number(match[1]);
      const b = Number(match[2]);
      if (b !== a + 1 && !(a === 3 && b === 5)) continue;
      if (codeBefore(text, start)) continue;
      const place = match[3]!;
      const right = place === '十' ? `${chineseNumeral(a)}${chineseNumeral(b)}十` : `${approxWord(a, b)}${place}`;
      ctx.report({ start, end, messageId: 'adjacentComma', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }

    for (const { start, end, match } of proseMatches(ctx, HYPHEN_ADJACENT)) {
      const a = Number(match[1]);
      if (Number(match[2]) !== a + 1) continue;
      const before = text[start - 1] ?? '';
      if (LIST_BEFORE.test(before) || codeBefore(text, start) || /[A-Za-z]/u.test(before)) continue;
      const right = approxWord(a, a + 1);
      ctx.report({ start, end, messageId: 'adjacentComma', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }

    for (const { start, end, match } of proseMatches(ctx, SHORT_TENS)) {
      const a = Number(match[1]);
      if (Number(match[3]) !== a + 1) continue;
      const before = text[start - 1] ?? '';
      if (LIST_BEFORE.test(before) || codeBefore(text, start) || before === '、' || before === '，') continue;
      if (/(?:分别|依次|各)(?:为|是|有)?$/u.test(text.slice(Math.max(0, start - 3), start))) continue;
      const right = match[4] === '0' ? `${chineseNumeral(a)}${chineseNumeral(a + 1)}十` : `${approxWord(a, a + 1)}百`;
      const messageId = match[2] === '、' ? 'adjacent' : 'adjacentComma';
      ctx.report({ start, end, messageId, data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }

    // 几 and 十 are in every match of the passes that name them: a draft without the character is not scanned for them
    // (speed).
    const ji = text.includes('几');
    for (const { start, end, match } of ji ? proseMatches(ctx, JI_TENS) : []) {
      if (codeBefore(text, start)) continue;
      const right = `几${{ 1: '十', 2: '百', 3: '千' }[match[2]!.length]}`;
      ctx.report({ start, end, messageId: 'tensJi', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }

    for (const { start, end, match } of text.includes('十') ? proseMatches(ctx, HAN_TENS) : []) {
      const a = Number(match[1]);
      if (Number(match[3]) !== a + 1) continue;
      const before = text[start - 1] ?? '';
      if (LIST_BEFORE.test(before) || codeBefore(text, start) || before === '、' || before === '，') continue;
      if (/(?:分别|依次|各)(?:为|是|有)?$/u.test(text.slice(Math.max(0, start - 3), start))) continue;
      const right = `${chineseNumeral(a)}${chineseNumeral(a + 1)}${match[4]}`;
      const messageId = match[2] === '、' ? 'adjacent' : 'adjacentComma';
      ctx.report({ start, end, messageId, data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }

    for (const { start, end, match } of ji ? proseMatches(ctx, DIGIT_JI) : []) {
      if (codeBefore(text, start) || text[start - 1] === '第') continue;
      ctx.report({ start, end, messageId: 'digitJi', data: { wrong: match[0] } });
    }

    for (const { start, end, match } of ji ? proseMatches(ctx, TENS_JI) : []) {
      if (codeBefore(text, start) || /[\d.]/u.test(text[start - 1] ?? '')) continue;
      const right = `${chineseNumeral(Number(match[1]) * 10)}几`;
      ctx.report({ start, end, messageId: 'tensJi', data: { wrong: match[0], right }, fix: replaceWith(start, end, right, 'fixWrite', false, { right }) });
    }
  },
});
