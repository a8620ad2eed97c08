/**
 * Word (.docx) export in the layout of GB/T 9704-2012 (style guide §4), built with the `docx` package.
 * Loaded lazily (`await import('./docx.js')`): neither the extension nor `xinxi check` pays for `docx`.
 *
 * Page: A4, margins top 37 / bottom 35 / left 28 / right 26 mm (type area 156 × 225 mm), 22 lines of 28
 * characters (line pitch 28.95 pt). Title 2号 (22 pt) 方正小标宋简体, centred; body 3号 (16 pt) 仿宋_GB2312,
 * first-line indent of two characters, exact line spacing; level headings 黑体 / 楷体_GB2312; page numbers
 * “— 1 —” in 4号 (14 pt) 宋体, odd pages right and even pages left, one character in from the edge.
 * Every font is declared for East Asian text (w:eastAsia) with hint="eastAsia", so Word and WPS use the
 * Chinese font for the text and for ambiguous marks such as “ ” ‘ ’ …… ——.
 *
 * Every paragraph states its East Asian line layout (see `XinxiParagraph`): no automatic gap between Chinese and
 * digits or Latin letters (公文 sets 2026年11月 tight), and a mark at the end of a full line stays on that line.
 * A long title breaks between words as a trapezoid or diamond (title.ts); a sign-off stays with its item; a
 * bulletin's 版记 sits at the foot of the last page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HorizontalPositionAlign,
  LineRuleType,
  Packer,
  PageNumber,
  NoBreakHyphen,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
  VerticalPositionAlign,
  type IContext,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
  type IXmlableObject,
  type ParagraphChild,
  HorizontalPositionRelativeFrom,
  VerticalPositionRelativeFrom,
  TextWrappingType,
} from 'docx';
import { ShapeRun } from 'docx/shapes';
import { DEFAULT_FONTS, type DocxFonts } from './fonts.js';
import { cells, copiesLine, distributionLines, issueLine, itemClosing, LINE_CELLS, type Bulletin } from './bulletin.js';
import { exportSafe, type ExportItem } from './text.js';
import { titleLines } from './title.js';

/** Millimetres to twips (1/1440 inch). */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);
/** Points to twips. */
export const pt = (value: number) => Math.round(value * 20);

export const PAGE = {
  width: 11906, // 210 mm
  height: 16838, // 297 mm
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  /** The page number's line sits 7 mm below the type area: footer distance ≈ 35 − 7 − 5 mm. */
  footer: mm(23),
  header: mm(15),
};

/** 225 mm ÷ 22 lines = 28.95 pt. */
export const LINE_PITCH = Math.round(mm(225) / 22);
/**
 * 28 characters of 16 pt in a 156 mm line (442.2 pt) need 15.79 pt each: body text is condensed by 0.25 pt
 * (w:spacing −5 twentieths of a point), which a reader cannot see. A character grid (docGrid linesAndChars)
 * would do the same in Word but LibreOffice spreads the text over it, so the grid only fixes the line pitch.
 */
export const BODY_CONDENSE = -5;

export interface DocxOptions {
  fonts?: Partial<DocxFonts>;
  /** Document properties. */
  creator?: string;
  description?: string;
}

const RED = 'FF0000';

/** The order of the children of w:pPr (CT_PPrBase, ECMA-376 §17.3.1.26): Word rejects them out of order. */
const PPR_ORDER = [
  'w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr',
  'w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
  'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid',
  'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection',
  'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange',
];
const PPR_RANK = new Map(PPR_ORDER.map((name, i) => [name, i]));

/**
 * The East Asian line layout every paragraph states (the `docx` package writes autoSpaceDN only, and in the wrong
 * place, and cannot write autoSpaceDE or overflowPunct off):
 * - `w:autoSpaceDE` / `w:autoSpaceDN` off: no automatic gap between Chinese and Latin letters / digits. Word and
 *   WPS add a quarter-em there by default; 公文 has none. (LibreOffice 7.4 ignores both on import and keeps its
 *   own gap: a limit of its DOCX reader, see writerfilter's DomainMapper.)
 * - `w:overflowPunct` stated: in Word it lets a mark at the end of a full line hang in the margin, as Word does by
 *   default. LibreOffice reads the element the other way round (hanging = overflowPunct off) and, without it,
 *   hangs such a mark and then does not paint it: a body line ending in ， or ； lost its mark. Stated on,
 *   LibreOffice moves the mark's word to the next line instead; every reader shows the mark.
 */
