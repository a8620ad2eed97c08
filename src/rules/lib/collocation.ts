/**
 * Collocations for confusable-words (issue 14 §3): a word that is right in itself (做出, 反应, 泄漏, 登陆 …) is the
 * wrong one of a pair only beside certain words — 做出 … 批示, 反应 … 诉求, 泄漏 … 信息, 登陆 … 平台, 文化品味. A table
 * entry names them (rules/data/confusable-words.yaml):
 *
 * - `next`: words right after the entry's word (考查学习);
 * - `after`: words starting within `gap` characters after it (做出了具体部署, 反应了独居老人的取暖诉求);
 * - `prev`: words right before it (文化品味);
 * - `before`: words ending within `gap` characters before it (提升了县城的品味, 山洪突然爆发);
 * - `count`: measure words that follow it right after a number (改建民俗14栋: what is counted by 栋 is a 民宿).
 *
 * With `head: true` an `after` word counts only as the head of the object — where the noun phrase ends (制订了村级财务管理
 *办法，; not 制订标准化建设方案, where 标准 is a modifier) — and a book title in the window counts by its last word, the kind
 * of document it names (制订的《白沙河流域保护条例》), unless a plan word follows it (制订《民法典》普法宣传方案: the object is
 * a 方案); the words inside a title are not read one by one.
 *
 * The window never crosses a clause: it stops at punctuation (，。；：！？、 and their half-width forms) or a line
 * break, but not at quotation marks or book-title marks (登陆“清河政务服务网”). An entry with none of the four lists
 * is a plain phrase: always a fault.
 */

import { withoutAnnotations } from './annotations.js';

/** Where a window stops. */
const STOP = /[，。；：！？、,.;:!?\n\r]/u;

export interface Collocation {
  next?: readonly string[];
  after?: readonly string[];
  prev?: readonly string[];
  before?: readonly string[];
  count?: readonly string[];
  gap?: number;
  head?: boolean;
}

/** What may follow the head of an object: the end of the clause or of the text, a non-Han character, a function word. */
const AFTER_HEAD = /^(?:$|[^\p{Script=Han}]|[和与及并等共自于从已将经在以为是由])/u;
/** A plan, scheme or event word after a book title: the title is its modifier (《民法典》普法宣传方案). */
const TITLE_MODIFIES = /^[^\d，。；：！？、,.;:!?\n]{0,4}?(?:方案|计划|规划|安排|要点|清单|活动|任务|台账|工作|宣传|培训|解读|座谈会|学习会)/u;

/** Quotation marks around a name in the window, and the most characters of a name read as one word. */
const QUOTE_OPEN = /[“「‘]/u;
const QUOTE_CLOSE = /[”」’]/u;
const QUOTED_NAME = 12;

/** A number right after the word (14, 1.5, 十四, 两): what a `count` measure word follows. */
const COUNT_NUMBER = /^(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万]+)/u;

/** The default window, in characters. */
export const DEFAULT_GAP = 12;

/**
 * Whether the word at text[start, end) stands in one of the entry's collocations (always, for a plain entry). Pasted
 * pinyin annotations in the window are read as absent (登陆…網(wǎng)站 is 登陆…网站).
 */
export function collocated(text: string, start: number, end: number, entry: Collocation): boolean {
  const { next, after, prev, before, count } = entry;
  if (!next?.length && !after?.length && !prev?.length && !before?.length && !count?.length) return true;
  const gap = entry.gap !== undefined && entry.gap >= 0 ? Math.floor(entry.gap) : DEFAULT_GAP;
  // The window with room for annotations (up to 9 characters each), read without them.
  const from = Math.max(0, start - gap * 10 - 16);
  const to = Math.min(text.length, end + gap * 10 + 16);
  const clean = withoutAnnotations(text, from, to);
  if (clean) {
    const s = clean.at.indexOf(start);
    const e = clean.at.indexOf(end);
    if (s >= 0 && e >= 0) return within(clean.text, s, e, entry, gap);
  }
  return within(text, start, end, entry, gap);
}

function within(text: string, start: number, end: number, entry: Collocation, gap: number): boolean {
  const { next, after, prev, before } = entry;
  if (next?.some((w) => text.startsWith(w, end))) return true;
  if (prev?.some((w) => w.length <= start && text.endsWith(w, start))) return true;
  if (entry.count?.length) {
    const n = COUNT_NUMBER.exec(text.slice(end, end + 12));
    if (n && entry.count.some((w) => text.startsWith(w, end + n[0].length))) return true;
  }
  if (after?.length) {
    // A name in quotation marks counts as one word of the window, whatever its length (登陆国际贸易“单一窗口”服务平台):
    // its characters are not counted, up to QUOTED_NAME of them.
    let free = 0;
    let quoted = -1;
    for (let p = end; p <= end + gap + free && p < text.length; p++) {
      if (quoted >= 0) {
        if (QUOTE_CLOSE.test(text[p]!)) quoted = -1;
        else if (p - quoted <= QUOTED_NAME) free++;
      } else if (QUOTE_OPEN.test(text[p]!)) quoted = p;
      if (entry.head && text[p] === '《') {
        // A book title: its last word is the kind of document; the object's head unless a plan word follows it.
        const close = text.indexOf('》', p + 1);
        if (close < 0) break;
        const title = text.slice(p + 1, close);
        if (after.some((w) => title.endsWith(w)) && !TITLE_MODIFIES.test(text.slice(close + 1, close + 12))) return true;
        p = close;
        continue;
      }
      const w = after.find((x) => text.startsWith(x, p));
      if (w !== undefined && (!entry.head || AFTER_HEAD.test(text.slice(p + w.length, p + w.length + 1)))) return true;
      if (STOP.test(text[p]!)) break;
    }
  }
  if (before?.length) {
    for (let p = start; p >= start - gap && p > 0; p--) {
      if (before.some((w) => w.length <= p && text.endsWith(w, p))) return true;
      if (STOP.test(text[p - 1]!)) break;
    }
  }
  return false;
}
