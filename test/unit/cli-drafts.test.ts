/**
 * Issue 15 §2, §5, §6 (CLI points): the CLI acts on drafts only, by the definition it shares with the editor; line
 * and column in one pass; the kind in stylish and JSON; missing paths and file errors in plain Chinese.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ConfigResolver, hasKindFrontMatter, isTemplatePath, type ConfigHost } from '../../src/core/config-load.js';
import { charPoints, toJsonMessages } from '../../src/cli/formats.js';
import { filesMatching, parseJsonc } from '../../src/cli/drafts.js';
import type { LintMessage } from '../../src/core/types.js';
import { allRules } from '../../src/index.js';
import { DRAFT, DRAFT_FIXED, folder, NOT_DRAFT, run } from './cli-helpers.js';

type JsonOut = { file: string; kind?: string; kindSource?: string; error?: string; messages: { ruleId: string; line: number; column: number }[] }[];

/** A code project with a few drafts in it, as in the project's own clone. */
function project(): string {
  return folder({
    'README.md': NOT_DRAFT,
    'CHANGELOG.md': '# 变更\n\n- 修复了问题,改进了性能.\n',
    'docs/guide.txt': '使用说明,请先安装.\n',
    'notes/front-matter.md': DRAFT, // 类型 in front matter: a draft wherever it is
    'drafts/.xinxirc.yaml': 'unit: 清河县农业农村局\n',
    'drafts/no-front-matter.md': '# 清河县完成秋粮收购\n\n全县完成收购,进度良好.\n', // under a .xinxirc: a draft
    'drafts/sub/deeper.txt': '清河县完成秋粮收购\n\n全县完成收购,进度良好.\n', // an ancestor has a .xinxirc
    '.xinxi/templates/模板.md': DRAFT, // a team template: never a draft
  });
}

