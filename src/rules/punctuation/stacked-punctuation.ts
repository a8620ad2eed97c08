import { defineRule } from '../../core/rule.js';
import { isCjkContext } from '../../core/text.js';
import type { TextEdit } from '../../core/types.js';
import { replaceWith } from '../lib/fix.js';
import { freeAt, matchProse } from '../lib/scan.js';

/** Clause and sentence marks, weakest first. ？ and ！ carry the tone of the sentence and are kept. */
const STRENGTH: Record<string, number> = { '、': 1, '，': 2, '：': 3, '；': 4, '。': 5, '？': 6, '！': 6 };
const RUN = /[、，：；。？！,;:?!]{2,}/gu;
/**
 * Half-width marks in a run next to Chinese are the full-width ones written wrong (fullwidth-punctuation changes them):
 * the run is stacked all the same. It is reported as it will read, without a fix until the marks are full-width (two
 * rules never change the same character).
 */
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const HALF = /[,;:?!]/u;
const NAME: Record<string, string> = { '、': '顿号', '，': '逗号', '：': '冒号', '；': '分号', '。': '句号', '？': '问号', '！': '叹号' };

/** stacked-punctuation: two clause or sentence marks in a row (，。 。。 ，，), more than three ？ or ！. */
export const stackedPunctuation = defineRule({
  id: 'stacked-punctuation',
  name: { zh: '标点连用', en: 'Stacked marks' },
  category: 'punctuation',
  severity: 'warning',
  fixable: 'mixed',
  description: {
    zh: '点号不连用：“，。”“。。”“，，”“；。”“、、”等只保留一个（段中不同点号连用时保留哪个需确认）；问号、叹号连用不超过三个。',
    en: 'Clause and sentence marks are not stacked (，。 。。 ，，): one stays (which one, for different marks inside a paragraph, on confirmation); at most three ？ or ！ in a row.',
  },
  messages: {
    tooMany: { zh: '{name}连用不超过三个，请删去多余的“{mark}”。', en: 'At most three {mark} in a row; remove the rest.' },
    fixKeepThree: { zh: '保留三个“{mark}”', en: 'Keep three {mark}' },
    stacked: { zh: '标点“{run}”连用，应只保留“{kept}”。', en: 'The marks {run} are stacked; keep only {kept}.' },
    fixKeep: { zh: '只保留“{kept}”', en: 'Keep only {kept}' },
  },
  check(ctx) {
    const { draft, report } = ctx;
    const { text } = draft;
    for (const { start, end, match } of matchProse(text, draft.proseSegments, RUN)) {
      if (!freeAt(ctx, start, end)) continue;
      const written = match[0];
      const half = HALF.test(written);
      // Half-width marks count only in Chinese: after a Chinese character or mark, or with a full-width mark in the run.
      if (half && !isCjkContext(text[start - 1]) && !/[、，：；。？！]/u.test(written)) continue;
      const run = half ? [...written].map((c) => FULL[c] ?? c).join('') : written;
      if (/。{3}/u.test(run)) continue; // 。。。 is a wrong ellipsis: ellipsis-dash's
      const tone = [...run].filter((c) => c === '？' || c === '！');
      if (tone.length === run.length) {
        // ？！ and ？？？ are allowed (GB/T 15834 permits up to three); a longer run of one mark is cut to three.
        if (run.length > 3 && new Set(run).size === 1) {
          const mark = run[0]!;
          report({
            start,
            end,
            messageId: 'tooMany',
            data: { name: NAME[mark]!, mark },
            ...(half ? {} : { fix: replaceWith(start + 3, end, '', 'fixKeepThree', true, { mark }) }),
          });
        }
        continue;
      }
      // Keep ？/！ when present, else the single strongest mark (the first of equals); drop the others.
      let keep = -1;
      if (tone.length === 0) {
        let best = 0;
        for (let k = 0; k < run.length; k++) {
          if (STRENGTH[run[k]!]! > best) {
            best = STRENGTH[run[k]!]!;
            keep = k;
          }
        }
      }
      const keeping = (keepAt: (c: string, k: number) => boolean) => {
        const edits: TextEdit[] = [];
        for (let k = 0; k < run.length; k++) {
          if (keepAt(run[k]!, k)) continue;
          const last = edits[edits.length - 1];
          if (last && last.end === start + k) last.end++;
          else edits.push({ start: start + k, end: start + k + 1, text: '' });
        }
        return { edits, kept: [...run].filter((c, k) => keepAt(c, k)).join('') };
      };
      const { edits, kept } = keeping((c, k) => (tone.length > 0 ? c === '？' || c === '！' : k === keep));
      // Different marks in the middle of a paragraph (玉米、，大豆; 260户。，发放): which one was meant turns on what the
      // sentence says — the strongest is offered first, each of the others after it, all to confirm. At the end of a
      // paragraph (工作，。) the sentence ends: the strongest stays, safely.
      const marks = [...new Set(run)];
      const closing = /^(?:$|\n|[”’）)》」』】\s]*(?:\n|$))/u.test(text.slice(end, end + 4));
      const choice = tone.length === 0 && marks.length > 1 && !closing;
      const others = choice ? marks.filter((m) => m !== run[keep]).map((m) => keeping((c, k) => k === run.indexOf(m))) : [];
      report({
        start,
        end,
        messageId: 'stacked',
        data: { run, kept },
        ...(half
          ? {}
          : {
              fixes: [{ edits, kept }, ...others].map((f) => ({ messageId: 'fixKeep' as const, data: { kept: f.kept }, safe: !choice, edits: f.edits })),
            }),
      });
    }
  },
});
