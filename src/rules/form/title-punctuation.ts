import { defineRule } from '../../core/rule.js';
import { isAsciiDigit, isCjkContext } from '../../core/text.js';
import { replaceWith } from '../lib/fix.js';

/** Marks a title does not end with (？ and ！ may end a title). */
const END_MARKS = '。，；：、';
/** Marks a title does not hold inside; 公文 titles split their parts with a full-width space instead. */
const INNER_MARKS = '，。；';
const BLANK = /[ \t\u3000]/u;
/**
 * Half-width marks written after Chinese for the full-width ones: the title holds the same fault. They are reported
 * as the marks they stand for, without a fix until fullwidth-punctuation has made them full-width (two rules never
 * change the same character).
 */
const FULL: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：' };
/** FULL's mark for a half-width one, else undefined: by code, no lookup of a key string per character (speed). */
function fullOf(c: string | undefined): string | undefined {
  const code = c === undefined ? 0 : c.charCodeAt(0);
  return code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a ? FULL[c!] : undefined;
}

/** title-punctuation: no full stop or comma at the end of a title, no ，。； inside (REG, PRAC). */
export const titlePunctuation = defineRule({
  id: 'title-punctuation',
  category: 'form',
  severity: 'warning',
  fixable: 'mixed',
  name: { zh: '标题标点', en: 'Title punctuation' },
  description: {
    zh: '标题末尾不加“。，；：、”（问号、叹号除外），标题中间不用“，。；”，需要分隔时用全角空格。',
    en: 'A title does not end with 。，；：、 (？ and ！ may end it) and holds no ，。； inside; a full-width space separates its parts.',
  },
  messages: {
    endMarks: { zh: '标题末尾不加“{marks}”，请删去。', en: 'A title does not end with “{marks}”; remove it.' },
    fixRemoveEnd: { zh: '删去标题末尾的“{marks}”', en: 'Remove “{marks}” at the end of the title' },
    innerMark: {
      zh: '标题中间不用“{mark}”，需要分隔时请改用全角空格。',
      en: 'A title holds no “{mark}” inside; separate its parts with a full-width space instead.',
    },
    fixSpace: { zh: '改为全角空格', en: 'Use a full-width space' },
  },
  check({ draft, report, isExcluded, isQuoted }) {
    const { title, text } = draft;
    if (!title || title.text === '') return;
    const prose = draft.titleSegments.filter((s) => s.prose);
    if (prose.length === 0) return;

    // The run of marks at the very end of the title (blanks between them skipped).
    let runStart = -1;
    let runEnd = -1;
    for (let k = prose.length - 1, stop = false; k >= 0 && !stop; k--) {
      const seg = prose[k]!;
      for (let i = seg.end - 1; i >= seg.start; i--) {
        const ch = fullOf(text[i]) ?? text[i]!;
        if (BLANK.test(ch)) continue;
        if (END_MARKS.includes(ch) && !isExcluded(i, i + 1)) {
          if (runEnd < 0) runEnd = i + 1;
          runStart = i;
          continue;
        }
        stop = true;
        break;
      }
      // Only the last prose segment can end the title; a mark before inline code is not at the end.
      if (runEnd < 0) break;
    }
    const written = runStart >= 0 ? text.slice(runStart, runEnd) : '';
    const halfEnd = /[,.;:]/u.test(written);
    // Half-width marks count only after Chinese (增长3. is no sentence end of a title).
    if (halfEnd && !isCjkContext(text[runStart - 1])) runStart = -1;
    if (runStart >= 0) {
      const marks = [...written.replace(/[ \t\u3000]/gu, '')].map((c) => FULL[c] ?? c).join('');
      report({
        start: runStart,
        end: runEnd,
        messageId: 'endMarks',
        data: { marks },
        ...(halfEnd ? {} : { fix: replaceWith(runStart, runEnd, '', 'fixRemoveEnd', true, { marks }) }),
      });
    }

    // ，。； inside the title (outside quotations and 《》 titles).
    const innerEnd = runStart >= 0 ? runStart : title.textEnd;
    for (const seg of prose) {
      for (let i = seg.start; i < Math.min(seg.end, innerEnd); i++) {
        const half = fullOf(text[i]) !== undefined && text[i] !== ':' && isCjkContext(text[i - 1]) && !(isAsciiDigit(text[i - 1]) && isAsciiDigit(text[i + 1]));
        const ch = half ? FULL[text[i]!]! : text[i]!;
        if (!INNER_MARKS.includes(ch) || isExcluded(i, i + 1) || isQuoted(i, i + 1)) continue;
        // Replace the mark and the blanks around it with one full-width space.
        let s = i;
        let e = i + 1;
        while (s > seg.start && BLANK.test(text[s - 1]!)) s--;
        while (e < seg.end && BLANK.test(text[e]!)) e++;
        report({
          start: i,
          end: i + 1,
          messageId: 'innerMark',
          data: { mark: ch },
          ...(half ? {} : { fix: replaceWith(s, e, '\u3000', 'fixSpace', false) }),
        });
        i = e - 1;
      }
    }
  },
});
