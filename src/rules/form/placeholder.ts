import type { Nodes } from 'mdast';
import { defineRule } from '../../core/rule.js';
import type { Segment } from '../../core/types.js';
import { isCjkContext, isCjkPunct } from '../../core/text.js';
import { walkTree } from '../../core/tree.js';
import { nearestOnLine } from '../lib/chars.js';
import { isColumnTag } from '../lib/column-tag.js';
import { matchProse } from '../lib/scan.js';

/**
 * Common single-character surnames (and the last character of 欧阳): “王某某” is how official texts
 * anonymise a person, not an unfilled placeholder.
 */
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤穆卓缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝阳'],
);

/**
 * Bracketed content that reads like a template field (for 【…】 in the title, where tags such as 【动态】 exist).
 * A bare Chinese numeral is a sequence number left as the field's prompt (the 续报 template's “（续报【一】）”).
 */
const TEMPLATE_FIELD = /填写|填入|输入|此处|名称|单位|日期|时间|姓名|标题|正文|内容|数字|人数|金额|[XxＸｘ×Ⅹⅹ]{2}|某某|^[\s\u3000]*$|^[一二三四五六七八九十]+$/u;

type Kind =
  | 'x'
  | 'date-x'
  | 'times'
  | 'roman'
  | 'stars'
  | 'lone-star'
  | 'symbols'
  | 'mou'
  | 'lenticular'
  | 'field'
  | 'snippet'
  | 'empty-bracket'
  | 'blank';

/**
 * What a bracketed blank says (（会议名称）、［具体日期］、（请填写人数）、（数量待定）、[待补充]): the name of a field and nothing
 * else, or an instruction to the writer. （单位：万元）、（含3个社区）、（含标点和数字） are text.
 */
const FIELD_NAME = /^(?:(?![含和及与或的为是在有按共约])\p{Script=Han}){0,4}(?:名称|姓名|日期|时间|人数|数量|数字|金额|地点|职务|数据)$/u;
const INSTRUCTION = /待补充|待填|待定|待核实?|待确认|请填写|请输入|请补充|填写|此处|插入/u;

interface Pattern {
  kind: Kind;
  re: RegExp;
  /** A character every match holds: a draft without one is not scanned with `re` (a guard for speed). */
  needs: RegExp;
}

