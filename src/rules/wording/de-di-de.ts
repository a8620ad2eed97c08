/**
 * de-di-de: 的, 地 and 得 in one another's place (style guide §3.6), decided by the words around the particle over the
 * lexicon's segmentation (src/rules/lib/de-di-de.ts): an adverbial before a verb takes 地 (有效的遏制了 → 有效地遏制了),
 * a verb before its complement takes 得 (落实的不到位 → 落实得不到位, 看的见 → 看得见), an adjective before a noun takes
 * 的 (显著地效果 → 显著的效果). A proofreader must agree with every hit: each pattern needs a word class on both sides
 * and a context that rules out the other reading. The fix changes the one character, to confirm (the reading can
 * still turn on meaning).
 */
import { defineRule } from '../../core/rule.js';
import { deDiDe as hitsIn, type DeHit } from '../lib/de-di-de.js';
import { withoutAnnotations } from '../lib/annotations.js';
import { wordingSkip } from '../lib/phrases.js';
import { readingText, readingWords } from '../lib/reading.js';

/**
 * The hits of the sentences read so far, by the sentence's text, offsets relative to its start: an editor re-lints
 * the same sentences on every keystroke, and a folder repeats many. Bounded (entries and characters together; a longer
 * sentence is not kept) and cleared when full.
 */
const seen = new Map<string, readonly DeHit[]>();
const SEEN_ENTRIES = 4096;
const SEEN_CHARS = 256 * 1024;
const SEEN_LENGTH = 2048;
let seenChars = 0;
function remember(key: string, hits: readonly DeHit[]): void {
  if (seen.size >= SEEN_ENTRIES || seenChars + key.length > SEEN_CHARS) {
    seen.clear();
    seenChars = 0;
  }
  seen.set(key, hits);
  seenChars += key.length;
}

export const deDiDe = defineRule({
  id: 'de-di-de',
  category: 'wording',
  severity: 'warning',
  fixable: 'confirm',
  name: { zh: '的地得', en: 'Structural particle' },
  description: {
    zh: '“的、地、得”误用：状语修饰动词用“地”（有效的遏制了 → 有效地遏制了），动词后接补语用“得”（落实的不到位 → 落实得不到位，看的见 → 看得见），定语修饰名词用“的”（显著地效果 → 显著的效果）；按前后词语的词性判断，只在足以判断时提示。',
    en: '的, 地 and 得 in one another\'s place: an adverbial before a verb takes 地 (有效的遏制了 → 有效地遏制了), a verb before its complement takes 得 (落实的不到位, 看的见), a modifier before a noun takes 的 (显著地效果); decided by the parts of speech around it, reported only where they decide it.',
  },
  messages: {
    adverbial: { zh: '修饰动词的状语后面用“地”，此处“的”应改为“地”。', en: 'An adverbial before a verb takes 地, not 的.' },
    complement: { zh: '动词后面连接程度补语用“得”，此处“的”应改为“得”。', en: 'A verb followed by a degree complement takes 得, not 的.' },
    potential: { zh: '动词和可能补语之间用“得”（看得见、用得上），此处“的”应改为“得”。', en: 'A verb and its potential complement are joined by 得 (看得见, 用得上), not 的.' },
    attributive: { zh: '修饰名词的定语后面用“的”，此处“地”应改为“的”。', en: 'A modifier before a noun takes 的, not 地.' },
    adverbialDe: { zh: '修饰动词的状语后面用“地”，此处“得”应改为“地”。', en: 'An adverbial before a verb takes 地, not 得.' },
    complementDi: { zh: '动词后面连接补语用“得”，此处“地”应改为“得”。', en: 'A verb followed by its complement takes 得, not 地.' },
    fixDe: { zh: '把“{from}”改为“{to}”', en: 'Change {from} to {to}' },
  },
  check(ctx) {
    const { draft, report } = ctx;
    const text = readingText(draft, ctx.config);
    const skip = wordingSkip(ctx);
    for (const seg of draft.proseSegments) {
      if (!seg.prose) continue;
      // Sentence by sentence (the runs between 。！？； and line breaks), and only those with a particle: the words of a
      // sentence decide. (A scan of the characters, not a match and a test per run: this rule reads every sentence.)
      for (let i = seg.start; i < seg.end; ) {
        let end = i;
        let particle = false;
        for (; end < seg.end; end++) {
          const c = text.charCodeAt(end);
          if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x0a) break; // 。！？；\n
          if (c === 0x7684 || c === 0x5730 || c === 0x5f97) particle = true; // 的地得
        }
        const start = i;
        i = end + 1;
        if (!particle) continue;
        // The draft's shared words where the reading is the text; the reading's own where traditional characters differ.
        // Pasted pinyin annotations are read as absent (提供的及時準(zhǔn)確 is 提供的及时准确), so that removing one
        // (paste-residue) never reveals a hit; the words' offsets are mapped back to the text.
        // The hits of a sentence depend on its characters alone (each way of segmenting below reads nothing outside
        // [start, end)): a sentence seen before, in this draft or an earlier one, is not read again.
        const key = end - start <= SEEN_LENGTH ? text.slice(start, end) : undefined;
        let found = key === undefined ? undefined : seen.get(key);
        if (found === undefined) {
          const clean = withoutAnnotations(text, start, end);
          const tokens = clean
            ? ctx.lexicon.segment(clean.text).map((t) => ({ ...t, start: clean.at[t.start]!, end: clean.at[t.end - 1]! + 1 }))
            : readingWords(ctx, text, start, end);
          // Kept relative to the sentence's start.
          found = hitsIn(tokens, ctx.lexicon.lookup).map((h) => ({ ...h, at: h.at - start, start: h.start - start, end: h.end - start }));
          if (key !== undefined) remember(key, found);
        }
        for (const rel of found) {
          const hit = { ...rel, at: rel.at + start, start: rel.start + start, end: rel.end + start };
          if (skip(hit.start, hit.end)) continue;
          const from = text[hit.at]!;
          report({
            start: hit.start,
            end: hit.end,
            messageId: hit.kind === 'adverbial' && hit.from === '得' ? 'adverbialDe' : hit.kind === 'complement' && hit.from === '地' ? 'complementDi' : hit.kind,
            fix: { messageId: 'fixDe', data: { from, to: hit.to }, safe: false, edits: [{ start: hit.at, end: hit.at + 1, text: hit.to }] },
          });
        }
      }
    }
  },
});
