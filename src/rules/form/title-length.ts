import { defineRule } from '../../core/rule.js';
import { leadingColumnTag } from '../lib/column-tag.js';

/** title-length: a title of 18–22 characters reads at a glance; over 30 is too long (REG 18–22, PRAC 30). */
export const titleLength = defineRule({
  id: 'title-length',
  category: 'form',
  severity: 'warning',
  name: { zh: '标题过长', en: 'Long title' },
  description: {
    zh: '标题不宜过长：超过 30 字给出警告，超过 22 字给出提示（全角空格分开的两部分各自计）。',
    en: 'Keep the title short: a warning over 30 characters, a hint over 22 (each part of a title split by a full-width space on its own).',
  },
  messages: {
    tooLong: {
      zh: '标题 {count} 字，超过 {max} 字，请压缩到 {max} 字以内。',
      en: 'The title has {count} characters, over {max}; cut it to {max} or fewer.',
    },
    tooLongRecommended: {
      zh: '标题 {count} 字，超过 {max} 字，请压缩到 {max} 字以内（以 {recommended} 字以内为宜）。',
      en: 'The title has {count} characters, over {max}; cut it to {max} or fewer ({recommended} or fewer is best).',
    },
    long: {
      zh: '标题 {count} 字，偏长，以 {recommended} 字以内为宜，请考虑精简。',
      en: 'The title has {count} characters; {recommended} or fewer reads best, consider shortening it.',
    },
    partLong: {
      zh: '标题中用全角空格分开的“{part}”一部分就有 {count} 字，偏长，每部分以 {recommended} 字以内为宜，请考虑精简。',
      en: 'The part “{part}” of the title (parts are split by a full-width space) has {count} characters; {recommended} or fewer per part reads best.',
    },
  },
  options: {
    max: {
      type: 'number',
      default: 30,
      description: { zh: '标题超过此字数给出警告（0 表示不限）', en: 'Characters above which the title gets a warning (0: no limit)' },
    },
    recommended: {
      type: 'number',
      default: 22,
      description: { zh: '标题超过此字数给出提示（0 表示不提示）', en: 'Characters above which a hint suggests a shorter title (0: no hint)' },
    },
  },
  check({ draft, options, report }) {
    const { title } = draft;
    if (!title || title.text === '') return;
    const { max, recommended } = options;
    // Characters, not UTF-16 units (an emoji or a rare character outside the BMP is one); spaces do not count; a
    // half-width digit, letter or sign is half a character (titleWidth).
    // A column tag before the title (【工作动态】) is the bulletin's label, not part of the title.
    // So is the report's number after it (……处置情况（续报二）): emergency-sequence's business, not the title's words.
    // And the marks around a name (“浙宁渔30217”号, 《条例》): the name is read, its quotation or book-title marks are not.
    const words = withoutNameMarks(withoutSequenceTag(title.text.slice(leadingColumnTag(title.text))));
    const width = titleWidth(words);
    const count = Math.ceil(width);
    const start = title.textStart;
    const end = title.textEnd;
    if (max > 0 && width > max) {
      const withRecommended = recommended > 0 && recommended < max;
      report({ start, end, messageId: withRecommended ? 'tooLongRecommended' : 'tooLong', data: { count, max, recommended } });
    } else if (recommended > 0 && width > recommended) {
      // A full-width space splits a title in two (清河县秋粮收购完成93%　农户排队时间缩短一半: the habit of official titles,
      // the one title-punctuation writes for a comma in a title): each part reads at a glance on its own, so the hint is
      // about a part that is long; the warning above still counts the whole title.
      const parts = words.split(/\u3000+/u).map((p) => p.trim()).filter(Boolean);
      if (parts.length < 2) {
        report({ start, end, severity: 'info', messageId: 'long', data: { count, recommended } });
        return;
      }
      const part = parts.reduce((a, b) => (titleWidth(b) > titleWidth(a) ? b : a));
      const partWidth = titleWidth(part);
      if (partWidth > recommended) report({ start, end, severity: 'info', messageId: 'partLong', data: { part: shortPart(part), count: Math.ceil(partWidth), recommended } });
    }
  },
});

/** （续报二）、（续报）、（第2次续报）、（终报）、（第三报） closing a title: the number of the report, a label. */
const SEQUENCE_TAG = /[（(]\s*(?:第?[一二三四五六七八九十\d]{1,3}次)?(?:首报|续报|终报|第[一二三四五六七八九十\d]{1,3}报)[一二三四五六七八九十\d]{0,3}\s*[）)]\s*$/u;
const withoutSequenceTag = (title: string) => title.replace(SEQUENCE_TAG, '');

/**
 * A title's length in characters as it is set and read: a Chinese character, a full-width mark or an emoji is one, a
 * half-width digit, Latin letter or sign (12345, 1.46, 5G, %) half of one — the width it takes on the line (an Arabic
 * figure is set half-width in a 公文 title, two digits in the room of one character) — and blanks none. 望江区12345热线
 * 11月办结工单1.46万件 is 17½ characters wide, not 23.
 */
function titleWidth(title: string): number {
  let width = 0;
  for (const ch of title) {
    if (/\s/u.test(ch)) continue;
    const c = ch.codePointAt(0)!;
    width += c >= 0x21 && c <= 0x7e ? 0.5 : 1;
  }
  return width;
}

/** Quotation and book-title marks (“”‘’《》〈〉「」『』): they mark a name or a title in the title, and are not its words. */
const NAME_MARKS = /[“”‘’《》〈〉「」『』]/gu;
const withoutNameMarks = (title: string) => title.replace(NAME_MARKS, '');

/** The first 12 characters of a title's part for the message (whole characters: an emoji or a rare character is two units). */
function shortPart(part: string): string {
  const chars = Array.from(part);
  return chars.length > 12 ? `${chars.slice(0, 12).join('')}…` : part;
}
