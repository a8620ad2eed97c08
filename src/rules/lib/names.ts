/**
 * Personal names in running text, as far as a rule can tell without a dictionary of names: a common surname, and the
 * role or title that often stands before a name (村民王了了、护士长於晓燕、书记於建平). Used by repeated-char (王了了
 * is a name, not a doubled 了) and script-mix (於、昇、陞 are standard characters in names).
 */

import { PERSON_LABEL_BEFORE } from '../../core/sign-off.js';

/** Common surnames (single characters). */
export const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于於蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);

/** The last character of a role, a title or a kinship word that stands before a name (村民、护士长、书记、教师…). */
const ROLE_END = /[民长记任员师生士手医工户主嫂姐哥叔婶爷奶娘友农人者]$|干部$|代表$|领导$/u;

/** Does a name start at `at`, right after a role or title (护士长|於晓燕)? */
export function afterRole(text: string, at: number): boolean {
  return ROLE_END.test(text.slice(Math.max(0, at - 2), at));
}

/**
 * Does a name start at `at`, right after the colon of a sign-off field that holds a person's name (签发：|於文君, 联系人：|於丽;
 * not 电话：, which holds a number)? The labels: core/sign-off.ts.
 */
export function afterPersonField(text: string, at: number): boolean {
  return PERSON_LABEL_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

/** Is the character at `at` a given name's, right after a surname that follows a role (村民王|了了) or a name start? */
export function afterSurname(text: string, at: number): boolean {
  return SURNAMES.has(text[at - 1] ?? '');
}

/** What ends a name in a list of people: the list's comma, a full stop, 和/与/及/等, a bracket. */
const NAME_END = /^(?:[、，,。；;）)]|和|与|及|等|$)/u;

/**
 * Does a personal name of 2–3 characters start at `at` in a list of people (干部於晓红、萧建华；工程师萧海、於振华和…)?
 * The name is followed by the end of a list item, and the list is a list of names: it follows a role (干部、工程师), or
 * the item before the 、 is a name of 2–3 characters that follows a role or another 、.
 */
export function inNameList(text: string, at: number): boolean {
  const given = /^\p{Script=Han}{1,2}/u.exec(text.slice(at + 1, at + 3));
  if (!given) return false;
  // The shortest given name that ends at an item end (萧海、 before 萧海军、).
  const len = [1, 2].find((n) => n <= given[0].length && NAME_END.test(text.slice(at + 1 + n)));
  if (len === undefined) return false;
  if (afterRole(text, at)) return true;
  if (text[at - 1] !== '、') return false;
  for (const n of [2, 3]) {
    const start = at - 1 - n;
    if (start < 0 || !/^\p{Script=Han}+$/u.test(text.slice(start, at - 1))) continue;
    if (text[start - 1] === '、' || afterRole(text, start)) return true;
  }
  return false;
}

/** The administrative word or settlement that closes a place's own name (於家坪|村, 於家湾|社区, 於潜|镇). */
const PLACE_CLOSER = /^(?:村|社区|乡|镇|街道|县|区|居委会|嘎查)/u;
/** First characters of what follows a preposition (於此、於该镇、於全县、於本月、於1月): never a place name's own. */
const NOT_NAME_START = /^[此这那该各所其之是全本今明近上下前后年月日一二三四五六七八九十\d]/u;
/** What may stand before a place's name: a place's suffix (望江区|於家湾社区), a list's 和/与/及 (、 is a mark). */
const BEFORE_NAME = /[区县市镇乡旗和与及]/u;

/**
 * Does a place's own name of 2–4 characters start at `at` (於家坪村、於家湾社区、於潜镇: the surname 於 names villages and
 * towns)? One to three Han characters follow it, then a village's, a community's or a county's word, and the name
 * stands where a place begins: first in its clause (after a mark or a date) or right after another place's suffix or
 * 和/与/及. Not after a verb or a preposition (位於石门镇, 在於乡村振兴: the preposition), nor before a pronoun, a
 * determiner or a time (该县於本镇…), nor before a common word (`isCommonWord`: 全县於农村地区).
 */
export function opensPlaceName(text: string, at: number, isCommonWord: (word: string) => boolean = () => false): boolean {
  const prev = text[at - 1] ?? '';
  const start = !prev || !/\p{Script=Han}/u.test(prev) || BEFORE_NAME.test(prev) || (/[年月日]/u.test(prev) && /[0-9０-９]/u.test(text[at - 2] ?? ''));
  if (!start || NOT_NAME_START.test(text[at + 1] ?? '')) return false;
  // A common word right after it is the preposition's object (全县於农村地区、全镇於每个社区、本区於城区街道、全市於乡镇一级):
  // a name's own part is no such word (家坪、家湾、潜).
  for (let n = 2; n <= 4; n++) if (isCommonWord(text.slice(at + 1, at + 1 + n))) return false;
  for (let n = 1; n <= 3; n++) {
    if (!/^\p{Script=Han}+$/u.test(text.slice(at + 1, at + 1 + n))) return false;
    if (PLACE_CLOSER.test(text.slice(at + 1 + n, at + 4 + n))) return true;
  }
  return false;
}
