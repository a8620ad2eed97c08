/**
 * The Word export read back: unzip the .docx and check the GB/T 9704 layout in word/document.xml,
 * word/styles.xml and the footers (page size and margins in twips, fonts with w:eastAsia, sizes in
 * half-points, indent, exact line spacing, page numbers) and the text itself.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/core/config.js';
import { bulletinCreditOf, itemClosing, loadDocx, prepareItem, renderBulletinText, titleLines, type Bulletin } from '../../src/export/index.js';
import { bulletinInfo, exampleItem } from './export-fixtures.js';
import { readWordDraft } from '../../src/word/index.js';

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

/** The part without floating content (text boxes hold paragraphs of their own: see `boxes`). */
const withoutBoxes = (xml: string) => xml.replace(/<w:drawing>[\s\S]*?<\/w:drawing>/g, '');

/** The paragraphs inside the text boxes of a part. */
const boxes = (xml: string) => [...xml.matchAll(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g)].map((m) => m[1]!);

/** Paragraphs of a part (outside text boxes): style id and text. */
function paragraphs(xml: string): { style?: string; text: string; xml: string }[] {
  return [...withoutBoxes(xml).matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1],
    // Word's non-breaking hyphen is a hyphen of the text (Word shows it as “-”; the Word reader reads it so).
    text: unescape([...m[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)].map((t) => t[1] ?? '-').join('')),
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

  it('holds the title, every body paragraph and the sign-off (the last line of the last paragraph), in order', () => {
    const ps = paragraphs(x.document).filter((p) => p.text);
    expect(ps.map((p) => p.style)).toEqual(['XinxiTitle', 'XinxiBody']);
    expect(ps[0]!.text).toBe('清河县秋粮收购完成计划任务93%');
    expect(ps[1]!.text).toBe(item.blocks[0]!.text + item.signoff);
    expect(ps[1]!.text).toMatch(/^截至2026年11月18日/);
    // The telephone number's hyphen is a non-breaking one: the number never splits across two lines (audit 15-20 §11).
    expect(ps[1]!.xml).toContain('<w:br/><w:t xml:space="preserve">（签发：刘建国　执笔：陈晓燕　电话：0551</w:t><w:noBreakHyphen/><w:t xml:space="preserve">6283417）</w:t>');
    expect(ps[1]!.xml).not.toMatch(/\d-\d/);
  });

  it('hyphens between digits are non-breaking; other hyphens and the text read back unchanged (audit 15-20 §11)', async () => {
    const { itemToDocx } = await loadDocx();
    const text = '联系电话0558-5317042，2026-11-20起实行，COVID-19、A-B 不变。';
    const doc = (await unzip(await itemToDocx({ ...item, blocks: [{ text, role: 'paragraph' }] }))).document;
    const body = paragraphs(doc).find((p) => p.style === 'XinxiBody' && p.text)!;
    expect(body.text.slice(0, text.length)).toBe(text);
    expect(body.xml.match(/<w:noBreakHyphen\/>/g)).toHaveLength(4);
    expect(body.xml).toContain('COVID-19、A-B 不变。');
    // The Word reader reads the exported file back with every hyphen in place.
    expect(readWordDraft(await itemToDocx({ ...item, blocks: [{ text, role: 'paragraph' }] })).text).toContain(text);
  });

  it('exports every example with all of its text', async () => {
    const { itemToDocx } = await loadDocx();
    for (const f of readdirSync(EXAMPLES).filter((n) => /^\d\d-/.test(n))) {
      const it = itemOf(f);
      const doc = await unzip(await itemToDocx(it));
      const text = paragraphs(doc.document).map((p) => p.text).filter(Boolean);
      const blocks = it.blocks.map((b) => b.text);
      // The sign-off closes the last paragraph (after a line break), or stands alone after a heading or no body.
      if (it.signoff && it.blocks.at(-1)?.role === 'paragraph') blocks[blocks.length - 1] += it.signoff;
      else if (it.signoff) blocks.push(it.signoff);
      expect(text, f).toEqual([...(it.title ? [it.title] : []), ...blocks]);
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
    // The 版记 is one floating box, anchored after the last item's text (see 'at the foot of the last page').
    const [box, more] = boxes(x.document);
    expect(more).toBeUndefined();
    expect(x.document.indexOf('<w:txbxContent>')).toBeGreaterThan(x.document.indexOf('剩余1.4万吨收购任务'));
    const all = paragraphs(box!);
    const lines = all.filter((p) => p.text);
    expect(lines.map((p) => p.text)).toEqual(['报：市委办公室', '送：县委、县政府领导', '发：各乡镇党委，县直各单位', '（共印60份）']);
    expect(attr(lines[3]!.xml, 'w:jc', 'w:val')).toBe('right');
    // The two rules are empty paragraphs of their own without indents, first and last: both span the type area
    // (a border on the 报 line began one character in, one on the 共印 line stopped one character short; audit 15-20 §4).
    const [top, bottom] = [all[0]!, all.at(-1)!];
    expect([top.text, bottom.text]).toEqual(['', '']);
    expect(top.xml).toMatch(/<w:pBdr><w:bottom [^>]*w:color="000000"/);
    expect(bottom.xml).toMatch(/<w:pBdr><w:top [^>]*w:color="000000"/);
    for (const rule of [top, bottom]) {
      expect([attr(rule.xml, 'w:ind', 'w:left'), attr(rule.xml, 'w:ind', 'w:right'), attr(rule.xml, 'w:ind', 'w:hanging')]).toEqual(['0', '0', '0']);
    }
    for (const line of lines) expect(line.xml).not.toContain('<w:pBdr>');
  });
});

