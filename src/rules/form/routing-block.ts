import { defineRule } from '../../core/rule.js';
import { matchProse } from '../lib/scan.js';

/**
 * The labels of a routing line at the start of a line: 主送、抄送、抄报、报送、分送、印送、呈报、呈送、发送, and the bare 报、送、发
 * of a distribution list, with their 单位/机关 forms and blanks between the characters (主　送：).
 */
const B = '[ \\t\\u3000]*';
const ROUTING = new RegExp(
  `(?:(?:主|抄|报|報|分|印|呈|发|發)${B}(?:送|报|報)|报|報|送|发|發)(?:${B}(?:单位|單位|机关|機關))?${B}[：:]`,
  'gu',
);

/**
 * The same line with a blank instead of the colon (主送 区委办公室、抄送　县林业局、县消防救援大队): the two-character labels of a
 * 公文's routing lines (not 报送、发送, which open sentences: 报送 材料…), then the units to the end of a short line with no
 * sentence end in it — a line of its own, as the block is laid out, not a sentence of the body.
 */
// (主送、抄送、抄报、分送、印送 only: 呈报 县政府审批的事项、分报 各乡镇汇总后上报 open sentences of the body.)
const ROUTING_BLANK = new RegExp(`(?:主${B}送|抄${B}(?:送|报|報)|分${B}送|印${B}送)(?:${B}(?:单位|單位|机关|機關))?[ \\t\\u3000]+(?=[^\\s：:])`, 'gu');
/** The rest of a routing line without a colon: units and their separators, no sentence end, at most 60 characters. */
const UNITS_LINE = /^[^。！？!?\r\n]{1,60}$/u;

/**
 * Is `at` the first text of its line (blanks, Markdown emphasis, list or quote markers before it), or of a sentence run on
 * after the last one of a paragraph (……追回医保基金86.3万元。抄送：县纪委监委。, also after a . written for 。)? A label in the middle of a sentence
 * (要求各乡镇报送：…, 送：到每户) is prose.
 */
function startsLine(text: string, at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const c = text[j]!;
    if (c === '\n' || c === '\r') return true;
    if (/[。！？!?]/u.test(c)) return true;
    // A half-width or full-width full stop written for 。 ends the sentence too (……增长12%.抄送：…): fullwidth-punctuation's
    // fix makes it 。, and the routing line is there before the fix as after it. Not after a letter or a digit (3.5, e.g.).
    if ((c === '.' || c === '．') && !/[0-9A-Za-z０-９]/u.test(text[j - 1] ?? '')) return true;
    if (!/[ \t\u3000*_>+\-（(【［[]/u.test(c)) return false;
  }
  return true;
}

/** routing-block: an item has no 主送/抄送 block; only the recipients are marked (seed 002). */
export const routingBlock = defineRule({
  id: 'routing-block',
  category: 'form',
  severity: 'warning',
  name: { zh: '主送抄送栏', en: 'Routing lines' },
  description: {
    zh: '信息稿不写“主送：”“抄送：”等公文主送抄送栏，报送对象写在前置信息的“报送”中。',
    en: 'Items carry no 主送/抄送 lines as a 公文 does; name the recipients in the front-matter key 报送.',
  },
  messages: {
    routing: {
      zh: '信息稿不写“{label}”栏，报送对象请写在前置信息的“报送”中，并删去这一行。',
      en: 'Items carry no “{label}” line; name the recipients in the front-matter key 报送 and delete this line.',
    },
  },
  check({ draft, report, isExcluded }) {
    const { text } = draft;
    for (const { start, match } of matchProse(text, draft.proseSegments, ROUTING)) {
      if (!startsLine(text, start)) continue;
      // Mark the whole line: the label and the units it lists.
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      if (isExcluded(start, start + match[0].length)) continue;
      const label = match[0].replace(/[ \t\u3000]*[：:]$/u, '').replace(/[ \t\u3000]+/gu, '');
      report({ start, end, messageId: 'routing', data: { label } });
    }
    for (const { start, match } of matchProse(text, draft.proseSegments, ROUTING_BLANK)) {
      if (!startsLine(text, start)) continue;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      // A line of its own: nothing before it on the line but blanks and markers (not a sentence run on after a 。).
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      if (!/^[ \t\u3000*_>+\-]*$/u.test(text.slice(lineStart, start))) continue;
      if (!UNITS_LINE.test(text.slice(start + match[0].length, end).replace(/[。.]$/u, ''))) continue;
      if (isExcluded(start, start + match[0].length)) continue;
      const label = match[0].replace(/[ \t\u3000]+/gu, '');
      report({ start, end, messageId: 'routing', data: { label } });
    }
  },
});
