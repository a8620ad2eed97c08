/**
 * Frames of the typo rule (src/rules/wording/typo.ts) in which a stretch read as a slip is the writer's own name or
 * count (h-w23-tfa, from the classes of blind sets 22 and 29): a route between two places (葛堂村至付楼村: no 支付), a
 * name listed after a named person (预报员韩云麓、何洪涛: no 和洪涛), an app's quoted name (“滨垣农服”APP), a
 * proper name read across the suffix that closes a place (滨垣县|丰垣…公司: no 咸丰), a piece counted one at a time
 * (单块, 单株: 单 + a measure word), the tier of an ordinal (第一档|年用电量: no 当年). Pure: text and slip in, a
 * decision out.
 */
import { isHan } from '../../core/text.js';
import type { Slip } from './slips.js';

/** The prepositions of a route from one place to the next (X村至Y村, X镇到Y镇). */
const ROUTE = /^[至到]$/u;

/** How many characters of the second place's name may stand between the route's preposition and its suffix. */
const ROUTE_NAME_MAX = 3;

/**
 * A stretch of two characters that begins with the preposition of a route right after a place (…村至, …镇到) and ends
 * inside the next place's name, which closes with a place suffix within a few characters (葛堂村至付楼村: 至付 is no
 * 支付). The stretch cuts the preposition from the name that follows it.
 */
export function routeBetweenPlaces(text: string, slip: Slip, suffixes: ReadonlySet<string>): boolean {
  if (slip.swap || slip.idiom || slip.end - slip.start !== 2 || !ROUTE.test(text[slip.start] ?? '')) return false;
  if (!suffixes.has(text[slip.start - 1] ?? '')) return false;
  for (let k = slip.start + 2; k <= slip.start + 1 + ROUTE_NAME_MAX && k < text.length; k++) {
    const c = text[k]!;
    if (suffixes.has(c)) return true;
    if (!isHan(c)) return false;
  }
  return false;
}

/** How many names of a list are walked back (韩云麓、何洪涛、王磊…). */
const LIST_MAX = 6;

/**
 * A stretch that begins with a surname right after 、, in a list of names of two or three characters led by a role word
 * (预报员韩云麓、何洪涛: the first name is read as a name after its role, the next ones are names too, not 和洪涛).
 * `roleEnd` tests the text before the first name (the rule's table of roles).
 */
export function nameInRoleList(text: string, slip: Slip, surnames: (c: string) => boolean, roleEnd: RegExp): boolean {
  if (slip.idiom || slip.end - slip.start > 3 || text[slip.start - 1] !== '、' || !surnames(text[slip.start]!)) return false;
  let p = slip.start - 1;
  for (let n = 0; n < LIST_MAX; n++) {
    // The name before this 、: two or three Han characters from a surname, led by a role or by another 、.
    let next = -1;
    for (let len = 2; len <= 3; len++) {
      const from = p - len;
      if (from < 0 || !surnames(text[from]!)) continue;
      let han = true;
      for (let k = from; k < p; k++) if (!isHan(text[k]!)) han = false;
      if (!han) continue;
      if (text[from - 1] === '、') next = from - 1;
      else if (roleEnd.test(text.slice(Math.max(0, from - 8), from))) return true;
    }
    if (next < 0) return false;
    p = next;
  }
  return false;
}

/** What follows an app's or a platform's quoted name. */
const APP_AFTER = /^(?:APP|App|app|小程序|公众号|客户端|平台|网站|系统)/u;
/** The longest quoted name of an app read as one (“滨垣农服”, “智慧农服”). */
const APP_NAME_MAX = 8;

/**
 * A stretch inside a short quoted name right before APP, 小程序, 公众号… (“滨垣农服”APP: the writer's product name, its
 * 农服 no 农夫).
 */
export function appName(text: string, slip: Slip): boolean {
  // Both marks looked for within the name's reach only (a search over the whole text per slip would be quadratic).
  const from = Math.max(0, slip.start - APP_NAME_MAX);
  const before = text.slice(from, slip.start + 1).lastIndexOf('“');
  if (before < 0) return false;
  const open = from + before;
  const after = text.slice(slip.end - 1, open + APP_NAME_MAX + 2).indexOf('”');
  if (after < 0) return false;
  const close = slip.end - 1 + after;
  if (close < slip.end || close - open - 1 > APP_NAME_MAX) return false;
  for (let k = open + 1; k < close; k++) if (!isHan(text[k]!)) return false;
  return APP_AFTER.test(text.slice(close + 1, close + 4));
}

