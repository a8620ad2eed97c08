/**
 * Whether the text before a half-width `?` asks a question, reading back only as far as the sentence goes. A sentence
 * ends at 。！？； or a line break, and also at a half-width ? or ! that is itself a sentence mark: fullwidth-punctuation
 * makes such a mark full-width and paste-residue turns a run of them into ？, so the sentence a later `?` belongs to
 * must be the same before and after those fixes (a fix never creates another rule's message). A single `?` between two
 * Han characters that does not ask is a lost character (中?国), not a sentence mark, and a run of `?` is one only where
 * paste-residue reads it as a question typed with half-width marks.
 */
import { isHan } from '../../core/text.js';

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
  if (ch === '!' || !isHan(text[j - 1]) || !isHan(after)) return true;
  return asksBefore(text, j);
}
