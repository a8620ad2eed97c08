/**
 * The .docx as a reader sees it: LibreOffice turns exported items and bulletins into PDF (scripts/render-docx.sh),
 * and pdfinfo / pdftotext check pages, paper size, text and where things sit on the page (issue 15 §7).
 *
 * The automatic gap between Chinese and digits or Latin letters is checked in the XML only
 * (export-docx.test.ts): LibreOffice 7.4 ignores w:autoSpaceDE/w:autoSpaceDN when it reads a .docx and always
 * adds its own gap, so a render cannot show what Word and WPS do with them.
 *
 * Skipped only when LibreOffice is not installed (CI installs it:
 * apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cells, itemClosing, loadDocx, titleBreakPoints, titleLines, type Bulletin, type ExportItem } from '../../src/export/index.js';
import { bulletinInfo, exampleItem } from './export-fixtures.js';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'render-docx.sh');
const hasOffice = spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], { stdio: 'ignore' }).status === 0;
const SKIP = '未安装 LibreOffice，跳过 .docx 渲染测试（apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk）';
if (!hasOffice) console.warn(`${SKIP}\nLibreOffice is not installed: the .docx rendering test is skipped.`);

const itemOf = exampleItem;
const EXAMPLES = ['01-dongtai-good.md', '02-jingyan-good.md', '03-wenti-good.md', '04-jianyi-good.md', '05-jinji-shoubao-good.md', '06-sheqing-good.md'];

/** Text without whitespace and without the page numbers (— 2 —) that pdftotext puts where the page breaks. */
const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/—\d+—/g, '');

const TITLE2 = '关于进一步加强农村集中供水工程冬季防冻保温工作的建议';
const TITLE3 = '江平县水利局对全县112处农村集中供水工程开展入冬前排查发现27处存在冬季断供隐患涉及38个行政村';

/** The last item of a bulletin with its body cut to `n` characters (the 版记 must follow it whatever its length). */
function cut(item: ExportItem, n: number): ExportItem {
  const text = item.blocks[0]!.text.repeat(2).slice(0, n);
  return { ...item, blocks: [{ role: 'paragraph', text: `${text}。` }] };
}

const BULLETINS: Record<string, Bulletin> = {
  bulletin: { info: bulletinInfo(), items: [itemOf('03-wenti-good.md'), itemOf('01-dongtai-good.md')] },
  bulletin3: { info: bulletinInfo(), items: [itemOf('03-wenti-good.md'), itemOf('01-dongtai-good.md'), itemOf('04-jianyi-good.md')] },
  'bulletin-one': { info: bulletinInfo(), items: [itemOf('01-dongtai-good.md')] },
  'bulletin-short': { info: bulletinInfo(), items: [itemOf('03-wenti-good.md'), cut(itemOf('01-dongtai-good.md'), 120)] },
  'bulletin-mid': { info: bulletinInfo(), items: [itemOf('03-wenti-good.md'), cut(itemOf('01-dongtai-good.md'), 260)] },
  'bulletin-long': { info: bulletinInfo(), items: [itemOf('03-wenti-good.md'), cut(itemOf('01-dongtai-good.md'), 640)] },
};