/** A proper name of the dictionary (a person, a place, an organization, another name). */
const PROPER = /^(?:nr|nrt|nrfg|ns|nt|nz)$/;

/**
 * A proper name read across the suffix that closes a place (滨垣县|丰垣粮食储备有限公司: 县丰 → 咸丰): the change is the
 * suffix itself, which ends the Han name before it; what follows is another name.
 */
export function properAcrossSuffix(text: string, slip: Slip, suffixes: ReadonlySet<string>): boolean {
  return !slip.swap && !slip.idiom && slip.end - slip.start === 2 && slip.at === slip.start && suffixes.has(text[slip.start]!) && isHan(text[slip.start - 1] ?? '') && PROPER.test(slip.pos);
}

/**
 * 单 + a measure word, a piece counted one at a time (单块规格, 单株产量, 单台设备): neither character is a slip of
 * another word (单块 is no 石块).
 */
export function perPiece(text: string, slip: Slip, measures: ReadonlySet<string>): boolean {
  return !slip.swap && !slip.idiom && slip.end - slip.start === 2 && text[slip.start] === '单' && measures.has(text[slip.start + 1]!);
}

/** The grades an ordinal counts, measure words or not in the dictionary (第一档, 第二级, 第三等, 第一类, 第二批, 第一期, 第三轮). */
const TIERS = '档级等类批期轮';
const ORDINAL_BEFORE = /第(?:[0-9０-９]+|[一二三四五六七八九十百零〇两]+)$/u;

/**
 * A reading that takes away an ordinal's measure word (第一档|年用电量: 档年 → 当年 leaves 第一 with nothing counted):
 * the stretch starts right after 第 and a numeral with a measure word, and the reading changes it into one that is no
 * measure word (第一石间 → 第一时间 stays a slip: 石 is no measure there). A reading that puts a measure word there (第三界 → 届) is not held back.
 */
export function ordinalTier(text: string, slip: Slip, isMeasure: (c: string) => boolean): boolean {
  if (slip.idiom || slip.end - slip.start !== 2 || slip.at !== slip.start) return false;
  const c = text[slip.start]!;
  return ORDINAL_BEFORE.test(text.slice(Math.max(0, slip.start - 5), slip.start)) && (TIERS.includes(c) || isMeasure(c)) && !isMeasure(slip.to);
}

/** The suffixes of a settlement whose own name of two characters the writer names (硝河村, 碱场村, 青杠乡). */
const SETTLEMENT = /^[村乡镇屯寨]$/u;
/** What may stand before a settlement's name: the start, a list's 、 or punctuation (not a county's suffix: 南岭县石懑镇 → 石门镇 stays a slip). */
const BEFORE_NAME = /^(?:|\s|[、，。；：（(“])$/u;

/**
 * A village's (township's) name of two characters read as another name with the same suffix (碱场村、硝河村 → 小河村):
 * the stretch is the name and its suffix, it stands where a name begins, and the reading changes a character of the
 * name only. The dictionary knows neither the writer's village nor the other one: nothing tells a slip there.
 */
export function settlementOwnName(text: string, slip: Slip): boolean {
  if (slip.idiom || slip.end - slip.start !== 3 || !SETTLEMENT.test(text[slip.end - 1]!) || slip.at >= slip.end - 1) return false;
  if (slip.right[slip.right.length - 1] !== text[slip.end - 1]) return false;
  return BEFORE_NAME.test(text[slip.start - 1] ?? '');
}

/**
 * A named station (gauge, post) in a list of stations with their readings (鹰嘴岩站148.6毫米、桐坪站131.2毫米、青杠站117.9毫米):
 * the stretch ends right before the suffix shared by the list's previous item, which also stands before a number
 * there. The names are the writer's.
 */
export function stationInReadings(text: string, slip: Slip): boolean {
  if (slip.idiom || slip.end - slip.start > 3) return false;
  const s = text[slip.end];
  if (!s || !isHan(s) || !/[0-9０-９]/u.test(text[slip.end + 1] ?? '')) return false;
  // The stretch starts the item (right after 、) or one character into it.
  const open = text[slip.start - 1] === '、' ? slip.start - 1 : text[slip.start - 2] === '、' ? slip.start - 2 : -1;
  if (open < 0) return false;
  // The previous item: back to the 、 or the colon before it, at most 24 characters.
  for (let k = open - 1; k >= 0 && open - k <= 24; k--) {
    const c = text[k]!;
    if (c === '、' || c === '：' || c === ':' || c === '，') return false;
    if (c === s && /[0-9０-９]/u.test(text[k + 1] ?? '')) return true;
  }
  return false;
}