/** The children of each w:pPr of a part, by element name, in order. */
const pPrs = (xml: string) => [...xml.matchAll(/<w:pPr>([\s\S]*?)<\/w:pPr>/g)].map((m) => [...m[1]!.matchAll(/<(w:[A-Za-z]+)[\s/>]/g)].map((e) => e[1]!).filter((n, i, all) => all.indexOf(n) === i));

/** CT_PPrBase order (ECMA-376 §17.3.1.26), the elements the export writes. */
const PPR_ORDER = ['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:widowControl', 'w:pBdr', 'w:top', 'w:bottom', 'w:tabs', 'w:tab', 'w:overflowPunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:spacing', 'w:ind', 'w:jc', 'w:outlineLvl', 'w:rPr'];

describe('East Asian layout, titles, sign-off and bulletin credits (issue 15 §7)', () => {
  let single: Unzipped;
  let issue: Unzipped;
  beforeAll(async () => {
    const { itemToDocx, bulletinToDocx } = await loadDocx();
    single = await unzip(await itemToDocx(itemOf('01-dongtai-good.md')));
    issue = await unzip(await bulletinToDocx({ info: bulletinInfo(), items: [itemOf('03-wenti-good.md'), itemOf('01-dongtai-good.md')] }));
  });

  it('every paragraph turns off the automatic gap between Chinese and Latin letters and digits, and keeps line-end marks', () => {
    for (const part of [single.document, issue.document, ...single.footers]) {
      const props = [...part.matchAll(/<w:pPr>([\s\S]*?)<\/w:pPr>/g)].map((m) => m[1]!);
      expect(props.length).toBeGreaterThan(0);
      for (const p of props) {
        expect(p).toContain('<w:autoSpaceDE w:val="0"/>');
        expect(p).toContain('<w:autoSpaceDN w:val="0"/>');
        expect(p).toContain('<w:overflowPunct w:val="1"/>');
      }
      // Paragraphs without properties would fall back to the application's default (gap on).
      expect(part.match(/<w:p\b[^>]*>(?!<w:pPr>)/g) ?? []).toEqual([]);
    }
  });

  it('writes paragraph properties in schema order (Word rejects them out of order)', () => {
    for (const names of [...pPrs(single.document), ...pPrs(issue.document)]) {
      const known = names.filter((n) => PPR_ORDER.includes(n) && n !== 'w:top' && n !== 'w:bottom' && n !== 'w:tab');
      const sorted = [...known].sort((a, b) => PPR_ORDER.indexOf(a) - PPR_ORDER.indexOf(b));
      expect(known).toEqual(sorted);
    }
  });

  it('a long title breaks between words into a trapezoid; a short one stays on one line', async () => {
    const { itemToDocx } = await loadDocx();
    const title = '关于进一步加强农村集中供水工程冬季防冻保温工作的建议';
    const doc = await unzip(await itemToDocx({ ...itemOf('03-wenti-good.md'), title }));
    const p = paragraphs(doc.document).find((x) => x.style === 'XinxiTitle')!;
    const lines = [...p.xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(lines).toEqual(titleLines(title));
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe(title);
    expect(p.xml.match(/<w:br\/>/g)).toHaveLength(1);
    const short = paragraphs(single.document).find((x) => x.style === 'XinxiTitle')!;
    expect(short.xml).not.toContain('<w:br/>');
  });

  it('the sign-off is the last line of the last paragraph, which is not spread to the full width', () => {
    const body = paragraphs(single.document).filter((p) => p.style === 'XinxiBody' && p.text);
    expect(body).toHaveLength(1);
    expect(body[0]!.xml).toMatch(/完成。<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">（签发：/);
    expect(single.settings).toContain('<w:doNotExpandShiftReturn/>');
    // The title and the blank line after it keep with the body: a title never ends a page alone.
    const title = paragraphs(single.document).findIndex((p) => p.style === 'XinxiTitle');
    expect(style(single.styles, 'XinxiTitle')).toContain('<w:keepNext/>');
    expect(paragraphs(single.document)[title + 1]!).toMatchObject({ text: '', xml: expect.stringContaining('<w:keepNext/>') });
    expect(style(single.styles, 'XinxiBody')).toContain('<w:widowControl/>');
  });

  it('bulletin items end with the contributing unit, not with 签发/执笔/电话 (configurable)', async () => {
    const texts = paragraphs(issue.document).map((p) => p.text).join('\n');
    expect(texts).toContain('（江平县水利局供稿）');
    expect(texts).toContain('（清河县农业农村局供稿）');
    expect(texts).not.toMatch(/签发|执笔|电话/);
    const { bulletinToDocx } = await loadDocx();
    const items = [itemOf('03-wenti-good.md'), itemOf('01-dongtai-good.md')];
    const signoff = await unzip(await bulletinToDocx({ info: { ...bulletinInfo(), credit: bulletinCreditOf({ bulletin: { 署名: '签发行' } }) }, items }));
    expect(paragraphs(signoff.document).map((p) => p.text).join('\n')).toContain('（签发：吴德明　执笔：郑凯　电话：0558-5317042）');
    const none = await unzip(await bulletinToDocx({ info: { ...bulletinInfo(), credit: bulletinCreditOf({ bulletin: { credit: 'none' } }) }, items }));
    expect(paragraphs(none.document).map((p) => p.text).join('\n')).not.toMatch(/供稿|签发/);
    // The plain-text issue follows the same setting.
    const text = renderBulletinText({ info: bulletinInfo(), items });
    expect(text).toContain('（江平县水利局供稿）');
    expect(text).not.toContain('签发：');
    // A draft without 单位 takes the configured unit (prepareItem), else gets no credit line.
    const prepared = prepareItem('---\n类型: 动态\n---\n\n# 标题\n\n正文。\n', { config: { ...emptyConfig(), unit: '清河县统计局' } }).item;
    expect(itemClosing(prepared)).toBe('（清河县统计局供稿）');
    expect(itemClosing(prepareItem('# 标题\n\n正文。\n').item)).toBeNull();
    expect(bulletinCreditOf({ bulletin: { 署名: '乱写' } })).toBeUndefined();
  });

  it('the 版记 box floats at the bottom of the type area, as wide as it, text kept clear above it', () => {
    const anchor = /<wp:anchor [^>]*>([\s\S]*?)<\/wp:anchor>/.exec(issue.document)![1]!;
    expect(anchor).toMatch(/<wp:positionV relativeFrom="margin"><wp:align>bottom<\/wp:align><\/wp:positionV>/);
    expect(anchor).toMatch(/<wp:positionH relativeFrom="margin"><wp:align>center<\/wp:align><\/wp:positionH>/);
    expect(anchor).toContain('<wp:wrapTopAndBottom');
    // 156 mm wide, in EMU (a pixel is 9525 EMU).
    expect(Number(/<wp:extent cx="(\d+)"/.exec(anchor)![1]) / 36000).toBeCloseTo(156, 0);
  });
});
