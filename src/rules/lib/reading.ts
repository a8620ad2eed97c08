/**
 * The draft as the wording and content rules read it: traditional characters read as simplified, offsets kept.
 */
import type { Draft, ResolvedConfig } from '../../core/types.js';
import type { Token } from '../../core/lexicon/index.js';
import type { DraftWords, Lexicon } from '../../core/words.js';
import { toSimplified } from './opencc.js';

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

/** Whether `text` (the draft's text, or its reading) has the draft's own characters over [start, end). */
export function readsAsWritten(draftText: string, text: string, start: number, end: number): boolean {
  return text === draftText || text.startsWith(draftText.slice(start, end), start);
}

/**
 * The words of text[start, end), where `text` is the draft's text or its reading (readingText): the draft's shared
 * segmentation (ctx.words, once per lint for every rule) where the two have the same characters over the range — the
 * same tokens, since segmenting reads nothing outside the range —, else the range segmented here.
 */
export function readingWords(
  ctx: { draft: Pick<Draft, 'text'>; lexicon: Lexicon; words?: Pick<DraftWords, 'segment'> },
  text: string,
  start: number,
  end: number,
): readonly Token[] {
  return ctx.words && readsAsWritten(ctx.draft.text, text, start, end) ? ctx.words.segment(start, end) : ctx.lexicon.segment(text, start, end);
}
