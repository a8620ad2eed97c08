/**
 * Names a draft writes of its own people and organs, which typo must not "correct" into common words one sound away:
 * a person's given name before a speech verb (护士鄢晓婷|说 is no 听说, 副局长和丽萍|说 no 评说, 主任甄启航|说 no 真启航),
 * and an organ's short name made of characters of its full name written in the same draft (民宗局 for 民族宗教事务局:
 * 宗局 is no 总局). Each guard looks at a fixed number of characters around the slip, and the second at the
 * occurrences of one character in the draft (linear time).
 */
import type { Slip } from './slips.js';

const HAN = /[\u3400-\u9fff]/u;

/** Verbs that open what a person says right after the name (…鄢晓婷说：, 和丽萍表示). */
const SPEECH = /^(?:说|表示|介绍|告诉|指出|坦言|感慨|笑着说|高兴地说)/u;

/**
 * A person's name of two or three characters — a surname, then a given name the changed character falls in — right
 * before a speech verb and right after a role word (护士, 副局长, 主任, 老人): 护士鄢晓婷说 is the nurse speaking.
 * `isSurname` and `roleBefore` are the typo rule's own tests.
 */
export function nameBeforeSpeech(text: string, slip: Slip, isSurname: (c: string | undefined) => boolean, roleBefore: (end: number) => boolean): boolean {
  if (slip.idiom) return false;
  const at = slip.at;
  for (const p of [at - 2, at - 1, at]) {
    if (p < 1 || !isSurname(text[p])) continue;
    for (const n of [2, 3]) {
      const q = p + n;
      if (at >= q || ![...text.slice(p, q)].every((c) => HAN.test(c))) continue;
      if (SPEECH.test(text.slice(q, q + 4)) && roleBefore(p)) return true;
    }
  }
  return false;
}

/** The last character of an organ's name (民宗局, 发改委, 综治办). */
const ORGAN_END = new Set([...'局委办厅']);
/** How far apart the characters of a short name may lie in the full name (民族宗教事务局: 宗 is 2 after 民, 局 4 after 宗). */
const SPREAD = 10;
/** The draft's head, where the unit's full name stands (front matter, title), and the reach around the slip. */
const HEAD = 400;
const NEAR = 2000;

/**
 * An organ's short name of two characters and its last character (民宗|局), the changed character among the two, when
 * the draft writes the full name elsewhere with those characters in that order, spread apart (黔岭县民族宗教事务局 in
 * the front matter): the writer shortened the name, as offices do, and wrote no slip.
 */
export function shortOrganName(text: string, draft: string, slip: Slip): boolean {
  if (slip.swap || slip.idiom) return false;
  for (const o of [slip.end - 1, slip.end]) {
    if (!ORGAN_END.has(text[o] ?? '') || o < 2 || slip.at < o - 2 || slip.at >= o) continue;
    const a = text[o - 2]!;
    const b = text[o - 1]!;
    if (!HAN.test(a) || !HAN.test(b)) continue;
    // The full name is looked for in the draft's head (front matter, title) and near the slip.
    for (const [from, to] of [[0, HEAD], [Math.max(HEAD, o - NEAR), o + NEAR]] as const) {
      const part = draft.slice(from, to);
      for (let i = part.indexOf(a); i >= 0; i = part.indexOf(a, i + 1)) {
        const j = part.slice(i + 1, i + 1 + SPREAD).indexOf(b);
        if (j < 0) continue;
        const k = part.slice(i + j + 2, i + j + 2 + SPREAD).indexOf(text[o]!);
        // Spread apart: characters between each two (民|族|宗|教事务|局), not the short name itself again, and the
        // full name one run of Han characters.
        if (k > 0 && j > 0 && [...part.slice(i, i + j + k + 3)].every((c) => HAN.test(c))) return true;
      }
    }
  }
  return false;
}

/** Surnames of two characters (复姓), which the dictionary reads as words of their own (鲜于 v, 欧阳 nr). */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '宇文', '长孙', '司徒', '司空', '夏侯', '万俟', '澹台', '端木', '独孤', '呼延', '南宫', '西门', '鲜于', '闻人', '申屠', '公羊', '轩辕', '钟离', '宗政', '濮阳', '太史', '仲孙', '赫连', '拓跋']);

/**
 * A given name of one or two characters after a surname of two characters that follows a role word (检察官鲜于|明志 is
 * no 名志): the changed character falls in the given name.
 */
export function nameAfterCompoundSurname(text: string, slip: Slip, roleBefore: (end: number) => boolean): boolean {
  if (slip.idiom) return false;
  for (const p of [slip.at - 1, slip.at]) {
    if (p < 2 || !COMPOUND_SURNAMES.has(text.slice(p - 2, p)) || !HAN.test(text[p]!)) continue;
    if (roleBefore(p - 2) || SPEECH.test(text.slice(p + 1, p + 5)) || SPEECH.test(text.slice(p + 2, p + 6))) return true;
  }
  return false;
}

/** Levels of administration an organ's name opens with (县民宗局, 市发改委). */
const ORGAN_LEVEL = new Set([...'省市州县区旗镇乡']);

/**
 * An organ's short name of two characters after a level of administration (县|民宗|局, 市|发改|委), where the reading
 * takes the second character and the organ's last character for a word of their own (宗局 → 总局): the changed
 * character is the second of the short name, the stretch that character and the organ's last.
 */
export function shortOrganAfterLevel(text: string, slip: Slip): boolean {
  if (slip.swap || slip.idiom) return false;
  const o = slip.end - 1;
  if (slip.start !== o - 1 || slip.at !== o - 1 || !ORGAN_END.has(text[o] ?? '') || o < 3) return false;
  return ORGAN_LEVEL.has(text[o - 3]!) && HAN.test(text[o - 2]!) && !ORGAN_LEVEL.has(text[o - 2]!);
}

/**
 * A given name of two characters after a surname that names alone use (冼, 禤, 訾: the typo table's rare surnames) right
 * after a role word (代表性传承人冼|秀珍带徒 is no 袖珍): the changed character falls in the given name. Surnames that are
 * also common words (王, 高, 金) are not taken: there the reading decides.
 */
export function nameAfterRareSurname(text: string, slip: Slip, isRareSurname: (c: string) => boolean, roleBefore: (end: number) => boolean): boolean {
  if (slip.idiom || slip.swap) return false;
  for (const p of [slip.at - 2, slip.at - 1]) {
    if (p < 1 || !isRareSurname(text[p]!) || !HAN.test(text[p + 1] ?? '') || !HAN.test(text[p + 2] ?? '')) continue;
    if (slip.start > p && slip.end <= p + 3 && roleBefore(p)) return true;
  }
  return false;
}
