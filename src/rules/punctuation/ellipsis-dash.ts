import { defineRule } from '../../core/rule.js';
import { isAsciiAlnum, isCjkContext, isHan } from '../../core/text.js';
import { freeAt, matchProse } from '../lib/scan.js';
import { chineseAt } from '../lib/chars.js';
import { replaceWith } from '../lib/fix.js';
import type { Lexicon } from '../../core/words.js';

/**
 * Ellipses written wrong: three or more ASCII dots, three or more 。, a single …; and a correct …… followed by
 * 等/等等 (an ellipsis already says "and so on"). Runs of two 。 are stacked-punctuation's.
 */
const ELLIPSIS = /(\.{3,}|。{3,}|·{3,}|•{3,}|⋯+|(?<!…)…(?!…)|……)(等等|等)?/gu;
const ELLIPSIS_MARKS = /\.{3}|。{3}|·{3}|•{3}|[⋯…]/u;

/**
 * A 破折号 written wrong between Chinese: a run of two or more hyphens of any kind (--, ----, －－, ‐‐), with the spaces
 * around it, or a single — or - standing alone.
 */
// A match starts at the first blank of a run (not inside it: from each blank the run was scanned again, quadratic time).
const DASH = /(?<![ \u3000])[ \u3000]*(?<![-—－‐‑])([-－‐‑]{2,}|—|-)(?![-—－‐‑])[ \u3000]*/gu;

/** Closing marks after which a dash may follow (“口袋公园”-在城区). */
const CLOSERS = '”’）》」』】';

/** A place before a connector: a name ending in an administrative or geographic word (清河县—合肥, 柳塘乡—白沙镇). */
const PLACE_BEFORE = /[省市县区镇乡村州旗盟岛港站湖江河山城京津沪渝]$/u;
/**
 * A route after a connector: 清河—合肥城际公交, 北京—清河的直达客运班线, 柳塘乡—白沙镇连接线. Or a meeting, a body or a
 * relation that two countries or regions name together (中国—东盟博览会、中国—中亚峰会、中国—东盟自由贸易区、中非—
 * 东盟商会): the whole family of words that end such a name, since the connector there joins the two names.
 */
const ROUTE_AFTER = /^[^，。；：！？、\n]{0,12}?(?:线|公路|高速|铁路|航线|班线|城际|公交|专线|通道|管道|干线|走廊|客运|班车|航班|列车|段|博览会|展览会|交易会|洽谈会|峰会|论坛|自由贸易区|自贸区|商会|合作中心|合作组织|合作机制|合作论坛|经贸合作|友好城市)/u;

/** A quotation that names a place or a stop (“火车站”、“城南客运站”、“县人民医院”), closing right before a dash. */
const QUOTED_PLACE = /“[^“”]{0,12}[省市县区镇乡村州旗盟岛港站湖江河山城场馆院校]”$/u;

/** A route named before the stops it joins (公交线路由“火车站”—…、开通“高铁站”—…的专线). */
const ROUTE_BEFORE = /(?:线路|公交|班车|班线|专线|路线|客运|航线)[^，。；！？\n]*$/u;

/** A 的-phrase ending in a general word of roads and waters before a dash (最危险的河段, 坡度最大的通村公路). */
const KIND_BEFORE = /的\p{Script=Han}{0,4}(?:段|路|道|线|渠|堤)$/u;

/** Words that begin with 等 and are not the list particle (……等待 is an ellipsis before a word). */
const DENG_WORDS = /^(?:待|候|到|于|同|级|次|额|量|距|价|身|高|号|闲|比|外|效|值)/u;

/** Characters after 等 that make it the list particle closing the sentence or clause. */
const CLAUSE_END = /^(?:$|[\s，。；：、！？”’）》」』】〕,.;:!?)])/u;

/** A number and its unit (one or two Han characters) closing the text before a mark: 2024年, 1日, 30万元. */
const NUMBER_UNIT_BEFORE = /[0-9０-９][\p{Script=Han}]{1,2}$/u;

/** Whether a verb (or an adverb before one) starts at `at`: what follows a dash, not the second place of a connector. */
function verbAt(lexicon: Lexicon, text: string, at: number): boolean {
  const first = lexicon.segment(text, at, Math.min(text.length, at + 8))[0];
  return !!first && first.start === at && first.kind === 'word' && /^(?:v|d)/u.test(first.pos) && first.pos !== 'vn';
}

/**
 * A chain of single — joining short words, the stages of a procedure or the stops of a route (“回访—重办—再回访”、
 * “受理—调解—反馈”、清河—白沙—柳塘—合肥): GB/T 15834-2011 4.13 writes the 连接号 一字线 between them. A 破折号 is not
 * repeated between words a few characters long; two single dashes that enclose an insertion (他—村支书—带头捐款) stand
 * in running text, so the chain is taken as connectors only when it fills a quotation or a bracket, or has three dashes.
 * The chain is read within 40 characters either side of the mark (linear time).
 */
