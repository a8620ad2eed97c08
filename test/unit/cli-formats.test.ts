/**
 * `xinxi check`: SARIF 2.1.0 (validated against the official schema), --quiet, --max-warnings, --report,
 * encodings, files that cannot be read, progress, and parallel workers (identical to the serial run).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { skipBecause } from './skip';

const root = join(__dirname, '..', '..');

async function run(args: string[], cwd: string, progress = false) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), color: false, cwd, progress });
  return { code, out, err };
}

type JsonOut = { file: string; error?: string; messages: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string; fixable: boolean }[] }[];

const GOOD = '---\n类型: 动态\n---\n\n# 清河县完成秋粮收购\n\n2026年11月，清河县完成秋粮收购12.6万吨。\n';
/** No title (title-required, error) and half-width commas between Chinese (fullwidth-punctuation, errors). */
const BAD = '---\n类型: 动态\n---\n\n全县完成收购,进度良好,仓容充足😀。\n';
/** Two paragraphs in a 动态 item: single-paragraph (warning) only. */
const WARN_ONLY = '---\n类型: 动态\n---\n\n# 清河县完成秋粮收购\n\n2026年11月，清河县完成秋粮收购12.6万吨。\n\n全县共收购12.6万吨。\n';

/** Every folder from `dir` up to the root lets other users pass (o+x). */
function enterable(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return false;
    if (d === parse(d).root) return true;
  }
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinxi-fmt-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const schema = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

describe('--format sarif', () => {
  let dir: string;
  let log: any;
  let json: JsonOut;
  let code: number;
  beforeAll(async () => {
    dir = folder({
      'good.md': GOOD,
      '报送 稿/bad.md': BAD,
      'warn.md': WARN_ONLY,
      'bin.md': Buffer.from([0x23, 0x20, 0x00, 0x01]),
      '.xinxirc.yaml': 'rules:\n  single-paragraph: info\n',
      'info/.xinxirc.yaml': 'rules:\n  single-paragraph: warning\n',
      'info/w.md': WARN_ONLY,
    });
    const r = await run(['check', '--format', 'sarif', '.'], dir);
    code = r.code;
    log = JSON.parse(r.out);
    json = JSON.parse((await run(['check', '--format', 'json', '.'], dir)).out);
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.version).toBe('2.1.0');
  });

  it('describes every rule: id, Chinese name and short description, help naming the rule doc (no path of the machine)', () => {
    const rules = log.runs[0].tool.driver.rules as any[];
    const fw = rules.find((r) => r.id === 'fullwidth-punctuation');
    expect(fw.name).toBe('全角标点');
    expect(fw.shortDescription.text).toMatch(/^全角标点：.*全角/);
    expect(fw.helpUri).toBeUndefined();
    expect(fw.help.text).toContain('rules/fullwidth-punctuation.md');
    expect(fw.properties.docs).toBe('rules/fullwidth-punctuation.md');
    expect(log.runs[0].tool.driver.name).toBe('xinxi');
  });

  it('has one result per JSON message, at the same 1-based character line/column, with relative URIs', () => {
    const results = log.runs[0].results as any[];
    const fromJson = json.flatMap((f) => f.messages.map((m) => ({ f: f.file, ...m })));
    expect(results).toHaveLength(fromJson.length);
    expect(log.runs[0].columnKind).toBe('unicodeCodePoints');
    results.forEach((r, i) => {
      const m = fromJson[i]!;
      const loc = r.locations[0].physicalLocation;
      expect(decodeURIComponent(loc.artifactLocation.uri)).toBe(m.f);
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.region).toEqual({ startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn });
      expect(r.ruleId).toBe(m.ruleId);
      expect(r.message.text).toBe(m.message);
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[m.severity]);
      expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    });
    const bad = results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === '%E6%8A%A5%E9%80%81%20%E7%A8%BF/bad.md');
    expect(bad.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['title-required', 'fullwidth-punctuation']));
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBeUndefined();
    expect(JSON.stringify(log)).not.toContain(dir);
  });

  it('uses the levels error, warning and note', () => {
    const levels = new Set((log.runs[0].results as any[]).map((r) => r.level));
    expect([...levels].sort()).toEqual(['error', 'note', 'warning']);
  });

  it('reports a file it cannot read as a tool execution notification and goes on', () => {
    const inv = log.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications[0].message.text).toMatch(/bin\.md.*二进制/);
    expect(code).toBe(2);
  });
});