const EAST_ASIAN_LAYOUT: Record<string, IXmlableObject> = {
  'w:overflowPunct': { _attr: { 'w:val': '1' } },
  'w:autoSpaceDE': { _attr: { 'w:val': '0' } },
  'w:autoSpaceDN': { _attr: { 'w:val': '0' } },
};

/** A paragraph with the East Asian line layout above, its properties in schema order. */
class XinxiParagraph extends Paragraph {
  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    const children = xml?.['w:p'] as unknown[] | undefined;
    if (!Array.isArray(children)) return xml;
    let pPr = children.find((c): c is { 'w:pPr': IXmlableObject[] } => typeof c === 'object' && c !== null && 'w:pPr' in c);
    if (!pPr) {
      pPr = { 'w:pPr': [] };
      children.unshift(pPr);
    }
    const name = (e: IXmlableObject) => Object.keys(e)[0] ?? '';
    const props = pPr['w:pPr'].filter((e) => !(name(e) in EAST_ASIAN_LAYOUT));
    for (const [key, value] of Object.entries(EAST_ASIAN_LAYOUT)) props.push({ [key]: value });
    props.sort((a, b) => (PPR_RANK.get(name(a)) ?? PPR_ORDER.length) - (PPR_RANK.get(name(b)) ?? PPR_ORDER.length));
    pPr['w:pPr'] = props;
    return xml;
  }
}

function para(options: IParagraphOptions): Paragraph {
  return new XinxiParagraph(options);
}

/** A hyphen between two digits: in a telephone number (0551-6283417) or a date (2026-11-20). */
const DIGIT_HYPHEN = /(?<=\d)-(?=\d)/;

/**
 * A run of export text: characters XML cannot hold are dropped (text.ts `exportSafe`). A hyphen between digits is
 * written as Word's non-breaking hyphen (w:noBreakHyphen, shown and read back as “-”), so that a telephone number or a
 * date is never split across two lines; the text itself is unchanged.
 */
function run(text: string, extra: IRunOptions = {}): TextRun {
  const safe = exportSafe(text);
  const parts = safe.split(DIGIT_HYPHEN);
  if (parts.length === 1) return new TextRun({ ...extra, text: safe });
  const children: (string | NoBreakHyphen)[] = [];
  parts.forEach((part, i) => {
    if (i > 0) children.push(new NoBreakHyphen());
    if (part) children.push(part);
  });
  return new TextRun({ ...extra, children });
}

function font(chinese: string, latin: string) {
  const west = latin || chinese;
  return { ascii: west, hAnsi: west, eastAsia: chinese, cs: west, hint: 'eastAsia' as const };
}

function exact(line: number, extra: { before?: number; after?: number } = {}) {
  return { line, lineRule: LineRuleType.EXACT, before: extra.before ?? 0, after: extra.after ?? 0 };
}