describe('without paths the CLI checks drafts only (issue 15 §2)', () => {
  it('check: drafts by .xinxirc upward or 类型 in front matter; says how many .md/.txt files were skipped', async () => {
    const dir = project();
    const r = await run(['check', '--format', 'json'], dir);
    const files = (JSON.parse(r.out) as JsonOut).map((f) => f.file).sort();
    expect(files).toEqual(['drafts/no-front-matter.md', 'drafts/sub/deeper.txt', 'notes/front-matter.md']);
    // README.md, CHANGELOG.md, docs/guide.txt and the template.
    expect(r.err).toContain('跳过了 4 个不是信息稿的 .md/.txt 文件');
    // A folder named on the command line is walked the same way.
    const named = await run(['check', '--format', 'json', '.'], dir);
    expect((JSON.parse(named.out) as JsonOut).map((f) => f.file).sort()).toEqual(files);
  });

  it('fix never writes a file that is not a draft, and writes the drafts', async () => {
    const dir = project();
    const before = readFileSync(join(dir, 'README.md'), 'utf8');
    const dry = await run(['fix', '--dry-run'], dir);
    expect(dry.err).not.toContain('README.md');
    expect(dry.err).not.toContain('CHANGELOG.md');
    expect(dry.err).toContain('将修改 notes/front-matter.md');
    const r = await run(['fix'], dir);
    expect(r.err).toContain('已修复 3 个文件');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toContain('问题,改进');
    expect(readFileSync(join(dir, 'docs/guide.txt'), 'utf8')).toContain('说明,请');
    expect(readFileSync(join(dir, '.xinxi/templates/模板.md'), 'utf8')).toBe(DRAFT);
    expect(readFileSync(join(dir, 'notes/front-matter.md'), 'utf8')).toBe(DRAFT_FIXED);
    // Patterns go through the same filter.
    const glob = await run(['fix', '--dry-run', '**/*.md'], dir);
    expect(glob.err).not.toContain('README.md');
  });

  it('patterns and named folders honour every .xinxiignore from the working folder down (audit 15-20 §5)', async () => {
    const dir = folder({
      '.xinxirc.yaml': '',
      'a.md': DRAFT,
      'drafts/.xinxiignore': '# 不检查\nold.md\nsub/skip.txt\narchive/\n',
      'drafts/new.md': DRAFT,
      'drafts/old.md': DRAFT,
      'drafts/sub/keep.txt': '清河县完成秋粮收购\n\n全县完成收购,进度良好.\n',
      'drafts/sub/skip.txt': '清河县完成秋粮收购\n\n全县完成收购,进度良好.\n',
      'drafts/archive/2025.md': DRAFT,
    });
    const files = async (...args: string[]) => (JSON.parse((await run(['check', '--format', 'json', ...args], dir)).out) as JsonOut).map((f) => f.file).sort();
    expect(await files('**/*.md')).toEqual(['a.md', 'drafts/new.md']);
    expect(await files('drafts/*.md')).toEqual(['drafts/new.md']);
    expect(await files('drafts/**/*.txt')).toEqual(['drafts/sub/keep.txt']);
    // A .xinxiignore above a named folder or pattern applies when it does not exclude that folder itself.
    expect(await files('drafts/sub/*.txt')).toEqual(['drafts/sub/keep.txt']);
    expect(await files('drafts/sub')).toEqual(['drafts/sub/keep.txt']);
    expect(await files('drafts')).toEqual(['drafts/new.md', 'drafts/sub/keep.txt']);
    expect(await files()).toEqual(['a.md', 'drafts/new.md', 'drafts/sub/keep.txt']);
    // A folder named explicitly is walked even when a .xinxiignore above it excludes it.
    expect(await files('drafts/archive')).toEqual(['drafts/archive/2025.md']);
    expect(await files('drafts/archive/*.md')).toEqual(['drafts/archive/2025.md']);
    // The answer does not depend on what was named before it in the same run.
    expect(await files('.', 'drafts/archive')).toEqual(['a.md', 'drafts/archive/2025.md', 'drafts/new.md', 'drafts/sub/keep.txt']);
    // fix: a file a nested .xinxiignore excludes is never written.
    const dry = await run(['fix', '--dry-run', '**/*.md'], dir);
    expect(dry.err).toContain('将修改 drafts/new.md');
    expect(dry.err).not.toContain('old.md');
    await run(['fix', '**/*.md', '**/*.txt'], dir);
    expect(readFileSync(join(dir, 'drafts/old.md'), 'utf8')).toBe(DRAFT);
    expect(readFileSync(join(dir, 'drafts/sub/skip.txt'), 'utf8')).toContain('收购,进度');
    expect(readFileSync(join(dir, 'drafts/new.md'), 'utf8')).toBe(DRAFT_FIXED);
  });

  it('a file named explicitly is always checked (and fixed)', async () => {
    const dir = project();
    const r = await run(['check', '--format', 'json', 'README.md'], dir);
    const j = JSON.parse(r.out) as JsonOut;
    expect(j.map((f) => f.file)).toEqual(['README.md']);
    expect(j[0]!.messages.some((m) => m.ruleId === 'fullwidth-punctuation')).toBe(true);
    await run(['fix', 'README.md'], dir);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('收购，进度良好。');
  });

  it('xinxi.files in the workspace settings (.vscode/settings.json, with comments) makes files drafts', async () => {
    const dir = project();
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    writeFileSync(
      join(dir, '.vscode', 'settings.json'),
      '{\n  // 信息稿在 docs 中\n  "xinxi.files": ["docs/**/*.txt",],\n  /* other settings */ "editor.tabSize": 2,\n}\n',
    );
    const sub = join(dir, 'docs');
    // Run from a subfolder: the workspace's settings are found upward.
    const r = await run(['check', '--format', 'json'], sub);
    expect((JSON.parse(r.out) as JsonOut).map((f) => f.file)).toEqual(['guide.txt']);
  });

  it('xinxi.files reaches no file and reads no folder outside the folder its settings belong to (audit 15-20 §6)', async () => {
    const outer = folder({ 'sibling/secret.md': NOT_DRAFT, 'sibling/deep/x.txt': '说明,请先安装.\n' });
    const dir = join(outer, 'repo');
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    mkdirSync(join(dir, 'docs'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'guide.txt'), '使用说明,请先安装.\n');
    const patterns = ['/**/*', '../**/*.md', `${outer}/sibling/**`, '{..,.}/**/*.txt', 'docs/*.txt'];
    writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'xinxi.files': patterns }));
    const hits = await filesMatching({ root: dir, patterns });
    expect([...hits]).toEqual([join(dir, 'docs', 'guide.txt')]);
    // A pattern that climbs and comes back down still reaches the folder's own files.
    expect([...(await filesMatching({ root: dir, patterns: ['../repo/docs/*.txt'] }))]).toEqual([join(dir, 'docs', 'guide.txt')]);
    const started = Date.now();
    const r = await run(['check', '--format', 'json'], dir);
    expect((JSON.parse(r.out) as JsonOut).map((f) => f.file)).toEqual(['docs/guide.txt']);
    expect(Date.now() - started).toBeLessThan(10_000); // `/**/*` once walked the whole disk
  });

  it('a draft in GBK with 类型 in its front matter is recognised', async () => {
    const dir = folder({ 'gbk.md': iconv.encode(DRAFT, 'gbk'), 'other.md': iconv.encode(NOT_DRAFT, 'gbk') });
    const r = await run(['check', '--format', 'json'], dir);
    expect((JSON.parse(r.out) as JsonOut).map((f) => f.file)).toEqual(['gbk.md']);
    expect(r.err).toContain('跳过了 1 个');
  });

  it('nothing to check: a clear message and exit 2, no success line', async () => {
    const dir = folder({ 'README.md': NOT_DRAFT });
    const r = await run(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('没有找到可检查的信息稿');
  });
});

