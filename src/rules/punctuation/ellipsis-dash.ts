import { defineRule } from '../../core/rule.js';
import { isAsciiAlnum, isCjkContext, isHan } from '../../core/text.js';
import { freeAt, matchProse } from '../lib/scan.js';
import { chineseAt } from '../lib/chars.js';
import { replaceWith } from '../lib/fix.js';

/**
 * Ellipses written wrong: three or more ASCII dots, three or more 。, a single …; and a correct …… followed by
 * 等/等等 (an ellipsis already says "and so on"). Runs of two 。 are stacked-punctuation's.
 */
const ELLIPSIS = /(\.{3,}|。{3,}|(?<!…)…(?!…)|……)(等等|等)?/gu;

/** Two hyphens, or a single em dash, standing as a 破折号 between Chinese. */
const DASH = /(?<![-—])(--|—)(?![-—])/gu;

/** Words that begin with 等 and are not the list particle (……等待 is an ellipsis before a word). */
const DENG_WORDS = /^(?:待|候|到|于|同|级|次|额|量|距|价|身|高|号|闲|比|外|效|值)/u;

/** Characters after 等 that make it the list particle closing the sentence or clause. */
const CLAUSE_END = /^(?:$|[\s，。；：、！？”’）》」』】〕,.;:!?)])/u;

/** ellipsis-dash: …… and —— written wrong, and …… together with 等. */
export const ellipsisDash = defineRule({
  id: 'ellipsis-dash',
  name: { zh: '省略号破折号', en: 'Ellipsis and dash' },
  category: 'punctuation',
  severity: 'warning',
  fixable: 'mixed',
  description: {
    zh: '省略号写作“……”（不用“...”“。。。”或单个“…”，后面不再加“等”“等等”），破折号写作“——”（不用“--”）。',
    en: 'The ellipsis is …… (not ..., 。。。 or a single …, and not followed by 等), the dash is —— (not --).',
  },
  messages: {
    dengAfter: { zh: '省略号后不再用“{deng}”，请删除“{deng}”。', en: 'An ellipsis is not followed by {deng}; remove it.' },
    dengAfterWrongMark: {
      zh: '省略号后不再用“{deng}”，请删除“{deng}”，省略号写作“……”。',
      en: 'An ellipsis is not followed by {deng}; remove it and write the ellipsis as …….',
    },
    fixRemoveDeng: { zh: '删除“{deng}”', en: 'Remove {deng}' },
    fixRemoveDengWrongMark: { zh: '删除“{deng}”并改为“……”', en: 'Remove {deng}' },
    ellipsisAndDeng: { zh: '省略号与“等”不并用，请删除省略号，保留“等”。', en: 'An ellipsis and 等 are not used together; remove the ellipsis and keep 等.' },
    fixRemoveEllipsis: { zh: '删除省略号', en: 'Remove the ellipsis' },
    wrongEllipsis: { zh: '省略号应写作“……”，不用“{mark}”。', en: 'Write the ellipsis as ……, not {mark}.' },
    fixEllipsis: { zh: '改为“……”', en: 'Use ……' },
    hyphens: { zh: '破折号应写作“——”，不用“--”。', en: 'Write the dash as ——, not --.' },
    singleDash: {
      zh: '破折号应写作“——”；如这里是连接号（如“北京—上海”），可以忽略。',
      en: 'A dash is written ——; ignore this if the mark is a connector (北京—上海).',
    },
    fixDash: { zh: '改为“——”', en: 'Use ——' },
  },
  check(ctx) {
    const { draft, report } = ctx;
    const { text } = draft;
    for (const { start, end, match } of matchProse(text, draft.proseSegments, ELLIPSIS)) {
      if (!freeAt(ctx, start, end)) continue;
      const mark = match[1]!;
      const deng = match[2] ?? '';
      const markEnd = start + mark.length;
      const wrongMark = mark !== '……';
      // ASCII dots are a Chinese ellipsis only next to Chinese; in English (wait...) they stay.
      if (mark.startsWith('.') && !chineseAt(text, start - 1) && !chineseAt(text, markEnd)) continue;
      if (mark === '…' && !chineseAt(text, start - 1) && !chineseAt(text, markEnd)) continue;
      if (deng) {
        const after = text.slice(end, end + 1);
        if (CLAUSE_END.test(after)) {
          // ……等。 → ……。 (safe): 等 only repeats what the ellipsis says.
          report({
            start,
            end,
            messageId: wrongMark ? 'dengAfterWrongMark' : 'dengAfter',
            data: { deng },
            fix: replaceWith(start, end, '……', wrongMark ? 'fixRemoveDengWrongMark' : 'fixRemoveDeng', true, { deng }),
          });
          continue;
        }
        if (isHan(after) && !DENG_WORDS.test(after)) {
          // ……等方面 → 等方面: keep 等 and drop the ellipsis; offered, since 等待 and the like are words.
          report({
            start,
            end: start + mark.length + 1,
            messageId: 'ellipsisAndDeng',
            fix: replaceWith(start, markEnd, '', 'fixRemoveEllipsis', false),
          });
          continue;
        }
      }
      if (!wrongMark) continue;
      report({ start, end: markEnd, messageId: 'wrongEllipsis', data: { mark }, fix: replaceWith(start, markEnd, '……', 'fixEllipsis', true) });
    }

    for (const { start, end, match } of matchProse(text, draft.proseSegments, DASH)) {
      if (!freeAt(ctx, start, end)) continue;
      const before = text[start - 1];
      const after = text[end];
      // Numbers and ranges (2020--2024, 2011—2015年) are the number rules' business; English keeps its dashes.
      if (isAsciiAlnum(before) || isAsciiAlnum(after)) continue;
      if (match[0] === '--') {
        if (!isCjkContext(before) || !(isCjkContext(after) || after === '“')) continue;
        report({ start, end, messageId: 'hyphens', fix: replaceWith(start, end, '——', 'fixDash', true) });
        continue;
      }
      // A single — between Chinese characters: a 破折号 missing its half, unless it is a 连接号 (北京—上海).
      if (!isHan(before) || !isHan(after)) continue;
      report({ start, end, severity: 'info', messageId: 'singleDash', fix: replaceWith(start, end, '——', 'fixDash', false) });
    }
  },
});
