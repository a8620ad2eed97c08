/**
 * The 通报 as Word (.docx) in the layout of the export (GB/T 9704: A4, the same margins, fonts, styles, page numbers
 * — imported from src/export/docx.ts, not copied): the title in 2号 小标宋, the addressee, the body in 3号 仿宋 with
 * 一、 headings in 黑体, the ranking and the adopted items as tables in 小四 (五号 when the columns need it), the
 * issuing unit and date at the end. Loaded lazily (`loadTallyDocx()`): only a Word 通报 pays for the `docx` package.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type FileChild } from 'docx';
import { blank, exact, font, looseRun, PAGE, pt, section, styles } from '../export/docx.js';
import { DEFAULT_FONTS, type DocxFonts } from '../export/fonts.js';
import { displayWidth } from './text.js';
import { adoptionText, problemBrief, problemPlace, problemSubject, rankingColumns, tallyDocument, type RankingColumn } from './narrative.js';
import type { TallyReport } from './tally.js';

export interface TallyDocxOptions {
  fonts?: Partial<DocxFonts>;
}

/** Width of the type area (156 mm) in twips. */
const AREA = PAGE.width - PAGE.left - PAGE.right;
/** Cell padding left + right. */
const PAD = 2 * 60;

function bodyPara(text: string, style = 'XinxiBody'): Paragraph {
  return new Paragraph({ style, autoSpaceEastAsianText: false, children: [new TextRun(text)] });
}

interface TableFont {
  /** Half-points. */
  size: number;
  /** Twips per full-width character. */
  em: number;
}

const SMALL_FOUR: TableFont = { size: 24, em: 240 };
const FIVE: TableFont = { size: 21, em: 210 };

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, f: TableFont, fonts: DocxFonts, options: { width: number; header?: boolean; align?: 'center' | 'left' | 'right' }): TableCell {
  const run = (line: string) => new TextRun({ text: line, size: f.size, font: font(options.header ? fonts.heading1 : fonts.body, fonts.latin), characterSpacing: 0, snapToGrid: false });
  const alignment = options.align === 'left' ? AlignmentType.LEFT : options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER;
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 30, bottom: 30, left: PAD / 2, right: PAD / 2 },
    borders,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment,
          indent: { firstLine: 0, firstLineChars: 0 },
          spacing: exact(Math.round(f.size * 10 * 1.35)),
          autoSpaceEastAsianText: false,
          children: [run(line)],
        }),
    ),
  });
}

/** Widths in full-width characters: a header may wrap onto up to three lines, the content does not wrap. */
function wantedWidths(cols: RankingColumn[], report: TallyReport): number[] {
  return cols.map((c) => {
    const lines = [...report.rows.flatMap((r) => c.cell(r).split('\n')), c.total ?? ''];
    const content = Math.max(0, ...lines.map((l) => displayWidth(l)));
    const header = displayWidth(c.short ?? c.zh) / 2;
    return Math.max(Math.ceil(content / 2 + 0.25), Math.ceil(header / (header > 4 ? 3 : header > 2 ? 2 : 1)), 2);
  });
}

function rankingTable(report: TallyReport, fonts: DocxFonts): Table {
  const cols = rankingColumns(report, { compact: true });
  const unitIndex = cols.findIndex((c) => c.zh === '单位');
  const wanted = wantedWidths(cols, report);
  const fixed = (tf: TableFont) => wanted.reduce((n, w, i) => (i === unitIndex ? n : n + w * tf.em + PAD), 0);
  // The unit column takes what is left: at least six characters a line, else the table goes down to 五号.
  const f = AREA - fixed(SMALL_FOUR) >= 6 * SMALL_FOUR.em + PAD ? SMALL_FOUR : FIVE;
  const widths = wanted.map((w) => w * f.em + PAD);
  widths[unitIndex] = Math.max(4 * f.em + PAD, AREA - fixed(f));
  const total = widths.reduce((a, b) => a + b, 0);
  const scale = total > AREA ? AREA / total : 1;
  const w = widths.map((x) => Math.floor(x * scale));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cols.map((c, i) => cell(c.short ?? c.zh.replace(/（.*?）$/u, ''), f, fonts, { width: w[i]!, header: true })),
  });
  const rows = report.rows.map(
    (r) => new TableRow({ cantSplit: true, children: cols.map((c, i) => cell(c.cell(r), f, fonts, { width: w[i]!, align: i === unitIndex ? 'left' : 'center' })) }),
  );
  const totals = new TableRow({ cantSplit: true, children: cols.map((c, i) => cell(c.total ?? '', f, fonts, { width: w[i]!, header: i === unitIndex })) });
  return new Table({ width: { size: w.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: w, alignment: AlignmentType.CENTER, rows: [header, ...rows, totals] });
}

