import { defineRule } from '../../core/rule.js';

/**
 * 层次序数 at the start of a line: 一、 （一） 1. 1、 1． (1) ⑴ ① 第一，. A numeral followed by another
 * numeral of its own script is a range or a date (一、二等奖, 3、4月份, 1.5万吨) and does not count; 一、 before an Arabic
 * figure (一、2026年1月至10月…) is a level number.
 */
const ORDINAL =
  /^(?:[一二三四五六七八九十]{1,3}[、．.](?![一二三四五六七八九十两])|[一二三四五六七八九十]{1,3}[）)]|[❶-❿➀-➓⒈-⒛]|[（(][一二三四五六七八九十]{1,3}[）)]|[\d０-９]{1,2}[、．](?![\d０-９])|[\d０-９]{1,2}\.(?![\d.０-９])|[（(][\d０-９]{1,2}[）)]|[\d０-９]{1,2}[）)]|[⑴-⒇①-⑳]|[Ⅰ-Ⅻⅰ-ⅻ][、．.](?![\d０-９])|第[一二三四五六七八九十]{1,3}[，,、：:])/u;

/**
 * Level numbers inside a paragraph (……：（1）……；（2）……, ①……②……, 一、……二、……), each right after a clause boundary or
 * the start of the paragraph. One style per group: 1） （1） ① ⑴ 一、 （一）. A run of 1、 or 1. inside a paragraph is
 * enumeration-comma's (style guide §3.3: 1、 → 1. anywhere in a paragraph, so 1.…2.… there is accepted).
 */
const INLINE_AT_BOUNDARY =
  /(?<=^|[：:；;，,。！？!?、\s\u3000])(?:(?<ac>[\d０-９]{1,2})[）)]|[（(](?<ap>[\d０-９]{1,2})[）)]|(?<cc>[①-⑳])|(?<cp>[⑴-⒇])|(?<hd>[一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十两])|[（(](?<hp>[一二三四五六七八九十]{1,3})[）)]|(?<![（(])(?<hc>[一二三四五六七八九十]{1,3})[）)]|(?<cn>[❶-❿])|(?<cs>[➀-➉])|(?<cb>[➊-➓])|(?<dd>[⒈-⒛]))/gu;

/**
 * The same numbers anywhere in the prose, also right after a word: the first number of a run may follow the verb that
 * introduces the items (实行（1）网格巡查，（2）积分奖惩…; 简化为①线上申请、②审核…). Such a number counts only as the
 * head of a run whose next number stands after a clause boundary; a loose pair (第（1）项、第（2）项) is a reference.
 */
const LOOSE_AT_ANY = INLINE_AT_BOUNDARY.source.replace(/^\(\?<=[^)]*\)/u, '(?<![\\d\\p{Script=Latin}])');
/**
 * LOOSE looks first for the characters a level number begins with: opening with its look-behind, it was tried at every
 * position of the text (same matches; over the 1,000 generated drafts in half the time or less). INLINE, whose
 * look-behind asks for a clause mark before, measured no faster so.
 */
const NUMBER_FIRST = '(?=[\\d０-９（(①-⑳⑴-⒇一二三四五六七八九十❶-❿➀-➉➊-➓⒈-⒛])';
const INLINE = INLINE_AT_BOUNDARY;
const LOOSE = new RegExp(`${NUMBER_FIRST}${LOOSE_AT_ANY}`, 'gu');

/**
 * What a name goes on with after a bracketed number: 八年级（1）班, 1号楼, （二）期, 第（3）组, a law's 第（1）项、（2）项 —
 * unless it starts a word (班次、项目).
 */
const NAME_AFTER = /^(?:班|号|组|栋|幢|楼|期|批|室|届|项|款|目|单元|标段|车间)/u;

const HAN_DIGITS = '一二三四五六七八九';

/** 一 … 九十九 as a number (十, 十一, 二十, 二十三). */
function hanValue(s: string): number {
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? HAN_DIGITS.indexOf(s) + 1 : NaN;
  const tens = ten === 0 ? 1 : HAN_DIGITS.indexOf(s[0]!) + 1;
  const ones = ten === s.length - 1 ? 0 : HAN_DIGITS.indexOf(s[ten + 1]!) + 1;
  return tens * 10 + ones;
}