/** Paragraph styles: users can retouch the whole document through them in Word or WPS. */
function styles(f: DocxFonts) {
  const body = { font: font(f.body, f.latin), size: 32, characterSpacing: BODY_CONDENSE };
  return {
    default: {
      document: {
        run: { ...body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: exact(LINE_PITCH) },
      },
    },
    paragraphStyles: [
      {
        id: 'XinxiTitle',
        name: '信息标题 Xinxi Title',
        basedOn: 'Normal',
        next: 'XinxiBody',
        quickFormat: true,
        run: { font: font(f.title, f.latin), size: 44 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: exact(pt(35)), keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      {
        id: 'XinxiBody',
        name: '信息正文 Xinxi Body',
        basedOn: 'Normal',
        quickFormat: true,
        run: body,
        // Widow and orphan control: a page never starts or ends with a single line of a paragraph.
        paragraph: { alignment: AlignmentType.BOTH, indent: { firstLine: 640, firstLineChars: 200 }, spacing: exact(LINE_PITCH), widowControl: true },
      },
      {
        id: 'XinxiHeading1',
        name: '信息一级标题 Xinxi Heading 1',
        basedOn: 'XinxiBody',
        next: 'XinxiBody',
        quickFormat: true,
        run: { font: font(f.heading1, f.latin), size: 32 },
        paragraph: { keepNext: true, outlineLevel: 1 },
      },
      {
        id: 'XinxiHeading2',
        name: '信息二级标题 Xinxi Heading 2',
        basedOn: 'XinxiBody',
        next: 'XinxiBody',
        quickFormat: true,
        run: { font: font(f.heading2, f.latin), size: 32 },
        paragraph: { keepNext: true, outlineLevel: 2 },
      },
      {
        id: 'XinxiSignoff',
        name: '信息签发行 Xinxi Sign-off',
        basedOn: 'XinxiBody',
        quickFormat: true,
        run: body,
        paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 }, keepLines: true },
      },
      {
        id: 'XinxiCredit',
        name: '供稿单位 Xinxi Credit',
        basedOn: 'XinxiBody',
        quickFormat: true,
        run: body,
        paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 }, keepLines: true },
      },
      {
        id: 'XinxiPageNumber',
        name: '信息页码 Xinxi Page Number',
        basedOn: 'Normal',
        run: { font: font(f.pageNumber, ''), size: 28 },
        paragraph: { spacing: exact(pt(18)) },
      },
      {
        id: 'XinxiMasthead',
        name: '刊名 Masthead',
        basedOn: 'Normal',
        run: { font: font(f.title, f.latin), size: 84, color: RED },
        paragraph: { alignment: AlignmentType.CENTER, spacing: exact(pt(64)) },
      },
      {
        id: 'XinxiMastheadLine',
        name: '刊头信息 Masthead Line',
        basedOn: 'Normal',
        run: { font: font(f.heading2, f.latin), size: 32 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: exact(LINE_PITCH) },
      },
      {
        id: 'XinxiDistribution',
        name: '版记 Distribution',
        basedOn: 'Normal',
        run: { font: font(f.body, f.latin), size: 28 },
        // Wrapped lines align after “报：”: one character in, hanging by two (14 pt characters).
        paragraph: { indent: { left: 840, hanging: 560 }, spacing: exact(pt(26)), keepNext: true },
      },
    ],
  };
}

/** “— 1 —”: odd pages right, even pages left, one character in from the edge (GB/T 9704 §7.5). */
function pageFooters() {
  const number = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], indent: { left?: number; right?: number }) =>
    new Footer({
      children: [
        para({
          style: 'XinxiPageNumber',
          alignment,
          indent,
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
        }),
      ],
    });
  return {
    default: number(AlignmentType.RIGHT, { right: 280 }),
    even: number(AlignmentType.LEFT, { left: 280 }),
  };
}

function section(children: readonly FileChild[]): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
      },
      grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
    },
    footers: pageFooters(),
    children,
  };
}

/** A run that does not snap to the character grid (titles in a larger size would be spread out). */
function looseRun(text: string, extra: IRunOptions = {}): TextRun {
  return run(text, { snapToGrid: false, ...extra });
}

function blank(extra: Partial<IParagraphOptions> = {}): Paragraph {
  return para({ style: 'XinxiBody', indent: { firstLine: 0, firstLineChars: 0 }, children: [], ...extra });
}

/** The title, broken between words into a trapezoid or diamond when it does not fit one line (title.ts). */
function titleParagraph(title: string): Paragraph {
  const lines = titleLines(exportSafe(title));
  return para({ style: 'XinxiTitle', children: lines.map((line, i) => looseRun(line, i ? { break: 1 } : {})) });
}

interface ItemLayout {
  /** The item's last line: its sign-off (签发/执笔/电话), or in a bulletin the contributing unit (供稿单位), or none. */
  closing: { text: string; style: 'XinxiSignoff' | 'XinxiCredit' } | null;
  /** Runs to add at the very end of the item: the bulletin's 版记, a floating box (where it goes: `tailPlacement`). */
  tail?: ParagraphChild[];
}

/**
 * Paragraphs of one item: title, body, sign-off (or 供稿单位).
 *
 * The title keeps with the body. The sign-off is the last line of the last body paragraph, after a line break
 * (the line ends flush, not spread: `doNotExpandShiftReturn`), so widow control carries at least one line of
 * text with it to a new page: a sign-off never opens a page alone. A separate paragraph kept with the text by
 * keep-with-next does not do this in LibreOffice, which moves the whole last paragraph (or, when that paragraph
 * is longer than a page, leaves the title alone on the first page).
 */