function adoptedTable(report: TallyReport, fonts: DocxFonts): Table {
  const f = SMALL_FOUR;
  const w = [Math.round(AREA * 0.08), Math.round(AREA * 0.22), Math.round(AREA * 0.4)];
  w.push(AREA - w[0]! - w[1]! - w[2]!);
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: ['序号', '单位', '标题', '采用与批示'].map((h, i) => cell(h, f, fonts, { width: w[i]!, header: true })) });
  const rows = report.adopted.map(
    (e, n) =>
      new TableRow({
        cantSplit: true,
        children: [String(n + 1), e.unit, e.title, adoptionText(e, report)].map((text, i) => cell(text, f, fonts, { width: w[i]!, align: i === 0 ? 'center' : 'left' })),
      }),
  );
  return new Table({ width: { size: AREA, type: WidthType.DXA }, columnWidths: w, alignment: AlignmentType.CENTER, rows: [header, ...rows] });
}

/**
 * GB/T 9704 §7.3.5.2 (no seal): the issuing unit two characters in from the right, the date on the next line with its
 * first character two characters to the right of the unit's first.
 */
function signature(issuer: string | undefined, date: string): Paragraph[] {
  const em = pt(16);
  const out = [blank(), blank()];
  let dateRight = 4 * em;
  if (issuer) {
    out.push(new Paragraph({ style: 'XinxiSignoff', alignment: AlignmentType.RIGHT, indent: { right: 2 * em, firstLine: 0 }, keepNext: true, children: [new TextRun(issuer)] }));
    dateRight = Math.max(0, Math.round(((displayWidth(issuer) - displayWidth(date)) / 2) * em));
  }
  out.push(new Paragraph({ style: 'XinxiSignoff', alignment: AlignmentType.RIGHT, indent: { right: dateRight, firstLine: 0 }, children: [new TextRun(date)] }));
  return out;
}

export async function tallyToDocx(report: TallyReport, options: TallyDocxOptions = {}): Promise<Buffer> {
  const fonts = { ...DEFAULT_FONTS, ...options.fonts };
  const out: FileChild[] = [new Paragraph({ style: 'XinxiTitle', autoSpaceEastAsianText: false, children: [looseRun(report.title)] }), blank()];
  for (const block of tallyDocument(report)) {
    switch (block.type) {
      case 'to':
        out.push(bodyPara(block.text, 'XinxiSignoff'));
        break;
      case 'p':
        out.push(bodyPara(block.text));
        break;
      case 'heading':
        out.push(bodyPara(block.text, 'XinxiHeading1'));
        break;
      case 'note':
        out.push(new Paragraph({ style: 'XinxiBody', spacing: exact(pt(20), { before: pt(4) }), children: [new TextRun({ text: block.text, size: 24 })] }));
        break;
      case 'ranking':
        out.push(rankingTable(report, fonts));
        break;
      case 'adopted':
        out.push(adoptedTable(report, fonts));
        break;
      case 'problems':
        for (const p of report.problems.filter((x) => x.severity === 'error')) out.push(bodyPara(`${problemSubject(p) || problemPlace(p)}：${problemBrief(p)}。`));
        break;
      case 'signature':
        out.push(...signature(block.issuer, block.date));
        break;
    }
  }
  // The export's page, styles and page numbers; no line grid: LibreOffice snaps every line to the grid (28.95 pt), table
  // rows included, whatever their exact spacing, and the body's exact spacing keeps the 22 lines of the page anyway.
  const page = section(out);
  const document = new Document({
    creator: '信息稿助手 Xinxi Draft',
    title: report.title,
    description: report.period.label,
    styles: styles(fonts),
    evenAndOddHeaderAndFooters: true,
    sections: [{ ...page, properties: { ...page.properties, grid: undefined } }],
  });
  return Packer.toBuffer(document);
}
