/**
 * script-mix: traditional characters in a simplified draft, or simplified ones in a traditional draft
 * (config `script`), converted with opencc-js (style guide §3.2; the seeds mix both scripts).
 */
import { defineRule } from '../../core/rule.js';
import { isHan } from '../../core/text.js';
import { replaceWith } from '../lib/fix.js';
import { toTraditional } from '../lib/opencc.js';
import { afterPersonField, afterRole, afterSurname, inNameList, opensPlaceName } from '../lib/names.js';
import { convertAligned, readingText } from '../lib/reading.js';
import { SCRIPT_TABLE, VARIANTS, variantAt, wantsVariant } from '../lib/script-table.js';

/** Lone characters that are also right in the target script (乾隆、慰藉), from rules/data/script-mix.yaml. */
const ALSO_RIGHT = { simplified: new Set(SCRIPT_TABLE.simplified), traditional: new Set(SCRIPT_TABLE.traditional) };
/** Characters OpenCC converts that are standard in personal names (通用规范汉字表: 姓氏“於”、人名用字“昇”“陞”). */
const NAME_CHARS = new Set(SCRIPT_TABLE.names);
/**
 * The code units variantAt can answer for (VARIANTS' one-unit keys), as one pattern: the draft is searched for them once
 * instead of asking at every character of its prose (most drafts hold none).
 */
const VARIANT_UNIT = new RegExp(
  `[${[...VARIANTS.keys()]
    .filter((k) => k.length === 1)
    .map((k) => `\\u${k.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'g',
);

/**
 * What follows a person's full name and never a time, a place or a thing after the preposition 於 (於晓东等3人、於海峰同志、
 * 於志强涉嫌…、於建平违规…案): a list's 等, a title, an offence, a case.
 */
const NAME_FOLLOWER = /^(?:等|同志|先生|女士|涉嫌|违规|违纪|违法|受贿|贪污|挪用|侵占|案)/u;
/** First characters of what follows the preposition 於 (於此、於今年、於本月、於是、於1月): never a given name's here. */
const NOT_GIVEN_NAME = /^[此这那该各所其之是今明本近上下前后年月日全一二三四五六七八九十\d]/u;

/** The surname 於 before a given name of two characters and a word that only follows a person (将於建平违规…、对於海峰同志). */
function beforeNameFollower(text: string, at: number): boolean {
  const given = text.slice(at + 1, at + 3);
  return /^\p{Script=Han}{2}$/u.test(given) && !NOT_GIVEN_NAME.test(given) && NAME_FOLLOWER.test(text.slice(at + 3, at + 5));
}

/**
 * Is the lone character at `at` part of a personal name: a given name right after a surname (王昇、李昇华), a surname
 * right after a role or title (护士长於晓燕、书记於建平) and followed by a given name, a name in a sign-off field
 * (签发：於文君), a surname named as such (於姓),
 * or the first character of a place named after it (於家坪村)?
 */
function inName(text: string, at: number, isCommonWord: (word: string) => boolean): boolean {
  if (afterSurname(text, at)) return true;
  if (beforeNameFollower(text, at)) return true;
  if (/^[姓氏]/u.test(text[at + 1] ?? '')) return true;
  // A name in a sign-off field: （签发：於文君　执笔：林小雨）.
  if (afterPersonField(text, at) && /^\p{Script=Han}{1,2}(?:[\s　，,、。；;）)]|$)/u.test(text.slice(at + 1, at + 4))) return true;
  // A village or town named after the family (於家坪村、於家湾社区、於潜镇).
  if (opensPlaceName(text, at, isCommonWord)) return true;
  return (afterRole(text, at) && /^\p{Script=Han}{1,2}/u.test(text.slice(at + 1, at + 3))) || inNameList(text, at);
}

/** How frequent a word right after 於 is, at least, for it to be the preposition's object (农村、城区、乡镇、每个). */
const COMMON_AFTER_YU = 100;

