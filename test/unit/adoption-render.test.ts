/**
 * The 通报's renderers on the example office: text, HTML (strict CSP, escaping, nothing remote), CSV for WPS/Excel
 * (BOM, 单位 and 得分, formulas neutralised) and Word — its XML (GB/T 9704 page, fonts, tables) and, when LibreOffice
 * is installed, the document as a reader sees it: PDF pages, the text in order, and a PNG of the first page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptionSummaryOf, loadTallyDocx, makeDay, renderTallyCsv, renderTallyHtml, renderTallyText, tally, tallyCsp, type TallyReport } from '../../src/adoption/index.js';
import { validateConfig } from '../../src/core/config.js';
import { parseDraft } from '../../src/core/draft.js';
import { lint } from '../../src/core/engine.js';
import { buildReviewReport, renderReportHtml } from '../../src/review/index.js';
import { allRules, rulesById } from '../../src/index.js';
import { cspHash } from '../../src/review/sha256.js';
import { exampleOffice } from './adoption-fixtures.js';

const today = makeDay(2026, 12, 1)!;

async function report(): Promise<TallyReport> {
  const office = await exampleOffice();
  const out = tally({ ...office, period: { month: '2026-11' }, today });
  if (!out.ok) throw new Error(out.message);
  return out.report;
}

/** A report whose unit names, titles and publications are hostile text. */
function hostile(): TallyReport {
  const config = validateConfig(
    {
      scoring: { 报送: 0.2, 刊物: { '《<b>要情</b>》': 2 } },
      units: ['=HYPERLINK("http://evil","点我")', '<script>alert(1)</script>局'],
    },
    'x.yaml',
    rulesById,
  );
  const out = tally({
    drafts: [],
    ledgers: [
      {
        file: 'l.csv',
        text: '单位,标题,报送日期,采用\n"=HYPERLINK(""http://evil"",""点我"")",@SUM(A1),2026-11-03,《<b>要情</b>》2026-11-04\n<script>alert(1)</script>局,"<img src=x onerror=alert(1)>",2026-11-05,\n',
      },
    ],
    config,
    period: { month: '2026-11' },
    today,
  });
  if (!out.ok) throw new Error(out.message);
  return out.report;
}

describe('text', () => {
  it('has the title, the table with every unit, the adopted items, the signature and the check list', async () => {
    const text = renderTallyText(await report());
    expect(text.split('\n')[0]).toBe('关于2026年11月份全县政务信息报送采用情况的通报');
    expect(text).toContain('各乡镇人民政府，县政府各部门：');
    expect(text).toMatch(/\n5 并列\s+清河县卫生健康委员会/);
    expect(text).toMatch(/\n8\s+河口乡人民政府(?:\s+\S+)+\s+-10\.0\s+↓3 -10\.2\n/);
    expect(text).toMatch(/\n排名\s+单位\s+报送\s+昨日要情\s+信息短波\s+报省信息\s+省政府办公厅\s+批示\s+约稿\s+扣分\s+得分\s+较上期\n/);
    expect(text).toContain('1. 清河县农业农村局：清河县秋粮收购进度过半（《昨日要情》11月5日（第213期）；《报省信息》11月12日（第45期）；市领导批示（张明远）11月8日）');
    expect(text).toContain('清河县人民政府办公室\n2026年12月1日\n');
    expect(text).toContain('——以下为核对清单，不属于通报正文——');
    expect(text).toContain('  .xinxi/ledger.csv 第 16 行：县城管局');
  });
});

describe('HTML', () => {
  it('a strict CSP whose hash is the one style block; nothing loaded from anywhere', async () => {
    const html = renderTallyHtml(await report());
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp).toContain(cspHash(style));
    expect(html).not.toMatch(/<script|src=["']?https?:|href=["']?https?:|@import|url\(/i);
  });

  it('the ranking, ties, changes, the chart, the adopted items and the check list', async () => {
    const html = renderTallyHtml(await report());
    expect(html).toContain('<h1>关于2026年11月份全县政务信息报送采用情况的通报');
    expect(html).toMatch(/<td class="n">5<span class="tied">（并列）<\/span><\/td><td class="unit">清河县卫生健康委员会<\/td>/);
    expect(html).toMatch(/<td class="up"[^>]*>↑3<span class="delta">\+9\.8分<\/span><\/td>/);
    expect(html).toContain('<svg role="img" aria-label="各单位得分"');
    expect(html).toContain('class="b-neg"');
    expect(html).toContain('data-file=".xinxi/ledger.csv" data-line="16"');
    expect((html.match(/<td class="error">未计分<\/td>/g) ?? []).length).toBe(5);
  });

  it('escapes every text of the records; links only where the caller gives them, never javascript:', () => {
    const html = renderTallyHtml(hostile(), { href: (f) => (f === 'l.csv' ? 'javascript:alert(1)' : undefined) });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>要情');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;局');
    expect(html).not.toContain('href="javascript:');
  });

  it('in the webview: the nonce allows the style and the one inline script', () => {
    const html = renderTallyHtml(hostile(), { nonce: 'abc123', cspSource: 'vscode-resource:', inlineScript: 'console.log("</script>")' });
    expect(tallyCsp({ nonce: 'abc123', inlineScript: 'x' })).toContain("script-src 'nonce-abc123'");
    expect(html).toContain('<style nonce="abc123">');
    expect(html).toContain('<script nonce="abc123">console.log("<\\/script>")</script>');
  });
});