describe('--quiet and --max-warnings', () => {
  const dir = folder({ 'good.md': GOOD, 'warn.md': WARN_ONLY });
  const withBad = folder({ 'warn.md': WARN_ONLY, 'bad.md': BAD });

  it('--max-warnings: exit 1 when warnings exceed N even without errors, 0 otherwise', async () => {
    const warnings = (JSON.parse((await run(['check', '--format', 'json', '.'], dir)).out) as JsonOut).flatMap((f) => f.messages).filter((m) => m.severity === 'warning').length;
    expect(warnings).toBeGreaterThanOrEqual(1);
    expect((await run(['check', '.'], dir)).code).toBe(0);
    const over = await run(['check', '--max-warnings', String(warnings - 1), '.'], dir);
    expect(over.code).toBe(1);
    expect(over.err).toContain('--max-warnings');
    expect((await run(['check', '--max-warnings', String(warnings), '.'], dir)).code).toBe(0);
    // Counted even when --quiet hides them.
    expect((await run(['check', '--quiet', '--max-warnings', '0', '.'], dir)).code).toBe(1);
  });

  it('rejects a bad --max-warnings, --format, --report or --jobs with exit 2', async () => {
    for (const args of [['--max-warnings', 'x'], ['--max-warnings', '-1'], ['--format', 'xml'], ['--report', 'r.pdf'], ['--jobs', '0']]) {
      const r = await run(['check', ...args, '.'], dir);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err).toMatch(/^xinxi：/);
    }
  });

  it('--quiet keeps only errors, in every format', async () => {
    const j = JSON.parse((await run(['check', '-q', '--format', 'json', '.'], withBad)).out) as JsonOut;
    const all = j.flatMap((f) => f.messages);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((m) => m.severity === 'error')).toBe(true);
    expect(j.find((f) => f.file === 'warn.md')!.messages).toEqual([]);
    const s = JSON.parse((await run(['check', '-q', '--format', 'sarif', '.'], withBad)).out);
    expect(s.runs[0].results.every((r: any) => r.level === 'error')).toBe(true);
    const stylish = await run(['check', '--quiet', '.'], withBad);
    expect(stylish.out).toContain('错误');
    expect(stylish.out).not.toContain('警告  ');
    expect(stylish.code).toBe(1);
  });
});

