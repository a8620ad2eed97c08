import { defineRule, type Bilingual } from '../../core/rule.js';
import { freeAt, matchProse } from '../lib/scan.js';
import { replaceWith } from '../lib/fix.js';

/**
 * A figure written in digits and decimal points of either width (９８．６, ９８.6, 1２.5, ２０2６), or one full-width letter
 * or ％: the pieces a run of full-width characters is made of. A figure is one piece, so that a figure with one full-width
 * digit is reported and fixed whole (９８．6 → 98.6, never 98．6 left half done).
 */
const PIECES = /(?:[0-9\uff10-\uff19]+(?:[.\uff0e][0-9\uff10-\uff19]+)*|[\uff21-\uff3a\uff41-\uff5a\uff05])+/gu;
const PIECE = /[0-9\uff10-\uff19]+(?:[.\uff0e][0-9\uff10-\uff19]+)*|[\uff21-\uff3a\uff41-\uff5a\uff05]/gu;
/** A figure with a full-width digit, or a full-width letter or ％: a piece to change (98．6, all its digits half-width, is number-decimal's). */
const WIDE_PIECE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]/u;

/**
 * The runs to change in a stretch of adjacent pieces (its offset `at`): the longest runs of pieces to change (５０％, ９８．6%
 * with the ％ of ９８．6％, ＡＢＣ); a figure all of half-width digits (the 50 of 50％) stands between runs and stays.
 * One pass over the pieces.
 */
function wideRuns(stretch: string, at: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | undefined;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(stretch); m; m = PIECE.exec(stretch)) {
    if (!WIDE_PIECE.test(m[0])) {
      open = undefined;
      continue;
    }
    const start = at + m.index;
    const end = start + m[0].length;
    if (open && open.end === start) open.end = end;
    else out.push((open = { start, end }));
  }
  return out;
}

function toHalfwidth(run: string): string {
  return run.replace(/[\uff05\uff0e\uff10-\uff5a]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** What a run is: percent signs, digits (a figure, its points of either width), letters, or a mix. */
function runKind(run: string): Bilingual {
  const half = toHalfwidth(run);
  if (/^%+$/u.test(half)) return { zh: '百分号', en: 'percent sign' };
  if (/^[0-9]+(?:\.[0-9]+)*$/u.test(half)) return { zh: '数字', en: 'digits' };
  if (/^[A-Za-z]+$/u.test(half)) return { zh: '字母', en: 'letters' };
  return { zh: '字符', en: 'characters' };
}

/** fullwidth-alnum: full-width digits, letters and ％ become half-width (GB/T 15835). */
export const fullwidthAlnum = defineRule({
  id: 'fullwidth-alnum',
  name: { zh: '全角数字', en: 'Full-width digits' },
  category: 'punctuation',
  severity: 'warning',
  fixable: 'safe',
  description: {
    zh: '全角数字（０～９）、全角字母（Ａ～Ｚ、ａ～ｚ）和全角百分号“％”应改为半角形式。',
    en: 'Full-width digits (０-９), letters (Ａ-Ｚ, ａ-ｚ) and ％ become half-width.',
  },
  messages: {
    fullwidth: { zh: '全角{what}“{run}”应改为半角“{half}”。', en: 'Write the full-width {what} "{run}" half-width: "{half}".' },
    fixHalfwidth: { zh: '改为半角“{half}”', en: 'Use "{half}"' },
  },
  check(ctx) {
    const { draft, report } = ctx;
    // Every run reported holds a full-width digit, letter or ％: a draft without one is not read (speed).
    if (!WIDE_PIECE.test(draft.text)) return;
    for (const stretch of matchProse(draft.text, draft.proseSegments, PIECES)) {
      for (const { start, end } of wideRuns(stretch.match[0], stretch.start)) {
        if (!freeAt(ctx, start, end)) continue;
        const run = draft.text.slice(start, end);
        const half = toHalfwidth(run);
        report({
          start,
          end,
          messageId: 'fullwidth',
          data: { what: runKind(run), run, half },
          fix: replaceWith(start, end, half, 'fixHalfwidth', true, { half }),
        });
      }
    }
  },
});
