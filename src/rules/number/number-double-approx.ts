import { defineRule } from '../../core/rule.js';
import { replaceWith } from '../lib/fix.js';
import { proseMatches } from '../lib/scan.js';

/**
 * 近200余人, 约50人左右, 大约30多家, 超过100余个: a figure with an approximation word before it (约、近、超过…)
 * and another after it (余、多、左右). The figure: Arabic or Chinese, with 万/亿/千/百 and up to three
 * characters of measure word before 左右 (约3个小时左右), 个 and a compound unit of up to four (约6万个羊单位左右, 约2个工作日左右), or a percent sign (将近80%以上, 接近90%以上). A bare 万 or 亿 is a
 * figure too (近万人以上, 逾亿元以上: 近一万).
 */
const DOUBLE =
  /(大约|大概|大致|将近|接近|超过|约|近|逾)(?:有|为|达|计|在)?(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+|(?=万|亿))(万亿|万|亿|千|百)?(?:(余|多|来)(?![\d一二三四五六七八九十])|(个\p{Script=Han}{1,4}?|[\p{Script=Han}%％‰]{0,3}?)(?<!的)(左右|以上|上下|开外)(?!两|侧|岸|手|开弓|逢源|为难|摇摆|摆动))/gu;
/** 200多人左右, 1万余人次左右: 余/多 after the figure and 左右 after the measure. */
const TRAILING_TWICE = /(?<![\d.])(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(万亿|万|亿|千|百)?(余|多)([\p{Script=Han}]{1,3}?)(?<!的)(左右|上下)(?!两|侧|岸|手|开弓|逢源|为难|摇摆|摆动)/gu;

/**
 * 约增加收入3000元左右, 大约能缩短运输距离6公里左右, 约配备网格员3人上下: 约 before the verb phrase whose figure 左右/上下
 * also marks, with only Han characters between (no figure, no mark). Not 约谈、约定、约束、约请、约见 (verbs of 约).
 */
const SPREAD = /(大约|大概|大致|约)(?![谈定束请见稿法])([^\P{Script=Han}0-9零〇一二两三四五六七八九十百千万亿]{1,8})(\d+(?:\.\d+)?)(万亿|万|亿|千|百)?(\p{Script=Han}{0,3}?)(?<!的)(左右|上下)(?!两|侧|岸|手|开弓|逢源|为难|摇摆|摆动|浮动|波动)/gu;

/**
 * 约占65%左右, 大约占七成左右, 约占全镇劳动力总数的40%左右, 大概占三分之一上下: a share (占, 占比) with an approximation word
 * before 占 and another after its figure — the figure a percentage, N成, N分之M or 一半, after 占 itself or after the
 * whole it is a share of (…的). One of the two words goes.
 */
const SHARE_TWICE =
  /(大约|大概|大致|将近|接近|约|近)占(?:比|比重)?(?:为|达到?|是)?(?:[^，。；：！？、\s\d%％]{1,14}?的?)?(?:\d+(?:\.\d+)?[%％‰]|(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)成|[一二两三四五六七八九十]+分之[一二两三四五六七八九十]+|一半|半数)(左右|上下)(?!两|侧|岸|手|开弓|逢源|为难|摇摆|摆动|浮动|波动)/gu;

/** Before 约/近: words where they are no approximation (节约、制约、签约、附近、最近、靠近…). */
const NOT_APPROX_BEFORE = /[节制签预邀公合条契特隐简婉相履违失践守誓附最靠邻亲新远临]$/u;

/**
 * The fix that writes 约 right before the figure (at `figure`) and drops the word before (`wordLength` characters from
 * `start`) and the one after (`trailStart`–`end`): 大约经过40分钟左右 → 经过约40分钟, 大约1.5万亩左右 → 约1.5万亩.
 */
function toYue(start: number, figure: number, trailStart: number, end: number, wordLength = figure - start) {
  const edits =
    wordLength === figure - start
      ? [{ start, end: figure, text: '约' }]
      : [
          { start, end: start + wordLength, text: '' },
          { start: figure, end: figure, text: '约' },
        ];
  return { messageId: 'fixYue' as const, data: {}, safe: false, edits: [...edits, { start: trailStart, end, text: '' }] };
}

/** number-double-approx: one approximation word per figure. */
export const numberDoubleApprox = defineRule({
  id: 'number-double-approx',
  name: { zh: '概数重复', en: 'Double approximation' },
  category: 'number',
  severity: 'warning',
  fixable: 'confirm',
  description: {
    zh: '一个数字只用一个表示概数的词（近200余人、约50人左右 → 近200人、约50人），去掉后面的“余”“多”或“左右”，需确认。',
    en: 'One approximation word per figure (近200余人, 约50人左右 → 近200人, 约50人): drop the trailing 余/多/左右, on confirmation.',
  },
  messages: {
    double: {
      zh: '“{whole}”中“{word}”和“{trailing}”重复表示概数，应只保留一个，如去掉“{trailing}”。',
      en: '"{whole}" marks the figure as approximate twice ({word} and {trailing}); keep one, e.g. drop “{trailing}”.',
    },
    fixDrop: { zh: '删去“{trailing}”', en: 'Drop “{trailing}”' },
    fixDropLeading: { zh: '删去“{word}”', en: 'Drop “{word}”' },
    fixYue: { zh: '改为“约”加数字', en: 'Write 约 before the figure' },
  },
  check(ctx) {
    const { text } = ctx.draft;
    const taken: [number, number][] = [];
    // TRAILING_TWICE and SPREAD end in 左右 or 上下: a draft with neither is not scanned for them (speed).
    const around = text.includes('左右') || text.includes('上下');
    for (const { start, end, match } of around ? proseMatches(ctx, TRAILING_TWICE) : []) {
      const [whole, , , yuDuo, , trailing] = match as unknown as [string, ...string[]];
      taken.push([start, end]);
      ctx.report({
        start,
        end,
        messageId: 'double',
        data: { whole, word: yuDuo!, trailing: trailing! },
        fix: replaceWith(end - trailing!.length, end, '', 'fixDrop', false, { trailing: trailing! }),
      });
    }
    for (const { start, end, match } of proseMatches(ctx, DOUBLE)) {
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      const [whole, word, , , yuDuo, , zuoyou] = match as unknown as [string, string, ...(string | undefined)[]];
      if ((word === '约' || word === '近') && NOT_APPROX_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
      // 近两年多, 近一个多月: the 多 belongs to a duration word; only a figure directly before 余/多 counts.
      const trailing = yuDuo ?? zuoyou!;
      const trailStart = yuDuo ? end - yuDuo.length : end - zuoyou!.length;
      // 约50人左右: the measure (人) stays; the fix removes only the trailing word. Which of the two to keep is the
      // writer's call (约300户 and 300多户 say different things): the other fix drops the word before the figure
      // (超过300余名 → 300余名, 约有300多户 → 有300多户).
      const leading = replaceWith(start, start + word.length, '', 'fixDropLeading', false, { word });
      ctx.report({
        start,
        end,
        messageId: 'double',
        data: { whole, word, trailing },
        fixes: [
          replaceWith(trailStart, end, '', 'fixDrop', false, { trailing }),
          leading,
          // 大约1.5万亩左右 → 约1.5万亩, 大约有2000亩左右 → 约有2000亩: the written form keeps 约 and drops 左右; 约有80人左右
          // → 约80人.
          ...(/^大[约概致]$/u.test(word) && zuoyou
            ? [toYue(start, start + word.length, trailStart, end)]
            : word === '约' && zuoyou && match[0].indexOf(match[2]!, word.length) > word.length
              ? [toYue(start, start + match[0].indexOf(match[2]!, word.length), trailStart, end)]
              : []),
        ],
      });
    }
    for (const { start, end, match } of around ? proseMatches(ctx, SHARE_TWICE) : []) {
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      const [whole, word, trailing] = match as unknown as [string, string, string];
      if ((word === '约' || word === '近') && NOT_APPROX_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
      taken.push([start, end]);
      ctx.report({
        start,
        end,
        messageId: 'double',
        data: { whole, word, trailing },
        fixes: [
          replaceWith(end - trailing.length, end, '', 'fixDrop', false, { trailing }),
          replaceWith(start, start + word.length, '', 'fixDropLeading', false, { word }),
          // 大约占七成左右 → 约占七成: the written form keeps 约 before 占 and drops 左右.
          ...(/^大[约概致]$/u.test(word)
            ? [{ messageId: 'fixYue' as const, data: {}, safe: false, edits: [{ start, end: start + word.length, text: '约' }, { start: end - trailing.length, end, text: '' }] }]
            : []),
        ],
      });
    }
    for (const { start, end, match } of around ? proseMatches(ctx, SPREAD) : []) {
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      const [whole, word, , , , , trailing] = match as unknown as [string, string, ...string[]];
      if (NOT_APPROX_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
      ctx.report({
        start,
        end,
        messageId: 'double',
        data: { whole, word, trailing: trailing! },
        fixes: [
          replaceWith(end - trailing!.length, end, '', 'fixDrop', false, { trailing: trailing! }),
          replaceWith(start, start + word.length, '', 'fixDropLeading', false, { word }),
          // 大约经过40分钟左右 → 经过约40分钟: 约 moves next to its figure, 左右 goes.
          toYue(start, start + word.length + match[2]!.length, end - trailing!.length, end, word.length),
        ],
      });
    }
  },
});