const PATTERNS: Pattern[] = [
  // XX, xx, XXX, full-width ＸＸ: a token of two or more, not part of a Latin word (XXL) — “20XX年” counts.
  { kind: 'x', re: /(?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ]{2,}(?![A-Za-zＡ-Ｚａ-ｚ])/gu, needs: /[XxＸｘ]/u },
  // A single X or × standing for a number in a date or time: X月X日, ×年×月×日, X时.
  { kind: 'date-x', re: /(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ×XxＸｘ])[XxＸｘ×](?=[年月日时])/gu, needs: /[XxＸｘ×]/u },
  { kind: 'times', re: /×{2,}/gu, needs: /×/u },
  // Roman numeral ten (U+2169, U+2179) doubled: ⅩⅩ局, ⅹⅹ副局长.
  { kind: 'roman', re: /[Ⅹⅹ]{2,}/gu, needs: /[Ⅹⅹ]/u },
  // ** or ＊＊ left as text (Markdown bold is parsed away before rules see the text).
  { kind: 'stars', re: /[＊*]{2,}/gu, needs: /[＊*]/u },
  // A lone * before the name of a place (*县人民医院): a name masked and never filled in.
  { kind: 'lone-star', re: /(?<![*＊\p{L}\p{N}])[*＊](?![*＊])(?=[县市区镇乡村街])/gu, needs: /[*＊]/u },
  // Runs of filler symbols: ○○镇、□□处、△△、■■、◯◯.
  { kind: 'symbols', re: /[○◯□△■▲◇◆]{2,}/gu, needs: /[○◯□△■▲◇◆]/u },
  { kind: 'mou', re: /某{2,}/gu, needs: /某/u },
  { kind: 'lenticular', re: /【[^【】\n]{0,60}】/gu, needs: /【/u },
  { kind: 'field', re: /[（(［\[][^（）()［］\[\]\n]{1,20}[）)］\]]/gu, needs: /[（(［\[]/u },
  // ${…}, VS Code snippet tab stops $1 ${1:…} and variables $TM_FILENAME, $CURRENT_YEAR…
  {
    kind: 'snippet',
    needs: /\$/u,
    re: /(?<![A-Za-z\\])\$(?:\{[^{}\n]{0,80}\}|\d{1,2}(?![\d.,，．万亿千百元美多余])|(?:TM_|CURRENT_|RELATIVE_|WORKSPACE_|BLOCK_COMMENT|LINE_COMMENT|CLIPBOARD|UUID|RANDOM)[A-Z_]*)/gu,
  },
  // Empty 〔 〕 (the year of a document number) and empty （ ）: blanks to be filled in.
  { kind: 'empty-bracket', re: /〔[ \u3000]*〕|（[ \u3000]*）/gu, needs: /[〔（]/u },
  // Underlined blanks: 共____人.
  { kind: 'blank', re: /_{3,}|＿{2,}/gu, needs: /[_＿]/u },
];

/**
 * The label of a form field right before the placeholder, at the start of a quotation or after a separator in it
 * (“申请人：×××”、“法定代表人：×××”、“姓名：XXX，电话：XXX”): quoted, such a placeholder is the form's own text, described.
 */
const FIELD_LABEL_BEFORE = /(?:^|[“‘「『"'，,；;、\s\u3000])\p{Script=Han}{1,8}[：:][\s\u3000]*$/u;
function quotedFieldValue(text: string, start: number, end: number, isQuoted: (s: number, e: number) => boolean): boolean {
  return isQuoted(start, end) && FIELD_LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** Does the match stand in Chinese text (a Chinese character or mark next to it, blanks skipped)? */
function inChineseText(text: string, start: number, end: number): boolean {
  return isCjkContext(nearestOnLine(text, start - 1, -1)) || isCjkContext(nearestOnLine(text, end, 1));
}

/** placeholder: unfilled template placeholders (the seeds are templates full of ⅩⅩ). */
export const placeholder = defineRule({
  id: 'placeholder',
  category: 'form',
  severity: 'error',
  name: { zh: '占位符未填', en: 'Unfilled placeholder' },
  description: {
    zh: '模板占位符尚未填写：XX、××、ⅩⅩ、＊＊、某某（引文外）、【……】、${…}、$1、空的〔 〕等。',
    en: 'Unfilled template placeholders: XX, ××, ⅩⅩ, ＊＊, 某某 (outside quotations), 【…】, ${…}, $1, empty 〔 〕 and the like.',
  },
  messages: {
    unfilled: {
      zh: '模板占位符“{value}”尚未填写，请替换为实际内容。',
      en: 'The template placeholder “{value}” has not been filled in; replace it with the actual content.',
    },
  },
  check({ draft, report, isExcluded, isQuoted }) {
    const { text, title } = draft;
    const found: { start: number; end: number }[] = [];
    const inTitle = (start: number) => title !== null && start >= title.start && start < title.end;
    const boldPairs = failedBold(text, draft.proseSegments);
    for (const { kind, re, needs } of PATTERNS) {
      if (!needs.test(text)) continue;
      for (const { start, end } of matchProse(text, draft.proseSegments, re)) {
        if (isExcluded(start, end)) continue;
        if (kind === 'stars' && boldPairs.has(start)) continue;
        const value = text.slice(start, end);
        // A quoted form field described (将申请表中“申请人：×××”一栏改为……): the form's text, not a blank of the draft.
        if (kind !== 'lenticular' && kind !== 'snippet' && quotedFieldValue(text, start, end, isQuoted)) continue;
        switch (kind) {
          case 'x':
          case 'stars':
          case 'blank':
          case 'symbols':
          case 'lone-star':
            if (!inChineseText(text, start, end)) continue;
            break;
          case 'field': {
            const inner = value.slice(1, -1).trim();
            if (!FIELD_NAME.test(inner) && !INSTRUCTION.test(inner)) continue;
            if (isQuoted(start, end)) continue;
            break;
          }
          case 'mou':
            // A quoted 某某 (or one in a 《》 title) is someone's words; 王某某 is an anonymised name.
            if (isQuoted(start, end) || SURNAMES.has(text[start - 1] ?? '')) continue;
            break;
          case 'lenticular':
            if (isQuoted(start, end)) continue;
            // 【004km.cn】-style site tags pasted from the web are paste residue, not template fields.
            if (!/\p{Script=Han}|^[\s\u3000]*$|[XxＸｘ×Ⅹⅹ]{2}/u.test(value.slice(1, -1))) continue;
            // A column or source tag (【本报讯】、【工作动态】、【通讯员 陈晓燕】) is text, in the title and the body alike.
            if (isColumnTag(value.slice(1, -1))) continue;
            // Titles may carry other labels such as 【动态】; only template fields count there.
            if (inTitle(start) && !TEMPLATE_FIELD.test(value.slice(1, -1))) continue;
            break;
          default:
            break;
        }
        found.push({ start, end });
      }
    }
    // Markdown pairs two stray ** into bold (“代表**县委……打造“三色**”总目标”). Emphasis that runs across a
    // line break, or over several sentences, is not what a writer bolds: its markers are lost placeholders.
    visitStrong(draft.mdast as Nodes, (start, end) => {
      if (text.slice(start, start + 2) !== '**' || text.slice(end - 2, end) !== '**') return;
      const inner = text.slice(start + 2, end - 2);
      const terminators = (inner.match(/[。！？]/gu) ?? []).length;
      if (!/[\r\n]/u.test(inner) && !(terminators >= 2 && inner.length > 80)) return;
      for (const at of [start, end - 2]) {
        if (isExcluded(at, at + 2) || !inChineseText(text, at, at + 2)) continue;
        found.push({ start: at, end: at + 2 });
      }
    });
    // One message per placeholder: drop matches inside another (【XX单位】 is one placeholder).
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const { start, end } of found) {
      if (start < lastEnd) continue;
      lastEnd = end;
      report({ start, end, messageId: 'unfilled', data: { value: text.slice(start, end) } });
    }
  },
});

/**
 * Starts of ** that are bold markers CommonMark did not take (a Chinese writer’s “**一、**基本情况”: the closing
 * ** follows a punctuation mark and precedes a character, so it cannot close). Pairs in one segment around a
 * short stretch without a sentence end that begins or ends with a punctuation mark are failed bold, not placeholders.
 */
function failedBold(text: string, segments: readonly Segment[]): Set<number> {
  const out = new Set<number>();
  if (!text.includes('**')) return out; // no run to pair (speed)
  for (const seg of segments) {
    if (!seg.prose) continue;
    const runs: number[] = [];
    const re = /\*\*(?!\*)/gu;
    const slice = text.slice(seg.start, seg.end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) runs.push(seg.start + m.index);
    for (let k = 0; k + 1 < runs.length; k += 2) {
      const inner = text.slice(runs[k]! + 2, runs[k + 1]!);
      const chars = [...inner];
      if (chars.length === 0 || chars.length > 30 || /[。！？\n]/u.test(inner)) continue;
      if (!isCjkPunct(chars[0]) && !isCjkPunct(chars[chars.length - 1])) continue;
      out.add(runs[k]!);
      out.add(runs[k + 1]!);
    }
  }
  return out;
}

function visitStrong(root: Nodes, visit: (start: number, end: number) => void): void {
  walkTree(root, (node) => {
    if (node.type === 'strong') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) visit(s, e);
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return false;
  });
}