function itemParagraphs(item: ExportItem, layout: ItemLayout = { closing: item.signoff ? { text: item.signoff, style: 'XinxiSignoff' } : null }): Paragraph[] {
  const out: Paragraph[] = [];
  const { closing, tail } = layout;
  const last = item.blocks.length - 1;
  const joined = closing !== null && last >= 0 && item.blocks[last]!.role === 'paragraph';
  const lastIsText = last >= 0 && item.blocks[last]!.role === 'paragraph' && (joined || !closing);
  const hold = tail?.length && lastIsText ? tailPlacement(estimatedLines(item.blocks[last]!.text) + (joined ? 1 : 0)) : 'after';
  if (item.title) {
    out.push(titleParagraph(item.title));
    out.push(blank({ keepNext: true }));
  }
  item.blocks.forEach((block, i) => {
    const style = block.role === 'heading' ? ((block.depth ?? 2) <= 2 ? 'XinxiHeading1' : 'XinxiHeading2') : 'XinxiBody';
    const children: ParagraphChild[] = [run(block.text)];
    if (i === last && joined) children.push(run(closing.text, { break: 1 }));
    const inside = i === last && hold === 'inside' && tail?.length && lastIsText;
    if (inside) children.push(...tail);
    out.push(para({ style, ...(inside ? { keepLines: true } : {}), children }));
  });
  if (closing && !joined) out.push(para({ style: closing.style, ...(tail?.length ? { keepNext: true } : {}), children: [run(closing.text)] }));
  if (tail?.length && hold !== 'inside') out.push(anchorParagraph(tail));
  return out;
}

/** Lines a body paragraph takes: 28 characters a line, the first indented by two (an estimate: marks and Latin vary). */
function estimatedLines(text: string): number {
  return Math.ceil((2 + cells(text)) / LINE_CELLS);
}

/**
 * Where the 版记 box is anchored, by the length of the item's last paragraph (in lines, sign-off included). The box
 * must land at the foot of the page where the item ends, with some of the item's text on that page:
 * - `inside` (up to 11 lines, so that title, paragraph and box fit one page): in that paragraph, kept on one page;
 *   when the page has no room for both, paragraph and box move on together.
 * - `after` (longer): in a one-point paragraph after it, so the box sits below the item's last lines.
 * Why not always one way: LibreOffice loses a box anchored inside a paragraph that breaks across pages, and when a
 * paragraph of about a page is kept with the next one it leaves the title alone on a page. Checked with renders of
 * last items from 100 to 900 characters after items of 100 to 600: the 版记 was at the foot of the last page every
 * time, and alone there only when a last paragraph of more than 11 lines ended in the last five lines of a page.
 */
function tailPlacement(lines: number): 'inside' | 'after' {
  return lines <= 11 ? 'inside' : 'after';
}

/**
 * A paragraph one point high that holds floating content (the 版记 box) right after the item's last line: it
 * takes no room, so it stays on the page where the item ends.
 */
function anchorParagraph(children: ParagraphChild[]): Paragraph {
  return para({ style: 'XinxiBody', indent: { firstLine: 0, firstLineChars: 0 }, spacing: exact(pt(1)), children });
}

function document(children: readonly FileChild[], options: DocxOptions, title: string): Document {
  const fonts = { ...DEFAULT_FONTS, ...options.fonts };
  return new Document({
    creator: options.creator ?? '信息稿助手 Xinxi Draft',
    title,
    description: options.description ?? '',
    styles: styles(fonts),
    evenAndOddHeaderAndFooters: true,
    // A line that ends in a line break (the one before the sign-off) is not spread to the full width.
    compatibility: { doNotExpandShiftReturn: true },
    sections: [section(children)],
  });
}

/** One item as a .docx file. */
export async function itemToDocx(item: ExportItem, options: DocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(document(itemParagraphs(item), options, exportSafe(item.title ?? '')));
}