describe('CSV for WPS and Excel', () => {
  it('UTF-8 with a BOM, CRLF, the columns 单位 and 得分, numbers as numbers, a totals row', async () => {
    const csv = renderTallyCsv(await report());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = csv.slice(1).split('\r\n');
    // The header is the first row (a spreadsheet takes it for sorting and filters); title and period come last.
    const header = lines[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['排名', '并列', '单位', '报送条数', '《昨日要情》采用', '得分', '名次变化', '得分变化']));
    const row = (unit: string) => Object.fromEntries(lines.find((l) => l.includes(`,${unit},`))!.split(',').map((v, i) => [header[i], v]));
    expect(row('清河县农业农村局')).toMatchObject({ 排名: '1', 单位: '清河县农业农村局', 报送条数: '2', 得分: '15.4', 名次变化: '2', 得分变化: '14.2' });
    expect(row('城关镇人民政府')).toMatchObject({ 排名: '5', 并列: '并列', 得分: '0.4', 得分变化: '0' });
    expect(row('河口乡人民政府')).toMatchObject({ 得分: '-10', 扣分: '10', 扣分次数: '1' });
    expect(lines.find((l) => l.startsWith('合计,'))).toMatch(/^合计,,8 个单位,11,2,2,1,1,0,6,/);
    // The totals row has the total score under 得分 (and the penalty points under 扣分).
    const total = Object.fromEntries(lines.find((l) => l.startsWith('合计,'))!.split(',').map((v, i) => [header[i], v]));
    const scores = lines.slice(1, lines.findIndex((l) => l.startsWith('合计,'))).map((l) => Number(l.split(',')[header.indexOf('得分')]));
    expect(Number(total['得分'])).toBeCloseTo(scores.reduce((a, b) => a + b, 0), 6);
    expect(total['扣分']).toBe('20');
    expect(lines.slice(-3)).toEqual(['关于2026年11月份全县政务信息报送采用情况的通报', '统计期间：2026-11-01 至 2026-11-30', '']);
    expect(csv).toContain('采用信息目录');
    expect(csv).toContain('未计分,.xinxi/ledger.csv,16,县城管局');
  });

  it('cells a spreadsheet would run as a formula are neutralised', () => {
    const csv = renderTallyCsv(hostile());
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""点我"")"`);
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).not.toMatch(/(^|,)[=@+]/m);
  });
});

describe('Word (.docx) XML', () => {
  it('the export’s GB/T 9704 page, styles and fonts; a ranking table with a repeated header row; the signature', async () => {
    const { tallyToDocx } = await loadTallyDocx();
    const zip = await JSZip.loadAsync(await tallyToDocx(await report()));
    const doc = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    // No line grid (LibreOffice would spread every table row over it): the default grid, no type="lines".
    expect(doc).toMatch(/<w:docGrid w:linePitch="360"\/>/);
    expect(styles).toContain('方正小标宋简体');
    expect(styles).toContain('仿宋_GB2312');
    expect(doc).toContain('w:val="XinxiTitle"');
    expect((doc.match(/<w:tbl>/g) ?? []).length).toBe(2);
    expect(doc).toContain('<w:tblHeader/>');
    for (const s of ['关于2026年11月份全县政务信息报送采用情况的通报', '各乡镇人民政府，县政府各部门：', '一、总体情况', '二、各单位得分排名', '清河县卫生健康委员会', '并列', '清河县人民政府办公室', '2026年12月1日']) {
      expect(doc, s).toContain(s);
    }
    // Publications with no adoption in the period are left out of the narrow Word table (国务院办公厅).
    const ranking = doc.slice(doc.indexOf('<w:tbl>'), doc.indexOf('</w:tbl>'));
    expect(ranking).toContain('>昨日要情<');
    expect(ranking).not.toContain('国务院办公厅');
    // The table fits the type area (156 mm = 8845 twips).
    const width = Number(/<w:tblW w:type="dxa" w:w="(\d+)"/.exec(ranking)![1]);
    expect(width).toBeLessThanOrEqual(8845);
    expect(width).toBeGreaterThan(8700);
  });
});