export const scriptMix = defineRule({
  id: 'script-mix',
  name: { zh: '繁简混用', en: 'Mixed script' },
  category: 'hygiene',
  severity: 'warning',
  fixable: 'safe',
  description: {
    zh: '简体稿件中混入的繁体字（配置 script: traditional 时为繁体稿件中的简体字），用 OpenCC 转换为规范字形。',
    en: 'Traditional characters in a simplified draft (or simplified ones when the config says script: traditional), converted with OpenCC.',
  },
  messages: {
    traditional: { zh: '“{from}”是繁体字，简体稿件中应写作“{to}”。', en: '"{from}" is written in traditional characters; this simplified draft needs "{to}".' },
    simplified: { zh: '“{from}”是简体字，繁体稿件中应写作“{to}”。', en: '"{from}" is written in simplified characters; this traditional draft needs "{to}".' },
    variant: {
      zh: '“{from}”在这个词里是繁体写法，简体稿件中应写作“{to}”。',
      en: '"{from}" is the traditional spelling in this word; this simplified draft needs "{to}".',
    },
    fixChange: { zh: '改为“{to}”', en: 'Change to "{to}"' },
  },
  options: {
    keepQuoted: {
      type: 'boolean',
      default: true,
      description: {
        zh: '不检查引号内的文字和《》书名（默认 true）',
        en: 'Leave quotations and 《》 titles alone: a quoted traditional name or book title may be right (default true)',
      },
    },
  },
  check({ draft, options, config, report, isExcluded, isQuoted, lexicon }) {
    const { text } = draft;
    const target = config.script === 'traditional' ? 'traditional' : 'simplified';
    // A simplified draft: the shared reading (converted once per draft, also read by the wording and content rules).
    const reading = target === 'simplified' ? readingText(draft, config) : undefined;
    const alsoRight = ALSO_RIGHT[target];
    const { keepQuoted } = options;
    // A word of the dictionary this common after 於 makes it the preposition, not a place named after the family.
    const commonWord = (w: string) => (lexicon.lookup(w)?.freq ?? 0) >= COMMON_AFTER_YU;

    // The shared reading is the draft's own text when no segment converts (most simplified drafts): nothing to report.
    for (const seg of reading === text ? [] : draft.proseSegments) {
      if (!seg.prose) continue;
      const slice = text.slice(seg.start, seg.end);
      // Cheap test first: most segments have nothing to convert.
      const out = reading !== undefined ? reading.slice(seg.start, seg.end) : convertAligned(slice, toTraditional);
      if (out === slice) continue;
      let i = 0;
      while (i < slice.length) {
        if (slice[i] === out[i]) {
          i++;
          continue;
        }
        // A run of converted characters (a word such as 學習 → 学习).
        let j = i + 1;
        while (j < slice.length && slice[j] !== out[j]) j++;
        const start = seg.start + i;
        const end = seg.start + j;
        const from = slice.slice(i, j);
        const to = out.slice(i, j);
        i = j;
        if (![...from].some((ch) => isHan(ch))) continue;
        if (isExcluded(start, end) || (keepQuoted && isQuoted(start, end))) continue;
        // A lone character that is also right in the target script (乾隆、慰藉、张乾) stays.
        if ([...from].length === 1 && alsoRight.has(from)) continue;
        // 护士长於晓燕、教师王昇: a standard character of a personal name, not a traditional one.
        if (target === 'simplified' && [...from].length === 1 && NAME_CHARS.has(from) && inName(text, start, commonWord)) continue;
        // A simplified draft reports traditional characters, and the other way round.
        const messageId = target === 'simplified' ? 'traditional' : 'simplified';
        report({ start, end, messageId, data: { from, to }, fix: replaceWith(start, end, to, 'fixChange', true, { to }) });
      }
    }
    // 著力、随著、沉著: a character OpenCC keeps (显著、著名 are right) where the standard writes its variant.
    if (target === 'simplified' && VARIANTS.size) {
      // Where the variants' characters stand in the whole text (in order), then those inside each segment.
      const at: number[] = [];
      VARIANT_UNIT.lastIndex = 0;
      for (let m = VARIANT_UNIT.exec(text); m; m = VARIANT_UNIT.exec(text)) at.push(m.index);
      for (const seg of at.length ? draft.proseSegments : []) {
        if (!seg.prose) continue;
        for (const k of at) {
          if (k < seg.start || k >= seg.end) continue;
          const to = variantAt(text, k);
          if (to === undefined || (reading !== undefined && reading[k] !== text[k])) continue;
          if (isExcluded(k, k + 1) || (keepQuoted && isQuoted(k, k + 1)) || !wantsVariant(lexicon, reading ?? text, k, to)) continue;
          const from = text[k]!;
          report({ start: k, end: k + 1, messageId: 'variant', data: { from, to }, fix: replaceWith(k, k + 1, to, 'fixChange', true, { to }) });
        }
      }
    }
  },
});
