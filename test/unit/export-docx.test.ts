/**
 * The Word export read back: unzip the .docx and check the GB/T 9704 layout in word/document.xml,
 * word/styles.xml and the footers (page size and margins in twips, fonts with w:eastAsia, sizes in
 * half-points, indent, exact line spacing, page numbers) and the text itself.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocx, prepareItem, type Bulletin } from '../../src/export/index.js';
import { bulletinInfo, exampleItem } from './export-fixtures.js';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

interface Unzipped {
  document: string;
  styles: string;
  settings: string;
  footers: string[];
}

async function unzip(buffer: Buffer): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(buffer);
  const read = (name: string) => zip.file(name)!.async('string');
  const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).sort().map(read));
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), settings: await read('word/settings.xml'), footers };
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Paragraphs of a part: style id and text. */
function paragraphs(xml: string): { style?: string; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1],
    text: unescape([...m[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
    xml: m[1]!,
  }));
}

/** The <w:style> element of a style id. */
function style(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles);
  if (!m) throw new Error(`no style ${id}`);
  return m[1]!;
}

const attr = (xml: string, element: string, name: string) => new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

const itemOf = exampleItem;

describe('Word export of one item (GB/T 9704)', () => {
  let x: Unzipped;
  const item = itemOf('01-dongtai-good.md');
  beforeAll(async () => {
    const { itemToDocx } = await loadDocx();
    x = await unzip(await itemToDocx(item));
  });

  it('A4 with margins 37/35/28/26 mm', () => {
    expect(attr(x.document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(x.document, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(x.document, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attr(x.document, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attr(x.document, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attr(x.document, 'w:pgMar', 'w:right')).toBe('1474');
    // 22 lines in the 225 mm type area.
    expect(Number(attr(x.document, 'w:docGrid', 'w:linePitch'))).toBeCloseTo((225 / 25.4) * 1440 / 22, -1);
  });

  it('title: 22 pt 方正小标宋简体, centred, declared for East Asian text', () => {
    const s = style(x.styles, 'XinxiTitle');
    expect(attr(s, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(s, 'w:rFonts', 'w:hint')).toBe('eastAsia');
    expect(attr(s, 'w:sz', 'w:val')).toBe('44');
    expect(attr(s, 'w:jc', 'w:val')).toBe('center');
  });

  it('body: 16 pt 仿宋_GB2312, two-character first-line indent, exact line spacing of about 29 pt', () => {
    const s = style(x.styles, 'XinxiBody');
    expect(attr(s, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(s, 'w:rFonts', 'w:hint')).toBe('eastAsia');
    expect(attr(s, 'w:sz', 'w:val')).toBe('32');
    expect(attr(s, 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(attr(s, 'w:ind', 'w:firstLine')).toBe('640');
    expect(attr(s, 'w:spacing', 'w:lineRule')).toBe('exact');
    const line = Number(attr(s, 'w:spacing', 'w:line'));
    expect(line).toBeGreaterThanOrEqual(560);
    expect(line).toBeLessThanOrEqual(580);
    expect(attr(s, 'w:jc', 'w:val')).toBe('both');
    // Document defaults are Chinese too, so text outside the styles does not fall back to a Western font.
    expect(attr(x.styles, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(x.styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it('page numbers “— 1 —” in 14 pt 宋体, odd right and even left', () => {
    const s = style(x.styles, 'XinxiPageNumber');
    expect(attr(s, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
    expect(attr(s, 'w:rFonts', 'w:ascii')).toBe('宋体');
    expect(attr(s, 'w:sz', 'w:val')).toBe('28');
    expect(x.settings).toContain('<w:evenAndOddHeaders/>');
    expect(x.footers).toHaveLength(2);
    for (const f of x.footers) {
      expect(f).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(paragraphs(f)[0]!.text).toBe('—  —');
    }
    expect(x.document).toMatch(/<w:footerReference w:type="default"/);
    expect(x.document).toMatch(/<w:footerReference w:type="even"/);
    const alignments = x.footers.map((f) => attr(f, 'w:jc', 'w:val')).sort();
    expect(alignments).toEqual(['left', 'right']);
  });

  it('holds the title, every body paragraph and the sign-off, in order, with their styles', () => {
    const ps = paragraphs(x.document).filter((p) => p.text);
    expect(ps.map((p) => p.style)).toEqual(['XinxiTitle', 'XinxiBody', 'XinxiSignoff']);
    expect(ps[0]!.text).toBe('清河县秋粮收购完成计划任务93%');
    expect(ps[1]!.text).toBe(item.blocks[0]!.text);
    expect(ps[1]!.text).toMatch(/^截至2026年11月18日/);
    expect(ps[2]!.text).toBe('（签发：刘建国　执笔：陈晓燕　电话：0551-6283417）');
  });

  it('exports every example with all of its text', async () => {
    const { itemToDocx } = await loadDocx();
    for (const f of readdirSync(EXAMPLES).filter((n) => /^\d\d-/.test(n))) {
      const it = itemOf(f);
      const doc = await unzip(await itemToDocx(it));
      const text = paragraphs(doc.document).map((p) => p.text).filter(Boolean);
      expect(text, f).toEqual([...(it.title ? [it.title] : []), ...it.blocks.map((b) => b.text), ...(it.signoff ? [it.signoff] : [])]);
    }
  });

  it('uses the fonts a team configures', async () => {
    const { itemToDocx } = await loadDocx();
    const doc = await unzip(await itemToDocx(item, { fonts: { body: '仿宋', latin: '' } }));
    const s = style(doc.styles, 'XinxiBody');
    expect(attr(s, 'w:rFonts', 'w:eastAsia')).toBe('仿宋');
    expect(attr(s, 'w:rFonts', 'w:ascii')).toBe('仿宋');
  });

  it('level headings in the body use 黑体 and 楷体', async () => {
    const { itemToDocx } = await loadDocx();
    const it = prepareItem('# 标题\n\n## 一、主要做法\n\n正文。\n\n### （一）精简材料\n\n正文。\n').item;
    const doc = await unzip(await itemToDocx(it));
    expect(paragraphs(doc.document).filter((p) => p.text).map((p) => p.style)).toEqual(['XinxiTitle', 'XinxiHeading1', 'XinxiBody', 'XinxiHeading2', 'XinxiBody']);
    expect(attr(style(doc.styles, 'XinxiHeading1'), 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(attr(style(doc.styles, 'XinxiHeading2'), 'w:rFonts', 'w:eastAsia')).toBe('楷体_GB2312');
  });
});

describe('Word export of a bulletin issue', () => {
  let x: Unzipped;
  const bulletin: Bulletin = {
    info: bulletinInfo(),
    items: [itemOf('03-wenti-good.md'), itemOf('01-dongtai-good.md')],
  };
  beforeAll(async () => {
    const { bulletinToDocx } = await loadDocx();
    x = await unzip(await bulletinToDocx(bulletin));
  });

  it('masthead: mark top-left, red centred name, issue line, unit and date over a red rule', () => {
    const ps = paragraphs(x.document).filter((p) => p.text);
    expect(ps[0]!.text).toBe('内部资料　注意保存');
    expect(ps[1]).toMatchObject({ style: 'XinxiMasthead', text: '清河信息' });
    expect(attr(style(x.styles, 'XinxiMasthead'), 'w:color', 'w:val')).toBe('FF0000');
    expect(attr(style(x.styles, 'XinxiMasthead'), 'w:jc', 'w:val')).toBe('center');
    expect(Number(attr(style(x.styles, 'XinxiMasthead'), 'w:sz', 'w:val'))).toBeGreaterThanOrEqual(72);
    expect(ps[2]!.text).toBe('第12期（总第156期）');
    expect(ps[3]!.text).toBe('中共清河县委办公室2026年11月20日');
    expect(ps[3]!.xml).toContain('<w:tab/>');
    expect(ps[3]!.xml).toMatch(/<w:tab w:val="right" w:pos="8845"\/>/);
    expect(ps[3]!.xml).toMatch(/<w:bottom [^>]*w:color="FF0000"/);
  });

  it('the items in the given order, then the distribution block between two rules', () => {
    const texts = paragraphs(x.document).map((p) => p.text);
    const first = texts.indexOf('江平县山区村冬季饮水保障存在隐患');
    const second = texts.indexOf('清河县秋粮收购完成计划任务93%');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    const all = paragraphs(x.document);
    const report = all.findIndex((p) => p.text === '报：市委办公室');
    expect(report).toBeGreaterThan(second);
    expect(all.slice(report, report + 4).map((p) => p.text)).toEqual(['报：市委办公室', '送：县委、县政府领导', '发：各乡镇党委，县直各单位', '（共印60份）']);
    expect(all[report - 1]!.xml).toMatch(/<w:bottom [^>]*w:color="000000"/);
    expect(all[report + 4]!.xml).toMatch(/<w:bottom [^>]*w:color="000000"/);
    expect(attr(all[report + 3]!.xml, 'w:jc', 'w:val')).toBe('right');
  });
});