describe('the review report shows each draft’s adoption', () => {
  const text = '---\n类型: 动态\n单位: 清河县农业农村局\n报送日期: 2026-11-03\n采用:\n  - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}\n  - 《报省信息》 2026-11-12\n批示: 市 张三 2026-11-08\n约稿: 是\n---\n\n# 清河县秋粮收购进度过半\n\n正文。\n';

  it('summarises the record of the front matter, or nothing when there is none', () => {
    expect(adoptionSummaryOf(parseDraft(text).meta)?.text).toBe('报送 11月3日；采用：《昨日要情》11月5日（第213期）、《报省信息》11月12日；批示：市 张三；约稿');
    expect(adoptionSummaryOf(parseDraft('---\n类型: 动态\n---\n# 标题\n').meta)).toBeUndefined();
  });

  it('under the title in the review report, escaped', () => {
    const result = lint(text, { path: 'a.md', rules: allRules });
    const report = buildReviewReport([
      { file: 'a.md', result, adoption: adoptionSummaryOf(result.draft.meta)?.text },
      { file: 'b.md', result, adoption: '<b>x</b>' },
    ]);
    const html = renderReportHtml(report);
    expect(html).toContain('<span class="adopted" title="采用情况 Adoption">报送 11月3日；采用：《昨日要情》11月5日（第213期）');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

const hasOffice = spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], { stdio: 'ignore' }).status === 0;
const SKIP = '未安装 LibreOffice，跳过通报的 .docx 渲染测试（apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk）';

describe.skipIf(!hasOffice)('Word (.docx) rendered by LibreOffice', () => {
  let dir: string;
  let r: TallyReport;
  const SCRIPT = join(__dirname, '..', '..', 'scripts', 'render-docx.sh');
  beforeAll(async () => {
    r = await report();
    dir = mkdtempSync(join(tmpdir(), 'xinxi-tally-'));
    const { tallyToDocx } = await loadTallyDocx();
    writeFileSync(join(dir, 'tally.docx'), await tallyToDocx(r));
    execFileSync('bash', [SCRIPT, '-o', dir, '-r', '50', '-p', 'all', join(dir, 'tally.docx')], { stdio: 'pipe' });
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const text = () => execFileSync('pdftotext', ['-layout', join(dir, 'tally.pdf'), '-'], { encoding: 'utf8' });
  const squeeze = (s: string) => s.replace(/\s+/g, '');

  it('A4 pages, page numbers, the parts in order, every unit of the ranking in rank order', () => {
    const info = execFileSync('pdfinfo', [join(dir, 'tally.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    const t = squeeze(text());
    expect(t).toContain('—1—');
    const order = ['关于2026年11月份全县政务信息报送采用', '一、总体情况', '二、各单位得分排名', '三、采用信息目录', '四、计分办法', '五、未计分的记录', '清河县人民政府办公室', '2026年12月1日'];
    const at = order.map((s) => t.indexOf(s));
    for (const [i, a] of at.entries()) expect(a, order[i]).toBeGreaterThanOrEqual(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Rows in rank order: each unit's first six characters (a long name wraps in its cell) after the previous one's.
    const ranking = t.slice(t.indexOf('二、各单位得分排名'), t.indexOf('三、采用信息目录'));
    let last = -1;
    for (const row of r.rows) {
      const i = ranking.indexOf(row.unit.slice(0, 6), last + 1);
      expect(i, row.unit).toBeGreaterThan(last);
      last = i;
    }
  });

  it('a table row holds one line of text per line of its cells (no line grid spreading the rows)', () => {
    // The first data row starts with “1” and the unit; in the layout text its unit and score are on one line.
    const line = text()
      .split('\n')
      .find((l) => l.includes('清河县农业农村局') && l.includes('15.4'));
    expect(line).toBeDefined();
  });

  it('writes a PNG of the first page', () => {
    const png = readFileSync(join(dir, 'tally-1.png'));
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });
});

if (!hasOffice) {
  describe('Word (.docx) rendering', () => {
    it.skip(SKIP, () => {});
  });
}
