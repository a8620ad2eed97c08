/**
 * The .docx as a reader sees it: LibreOffice turns an exported item and a bulletin into PDF
 * (scripts/render-docx.sh), and pdfinfo / pdftotext check pages, paper size and text.
 * Skipped only when LibreOffice is not installed (CI installs it:
 * apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocx } from '../../src/export/index.js';
import { bulletinInfo, exampleItem } from './export-fixtures.js';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'render-docx.sh');
const hasOffice = spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], { stdio: 'ignore' }).status === 0;
const SKIP = '未安装 LibreOffice，跳过 .docx 渲染测试（apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk）';
if (!hasOffice) console.warn(`${SKIP}\nLibreOffice is not installed: the .docx rendering test is skipped.`);

const itemOf = exampleItem;

/** Text without whitespace and without the page numbers (— 2 —) that pdftotext puts where the page breaks. */
const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/—\d+—/g, '');

describe.skipIf(!hasOffice)('.docx rendered by LibreOffice', () => {
  let dir: string;
  const item = itemOf('01-dongtai-good.md');
  const items = [itemOf('03-wenti-good.md'), itemOf('01-dongtai-good.md')];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xinxi-render-'));
    const { itemToDocx, bulletinToDocx } = await loadDocx();
    writeFileSync(join(dir, 'item.docx'), await itemToDocx(item));
    writeFileSync(
      join(dir, 'bulletin.docx'),
      await bulletinToDocx({ info: bulletinInfo(), items }),
    );
    execFileSync('bash', [SCRIPT, '-o', dir, '-r', '40', join(dir, 'item.docx'), join(dir, 'bulletin.docx')], { stdio: 'pipe' });
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const info = (name: string) => execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
  const text = (name: string) => execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });

  it('a single item fits on one A4 page with its title, body, sign-off and page number', () => {
    const meta = info('item');
    expect(meta).toMatch(/^Pages:\s+1$/m);
    expect(meta).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const t = squeeze(text('item'));
    expect(t).toContain(squeeze(item.title!));
    expect(t).toContain(squeeze(item.blocks[0]!.text));
    expect(t).toContain(squeeze(item.signoff!));
    expect(text('item').replace(/\s+/g, '')).toContain('—1—');
  });

  it('a bulletin has its masthead, both items in order and the distribution block', () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info('bulletin'))![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
    const t = squeeze(text('bulletin'));
    for (const s of ['内部资料注意保存', '清河信息', '第12期（总第156期）', '中共清河县委办公室', '2026年11月20日', '报：市委办公室', '（共印60份）']) {
      expect(t).toContain(s);
    }
    const a = t.indexOf(squeeze(items[0]!.title!));
    const b = t.indexOf(squeeze(items[1]!.title!));
    expect(a).toBeGreaterThan(t.indexOf('清河信息'));
    expect(b).toBeGreaterThan(a);
    for (const it of items) expect(t).toContain(squeeze(it.blocks[0]!.text));
    expect(t.indexOf('报：市委办公室')).toBeGreaterThan(b);
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