/** A bulletin issue as a .docx file. */
export async function bulletinToDocx(bulletin: Bulletin, options: DocxOptions = {}): Promise<Buffer> {
  const { info } = bulletin;
  const rule = (color: string, size: number) => ({ style: BorderStyle.SINGLE, color, size, space: 4 });
  const out: Paragraph[] = [];
  if (info.mark) {
    out.push(para({ style: 'XinxiMastheadLine', alignment: AlignmentType.LEFT, children: [run(info.mark, { font: font(DEFAULT_FONTS.heading1, '') })] }));
  }
  out.push(para({ style: 'XinxiMasthead', spacing: exact(pt(64), { before: pt(18) }), children: [looseRun(info.name)] }));
  out.push(para({ style: 'XinxiMastheadLine', spacing: exact(LINE_PITCH, { before: pt(6) }), children: [run(issueLine(info))] }));
  // 编发单位 left, date right, over the red rule (as wide as the type area).
  out.push(
    para({
      style: 'XinxiMastheadLine',
      alignment: AlignmentType.LEFT,
      spacing: exact(LINE_PITCH, { before: pt(12) }),
      tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA_WIDTH }],
      border: { bottom: rule(RED, 18) },
      children: [run(info.unit), new TextRun({ children: [new Tab()] }), run(info.date)],
    }),
  );
  const lines = distributionLines(info.distribution);
  const copies = info.distribution.copies ? copiesLine(info.distribution.copies) : undefined;
  const hasDistribution = lines.length > 0 || copies !== undefined;
  // The 版记 sits at the foot of the last page (GB/T 9704 §10): a floating box as wide as the type area, anchored at
  // the end of the last item and aligned to the bottom margin; text keeps clear of it (wrap top and bottom). When
  // the last page has no room, the item's end moves on with it (`tailPlacement` says how, and when it cannot).
  const tail = hasDistribution ? [distributionBox(lines, copies)] : undefined;
  bulletin.items.forEach((item, i) => {
    out.push(blank({ keepNext: true }));
    if (i > 0) out.push(blank({ keepNext: true }));
    const closing = itemClosing(item, info.credit);
    out.push(
      ...itemParagraphs(item, {
        closing: closing ? { text: closing, style: closing === item.signoff ? 'XinxiSignoff' : 'XinxiCredit' } : null,
        tail: i === bulletin.items.length - 1 ? tail : undefined,
      }),
    );
  });
  if (tail && bulletin.items.length === 0) out.push(anchorParagraph(tail));
  return Packer.toBuffer(document(out, options, exportSafe(`${info.name} ${issueLine(info)}`)));
}

/** Width of the type area (156 mm). */
const TYPE_AREA_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Twips to the pixels (1/96 inch) the shapes module measures in. */
const px = (twips: number) => Math.round((twips / 1440) * 96);

/**
 * The 版记 block: 报／送／发 lines and （共印N份）between two rules as wide as the type area (GB/T 9704 §10: the first
 * and last rules 0.35 mm), in a borderless floating box at the bottom of the type area.
 */
function distributionBox(lines: readonly string[], copies: string | undefined): ShapeRun {
  const edge = { style: BorderStyle.SINGLE, color: '000000', size: 8, space: 0 };
  const texts = [...lines.map((text) => ({ text, copies: false })), ...(copies ? [{ text: copies, copies: true }] : [])];
  // The two rules are paragraphs of their own, one point high and without indents: a paragraph's border runs between
  // its indents, so a rule drawn on the 报 line (hanging indent) started one character in and one on the 共印 line
  // (right indent) stopped one character short; both now span the type area, from edge to edge.
  const rule = (side: 'top' | 'bottom', keepNext: boolean) =>
    para({
      style: 'XinxiDistribution',
      keepNext,
      indent: { left: 0, hanging: 0, right: 0 },
      spacing: exact(20),
      border: { [side]: edge },
      children: [],
    });
  const children = [
    rule('bottom', true),
    ...texts.map((t) =>
      para({
        style: 'XinxiDistribution',
        keepNext: true,
        keepLines: true,
        ...(t.copies ? { alignment: AlignmentType.RIGHT, indent: { left: 0, hanging: 0, right: 280 } } : {}),
        children: [run(t.text)],
      }),
    ),
    rule('top', false),
  ];
  return new ShapeRun({
    type: 'rectangle',
    // As tall as its lines: a fixed height made LibreOffice drop the box when the paragraph holding it was split.
    transformation: { width: px(TYPE_AREA_WIDTH), height: 'fitText' },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, align: HorizontalPositionAlign.CENTER },
      verticalPosition: { relative: VerticalPositionRelativeFrom.MARGIN, align: VerticalPositionAlign.BOTTOM },
      wrap: { type: TextWrappingType.TOP_AND_BOTTOM },
    },
    fill: 'none',
    line: 'none',
    textOptions: { margins: { top: 0, bottom: 0, left: 0, right: 0 }, verticalAlignment: 'bottom', wrap: true },
    altText: { name: '版记', description: '报、送、发和印数 Distribution' },
    children,
  });
}

/** The GB/T 9704 building blocks other Word documents share (the adoption 通报, src/adoption/docx.ts). */
export { font, exact, looseRun, blank, styles, section };