describe('one definition of a draft, shared with the editor (src/core/config-load.ts)', () => {
  const host = (files: Record<string, string>): ConfigHost => ({
    read: async (p) => files[p],
    dirname: (p) => p.replace(/\/[^/]*$/, '') || '/',
    join: (d, n) => `${d === '/' ? '' : d}/${n}`,
    resolve: (d, t) => (t.startsWith('/') ? t : `${d}/${t}`),
  });

  it('config upward, 类型/type front matter, patterns and marks; never a team template', async () => {
    const r = new ConfigResolver(allRules, host({ '/team/.xinxirc.yaml': '' }));
    expect(await r.isDraft('/team/a/b.md', { head: '# 标题' })).toBe(true);
    expect(await r.isDraft('/other/b.md', { head: '# 标题' })).toBe(false);
    expect(await r.isDraft('/other/b.md', { head: '---\ntype: 问题\n---\n' })).toBe(true);
    expect(await r.isDraft('/other/b.md', { head: '# 标题', byPattern: true })).toBe(true);
    expect(await r.isDraft('/other/b.md', { head: '# 标题', marked: true })).toBe(true);
    expect(await r.isDraft('/team/.xinxi/templates/t.md', { head: '---\n类型: 动态\n---\n' })).toBe(false);
    expect(await r.isDraft('/other/b.md', { untitled: true, head: '---\n类型: 动态\n---\n' })).toBe(true);
    // The head is read only when config and patterns do not decide.
    let read = 0;
    await r.isDraft('/team/x.md', { head: () => (read++, '') });
    expect(read).toBe(0);
    expect(hasKindFrontMatter('\uFEFF---\n单位: 某局\n类型: 经验\n---\n')).toBe(true);
    expect(hasKindFrontMatter('# 类型: 经验\n')).toBe(false);
    expect(isTemplatePath('C:\\团队\\.xinxi\\templates\\a.md')).toBe(true);
  });

  it('the extension uses it (no second definition in src/extension)', () => {
    const linter = readFileSync(join(__dirname, '..', '..', 'src', 'extension', 'linter.ts'), 'utf8');
    expect(linter).toContain('this.resolver.isDraft(');
    expect(linter).not.toMatch(/类型\|type/);
  });

  it('settings.json with comments and trailing commas parses', () => {
    expect(parseJsonc('{"a": "//not a comment", /* c */ "b": [1, 2,], // x\n}')).toEqual({ a: '//not a comment', b: [1, 2] });
  });
});

describe('line and column in one pass (issue 15 §5)', () => {
  /** The reference: count characters from the line start for each offset. */
  function reference(text: string, offset: number) {
    const before = text.slice(0, offset);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    let column = 1;
    for (let i = lineStart; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) i++;
      column++;
    }
    const lines = before.split(/\r\n|\n|\r/).length;
    return { line: lines, column };
  }

  it('matches counting from the line start, for every offset, with emoji, CRLF, lone CR and split pairs', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['全县', ',', '😀', '\n', '\r\n', '\r', 'ab', '𠮷', '。', ' '];
    let text = '';
    for (let i = 0; i < 3000; i++) text += pieces[Math.floor(rnd() * pieces.length)];
    const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
    const got = charPoints(text, offsets);
    for (const o of offsets) {
      const ref = reference(text, o);
      // A lone CR ends a line for both; at an offset right after "\r" of "\r\n" the reference splits there too.
      if (text[o - 1] === '\r' && text[o] === '\n') continue;
      expect({ o, ...got.get(o)! }).toEqual({ o, ...ref });
    }
  });

  it('messages dense in one long paragraph get the right columns (BOM not counted)', () => {
    const unit = '全县完成收购,进度良好.';
    const text = `\uFEFF# 标题\n\n${unit.repeat(2000)}\n`;
    const messages: LintMessage[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ',') messages.push({ ruleId: 'x', severity: 'error', message: '', messageEn: '', start: i, end: i + 1, fixes: [] } as unknown as LintMessage);
    }
    const out = toJsonMessages(text, messages);
    expect(out).toHaveLength(2000);
    expect(out[0]).toMatchObject({ line: 3, column: 7, endLine: 3, endColumn: 8 });
    expect(out[1999]).toMatchObject({ line: 3, column: 1999 * unit.length + 7 });
  });
});

