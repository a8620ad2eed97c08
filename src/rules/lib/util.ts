/**
 * Small helpers shared by rule modules. Rules read the shared draft; none parses text again.
 */
import { paragraphText } from '../../core/draft.js';
import type { Draft, Fix, ResolvedConfig, RuleModule, Segment, Span } from '../../core/types.js';
import { isCjkContext, isHan } from '../../core/text.js';
import { toSimplified } from './opencc.js';

/** Rule modules are generic in their options; the registry holds them by their common shape. */
export const asRule = <O extends Record<string, unknown>>(rule: RuleModule<O>) => rule as unknown as RuleModule;

/** A fix made of one replacement. */
export function replaceFix(start: number, end: number, text: string, title: string, safe: boolean, titleEn?: string): Fix {
  return { title, titleEn, safe, edits: [{ start, end, text }] };
}

/** Iterate the prose characters of segments: yields offsets of characters that are prose. */
export function* proseOffsets(segments: readonly Segment[]): Generator<number> {
  for (const s of segments) {
    if (!s.prose) continue;
    for (let i = s.start; i < s.end; i++) yield i;
  }
}

/** Plain text of the whole body (paragraphs joined by newlines), Markdown removed. */
export function bodyText(draft: Draft): string {
  return draft.paragraphs.map((_, i) => paragraphText(draft, i)).join('\n');
}

/**
 * Run a global regular expression over each prose segment of `segments` and yield matches with their
 * absolute offsets. Matches never span two segments (so never cross inline code or a link target).
 */
export function* matchProse(text: string, segments: readonly Segment[], re: RegExp): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  if (!re.global) throw new Error('matchProse needs a global RegExp');
  for (const s of segments) {
    if (!s.prose) continue;
    const slice = text.slice(s.start, s.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { start: s.start + m.index, end: s.start + m.index + m[0].length, match: m };
    }
  }
}

/** The span of text between two offsets, trimmed of whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A kind as messages name it: “动态类信息”, and an emergency kind by its name (“紧急首报”). */
export function kindLabel(kind: string): string {
  return kind.startsWith('紧急') ? kind : `${kind}类信息`;
}

/**
 * A self-reference: 我市、我县、我局…, also 我们县、咱们镇、俺们乡 (spoken forms are self-references too). Not 自我、
 * 敌我; not 我市场、我们市民、我区域、我乡村、我委托、我们委员、我办理、我省略、我们省去、我们局面、我们旗帜.
 * self-reference reports these; colloquial leaves a 咱们 that starts one to it (so 咱们镇 is never "fixed" into the
 * self-reference 我们镇).
 */
export const SELF_REFERENCE =
  /(?<![自敌你忘本唯非超])(?:我们?|咱们|俺们)(?:单位|市(?![场民])|县|区(?![域别分])|局(?![面势限部])|镇(?![定静守])|乡(?![村亲下土愁音])|委(?![托屈婉员])|办(?![理事法案成好不了])|省(?![略去钱心力])|州|旗(?![帜])|厅)/gu;
const SELF_REFERENCE_AT = new RegExp(SELF_REFERENCE.source, 'uy');

/** Whether a self-reference starts at offset `at` of `text`. */
export function selfReferenceAt(text: string, at: number): boolean {
  SELF_REFERENCE_AT.lastIndex = at;
  return SELF_REFERENCE_AT.test(text);
}

/** Convert `text` keeping code units aligned: per character when a phrase conversion changes the length. */
export function convertAligned(text: string, convert: (s: string) => string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const c = convert(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

const readingCache = new WeakMap<Draft, string>();

/**
 * The draft as the wording and content rules read it: in a simplified draft, the prose with traditional characters
 * read as their simplified forms (OpenCC, one for one, same offsets), so that 開創新局面 is the stock phrase it is and
 * 我縣 a self-reference before script-mix converts them — a fix of script-mix never reveals a fault that was hidden.
 * The draft text itself when the config says the drafts are traditional. Built once per draft.
 */
export function readingText(draft: Draft, config: ResolvedConfig): string {
  if (config.script === 'traditional') return draft.text;
  let reading = readingCache.get(draft);
  if (reading !== undefined) return reading;
  const { text } = draft;
  const parts: string[] = [];
  let pos = 0;
  for (const seg of draft.proseSegments) {
    if (!seg.prose || seg.start < pos) continue;
    const slice = text.slice(seg.start, seg.end);
    const out = convertAligned(slice, toSimplified);
    if (out === slice) continue;
    parts.push(text.slice(pos, seg.start), out);
    pos = seg.end;
  }
  reading = pos === 0 ? text : parts.join('') + text.slice(pos);
  readingCache.set(draft, reading);
  return reading;
}

const QUESTION = /[吗呢吧么啊呀]$|是否|怎么|如何|什么|为什么|为何|哪|谁|多少|难道|可否|能否|有没有|是不是/u;

/** Does the sentence before `i` read as a question? */
export function asksQuestion(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && i - start < 80 && !'。！？；\n'.includes(text[start - 1]!)) start--;
  return QUESTION.test(text.slice(start, i));
}

/**
 * Is the half-width ? or ! at `i` a question or exclamation mark of Chinese text, the one fullwidth-punctuation makes
 * full-width: alone (not a run of lost characters ??), after Chinese, and for ? between two Chinese characters only
 * when the sentence asks (中?国 is a character lost in an encoding round-trip).
 */
export function chineseHalfMark(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '?' && ch !== '!') return false;
  if (text[i - 1] === ch || text[i + 1] === ch) return false;
  // The nearest character before it on its line, spaces skipped.
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < 0 || text[j] === '\n' || text[j] === '\r' || !isCjkContext(text[j])) return false;
  return !(ch === '?' && isHan(text[i - 1]) && isHan(text[i + 1]) && !asksQuestion(text, i));
}
