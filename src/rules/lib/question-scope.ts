/**
 * Whether the text before a half-width `?` asks a question, reading back only as far as the sentence goes. A sentence
 * ends at 。！？； or a line break, and also at a half-width ? or ! that is itself a sentence mark: fullwidth-punctuation
 * makes such a mark full-width and paste-residue turns a run of them into ？, so the sentence a later `?` belongs to
 * must be the same before and after those fixes (a fix never creates another rule's message). A single `?` between two
 * Han characters that does not ask is a lost character (中?国), not a sentence mark, and a run of `?` is one only where
 * paste-residue reads it as a question typed with half-width marks.
 */
import { isHan, isLineBreak } from '../../core/text.js';

const QUESTION = /[吗呢吧么啊呀]$|是否|怎么|如何|什么|为什么|为何|哪|谁|多少|难道|可否|能否|有没有|是不是/u;

/** How far back a sentence is read (characters). */
const REACH = 80;

/** Does the sentence before offset `i` read as a question? */
export function asksBefore(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && i - start < REACH) {
    const c = text[start - 1]!;
    if ('。！？；\n'.includes(c)) break;
    if ((c === '?' || c === '!') && endsSentence(text, start - 1)) break;
    start--;
  }
  return QUESTION.test(text.slice(start, i));
}

/** Is the half-width ? or ! at `j` (alone or the last of a run) a sentence mark? */
function endsSentence(text: string, j: number): boolean {
  const ch = text[j]!;
  let first = j;
  while (first > 0 && text[first - 1] === ch) first--;
  const after = text[j + 1];
  if (after === ch) return false; // inside a run: its last mark decides
  if (first < j) return ch === '?' ? !isHan(after) && asksBefore(text, first) : true;
  if (ch === '!') return true;
  // 中?国 and 增长6.2?， are lost characters unless the sentence asks (one reading back, not two).
  if (!(isHan(text[j - 1]) && isHan(after)) && !afterFigure(text, j)) return true;
  return asksBefore(text, j);
}

/** A figure ends right before: a digit, maybe with 万 or 亿 after it (增长6.2?，面积2.6万?). */
const FIGURE_BEFORE = /\d[万亿]?$/u;
/** What may follow a symbol lost after a figure: Chinese, a Chinese mark, the line's end. */
const AFTER_FIGURE = /^(?:$|[\r\n，。；：、）”’》]|\p{Script=Han})/u;

/**
 * Is the single half-width ? at `i` a symbol lost in an encoding round-trip after a figure (97.8?，for 97.8%；零下8?，
 * for 8℃；2.6万?，for 2.6万㎡): right after a figure, before Chinese, a Chinese mark or the line's end, in a sentence
 * that does not ask? paste-residue reports it; fullwidth-punctuation leaves it.
 */
export function lostAfterFigure(text: string, i: number): boolean {
  return afterFigure(text, i) && !asksBefore(text, i);
}

/** The shape of a symbol lost after a figure, whatever the sentence says. */
function afterFigure(text: string, i: number): boolean {
  if (text[i] !== '?' || text[i - 1] === '?' || text[i + 1] === '?') return false;
  if (!FIGURE_BEFORE.test(text.slice(Math.max(0, i - 2), i))) return false;
  const after = text[i + 1] ?? '';
  return AFTER_FIGURE.test(isLineBreak(after) ? '' : text.slice(i + 1, i + 3));
}
