/**
 * The CLI over the bundled examples: JSON output, positions, exit codes, fix then check, encodings.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const root = join(__dirname, '..', '..');

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), color: false, cwd });
  return { code, out, err };
}

function copyExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinxi-cli-'));
  cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
  return dir;
}

/** 1-based line and character column of the first occurrence of `needle` in a file. */
function where(text: string, needle: string, from = 0) {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, at).split(/\r?\n/);
  return { line: before.length, column: [...before[before.length - 1]!].length + 1 };
}

type Json = { file: string; messages: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string; fixable: boolean }[] }[];

const FOUNDATION = ['title-required', 'single-paragraph', 'no-attachment', 'body-length', 'fullwidth-punctuation'];
const GOOD = ['01-dongtai-good.md', '02-jingyan-good.md', '03-wenti-good.md', '04-jianyi-good.md', '05-jinji-shoubao-good.md', '06-sheqing-good.md'];

describe('xinxi check --format json examples/', () => {
  let dir: string;
  let json: Json;
  let code: number;
  beforeAll(async () => {
    dir = copyExamples();
    const r = await run(['check', '--format', 'json', 'examples/'], dir);
    code = r.code;
    json = JSON.parse(r.out);
  });
  const file = (name: string) => json.find((f) => f.file === `examples/${name}`)!;
  const text = (name: string) => readFileSync(join(dir, 'examples', name), 'utf8');
  const of = (name: string, ruleId: string) => file(name).messages.filter((m) => m.ruleId === ruleId);

  it('checks every draft, skips what .xinxiignore lists, exits 1 on errors', () => {
    const drafts = readdirSync(join(root, 'examples')).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md');
    expect(json.map((f) => f.file).sort()).toEqual(drafts.map((f) => `examples/${f}`).sort());
    expect(code).toBe(1);
  });

  it('reports nothing for the good drafts', () => {
    for (const name of GOOD) expect({ name, messages: file(name).messages }).toEqual({ name, messages: [] });
  });

  it('has the documented message shape', () => {
    const m = file('07-dongtai-faulty.md').messages[0]!;
    expect(Object.keys(m).sort()).toEqual(['column', 'endColumn', 'endLine', 'fixable', 'line', 'message', 'ruleId', 'severity']);
    expect(['error', 'warning', 'info']).toContain(m.severity);
  });

  it('07: title-required, fullwidth-punctuation, single-paragraph, no-attachment at the right places', () => {
    const t = text('07-dongtai-faulty.md');
    const body = t.split('---\n')[2]!.trimStart();
    expect(of('07-dongtai-faulty.md', 'title-required')).toMatchObject([{ severity: 'error', ...where(t, body.slice(0, 10)) }]);
    const commas = of('07-dongtai-faulty.md', 'fullwidth-punctuation');
    expect(commas.length).toBeGreaterThanOrEqual(3);
    for (const m of commas) {
      const line = t.split('\n')[m.line - 1]!;
      expect([',', '.', ';', ':', '(', ')', '?', '!']).toContain([...line][m.column - 1]);
      expect(m.fixable).toBe(true);
    }
    const second = t.split(/\n\n/).filter((p) => p.trim()).slice(-2)[0]!;
    expect(of('07-dongtai-faulty.md', 'single-paragraph')).toMatchObject([{ severity: 'warning', ...where(t, second.slice(0, 8)), fixable: false }]);
    expect(of('07-dongtai-faulty.md', 'no-attachment')).toMatchObject([{ severity: 'error', ...where(t, '附件：'), endColumn: where(t, '附件：').column + 3 }]);
  });

  it('08: body-length at error, from the first character past the budget', () => {
    const [m] = of('08-jingyan-too-long.md', 'body-length');
    expect(m!.severity).toBe('error');
    const lines = text('08-jingyan-too-long.md').split('\n');
    const chars = [...lines[m!.line - 1]!.slice(0)];
    const before = chars.slice(0, m!.column - 1).filter((c) => !/\s/u.test(c)).length;
    expect(before).toBe(600);
  });

  it('10 (plain text): fullwidth-punctuation and no-attachment with character columns', () => {
    const t = text('10-plain-text.txt');
    expect(of('10-plain-text.txt', 'no-attachment')).toMatchObject([where(t, '详见附件')]);
    expect(of('10-plain-text.txt', 'fullwidth-punctuation')[0]).toMatchObject(where(t, ','));
  });

  it('fix, then check: the fixable problems are gone and nothing else changed', async () => {
    const before = Object.fromEntries(GOOD.concat(['07-dongtai-faulty.md', '10-plain-text.txt']).map((n) => [n, text(n)]));
    const fixed = await run(['fix', 'examples/'], dir);
    expect(fixed.err).toContain('已修复');
    const after = JSON.parse((await run(['check', '--format', 'json', 'examples/'], dir)).out) as Json;
    for (const f of after) {
      expect({ file: f.file, fixable: f.messages.filter((m) => m.fixable) }).toEqual({ file: f.file, fixable: [] });
    }
    for (const n of GOOD) expect(text(n)).toBe(before[n]);
    // Only the half-width marks changed in 07: strip them and the texts agree.
    const norm = (s: string) => s.replace(/[,，]/g, 'C').replace(/[.。]/g, 'P').replace(/[;；]/g, 'S').replace(/[:：]/g, 'K').replace(/[(（]/g, 'O').replace(/[)）]/g, 'E');
    expect(norm(text('07-dongtai-faulty.md'))).toBe(norm(before['07-dongtai-faulty.md']!));
    expect(text('07-dongtai-faulty.md')).not.toBe(before['07-dongtai-faulty.md']);
    const stillThere = after.find((f) => f.file === 'examples/07-dongtai-faulty.md')!.messages.map((m) => m.ruleId);
    expect(stillThere).toEqual(expect.arrayContaining(['title-required', 'single-paragraph', 'no-attachment']));
  });
});

