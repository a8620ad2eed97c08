/**
 * The review report model and its HTML and CSV renderers (src/review): rows, totals, charts, escaping, CSP.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/core/engine.js';
import { buildReviewReport, csvCell, renderReportCsv, renderReportHtml, reportCsp, reportSummary, type ReviewInput } from '../../src/review/index.js';
import { base64, cspHash, sha256 } from '../../src/review/sha256.js';
import { allRules } from '../../src/index.js';

const draft = (kind: string, title: string | null, body: string, unit = '清河县农业农村局') =>
  `---\n类型: ${kind}\n单位: ${unit}\n---\n\n${title === null ? '' : `# ${title}\n\n`}${body}\n`;

const GOOD_BODY = '2026年11月，清河县完成秋粮收购12.6万吨，占计划的93%。';
const inputs = (): ReviewInput[] => {
  const files: [string, string][] = [
    ['a/good.md', draft('动态', '清河县秋粮收购完成计划任务', GOOD_BODY)],
    // No title → title-required (error); half-width comma between Chinese → fullwidth-punctuation (error).
    ['a/bad.md', draft('问题', null, '全县完成收购,进度良好,但仓容紧张。')],
    // Two paragraphs in a 动态 item → single-paragraph (warning) only.
    ['b/two.md', draft('动态', '清河县开展冬季技能培训', `${GOOD_BODY}\n\n全县共培训860人。`)],
  ];
  return files.map(([file, text]) => ({ file, result: lint(text, { path: file, rules: allRules }) }));
};

describe('buildReviewReport', () => {
  const report = buildReviewReport(inputs());

  it('has one row per draft, in input order, with title, kind, unit, length and counts', () => {
    expect(report.rows.map((r) => r.file)).toEqual(['a/good.md', 'a/bad.md', 'b/two.md']);
    const [good, bad, two] = report.rows;
    expect(good).toMatchObject({ title: '清河县秋粮收购完成计划任务', kind: '动态', unit: '清河县农业农村局', errors: 0, ready: true, overBudget: false, paragraphs: 1 });
    expect(good!.bodyChars).toBeGreaterThan(20);
    expect(good!.budget).toBeGreaterThan(good!.bodyChars!);
    expect(bad!.title).toBeUndefined();
    expect(bad!.ready).toBe(false);
    expect(bad!.errors).toBeGreaterThanOrEqual(3);
    expect(bad!.topRules[0]).toEqual({ ruleId: 'fullwidth-punctuation', name: '全角标点', count: 2 });
    expect(bad!.topRules.length).toBeLessThanOrEqual(3);
    expect(report.byRule.find((r) => r.ruleId === 'title-required')).toMatchObject({ errors: 1, drafts: 1 });
    expect(two!.errors).toBe(0);
    expect(two!.warnings).toBeGreaterThanOrEqual(1);
    expect(two!.ready).toBe(true);
    expect(two!.topRules.map((t) => t.ruleId)).toContain('single-paragraph');
  });

  it('totals add up across rows', () => {
    const t = report.totals;
    expect(t.drafts).toBe(3);
    expect(t.ready + t.notReady).toBe(3);
    expect(t.ready).toBe(2);
    expect(t.errors).toBe(report.rows.reduce((n, r) => n + r.errors, 0));
    expect(t.warnings).toBe(report.rows.reduce((n, r) => n + r.warnings, 0));
    expect(report.byRule.reduce((n, r) => n + r.total, 0)).toBe(t.errors + t.warnings + t.infos);
  });

  it('counts problems by rule with descriptions, most first', () => {
    const fw = report.byRule.find((r) => r.ruleId === 'fullwidth-punctuation')!;
    expect(fw).toMatchObject({ errors: 2, drafts: 1, total: 2 });
    expect(fw.description).toContain('全角');
    for (let i = 1; i < report.byRule.length; i++) expect(report.byRule[i - 1]!.total).toBeGreaterThanOrEqual(report.byRule[i]!.total);
  });

  it('lists every kind with its count, and reminds of 喜忧兼报 when no problem item came in', () => {
    expect(report.byKind.map((k) => k.kind)).toContain('紧急首报');
    expect(report.byKind.find((k) => k.kind === '动态')!.count).toBe(2);
    expect(report.byKind.find((k) => k.kind === '问题')!.count).toBe(1);
    expect(report.balance).toMatchObject({ problemItems: 1, checked: 3 });
    expect(report.balance.note).toBeUndefined();
    const noProblems = buildReviewReport(inputs().filter((i) => i.file !== 'a/bad.md'));
    expect(noProblems.balance.note).toContain('喜忧兼报');
  });

  it('keeps a file that could not be checked as a not-ready row', () => {
    const r = buildReviewReport([...inputs(), { file: 'c/bin.md', problem: '不是文本文件（含有二进制内容），已跳过。' }]);
    expect(r.rows[3]).toMatchObject({ file: 'c/bin.md', ready: false, errors: 0, problem: expect.stringContaining('二进制') });
    expect(r.totals).toMatchObject({ drafts: 4, unreadable: 1, checked: 3, notReady: 2 });
  });

  it('takes plain stats and messages as well as lint results (the CLI and worker threads pass those)', () => {
    const plain = inputs().map((i) => ({ file: i.file, stats: i.result!.stats, messages: i.result!.messages, unit: i.result!.draft.meta.unit }));
    expect(buildReviewReport(plain)).toEqual(report);
  });
});

describe('verdicts, rule names and folders (issue 15 §6)', () => {
  const report = buildReviewReport(inputs());
  const [good, bad, two] = report.rows;

  it('a draft with warnings only is 可报送（有警告）, distinct from a clean one and from one with errors', () => {
    expect([good!.status, bad!.status, two!.status]).toEqual(['ready', 'not-ready', 'ready-with-warnings']);
    expect(report.totals).toMatchObject({ ready: 2, readyWithWarnings: 1, notReady: 1 });
    expect(reportSummary(report)).toBe('3 篇：1 篇可报送，1 篇可报送（有警告），1 篇需修改');
    const html = renderReportHtml(report);
    const rowOf = (file: string) => html.split('\n').find((l) => l.includes(`data-file="${file}" data-href`))!;
    expect(rowOf('a/good.md')).toMatch(/<td class="yes" title="Ready">可报送<\/td><\/tr>$/);
    expect(rowOf('b/two.md')).toMatch(/<td class="yes-warn" title="Ready, with warnings">可报送（有警告）<\/td><\/tr>$/);
    expect(rowOf('a/bad.md')).toMatch(/<td class="no" title="Needs changes">需修改<\/td><\/tr>$/);
    expect(html).toContain('<b>1</b>篇可报送（有警告）');
    const csv = renderReportCsv(report).split('\r\n');
    expect(csv[1]).toMatch(/,可报送,$/);
    expect(csv[3]).toMatch(/,可报送（有警告）,$/);
    expect(csv[4]).toContain('2 篇可报送（其中 1 篇有警告）');
  });

  it('kinds by their one name (紧急首报); errors block submission, warnings and infos are advice (issue 19 §7, §9)', () => {
    const html = renderReportHtml(report);
    const chart = /<svg role="img" aria-label="收到的信息类型"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(chart).toContain('>紧急首报</text>');
    expect(html).not.toMatch(/紧急-首报/);
    expect(html).toContain(`<b>${report.totals.errors}</b>个错误（改正后才能报送）`);
    expect(html).toContain(`<b>${report.totals.warnings + report.totals.infos}</b>条修改建议（警告 ${report.totals.warnings}、提示 ${report.totals.infos}）`);
    expect(renderReportCsv(report)).not.toMatch(/紧急-首报/);
  });

  it('the chart, the table and the CSV show each rule by its Chinese name with its id', () => {
    const fw = report.byRule.find((r) => r.ruleId === 'fullwidth-punctuation')!;
    expect(fw).toMatchObject({ name: '全角标点', nameEn: 'Full-width punctuation' });
    const html = renderReportHtml(report);
    const chart = /<svg role="img" aria-label="问题按规则统计"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(chart).toContain('>全角标点<tspan class="rid">（fullwidth-punctuation）</tspan></text>');
    expect(chart).toContain('>缺标题或正文<tspan class="rid">（title-required）</tspan></text>');
    expect(html).toContain('>全角标点<span class="rid">（fullwidth-punctuation）</span>×2</span>');
    const csv = renderReportCsv(report);
    expect(csv).toContain('全角标点（fullwidth-punctuation）×2；缺少原因（problem-needs-cause）×1');
    expect(csv).toContain('段落过多（single-paragraph）×1');
  });

  it('names the checked folders, never a path of the machine', () => {
    expect(report.folders).toEqual(['a/', 'b/']);
    expect(renderReportHtml(report)).toContain('检查的文件夹：a/、b/');
    const outside = buildReviewReport([
      { file: 'drafts/x.md', stats: inputs()[0]!.result!.stats, messages: [] },
      { file: '/home/zhang/收稿/乡镇/a.md', stats: inputs()[0]!.result!.stats, messages: [] },
      { file: '/home/zhang/收稿/部门/b.md', problem: '不是文本文件。' },
      { file: 'C:\\Users\\li\\稿件\\c.md', stats: inputs()[0]!.result!.stats, messages: [] },
    ]);
    expect(outside.rows.map((r) => r.file)).toEqual(['drafts/x.md', '收稿/乡镇/a.md', '收稿/部门/b.md', '稿件/c.md']);
    expect(outside.rows.map((r) => r.href)).toEqual(['drafts/x.md', '', '', '']);
    expect(outside.folders).toEqual(['drafts/', '收稿/乡镇/', '收稿/部门/', '稿件/']);
    const html = renderReportHtml(outside);
    const csv = renderReportCsv(outside);
    for (const text of [html, csv]) {
      expect(text).not.toContain('zhang');
      expect(text).not.toContain('Users');
      expect(text).not.toContain('file:');
    }
  });

  it('is called 审稿报告', () => {
    expect(renderReportHtml(report)).toContain('<title>审稿报告</title>');
    expect(renderReportHtml(report)).not.toContain('审核报告');
  });
});

describe('renderReportHtml', () => {
  const evil = '关于<script>alert("x")</script>&<img src=x onerror=alert(1)>的情况';
  const withEvil = () => [
    ...inputs(),
    // Whatever the source of a title (a plain-text first line keeps `<…>` verbatim), the renderer escapes it.
    { file: 'd/"<b>".txt', href: 'javascript:alert(1)', unit: '<b>单位</b>', stats: { ...lint(`${GOOD_BODY}\n`, { format: 'text' }).stats, title: evil }, messages: [{ ruleId: '<i>x</i>', severity: 'warning' as const }] },
  ];
  const html = renderReportHtml(buildReviewReport(withEvil()), { generatedAt: '2026-11-22 10:00' });

  it('escapes every piece of draft text: a <script> in a title renders as text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('关于&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&lt;img src=x onerror=alert(1)&gt;的情况');
    expect(html).toContain('data-file="d/&quot;&lt;b&gt;&quot;.txt"');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;b&gt;单位&lt;/b&gt;');
    expect(html).toContain('&lt;i&gt;x&lt;/i&gt;<span class="rid">（&lt;i&gt;x&lt;/i&gt;）</span>×1');
    expect(html).not.toContain('<b>单位');
    expect(html).not.toContain('<i>x');
  });

  it('has a strict CSP: nothing remote, the one style block allowed by its SHA-256, no script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).not.toMatch(/script-src|unsafe|https?:/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!, 'utf8').digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(html).not.toMatch(/\sstyle="/); // inline style attributes would be blocked
    expect(html).not.toMatch(/\s(?:src|href)="(?:https?:)?\/\//); // nothing remote
    expect(html).not.toMatch(/\son[a-z]+="/); // no event handlers
  });

  it('has one row per draft with data-file and a link, Chinese headers with English, and inline SVG charts', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<tr class="ready" data-file="a/good.md" data-href="a/good.md">');
    expect(html).toContain('<a href="a/bad.md" data-file="a/bad.md"');
    expect((html.match(/<tr class="(?:ready|not-ready|unreadable)"/g) ?? []).length).toBe(4);
    expect(html).toContain('结论<span class="en">Verdict</span>');
    expect((html.match(/<svg /g) ?? []).length).toBe(2);
    expect(html).toContain('fullwidth-punctuation');
    expect(html).toContain('生成时间 2026-11-22 10:00');
  });

  it('uses a nonce instead of a hash in a webview, and only then allows scripts', () => {
    const page = renderReportHtml(buildReviewReport(inputs()), { nonce: 'abc123', cspSource: 'vscode-webview://x', inlineScript: 'acquireVsCodeApi();' });
    expect(reportCsp({ nonce: 'abc123', cspSource: 'vscode-webview://x', inlineScript: 'x' })).toBe(
      "default-src 'none'; style-src 'nonce-abc123' vscode-webview://x; img-src data: vscode-webview://x; script-src 'nonce-abc123'; base-uri 'none'; form-action 'none'",
    );
    expect(page).toContain('<style nonce="abc123">');
    expect(page).toContain('<script nonce="abc123">acquireVsCodeApi();</script>');
  });

  it('renders an empty folder without failing', () => {
    const page = renderReportHtml(buildReviewReport([]));
    expect(page).toContain('共 0 篇稿件');
    expect(page).toContain('没有发现问题');
  });
});

describe('renderReportCsv', () => {
  it('starts with a BOM, has a bilingual header, one row per draft and a totals row', () => {
    const csv = renderReportCsv(buildReviewReport(inputs()));
    expect(csv.startsWith('\uFEFF文件 File,标题 Title,类型 Kind,单位 Unit,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^a\/good\.md,清河县秋粮收购完成计划任务,动态,清河县农业农村局,\d+,\d+,1,0,0,0,,可报送,$/);
    expect(lines[2]).toContain('全角标点（fullwidth-punctuation）×2');
    expect(lines[2]).toContain(',需修改,');
    expect(lines[4]).toMatch(/^合计 Total：3 篇,/);
    expect(renderReportCsv(buildReviewReport([]), { bom: false }).startsWith('文件')).toBe(true);
  });

  it('quotes commas, quotes and newlines, and neutralises formulas', () => {
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('说"好"')).toBe('"说""好"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('editor-agnostic', () => {
  it('src/review imports neither vscode nor Node built-ins', () => {
    const dir = join(__dirname, '..', '..', 'src', 'review');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect({ f, bad: text.match(/from ['"](?:vscode|node:[^'"]+|fs|path|os|crypto)['"]/g) }).toEqual({ f, bad: null });
    }
  });

  it('sha256 agrees with node:crypto', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const bytes = new TextEncoder().encode(s);
        expect(base64(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('base64'));
      }),
      { numRuns: 200 },
    );
    expect(cspHash('')).toBe(`'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='`);
  });
});
