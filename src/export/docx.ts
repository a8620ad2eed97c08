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
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import { DEFAULT_FONTS, type DocxFonts } from './fonts.js';
import { copiesLine, distributionLines, issueLine, type Bulletin } from './bulletin.js';
import type { ExportItem } from './text.js';

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
        paragraph: { alignment: AlignmentType.BOTH, indent: { firstLine: 640, firstLineChars: 200 }, spacing: exact(LINE_PITCH) },
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
        paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 } },
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
        new Paragraph({
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
  return new TextRun({ text, snapToGrid: false, ...extra });
}

function blank(): Paragraph {
  return new Paragraph({ style: 'XinxiBody', indent: { firstLine: 0, firstLineChars: 0 }, children: [] });
}

/** Body paragraphs: no automatic gap between Chinese and digits (公文 sets 2026年11月 tight). */
function bodyParagraph(style: string, text: string): Paragraph {
  return new Paragraph({ style, autoSpaceEastAsianText: false, children: [new TextRun(text)] });
}

/** Paragraphs of one item: title, body, sign-off. */
function itemParagraphs(item: ExportItem): Paragraph[] {
  const out: Paragraph[] = [];
  if (item.title) {
    out.push(new Paragraph({ style: 'XinxiTitle', autoSpaceEastAsianText: false, children: [looseRun(item.title)] }));
    out.push(blank());
  }
  for (const block of item.blocks) {
    const style = block.role === 'heading' ? ((block.depth ?? 2) <= 2 ? 'XinxiHeading1' : 'XinxiHeading2') : 'XinxiBody';
    out.push(bodyParagraph(style, block.text));
  }
  if (item.signoff) {
    out.push(bodyParagraph('XinxiSignoff', item.signoff));
  }
  return out;
}

function document(children: readonly FileChild[], options: DocxOptions, title: string): Document {
  const fonts = { ...DEFAULT_FONTS, ...options.fonts };
  return new Document({
    creator: options.creator ?? '信息稿助手 Xinxi Draft',
    title,
    description: options.description ?? '',
    styles: styles(fonts),
    evenAndOddHeaderAndFooters: true,
    sections: [section(children)],
  });
}

/** One item as a .docx file. */
export async function itemToDocx(item: ExportItem, options: DocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(document(itemParagraphs(item), options, item.title ?? ''));
}

/** A bulletin issue as a .docx file. */
export async function bulletinToDocx(bulletin: Bulletin, options: DocxOptions = {}): Promise<Buffer> {
  const { info } = bulletin;
  const rule = (color: string, size: number) => ({ style: BorderStyle.SINGLE, color, size, space: 4 });
  const out: Paragraph[] = [];
  if (info.mark) {
    out.push(new Paragraph({ style: 'XinxiMastheadLine', alignment: AlignmentType.LEFT, children: [new TextRun({ text: info.mark, font: font(DEFAULT_FONTS.heading1, '') })] }));
  }
  out.push(new Paragraph({ style: 'XinxiMasthead', spacing: exact(pt(64), { before: pt(18) }), children: [looseRun(info.name)] }));
  out.push(new Paragraph({ style: 'XinxiMastheadLine', spacing: exact(LINE_PITCH, { before: pt(6) }), children: [new TextRun(issueLine(info))] }));
  // 编发单位 left, date right, over the red rule (as wide as the type area).
  out.push(
    new Paragraph({
      style: 'XinxiMastheadLine',
      alignment: AlignmentType.LEFT,
      spacing: exact(LINE_PITCH, { before: pt(12) }),
      tabStops: [{ type: TabStopType.RIGHT, position: PAGE.width - PAGE.left - PAGE.right }],
      border: { bottom: rule(RED, 18) },
      children: [new TextRun(info.unit), new TextRun({ children: [new Tab()] }), new TextRun(info.date)],
    }),
  );
  bulletin.items.forEach((item, i) => {
    out.push(blank());
    if (i > 0) out.push(blank());
    out.push(...itemParagraphs(item));
  });
  const lines = distributionLines(info.distribution);
  const copies = info.distribution.copies ? copiesLine(info.distribution.copies) : undefined;
  if (lines.length || copies) {
    out.push(blank());
    out.push(blank());
    // Rules as wide as the type area (GB/T 9704 §10: first and last 0.35 mm), the lines one character in.
    const ruleLine = () =>
      new Paragraph({ style: 'XinxiDistribution', indent: { left: 0, hanging: 0 }, spacing: exact(pt(4)), border: { bottom: rule('000000', 8) }, children: [] });
    out.push(ruleLine());
    for (const text of lines) {
      out.push(new Paragraph({ style: 'XinxiDistribution', keepNext: true, keepLines: true, children: [new TextRun(text)] }));
    }
    if (copies) {
      out.push(new Paragraph({ style: 'XinxiDistribution', keepNext: true, alignment: AlignmentType.RIGHT, indent: { left: 0, hanging: 0, right: 280 }, children: [new TextRun(copies)] }));
    }
    out.push(ruleLine());
  }
  return Packer.toBuffer(document(out, options, `${info.name} ${issueLine(info)}`));
}

/** The GB/T 9704 building blocks other Word documents share (the adoption 通报, src/adoption/docx.ts). */
export { font, exact, looseRun, blank, styles, section };