function connectorChain(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < 40 && (isHan(text[from - 1]) || text[from - 1] === '—')) from--;
  let to = at + 1;
  while (to < text.length && to - at < 40 && (isHan(text[to]) || text[to] === '—')) to++;
  const run = text.slice(from, to);
  if (run.includes('——')) return false;
  const parts = run.split('—');
  if (parts.length < 3 || parts.some((p) => p.length < 1 || p.length > 6)) return false;
  const open = text[from - 1] ?? '';
  const close = text[to] ?? '';
  const enclosed = (open === '“' && close === '”') || (open === '‘' && close === '’') || (open === '（' && close === '）');
  return enclosed || parts.length >= 4;
}

/** What ends the sentence after a mark: the end of the text or line, 。！？ and the closing quotes and brackets. */
const SENTENCE_END_AFTER = /^(?:$|[\s。！？!?”’）》」』】])/u;

/** The clause before `at` is a 、 list ending right there (棉被、棉衣、大米|…): read back to the last clause mark, at most 40 characters. */
function listBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 40; i--) {
    const ch = text[i]!;
    if (ch === '、') return isHan(text[at - 1]);
    if (/[，。；：！？\n“”（）]/u.test(ch)) return false;
  }
  return false;
}

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
    fixDeng: { zh: '改为“等”', en: 'Use 等' },
    hyphens: { zh: '破折号应写作“——”，不用“{mark}”。', en: 'Write the dash as ——, not {mark}.' },
    singleDash: {
      zh: '破折号应写作“——”，不用“{mark}”；如这里是连接号（如“北京—上海”），可以忽略。',
      en: 'A dash is written ——, not {mark}; ignore this if the mark is a connector (北京—上海).',
    },
    fixDash: { zh: '改为“——”', en: 'Use ——' },
  },
  check(ctx) {
    const { draft, report } = ctx;
    const { text } = draft;
    // Every ELLIPSIS match holds … or ⋯, or a run of three dots of one kind (a draft without one is not scanned: speed).
    for (const { start, end, match } of ELLIPSIS_MARKS.test(text) ? matchProse(text, draft.proseSegments, ELLIPSIS) : []) {
      if (!freeAt(ctx, start, end)) continue;
      const mark = match[1]!;
      const deng = match[2] ?? '';
      const markEnd = start + mark.length;
      const wrongMark = mark !== '……';
      // ASCII dots are a Chinese ellipsis only next to Chinese; in English (wait...) they stay.
      if (/^[.·•⋯]/u.test(mark) && !chineseAt(text, start - 1) && !chineseAt(text, markEnd)) continue;
      if (mark === '…' && !chineseAt(text, start - 1) && !chineseAt(text, markEnd)) continue;
      if (deng) {
        const after = text.slice(end, end + 1);
        // 包括排气、保温、阀门更换……等，共检修…: a 、 list closed by ……等 inside a sentence that goes on (，；): the list's 等
        // is what was meant; the ellipsis goes (safe: either mark alone is right, and 等 closes a list mid-sentence), or,
        // second, 等 goes.
        if (/^[，；,;]/u.test(after) && listBefore(text, start)) {
          report({
            start,
            end,
            messageId: 'ellipsisAndDeng',
            fixes: [
              replaceWith(start, end, '等', 'fixRemoveEllipsis', true),
              replaceWith(start, end, '……', wrongMark ? 'fixRemoveDengWrongMark' : 'fixRemoveDeng', false, { deng }),
            ],
          });
          continue;
        }
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
        // ……等8项、……等12家: a count after 等 closes the list; the ellipsis goes, 等 stays (safe: 等 can be nothing else).
        if (/^[0-9０-９]/u.test(after)) {
          report({ start, end: start + mark.length + deng.length, messageId: 'ellipsisAndDeng', fix: replaceWith(start, markEnd, '', 'fixRemoveEllipsis', true) });
          continue;
        }
        if (isHan(after) && !DENG_WORDS.test(after)) {
          // ……等方面 → 等方面: keep 等 and drop the ellipsis; offered, since 等待 and the like are words.
          report({
            start,
            end: start + mark.length + deng.length,
            messageId: 'ellipsisAndDeng',
            // ……等等制度 → 等制度: before a noun the list closes with one 等.
            // Or the other way (GB/T 15834 allows either): keep the ellipsis and drop 等 (……等重点场所 → ……重点场所), second.
            fixes: [
              deng === '等等' ? replaceWith(start, end, '等', 'fixRemoveEllipsis', false) : replaceWith(start, markEnd, '', 'fixRemoveEllipsis', false),
              replaceWith(start, end, '……', wrongMark ? 'fixRemoveDengWrongMark' : 'fixRemoveDeng', false, { deng }),
            ],
          });
          continue;
        }
      }
      if (!wrongMark) continue;
      const ellipsis = replaceWith(start, markEnd, '……', 'fixEllipsis', true);
      // 发放棉被、棉衣、大米…共6000件; 套种黄精、天麻、重楼。。。，套种面积…: closing a 、 list inside a sentence that goes on,
      // the list's 等 is what was meant (offered second, to confirm).
      const listed = listBefore(text, start) && !SENTENCE_END_AFTER.test(text.slice(markEnd, markEnd + 1));
      report({
        start,
        end: markEnd,
        messageId: 'wrongEllipsis',
        data: { mark },
        fixes: listed ? [ellipsis, replaceWith(start, markEnd, '等', 'fixDeng', false)] : [ellipsis],
      });
    }

    for (const { start, end, match } of matchProse(text, draft.proseSegments, DASH)) {
      if (!freeAt(ctx, start, end)) continue;
      const mark = match[1]!;
      const markStart = start + match[0].indexOf(mark);
      const markEnd = markStart + mark.length;
      const before = text[start - 1];
      const after = text[end];
      // Numbers and ranges (2020--2024, 2011—2015年) are the number rules' business; English keeps its dashes. A run of
      // hyphens after Chinese and before a number is a dash all the same (目标很明确----2026年底前完成), unless the
      // Chinese is the unit of a number before it: a range of dates or amounts (2024年--2026年, 11月1日--30日).
      // A single — after a word and before a figure opens an insertion the same way (冬灌任务—3.6万亩—已于…, blind set 20):
      // a range has a figure on both sides (3—5, 2024年—2026年: the number rules' business). The figure goes on into its
      // unit or count (48座、28家、3.6万亩); a bare figure closing a title or a line is a serial number (续报—2).
      const digitAfter =
        /^[0-9]/u.test(after ?? '') &&
        (mark.length >= 2 || (mark === '—' && /^[0-9.]{1,12}\p{Script=Han}/u.test(text.slice(end, end + 13)))) &&
        isHan(before) &&
        !NUMBER_UNIT_BEFORE.test(text.slice(Math.max(0, start - 3), start));
      if (isAsciiAlnum(before) || (isAsciiAlnum(after) && !digitAfter) || isAsciiAlnum(text[markStart - 1]) || (isAsciiAlnum(text[markEnd]) && !digitAfter)) continue;
      const spaced = start < markStart || markEnd < end;
      if (mark.length >= 2) {
        // A run of hyphens, and the spaces around it: one 破折号.
        if (!(isCjkContext(before) || CLOSERS.includes(before ?? '')) || !(isCjkContext(after) || after === '“' || digitAfter)) continue;
        report({ start, end, messageId: 'hyphens', data: { mark: mark }, fix: replaceWith(start, end, '——', 'fixDash', true) });
        continue;
      }
      // A single — or - between Chinese: a 破折号 missing its half, unless it is a 连接号 (北京—上海).
      if (spaced && mark === '—') continue;
      // A hyphen only after a closing mark (“口袋公园”-在城区): between two Han characters it is a hyphen of Word's
      // (a non-breaking hyphen) or a connector more often than a dash.
      // A single — after a closing quotation mark or title mark and before a word (首个“零碳工厂”—澜海电子二期厂房, blind set
      // 20) is a dash as well: the quoted name, then the dash and what it names.
      const hanBefore = mark === '-' ? CLOSERS.includes(before ?? '') : isHan(before) || CLOSERS.includes(before ?? '');
      // A single — before a name in quotation marks introduces it (开通一条公交专线—“学子专线”): no connector joins a quotation.
      // Between two quotations it joins them (“火车站”—“县医院”: the two ends of a line), a connector.
      const quoted = mark === '—' && after === '“' && isHan(before);
      if (!hanBefore || !(isHan(after) || quoted || digitAfter)) continue;
      if (!quoted && PLACE_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
      // 公交线路由“火车站”—县医院调整为…: a quoted stop joined to a plain one in a sentence about a route, the two ends of
      // the route (a connector). Not 首个“零碳工厂”—澜海电子二期厂房 (no place), nor 第一个“无废社区”—东门社区 (no route:
      // the dash names which one).
      if (before === '”' && QUOTED_PLACE.test(text.slice(Math.max(0, start - 16), start)) && (ROUTE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || ROUTE_AFTER.test(text.slice(end, end + 16)))) continue;
      // “回访—重办—再回访”: one of the connectors of a chain of stages.
      if (!spaced && mark === '—' && connectorChain(text, markStart)) continue;
      // A connector joins two places (清河—合肥城际公交): a verb right after the mark opens what the dash explains
      // (重点只有一个—完成全镇农村公路提档升级), whatever route word follows.
      // Nor after a 的-phrase whose head is a word of the same kind as the name after (最危险的河段—河口镇段, 事故最多的
      // 道路—乡道Y012线): the general word, then the dash and the name that says which; a connector joins two places.
      if (!quoted && ROUTE_AFTER.test(text.slice(end, end + 16)) && !verbAt(ctx.lexicon, text, end) && !KIND_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
      report({ start, end, severity: 'info', messageId: 'singleDash', data: { mark }, fix: replaceWith(start, end, '——', 'fixDash', false) });
    }
  },
});