describe('exit codes, messages and encodings', () => {
  it('0 without errors, 1 with errors, 2 for usage and missing files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinxi-exit-'));
    writeFileSync(join(dir, 'good.md'), '---\n类型: 动态\n---\n\n# 清河县完成收购\n\n全县完成秋粮收购。\n');
    writeFileSync(join(dir, 'bad.md'), '# 清河县完成收购\n\n全县完成收购,详见附件。\n');
    expect((await run(['check', 'good.md'], dir)).code).toBe(0);
    expect((await run(['check', 'bad.md'], dir)).code).toBe(1);
    expect((await run(['check', 'nowhere.md'], dir)).code).toBe(2);
    expect((await run(['check', '--format', 'xml'], dir)).code).toBe(2);
    expect((await run(['frobnicate'], dir)).code).toBe(2);
    const unknownOption = await run(['check', '--colour'], dir);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.err).toContain('未知选项');
  });

  it('prints Chinese help for the program and each command', async () => {
    expect((await run(['--help'], root)).out).toContain('用法');
    expect((await run(['check', '--help'], root)).out).toContain('--format');
    expect((await run(['fix', '--help'], root)).out).toContain('--unsafe');
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect((await run(['--version'], root)).out).toBe(`${version}\n`);
    expect((await run(['--help'], root)).out).toContain(`xinxi ${version} `);
  });

  it('reports a binary file and an invalid encoding, and goes on with the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinxi-bad-'));
    writeFileSync(join(dir, 'a.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'b.md'), '# 清河县完成收购\n\n全县完成收购。\n');
    writeFileSync(join(dir, '.xinxirc.yaml'), ''); // a drafts folder: every .md in it is a draft
    const r = await run(['check', '--format', 'json', '.'], dir);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as (Json[number] & { error?: string })[];
    expect(json.find((f) => f.file === 'a.md')!.error).toContain('二进制');
    expect(json.find((f) => f.file === 'b.md')!.messages).toBeDefined();
  });

  it('reads GBK and UTF-8 with BOM like UTF-8, and fix keeps the encoding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinxi-enc-'));
    const text = '---\n类型: 动态\n---\n\n# 清河县完成收购\n\n全县完成收购,进度良好。\n';
    writeFileSync(join(dir, 'utf8.md'), text);
    writeFileSync(join(dir, 'bom.md'), `\uFEFF${text}`);
    writeFileSync(join(dir, 'gbk.md'), iconv.encode(text, 'gbk'));
    const json = JSON.parse((await run(['check', '--format', 'json', '.'], dir)).out) as Json;
    const strip = (f: Json[number]) => f.messages;
    expect(strip(json.find((f) => f.file === 'bom.md')!)).toEqual(strip(json.find((f) => f.file === 'utf8.md')!));
    expect(strip(json.find((f) => f.file === 'gbk.md')!)).toEqual(strip(json.find((f) => f.file === 'utf8.md')!));
    await run(['fix', '.'], dir);
    expect(iconv.decode(readFileSync(join(dir, 'gbk.md')), 'gbk')).toContain('收购，进度');
    expect(readFileSync(join(dir, 'bom.md'), 'utf8').startsWith('\uFEFF')).toBe(true);
  });

  it('reports broken config on stderr with the file and key, and still lints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinxi-badcfg-'));
    writeFileSync(join(dir, '.xinxirc.yaml'), 'rules:\n  no-such-rule: error\n');
    writeFileSync(join(dir, 'a.md'), '# 标题\n\n甲,乙。\n');
    const r = await run(['check', 'a.md'], dir);
    expect(r.err).toContain('.xinxirc.yaml（rules.no-such-rule）');
    expect(r.out).toContain('fullwidth-punctuation');
  });
});

describe('bin/xinxi.js', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'cli.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  });

  it('runs the bundled CLI with the documented exit codes', () => {
    const dir = copyExamples();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'xinxi.js'), 'check', 'examples/07-dongtai-faulty.md'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('title-required');
    const good = spawnSync(process.execPath, [join(root, 'bin', 'xinxi.js'), 'check', 'examples/01-dongtai-good.md'], { cwd: dir, encoding: 'utf8' });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('没有发现问题');
  });

  it('stops quietly when the reader of its output goes away (xinxi check … | head)', () => {
    const dir = copyExamples();
    // Far more output than a pipe holds: 300 faulty drafts.
    const faulty = readFileSync(join(dir, 'examples', '07-dongtai-faulty.md'), 'utf8');
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `many-${i}.md`), faulty);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(root, 'bin', 'xinxi.js')}" check --format json . | head -c 100 > /dev/null`], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
  });
});