describe('encodings and files that cannot be read', () => {
  it('GBK and UTF-8 with BOM drafts lint identically to their UTF-8 twins (json and sarif)', async () => {
    const dir = folder({ 'utf8.md': BAD, 'bom.md': `\uFEFF${BAD}`, 'gbk.md': iconv.encode(BAD.replace('😀', ''), 'gbk'), 'utf8-nogbk.md': BAD.replace('😀', '') });
    const j = JSON.parse((await run(['check', '--format', 'json', '.'], dir)).out) as JsonOut;
    const of = (f: string) => j.find((x) => x.file === f)!.messages;
    expect(of('utf8.md').length).toBeGreaterThanOrEqual(3);
    expect(of('bom.md')).toEqual(of('utf8.md'));
    expect(of('gbk.md')).toEqual(of('utf8-nogbk.md'));
    const s = JSON.parse((await run(['check', '--format', 'sarif', '.'], dir)).out);
    const regions = (uri: string) => s.runs[0].results.filter((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === uri).map((r: any) => [r.ruleId, r.locations[0].physicalLocation.region]);
    expect(regions('bom.md')).toEqual(regions('utf8.md'));
    expect(regions('gbk.md')).toEqual(regions('utf8-nogbk.md'));
    // --encoding gbk reads the GBK file the same way; --encoding utf8 refuses it with a clear message.
    expect((JSON.parse((await run(['check', '--format', 'json', '--encoding', 'gbk', 'gbk.md'], dir)).out) as JsonOut)[0]!.messages).toEqual(of('utf8-nogbk.md'));
    const strict = JSON.parse((await run(['check', '--format', 'json', '--encoding', 'utf8', 'gbk.md', 'utf8.md'], dir)).out) as JsonOut;
    expect(strict[0]!.error).toContain('不是有效的 UTF-8');
    expect(strict[1]!.messages).toEqual(of('utf8.md'));
  });

  it('a binary file, a file in neither UTF-8 nor GBK and a dangling symlink get messages; the run goes on', async () => {
    const dir = folder({
      'a-bin.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]),
      'b-neither.md': Buffer.from([0x23, 0x20, 0xff, 0xff, 0xfe, 0x80, 0x0a]),
      'c-good.md': GOOD,
      'd-bad.md': BAD,
      // A drafts folder: without it the binary files would be skipped as not drafts.
      '.xinxirc.yaml': '',
    });
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'gone.md'));
    const r = await run(['check', '--format', 'json', '.', 'gone.md'], dir);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out) as JsonOut;
    expect(j.map((f) => f.file)).toEqual(['a-bin.md', 'b-neither.md', 'c-good.md', 'd-bad.md']);
    expect(j[0]!.error).toContain('二进制');
    expect(j[1]!.error).toContain('既不是 UTF-8 也不是 GBK');
    expect(j[2]!.messages).toEqual([]);
    expect(j[3]!.messages.some((m) => m.ruleId === 'title-required')).toBe(true);
    expect(r.err).toContain('gone.md');
    expect(r.err).toContain('找不到');
    const stylish = await run(['check', '.'], dir);
    expect(stylish.out).toContain('无法检查');
    expect(stylish.out).toContain('2 个文件无法检查');
    // The summary counts as checked only the files that were read (audit 15-20 §11).
    expect(stylish.out).toMatch(/✖ 检查了 2 个文件，\d+ 个问题.*；2 个文件无法检查/);
    const only = await run(['check', 'a-bin.md'], dir);
    expect(only.code).toBe(2);
    expect(only.out).toContain('✖ 没有检查任何文件：1 个文件无法检查。');
    expect(only.out).not.toContain('检查了 1 个文件');
  });

  it('--report with nothing to check writes no (empty) report and says so (audit 15-20 §11)', async () => {
    const dir = folder({ 'README.md': '# 说明\n' });
    const r = await run(['check', '--report', 'r.html'], dir);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
    expect(r.err).toContain('未写入审稿报告 r.html：没有检查任何文件。');
  });

  it('a file without read permission gets a message', async (ctx) => {
    let r: { code: number | null; out: string };
    let dir: string;
    if (process.getuid?.() === 0) {
      // Root reads a chmod 000 file regardless: run the bundled CLI as the unprivileged user "nobody" instead. Nobody
      // may not be able to enter the clone (a clone in a private folder made by mktemp -d, mode 700), so the CLI
      // runs from a copy in a temporary folder that every user can enter.
      const base = [tmpdir(), '/tmp', '/var/tmp'].find((d) => existsSync(d) && enterable(d) && enterable(dirname(process.execPath)));
      if (!base) skipBecause(ctx, `用户 nobody 进不去任何临时文件夹，或运行不了 ${process.execPath} / nobody cannot enter a temporary folder or run ${process.execPath}`);
      if (!existsSync(join(root, 'dist', 'cli.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
      const tool = mkdtempSync(join(base, 'xinxi-cli-copy-'));
      for (const f of ['bin/xinxi.js', 'dist/cli.js', 'package.json']) cpSync(join(root, f), join(tool, f));
      dir = mkdtempSync(join(base, 'xinxi-fmt-'));
      for (const name of ['locked.md', 'ok.md']) writeFileSync(join(dir, name), GOOD);
      chmodSync(join(dir, 'locked.md'), 0o000);
      for (const d of [tool, join(tool, 'bin'), join(tool, 'dist'), dir]) chmodSync(d, 0o755);
      try {
        const p = spawnSync(process.execPath, [join(tool, 'bin', 'xinxi.js'), 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', uid: 65534, gid: 65534 });
        expect(p.stderr).not.toMatch(/EACCES.*(xinxi\.js|cli\.js)|Cannot find module/);
        r = { code: p.status, out: p.stdout };
      } finally {
        rmSync(tool, { recursive: true, force: true });
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      dir = folder({ 'locked.md': GOOD, 'ok.md': GOOD });
      chmodSync(join(dir, 'locked.md'), 0o000);
      r = await run(['check', '--format', 'json', '.'], dir);
    }
    const j = JSON.parse(r.out) as JsonOut;
    expect(j.find((f) => f.file === 'locked.md')!.error).toContain('没有读取权限');
    expect(j.find((f) => f.file === 'ok.md')!.messages).toEqual([]);
    expect(r.code).toBe(2);
  });
});

describe('--report', () => {
  it('writes an HTML report with links relative to the report, and a CSV by extension', async () => {
    const dir = folder({ 'drafts/good.md': GOOD, 'drafts/bad.md': BAD, 'drafts/bin.md': Buffer.from([0, 1]), 'drafts/.xinxirc.yaml': '' });
    const r = await run(['check', '--report', 'out/report.html', 'drafts'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('已写入审稿报告 out/report.html');
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    expect(html).toContain('<a href="../drafts/bad.md" data-file="drafts/bad.md"');
    expect(html).toContain('二进制');
    expect(html).toContain("default-src 'none'");
    await run(['check', '--report', 'report.csv', 'drafts'], dir);
    const csv = readFileSync(join(dir, 'report.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF文件 File,')).toBe(true);
    expect(csv).toMatch(/drafts\/bad\.md,,动态,/);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
  });

  it('exits 2 with a message when the report cannot be written', async () => {
    const dir = folder({ 'good.md': GOOD });
    mkdirSync(join(dir, 'taken.html'));
    const r = await run(['check', '--report', 'taken.html', 'good.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('无法写入报告');
  });
});

describe('progress', () => {
  it('shows 已检查 n/total on stderr when asked (stderr is a terminal) and clears the line', async () => {
    const dir = folder({ 'a.md': GOOD, 'b.md': GOOD });
    const r = await run(['check', '.'], dir, true);
    expect(r.err).toContain('已检查 2/2');
    expect(r.err.endsWith('\r\u001b[K')).toBe(true);
    expect((await run(['check', '.'], dir, false)).err).toBe('');
  });
});

describe('parallel workers (bundled CLI)', () => {
  const bin = join(root, 'bin', 'xinxi.js');
  beforeAll(() => {
    let bundle = '';
    try {
      bundle = readFileSync(join(root, 'dist', 'cli.js'), 'utf8');
    } catch {
      /* not built */
    }
    if (!bundle.includes('xinxiWorker')) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  }, 180_000);

  it('gives output identical to the serial run, in the same order, in every format', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`d${String(i % 7)}/item-${String(i).padStart(3, '0')}.md`] = [GOOD, BAD, WARN_ONLY][i % 3]!.replace('12.6', String(i));
    files['d3/.xinxirc.yaml'] = 'rules:\n  fullwidth-punctuation: warning\n';
    const dir = folder(files);
    for (const format of ['json', 'sarif']) {
      const serial = spawnSync(process.execPath, [bin, 'check', '--jobs', '1', '--format', format, '.'], { cwd: dir, encoding: 'utf8' });
      const parallel = spawnSync(process.execPath, [bin, 'check', '--jobs', '3', '--format', format, '.'], { cwd: dir, encoding: 'utf8' });
      expect(parallel.stderr).toBe(serial.stderr);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(parallel.status).toBe(serial.status);
      expect(serial.status).toBe(1);
    }
    const j = JSON.parse(spawnSync(process.execPath, [bin, 'check', '--jobs', '3', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' }).stdout) as JsonOut;
    expect(j).toHaveLength(60);
    expect(j.map((f) => f.file)).toEqual([...j.map((f) => f.file)].sort((a, b) => a.localeCompare(b)));
    expect(j.find((f) => f.file === 'd3/item-003.md')!.messages.filter((m) => m.ruleId === 'fullwidth-punctuation').every((m) => m.severity === 'warning')).toBe(true);
  }, 120_000);
});