describe('what the CLI says (issue 15 §6)', () => {
  it('the kind and where it came from: on each file line in stylish, kind and kindSource in JSON', async () => {
    const dir = folder({
      '.xinxirc.yaml': '',
      'a.md': DRAFT,
      'b.md': '# 关于清河县秋粮收购进度偏慢的问题\n\n全县收购进度偏慢,主要原因是资金不足.\n',
      'c.md': '# 清河县完成收购\n\n全县完成收购,进度良好.\n',
    });
    const j = JSON.parse((await run(['check', '--format', 'json'], dir)).out) as JsonOut;
    const kinds = Object.fromEntries(j.map((f) => [f.file, [f.kind, f.kindSource]]));
    expect(kinds['a.md']).toEqual(['动态', 'front-matter']);
    expect(kinds['b.md']![1]).toBe('inferred');
    expect(kinds['c.md']).toEqual(['动态', 'default']);
    const s = (await run(['check'], dir)).out;
    expect(s).toContain('a.md  类型：动态（前置信息）');
    expect(s).toMatch(/b\.md {2}类型：\S+（按内容推断）/);
    expect(s).toContain('c.md  类型：动态（默认）');
  });

  it('stylish names each rule (全角标点) before its id; `xinxi rules` lists name, id, severity; kinds by their one name (issue 19 §2, §7)', async () => {
    const dir = folder({ '.xinxirc.yaml': '', 'a.md': '---\n类型: 紧急-首报\n---\n\n# 南岭县石门镇发生山体塌方\n\n11月19日15时20分,南岭县石门镇发生山体塌方。\n' });
    const s = (await run(['check', 'a.md'], dir)).out;
    expect(s).toContain('a.md  类型：紧急首报（前置信息）');
    expect(s).toMatch(/中文语境中应使用全角逗号.*  全角标点 fullwidth-punctuation\n/);
    const rules = (await run(['rules'], dir)).out.split('\n');
    expect(rules.find((l) => l.includes(' fullwidth-punctuation '))).toMatch(/^全角标点 +fullwidth-punctuation +错误  中文语境/);
    // Names line up in a terminal (a Chinese character takes two columns).
    const cells = (t: string) => [...t].reduce((n, c) => n + (/\p{Script=Han}/u.test(c) ? 2 : 1), 0);
    const column = (l: string) => cells(/^\S+ +/.exec(l)![0]);
    const widths = new Set(rules.filter(Boolean).map(column));
    expect(widths.size).toBe(1);
  });

  it('a missing path: its error, exit 2, and no success line', async () => {
    const dir = folder({ '.xinxirc.yaml': '', 'ok.md': DRAFT_FIXED });
    const only = await run(['check', 'nosuch.md'], dir);
    expect(only.code).toBe(2);
    expect(only.err).toContain('找不到 nosuch.md');
    expect(only.out).not.toContain('✔');
    expect(only.out).toBe('');
    const both = await run(['check', 'nosuch.md', 'ok.md'], dir);
    expect(both.code).toBe(2);
    expect(both.out).not.toContain('✔');
    expect(both.out).toContain('1 个路径找不到');
  });

  it('file errors in plain Chinese, never a bare ENOENT or EACCES', async () => {
    const dir = folder({ '.xinxirc.yaml': '', 'a.md': DRAFT });
    // A folder with a draft's name, a dangling symlink named explicitly, and an unwritable report location.
    mkdirSync(join(dir, 'folder.md'));
    writeFileSync(join(dir, 'blocker'), '');
    const r = await run(['check', '--report', 'blocker/report.html', 'a.md', 'folder.md/'], dir);
    const all = r.out + r.err;
    expect(all).not.toMatch(/\bE[A-Z]{3,}\b/);
    expect(r.err).toContain('无法写入报告');
    expect(r.err).toMatch(/路径中有一段不是文件夹|文件或文件夹不存在/);
  });
});