/**
 * A bold line that reads like a title (a clause of nine characters or more: 清河县秋粮收购进展顺利), not a heading's label
 * (抽检情况、基本情况、工作进展、主要做法：, short or ending in the nouns that name a section).
 */
const SECTION_NOUN = /(?:情况|做法|成效|问题|建议|措施|举措|进展|经验|打算|安排|背景|亮点|特点|原因|计划|思路|目标|成果|概况|工作)[:：。]?$/u;
const titleLike = (label: string) => [...label.replace(/[:：。\s]/gu, '')].length >= 9 && !SECTION_NOUN.test(label);

/** The first code point of each run of numbered glyphs: ① ⑴ ❶ ➀ ➊ ⒈. */
const GLYPH_BASE: Record<string, number> = { cc: 0x2460, cp: 0x2474, cn: 0x2776, cs: 0x2780, cb: 0x278a, dd: 0x2488 };

/**
 * A bullet pasted from Word or a web page at the start of a line (● 检查…；◆ 整改…), the list's marker without Markdown's
 * list syntax. ○ (a zero in 二○二六) and □ (a blank to fill in) are not bullets.
 */
const BULLET = /^[●◆◇■▲△▶►▸▪•◎★☆※➢➤✓✔❖♦◉][ \t\u3000]*(?=\p{Script=Han}|\d)/u;

/**
 * A bold run opening a line (**强化宣传引导。**全镇…, **主要做法：**), with its text: a heading set in bold — CommonMark
 * often leaves the ** as text before a Chinese letter, so the raw text is read. Up to 24 characters, no sentence inside.
 */
const BOLD_HEAD = /^(\*\*|__)(?![ \t])([^*_\n。！？]{1,24}[。：:！？]?)\1/u;

interface InlineNumber {
  start: number;
  end: number;
  style: string;
  value: number;
}

/**
 * What every level number of INLINE and LOOSE holds: a closing bracket, a numbered glyph (①-⒛, ❶-➓) or a Chinese numeral
 * before 、. A guard for speed: most stretches of prose have none, and the two patterns (each with a look-behind) then
 * need not run.
 */
const NUMBER_TRIGGER = /[）)①-⒛❶-➓]|[一二三四五六七八九十]、/u;

/** The level numbers of a stretch of prose (each right after a clause boundary, or anywhere with `re` LOOSE), in order. */
function inlineNumbers(text: string, from: number, to: number, found: InlineNumber[], re: RegExp = INLINE): void {
  const slice = text.slice(from, to);
  if (!NUMBER_TRIGGER.test(slice)) return;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const g = m.groups!;
    const style = Object.keys(g).find((k) => g[k] !== undefined)!;
    const raw = g[style]!;
    const value = style in GLYPH_BASE ? raw.codePointAt(0)! - GLYPH_BASE[style]! + 1 : style === 'hd' || style === 'hp' || style === 'hc' ? hanValue(raw) : Number(raw.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
    found.push({ start: from + m.index, end: from + m.index + m[0].length, style, value });
  }
}

/**
 * The numbers that run on from one another (（1） then （2） of the same style, one apart, in order), anywhere in the
 * body: 三、 in the middle of one paragraph and 四、 in the next are a run of level numbers split over paragraphs.
 */
function runsOf(found: readonly InlineNumber[]): InlineNumber[] {
  return found.filter((n, i) =>
    found.some((o, j) => o.style === n.style && ((j > i && o.value === n.value + 1) || (j < i && o.value === n.value - 1))),
  );
}