describe.skipIf(!hasOffice)('.docx rendered by LibreOffice', () => {
  let dir: string;
  const item = itemOf('01-dongtai-good.md');
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xinxi-render-'));
    const { itemToDocx, bulletinToDocx } = await loadDocx();
    const files: string[] = [];
    const write = (name: string, data: Buffer) => {
      writeFileSync(join(dir, `${name}.docx`), data);
      files.push(join(dir, `${name}.docx`));
    };
    write('item', await itemToDocx(item));
    for (const f of EXAMPLES) write(f.replace(/\.md$/, ''), await itemToDocx(itemOf(f)));
    write('title2', await itemToDocx({ ...itemOf('03-wenti-good.md'), title: TITLE2 }));
    write('title3', await itemToDocx({ ...itemOf('03-wenti-good.md'), title: TITLE3 }));
    for (const [name, bulletin] of Object.entries(BULLETINS)) write(name, await bulletinToDocx(bulletin));
    execFileSync('bash', [SCRIPT, '-o', dir, '-r', '40', ...files], { stdio: 'pipe' });
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const info = (name: string) => execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
  const pages = (name: string) => Number(/^Pages:\s+(\d+)$/m.exec(info(name))![1]);
  /** Text of a page (or the whole file), laid out; with `region`, only that band of the page (in points from the top). */
  const text = (name: string, page?: number, region?: { from: number; to: number }) =>
    execFileSync(
      'pdftotext',
      [
        '-layout',
        ...(page ? ['-f', String(page), '-l', String(page)] : []),
        ...(region ? ['-x', '0', '-y', String(region.from), '-W', '600', '-H', String(region.to - region.from)] : []),
        join(dir, `${name}.pdf`),
        '-',
      ],
      { encoding: 'utf8' },
    );
  /** Non-empty lines of a page, page number left out. */
  const lines = (name: string, page: number) =>
    text(name, page)
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter((l) => l && !/^—\d+—$/.test(l));

  it('a single item fits on one A4 page with its title, body, sign-off and page number', () => {
    expect(info('item')).toMatch(/^Pages:\s+1$/m);
    expect(info('item')).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const t = squeeze(text('item'));
    expect(t).toContain(squeeze(item.title!));
    expect(t).toContain(squeeze(item.blocks[0]!.text));
    expect(t).toContain(squeeze(item.signoff!));
    expect(text('item').replace(/\s+/g, '')).toContain('—1—');
  });

  it('keeps every mark at the end of a line: each example renders all of its text, punctuation included', () => {
    for (const f of EXAMPLES) {
      const it = itemOf(f);
      const t = squeeze(text(f.replace(/\.md$/, '')));
      for (const block of it.blocks) expect(t, f).toContain(squeeze(block.text));
      expect(t, f).toContain(squeeze(it.signoff!));
      // Every ， ； 。 、 ： of the draft is on the page (a hanging mark at a line end used to vanish).
      for (const mark of '，；。、：') {
        const want = [...it.blocks.map((b) => b.text).join('')].filter((c) => c === mark).length;
        expect({ f, mark, count: [...t].filter((c) => c === mark).length - [...squeeze(it.title! + it.signoff!)].filter((c) => c === mark).length }).toEqual({ f, mark, count: want });
      }
    }
  });

  it('breaks a two-line title between words as a trapezoid, and a three-line title as a diamond', () => {
    for (const [name, title, count] of [['title2', TITLE2, 2], ['title3', TITLE3, 3]] as const) {
      const want = titleLines(title);
      expect(want).toHaveLength(count);
      // The rendered title is exactly these lines: LibreOffice did not break them again.
      expect(lines(name, 1).slice(0, count)).toEqual(want.map((l) => l.replace(/\s+/g, '')));
      // Each break is at a word boundary the break-point function offers.
      const points = titleBreakPoints(title).map((p) => p.offset);
      let at = 0;
      for (const line of want.slice(0, -1)) {
        at = title.indexOf(line, at) + line.length;
        expect(points).toContain(at);
      }
      const widths = want.map(cells);
      if (count === 2) expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
      else expect(widths[1]).toBe(Math.max(...widths));
    }
    // 供水|工程 or 集中|供水, never inside 防冻保温 or 建议 (where LibreOffice broke the line by itself).
    expect(lines('title2', 1)[0]).not.toMatch(/防冻保?$|保$/);
  });

  it('keeps the sign-off with its item: the page it is on also carries the item’s last lines', () => {
    for (const f of ['05-jinji-shoubao-good.md', '06-sheqing-good.md']) {
      const name = f.replace(/\.md$/, '');
      const signoff = squeeze(itemOf(f).signoff!);
      expect(pages(name), f).toBeGreaterThanOrEqual(2);
      const page = Array.from({ length: pages(name) }, (_, i) => i + 1).find((p) => lines(name, p).join('').includes(signoff))!;
      const before = lines(name, page).findIndex((l) => l.startsWith(signoff.slice(0, 6)));
      expect({ f, textBeforeSignoff: before >= 1 }).toEqual({ f, textBeforeSignoff: true });
    }
  });

  it('a bulletin has its masthead, the items in order, each credited to its unit, and the distribution block', () => {
    const items = BULLETINS.bulletin!.items;
    expect(pages('bulletin')).toBeGreaterThanOrEqual(2);
    expect(pages('bulletin')).toBeLessThanOrEqual(3);
    const t = squeeze(text('bulletin'));
    for (const s of ['内部资料注意保存', '清河信息', '第12期（总第156期）', '中共清河县委办公室', '2026年11月20日', '报：市委办公室', '（共印60份）']) {
      expect(t).toContain(s);
    }
    const a = t.indexOf(squeeze(items[0]!.title!));
    const b = t.indexOf(squeeze(items[1]!.title!));
    expect(a).toBeGreaterThan(t.indexOf('清河信息'));
    expect(b).toBeGreaterThan(a);
    for (const it of items) {
      expect(t).toContain(squeeze(it.blocks[0]!.text));
      expect(t).toContain(squeeze(itemClosing(it)!));
    }
    expect(t).toContain('（江平县水利局供稿）');
    expect(t).not.toMatch(/签发|执笔|电话/);
    expect(t.indexOf('报：市委办公室')).toBeGreaterThan(b);
  });

  it('puts the 版记 at the foot of the last page, with the end of the last item on that page', () => {
    for (const [name, bulletin] of Object.entries(BULLETINS)) {
      const last = pages(name);
      const all = squeeze(text(name));
      // Every item is there in full, and the 版记 once.
      for (const it of bulletin.items) expect(all, name).toContain(squeeze(it.blocks[0]!.text));
      expect(all.split('报：市委办公室').length - 1, name).toBe(1);
      // The 版记 is in the bottom quarter of the last page (A4: 842 pt), above the page number…
      const foot = squeeze(text(name, last, { from: 600, to: 842 }));
      for (const s of ['报：市委办公室', '送：县委、县政府领导', '（共印60份）']) expect(foot, name).toContain(s);
      // …and not alone: the last item's closing line and at least one line of its text are on that page too.
      const lastItem = bulletin.items.at(-1)!;
      const onPage = lines(name, last);
      const closing = squeeze(itemClosing(lastItem)!);
      const at = onPage.findIndex((l) => l === closing);
      expect({ name, closingOnLastPage: at >= 0, textAbove: at >= 1 }).toEqual({ name, closingOnLastPage: true, textAbove: true });
    }
  });

  it('writes a PNG of the first page', () => {
    const png = readFileSync(join(dir, 'item-1.png'));
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });
});

if (!hasOffice) {
  describe('.docx rendering', () => {
    it.skip(SKIP, () => {});
  });
}