/** no-structure-markup: short items are not divided into levels (不分层次, seed 002). */
export const noStructureMarkup = defineRule({
  id: 'no-structure-markup',
  category: 'form',
  severity: 'warning',
  name: { zh: '层次标记', en: 'Structure markup' },
  description: {
    zh: '信息稿正文不分层次：不用小标题、列表、表格，也不在段首、行首用“一、（一）1.”等层次序数，或在段中（一段或前后几段）连续编号“（1）……（2）……”；段落内的“一是……二是……”不受限制，段落中的“1、”由 enumeration-comma 处理。专报不检查。',
    en: 'The body of an item is not divided into levels: no headings, lists, tables, nor level numbers (一、 （一） 1.) at the start of a paragraph or line, nor numbers that run on in the middle of paragraphs ((1)… (2)…, in one paragraph or over several); “一是…二是…” inside a paragraph is fine, and 1、 inside a paragraph is enumeration-comma\'s. Not checked for special reports.',
  },
  // A block of these types is reported with the message of its type's name.
  messages: {
    lineShi: {
      zh: '“{mark}”放在行首，把“一是……二是……”写成了分行的列表，请把各项连写在同一段落中。',
      en: '“{mark}” opens a line: “一是……二是……” set out as a list; run the items on inside one paragraph.',
    },
    bullet: {
      zh: '行首的项目符号“{mark}”把正文写成了列表，信息稿不分层次，请改为段落内“一是……二是……”的叙述。',
      en: 'The bullet “{mark}” at the start of a line makes a list of the body; write “一是……二是……” inside the paragraph instead.',
    },
    boldHeading: {
      zh: '段首的粗体“{mark}”是小标题，信息稿正文不设小标题，请把它的意思融入段落叙述。',
      en: 'The bold “{mark}” opening the paragraph is a heading; an item’s body has none, fold it into the narrative.',
    },
    heading: {
      zh: '信息稿正文不设小标题，请把小标题的意思融入段落叙述。',
      en: 'An item’s body has no headings; fold what the heading says into the narrative.',
    },
    list: {
      zh: '信息稿正文不用列表分层次，请改为段落内“一是……二是……”的叙述。',
      en: 'An item’s body is not divided into lists; write “一是……二是……” inside the paragraph instead.',
    },
    table: {
      zh: '信息稿正文不用表格，请把关键数字写进正文叙述。',
      en: 'An item’s body has no tables; put the key figures into the narrative.',
    },
    levelNumber: {
      zh: '行首的层次序数“{mark}”把正文分成了层次，信息稿不分层次，请改为段落内“一是……二是……”的叙述。',
      en: 'The level number “{mark}” at the start of a line divides the body into levels; write “一是……二是……” inside the paragraph instead.',
    },
    inlineNumber: {
      zh: '段落中的序号“{mark}”把正文分成了层次，信息稿不分层次，请改为“一是……二是……”的叙述或直接连写。',
      en: 'The sequence number “{mark}” inside the paragraph divides the body into levels; write “一是……二是……” or run the items together.',
    },
  },
  kinds: { 专报: { severity: 'off' } },
  check({ draft, report, isExcluded, lexicon }) {
    const { text } = draft;
    for (const block of draft.blocks) {
      if (block.type === 'heading' || block.type === 'list' || block.type === 'table') {
        // Point at the first line of a heading or list (a whole list would cover the body); a table is marked whole: every
        // row of it is the markup to rewrite into the narrative, its data rows as much as its header.
        let end = block.type === 'table' ? block.end : text.indexOf('\n', block.start);
        if (end < 0 || end > block.end) end = block.end;
        while (end > block.start && /[\r\n]/u.test(text[end - 1]!)) end--;
        report({ start: block.start, end, messageId: block.type });
      }
    }
    // Level numbers at the start of a paragraph or of a line inside one.
    const atLineStart = new Set<number>();
    const inline: InlineNumber[] = [];
    const heads: InlineNumber[] = [];
    const boldSeen = new Set<number>();
    const lineShi: InlineNumber[] = [];
    draft.paragraphSegments.forEach((segs, p) => {
      const firstBlock = draft.paragraphs[p] === draft.blocks[0];
      for (const seg of segs) {
        if (!seg.prose) continue;
        for (let i = seg.start; i < seg.end; i++) {
          const lineStart = i === seg.start ? isLineStart(text, i) : text[i - 1] === '\n' || text[i - 1] === '\r';
          if (!lineStart) continue;
          let at = i;
          // Blanks, and ** or __ left as text where CommonMark did not take them for bold (**一、**基本情况).
          while (at < seg.end && /[ \t\u3000*_]/u.test(text[at]!)) at++;
          // A bold heading: read from the line's own start, where the ** stand.
          let lineAt = i;
          while (lineAt > 0 && text[lineAt - 1] !== '\n' && text[lineAt - 1] !== '\r') lineAt--;
          while (lineAt < i && /[ \t\u3000]/u.test(text[lineAt]!)) lineAt++;
          const bold = !boldSeen.has(lineAt) ? BOLD_HEAD.exec(text.slice(lineAt, lineAt + 60)) : null;
          // A bold level number (**一、**基本情况) is reported as the level number it is.
          if (bold && !ORDINAL.test(bold[2]!)) {
            boldSeen.add(lineAt);
            const end = lineAt + bold[0].length;
            // The whole first paragraph in bold may be the title of a draft that has none, or the title written again under
            // it (**清河县秋粮收购进展顺利**); a short label (**抽检情况**、**基本情况**) under a title is a heading.
            const alone = /^[ \t\u3000]*(?:\r?\n|$)/u.test(text.slice(end, end + 4));
            if (!(alone && firstBlock && (!draft.title || titleLike(bold[2]!))) && !isExcluded(lineAt, end)) {
              report({ start: lineAt, end, messageId: 'boldHeading', data: { mark: bold[2]! } });
              atLineStart.add(at);
              continue;
            }
          }
          const b = BULLET.exec(text.slice(at, Math.min(seg.end, at + 4)));
          if (b && !isExcluded(at, at + 1)) {
            atLineStart.add(at);
            report({ start: at, end: at + 1, messageId: 'bullet', data: { mark: text[at]! } });
            continue;
          }
          // 一是 opening a line: an item of a list when 二是 opens another line (一是…二是… inside a paragraph is fine).
          const shi = /^([一二三四五六七八九十])是/u.exec(text.slice(at, at + 2));
          if (shi && !isExcluded(at, at + 2)) lineShi.push({ start: at, end: at + 2, style: 'shi', value: hanValue(shi[1]!) });
          const m = ORDINAL.exec(text.slice(at, Math.min(seg.end, at + 8)));
          if (!m || isExcluded(at, at + m[0].length)) continue;
          const mark = m[0];
          atLineStart.add(at);
          report({ start: at, end: at + m[0].length, messageId: 'levelNumber', data: { mark } });
        }
      }
      for (const seg of segs) if (seg.prose) inlineNumbers(text, seg.start, seg.end, inline);
      // The head of a run right after a word (实行（1）…，（2）…): the next number of its style, one up, after a boundary.
      const loose: InlineNumber[] = [];
      for (const seg of segs) if (seg.prose) inlineNumbers(text, seg.start, seg.end, loose, LOOSE);
      const bounded = new Set(inline.map((n) => n.start));
      for (const n of loose) {
        // 统一、唯一、万一: a Chinese numeral with a 顿号 after a word ends the word.
        if (bounded.has(n.start) || n.style === 'hd') continue;
        const next = inline.find((o) => o.start > n.start && o.style === n.style);
        if (next && next.value === n.value + 1) heads.push(n);
      }
    });
    for (const n of runsOf(lineShi)) report({ start: n.start, end: n.end, messageId: 'lineShi', data: { mark: text.slice(n.start, n.end) } });
    // Numbers in a run inside the paragraphs (……：（1）……；（2）……, or 三、 in one paragraph and 四、 in the next); those at
    // a line start are reported above.
    // （1）班 and （2）班 name classes (班次 is a word: （1）班次少 is an item).
    const named = (n: InlineNumber) => NAME_AFTER.test(text.slice(n.end, n.end + 2)) && !lexicon.isWord(text.slice(n.end, n.end + 2));
    const numbers = [...inline, ...heads].filter((n) => !named(n)).sort((a, b) => a.start - b.start);
    for (const n of runsOf(numbers)) {
      if (atLineStart.has(n.start) || isExcluded(n.start, n.end)) continue;
      report({ start: n.start, end: n.end, messageId: 'inlineNumber', data: { mark: text.slice(n.start, n.end) } });
    }
  },
});

/** Is `i` at the start of its line, ignoring blanks and Markdown markers (** _) before it? */
function isLineStart(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text[j]!;
    if (c === '\n' || c === '\r') return true;
    if (!/[ \t\u3000*_]/u.test(c)) return false;
  }
  return true;
}
