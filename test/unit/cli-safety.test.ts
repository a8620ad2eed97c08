/**
 * Issue 20: a hostile repository cannot make the CLI overwrite, hang or leak. Each test builds the attack in a
 * temporary folder, runs the CLI as a user would, and checks that it fails safely with a clear Chinese message.
 * Anything that could block (FIFOs) runs the bundled CLI in a child process with a timeout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { absolutePath, bulletinCommand, clipboardCommands, exportCommand, type CommandIo } from '../../src/cli/export-commands.js';
import { admit, boundaryOf } from '../../src/cli/io.js';
import { skipBecause } from './skip';
import { DRAFT, DRAFT_FIXED, folder, run, spawnCli } from './cli-helpers.js';

const posix = process.platform !== 'win32';

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

async function exporting(args: string[], cwd: string, command = exportCommand) {
  let out = '';
  let err = '';
  const io: CommandIo = { out: (s) => (out += s), err: (s) => (err += s), color: false, cwd, clipboard: () => undefined };
  const code = await command(args, io);
  return { code, out, err };
}

/** A repository: a draft, `export.gate: warn`, and a victim file outside it. */
function repository(): { dir: string; repo: string; victim: string } {
  const dir = folder({
    'victim/profile': 'export PATH=/usr/bin\n',
    'repo/.xinxirc.yaml': 'export:\n  gate: warn\n',
    'repo/a.md': DRAFT_FIXED,
  });
  return { dir, repo: join(dir, 'repo'), victim: join(dir, 'victim', 'profile') };
}

describe.runIf(posix)('writes never follow a link and never overwrite silently (issue 20 §1)', () => {
  it('export: a committed a-报送稿.txt -> ../victim/profile is not written through', async () => {
    const { repo, victim } = repository();
    symlinkSync('../victim/profile', join(repo, 'a-报送稿.txt'));
    for (const extra of [[], ['--force']]) {
      const r = await exporting(['a.md', ...extra], repo);
      expect(r.code).toBe(2);
      expect(r.err).toContain('符号链接');
      expect(readFileSync(victim, 'utf8')).toBe('export PATH=/usr/bin\n');
      expect(lstatSync(join(repo, 'a-报送稿.txt')).isSymbolicLink()).toBe(true);
    }
  });

  it('export: an existing file is kept unless --force; a FIFO or a folder is never a target', async () => {
    const { repo } = repository();
    writeFileSync(join(repo, 'a-报送稿.txt'), '旧的报送稿\n');
    const kept = await exporting(['a.md'], repo);
    expect(kept.code).toBe(2);
    expect(kept.err).toContain('文件已存在，未覆盖');
    expect(kept.err).toContain('--force');
    expect(readFileSync(join(repo, 'a-报送稿.txt'), 'utf8')).toBe('旧的报送稿\n');
    const forced = await exporting(['a.md', '--force'], repo);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(repo, 'a-报送稿.txt'), 'utf8')).toContain('清河县完成秋粮收购');
    // No temporary file is left behind.
    expect(readdirSync(repo).filter((f) => f.includes('.tmp'))).toEqual([]);
    mkfifo(join(repo, 'pipe.txt'));
    const fifo = spawnCli(['export', 'a.md', '-o', 'pipe.txt', '--force'], repo, { timeout: 15_000 });
    expect(fifo.timedOut).toBe(false);
    expect(fifo.code).toBe(2);
    expect(fifo.err).toContain('不是普通文件');
    const other = folder({ 'a.md': DRAFT_FIXED });
    mkdirSync(join(other, 'a-报送稿.txt'));
    const folderTarget = await exporting(['a.md', '--force'], other);
    expect(folderTarget.code).toBe(2);
    expect(folderTarget.err).toContain('目标是文件夹');
  });

  it('bulletin: the same rules for its output file', async () => {
    const { repo, victim } = repository();
    symlinkSync('../victim/profile', join(repo, '清河信息第1期.txt'));
    const r = await exporting(['a.md', '--name', '清河信息', '--issue', '1', '--unit', '县委办', '--to', 'txt', '--force'], repo, bulletinCommand);
    expect(r.code).toBe(2);
    expect(r.err).toContain('符号链接');
    expect(readFileSync(victim, 'utf8')).toBe('export PATH=/usr/bin\n');
  });

  it('--report: not through a link, not over an existing file unless --force', async () => {
    const { repo, victim } = repository();
    symlinkSync('../victim/profile', join(repo, 'report.html'));
    const linked = await run(['check', '--report', 'report.html', '--force'], repo);
    expect(linked.code).toBe(2);
    expect(linked.err).toContain('无法写入报告 report.html：目标是符号链接');
    expect(readFileSync(victim, 'utf8')).toBe('export PATH=/usr/bin\n');
    writeFileSync(join(repo, 'old.csv'), '旧报告');
    const kept = await run(['check', '--report', 'old.csv'], repo);
    expect(kept.code).toBe(2);
    expect(kept.err).toContain('文件已存在，未覆盖。加 --force 可覆盖');
    expect(readFileSync(join(repo, 'old.csv'), 'utf8')).toBe('旧报告');
    const forced = await run(['check', '--report', 'old.csv', '--force'], repo);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(repo, 'old.csv'), 'utf8')).toContain('a.md');
  });

  it('fix: a draft named explicitly that is a link is checked but not written', async () => {
    const { repo, victim } = repository();
    writeFileSync(victim, '全县完成收购,进度良好.\n');
    symlinkSync('../victim/profile', join(repo, 'notes.md'));
    const r = await run(['fix', 'notes.md'], repo);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未修复 notes.md：目标是符号链接');
    expect(r.err).toContain('稿件未改动');
    expect(readFileSync(victim, 'utf8')).toBe('全县完成收购,进度良好.\n');
  });
});

describe.runIf(posix)('patterns and folder walks stay inside the folders named (issue 20 §2)', () => {
  it("fix '**/*.md' does not follow notes.md -> the victim, nor a link to /", async () => {
    const { repo, victim } = repository();
    writeFileSync(victim, '全县完成收购,进度良好.\n');
    writeFileSync(join(repo, 'b.md'), DRAFT);
    symlinkSync('../victim/profile', join(repo, 'notes.md'));
    symlinkSync('/', join(repo, 'root'));
    symlinkSync('../victim', join(repo, 'outside'));
    const r = spawnCli(['fix', '**/*.md'], repo, { timeout: 20_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(0);
    // The links are not even walked: nothing outside was looked at.
    expect(r.err).not.toMatch(/以外|符号链接/);
    expect(readFileSync(victim, 'utf8')).toBe('全县完成收购,进度良好.\n');
    expect(readFileSync(join(repo, 'b.md'), 'utf8')).toBe(DRAFT_FIXED);
    // The folder walk too.
    const walk = await run(['fix', '--format', 'json'], repo);
    expect((JSON.parse(walk.out) as { file: string }[]).map((f) => f.file).sort()).toEqual(['a.md', 'b.md']);
    expect(walk.err).toContain('跳过了 1 个符号链接');
    expect(readFileSync(victim, 'utf8')).toBe('全县完成收购,进度良好.\n');
  });

  it('a folder or pattern named through a committed link (drafts -> ../victim) is refused by real path', () => {
    const { dir, repo } = repository();
    writeFileSync(join(dir, 'victim', 'x.md'), DRAFT);
    symlinkSync('../victim', join(repo, 'drafts'));
    mkfifo(join(repo, 'pipe.md'));
    for (const args of [['drafts/*.md'], ['drafts'], ['drafts/'], ['*/*.md', '*.md']]) {
      const r = spawnCli(['fix', '--format', 'json', ...args], repo, { timeout: 15_000 });
      expect(r.timedOut).toBe(false);
      expect(readFileSync(join(dir, 'victim', 'x.md'), 'utf8')).toBe(DRAFT);
      if (args[0] !== '*/*.md') expect(r.err).toContain('跳过了 1 个经符号链接位于所给文件夹以外的文件');
      else expect((JSON.parse(r.out) as { file: string }[]).map((f) => f.file)).toEqual(['a.md']);
    }
    // Named by its real path, it is the user's choice.
    const real = spawnCli(['check', '--format', 'json', '../victim/'], repo, { timeout: 15_000 });
    expect((JSON.parse(real.out) as { file: string }[]).map((f) => f.file)).toHaveLength(1);
  });

  it('each file found is checked for what it is: a link, not a regular file, or outside by real path', () => {
    const { dir, repo } = repository();
    symlinkSync('a.md', join(repo, 'link.md'));
    mkfifo(join(repo, 'pipe.md'));
    symlinkSync('../victim', join(repo, 'out'));
    writeFileSync(join(dir, 'victim', 'x.md'), DRAFT);
    const boundary = boundaryOf(repo, repo);
    expect(admit(join(repo, 'a.md'), boundary)).toBe('ok');
    expect(admit(join(repo, 'link.md'), boundary)).toBe('link');
    expect(admit(join(repo, 'pipe.md'), boundary)).toBe('special');
    expect(admit(join(repo, 'out', 'x.md'), boundary)).toBe('outside');
    expect(admit(join(repo, 'out', 'x.md'), boundaryOf(join(repo, 'out'), repo))).toBe('outside');
    expect(admit(join(dir, 'victim', 'x.md'), boundaryOf(join(dir, 'victim'), repo))).toBe('ok');
  });
});

describe.runIf(posix)('fix writes atomically (issue 20 §5)', () => {
  const big = `${DRAFT.trimEnd()}${'全县完成收购,进度良好.'.repeat(600)}\n`;

  it('a write that fails (file size limit) is reported and the draft is untouched', () => {
    const dir = folder({ '.xinxirc.yaml': '', 'a.md': big });
    // `ulimit -f 4`: files may not grow past 2 KB (dash) or 4 KB (bash); the draft is ~20 KB. The old in-place
    // write left the draft cut at the limit.
    const r = spawnCli(['fix', 'a.md'], dir, { prefix: ['/bin/sh', '-c', 'ulimit -f 4 && exec "$@"', 'sh'] });
    expect(r.code).toBe(2);
    expect(r.err).toContain('未修复 a.md：文件超过系统允许的大小，稿件未改动');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(big);
    expect(readdirSync(dir).sort()).toEqual(['.xinxirc.yaml', 'a.md']);
  });

  it('the fixed file keeps its permission bits (whatever the umask) and no temporary file is left', () => {
    const dir = folder({ '.xinxirc.yaml': '', 'a.md': DRAFT });
    chmodSync(join(dir, 'a.md'), 0o664);
    const r = spawnCli(['fix'], dir, { prefix: ['/bin/sh', '-c', 'umask 077 && exec "$@"', 'sh'] });
    expect(r.err).toContain('已修复 1 个文件');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(DRAFT_FIXED);
    expect(statSync(join(dir, 'a.md')).mode & 0o777).toBe(0o664);
    expect(readdirSync(dir).sort()).toEqual(['.xinxirc.yaml', 'a.md']);
  });
});

describe.runIf(posix)('special and huge files are refused before reading (issue 20 §7)', () => {
  it('.xinxiignore -> /dev/zero: refused at once with a message, the check goes on', () => {
    const dir = folder({ '.xinxirc.yaml': '', 'a.md': DRAFT_FIXED });
    symlinkSync('/dev/zero', join(dir, '.xinxiignore'));
    const r = spawnCli(['check'], dir, { timeout: 15_000 });
    expect(r.timedOut).toBe(false);
    expect(r.err).toContain('.xinxiignore：不是普通文件');
    expect(r.code).toBe(0);
  });

  it('a FIFO as config file, as `extends` target, as ignore file or as a draft never hangs', () => {
    for (const setup of [
      (d: string) => mkfifo(join(d, '.xinxirc.yaml')),
      (d: string) => (writeFileSync(join(d, '.xinxirc.yaml'), 'extends: shared.yaml\n'), mkfifo(join(d, 'shared.yaml'))),
      (d: string) => (writeFileSync(join(d, '.xinxirc.yaml'), ''), mkfifo(join(d, '.xinxiignore'))),
    ]) {
      const dir = folder({ 'a.md': DRAFT_FIXED });
      setup(dir);
      const r = spawnCli(['check', 'a.md'], dir, { timeout: 15_000 });
      expect(r.timedOut).toBe(false);
      expect(r.err).toContain('不是普通文件');
    }
    const dir = folder({ '.xinxirc.yaml': '' });
    mkfifo(join(dir, 'pipe.md'));
    const named = spawnCli(['check', 'pipe.md'], dir, { timeout: 15_000 });
    expect(named.timedOut).toBe(false);
    expect(named.code).toBe(2);
    expect(named.out).toContain('不是普通文件');
  });

  it('a config file over the cap is not read (named in the message); defaults apply', async () => {
    const dir = folder({ '.xinxirc.yaml': `unit: 某局\n# ${'x'.repeat(2 * 1024 * 1024)}\n`, 'a.md': DRAFT_FIXED });
    const r = await run(['check', 'a.md'], dir);
    expect(r.err).toMatch(/\.xinxirc\.yaml：无法读取配置文件：文件过大（2\.0 MB），超过上限 1\.0 MB/);
    expect(r.code).toBe(0);
  });

  it('drafts above --max-file-size get a message (default 1,000,000 characters)', async () => {
    const dir = folder({
      '.xinxirc.yaml': '',
      'a.md': DRAFT_FIXED,
      // 15 KB: over three bytes a character, refused before reading.
      'big.md': `${DRAFT_FIXED}${'全'.repeat(5000)}\n`,
      // 2,600 characters in 2,600 bytes: read, then refused by its character count.
      'long.md': `${DRAFT_FIXED}${'x'.repeat(2600)}\n`,
    });
    const r = await run(['check', '--format', 'json', '--max-file-size', '2000'], dir);
    const j = JSON.parse(r.out) as { file: string; error?: string }[];
    expect(j.find((f) => f.file === 'big.md')!.error).toBe('文件过大，超过稿件上限 2,000 个字符，未检查；确需检查请加大 --max-file-size。');
    expect(j.find((f) => f.file === 'long.md')!.error).toMatch(/^稿件有 2,6\d\d 个字符，超过上限 2,000 个，未检查/);
    expect(j.find((f) => f.file === 'a.md')!.error).toBeUndefined();
    expect(r.code).toBe(2);
    const fix = await run(['fix', '--max-file-size', '2000', 'big.md'], dir);
    expect(fix.out).toContain('--max-file-size');
    expect((await run(['check', '--max-file-size', 'many'], dir)).code).toBe(2);
  });
});

describe('Windows: the clipboard by full path, no network paths in extends (issue 20 §9)', () => {
  it('clip.exe from the system folder, never through the search path', () => {
    const [clip] = clipboardCommands('win32', { SystemRoot: 'C:\\Windows' }, '标题');
    expect(clip!.cmd).toBe('C:\\Windows\\System32\\clip.exe');
    // A SystemRoot that is relative or a network path is not trusted.
    expect(clipboardCommands('win32', { SystemRoot: 'evil' }, '')[0]!.cmd).toBe('C:\\Windows\\System32\\clip.exe');
    expect(clipboardCommands('win32', { SystemRoot: '\\\\host\\share' }, '')[0]!.cmd).toBe('C:\\Windows\\System32\\clip.exe');
    expect(clipboardCommands('darwin', {}, '')[0]!.cmd).toBe('/usr/bin/pbcopy');
    // Elsewhere the tools are looked up in the absolute folders of PATH only.
    expect(absolutePath('.:/usr/bin::bin:/bin', ':')).toBe('/usr/bin:/bin');
  });

  it('extends: //host/share/x.yaml and \\\\host\\share\\x.yaml are refused with a message', async () => {
    const dir = folder({
      '.xinxirc.yaml': 'extends:\n  - //host/share/x.yaml\n  - "\\\\\\\\host\\\\share\\\\x.yaml"\n',
      'a.md': DRAFT_FIXED,
    });
    const r = await run(['check', 'a.md'], dir);
    expect(r.err.match(/不读取网络路径（UNC）上的配置/g)).toHaveLength(2);
    expect(r.err).toContain('//host/share/x.yaml');
    expect(r.err).toContain('\\\\host\\share\\x.yaml');
  });
});

describe('fix on a GBK draft never writes “?” (issue 20 §10)', () => {
  it('a fix that brings a character GBK lacks is refused; the draft is untouched', async () => {
    // The team's word list replaces 旧称 with a name written with 𠮷 (not in GBK).
    const text = `${DRAFT.replace('全县', '旧称全县')}`;
    const bytes = iconv.encode(text, 'gbk');
    const dir = folder({ '.xinxirc.yaml': 'terms:\n  forbidden:\n    - { wrong: 旧称, right: 𠮷称 }\n', 'a.md': bytes });
    const r = await run(['fix', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('GBK 无法表示的字符“𠮷”（U+20BB7，第 7 行）');
    expect(readFileSync(join(dir, 'a.md')).equals(bytes)).toBe(true);
    // The remaining problems are those of the draft on disk.
    const check = await run(['check', '--format', 'json', 'a.md'], dir);
    expect(JSON.parse(check.out)).toEqual(JSON.parse((await run(['fix', '--format', 'json', 'a.md'], dir)).out));
    // A fix GBK can hold is written, in GBK.
    const ok = folder({ '.xinxirc.yaml': '', 'a.md': iconv.encode(DRAFT, 'gbk') });
    await run(['fix', 'a.md'], ok);
    expect(iconv.decode(readFileSync(join(ok, 'a.md')), 'gbk')).toBe(DRAFT_FIXED);
  });
});

describe('bulletin file names from 刊名 and issue number (issue 20 §11)', () => {
  it('../ in the config cannot move the output out of the folder', async () => {
    const dir = folder({
      'work/.xinxirc.yaml': 'export:\n  bulletin:\n    刊名: ../../逃逸\n    编发单位: 县委办\n',
      'work/a.md': DRAFT_FIXED,
    });
    const cwd = join(dir, 'work');
    const r = await exporting(['a.md', '--issue', '../1', '--to', 'txt'], cwd, bulletinCommand);
    expect(r.code).toBe(0);
    const made = readdirSync(cwd).filter((f) => f.endsWith('.txt'));
    expect(made).toHaveLength(1);
    expect(made[0]).not.toContain('/');
    expect(made[0]).not.toMatch(/^\./);
    expect(readdirSync(dir).sort()).toEqual(['work']);
  });
});

describe('two drafts never export to one file (issue 20 §14)', () => {
  it('export a/x.md b/x.md -o out: both refused with a message, nothing overwritten', async () => {
    const dir = folder({ '.xinxirc.yaml': '', 'a/x.md': DRAFT_FIXED, 'b/x.md': DRAFT_FIXED.replace('清河县', '桐溪县'), 'c/y.md': DRAFT_FIXED });
    const r = await exporting(['a/x.md', 'b/x.md', 'c/y.md', '-o', 'out', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('a/x.md、b/x.md：会导出为同一个文件 out/x-报送稿.txt');
    expect(existsSync(join(dir, 'out', 'x-报送稿.txt'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'y-报送稿.txt'))).toBe(true);
  });
});

describe('small things of the CLI (audit 15-20 §11)', () => {
  it('export with two paths (even one file named twice): -o is a folder, never a file named out2', async () => {
    const dir = folder({ '.xinxirc.yaml': '', 'a/x.md': DRAFT_FIXED });
    const r = await exporting(['a/x.md', 'a/./x.md', '-o', 'out2'], dir);
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'out2')).isDirectory()).toBe(true);
    expect(readFileSync(join(dir, 'out2', 'x-报送稿.txt'), 'utf8')).toContain('清河县完成秋粮收购');
    // A folder named: -o is a folder too, even when the folder holds one draft.
    const named = await exporting(['a', '-o', 'out3'], dir);
    expect(named.code).toBe(0);
    expect(existsSync(join(dir, 'out3', 'x-报送稿.txt'))).toBe(true);
    // One file named: -o is the file.
    expect((await exporting(['a/x.md', '-o', 'one.txt'], dir)).code).toBe(0);
    expect(statSync(join(dir, 'one.txt')).isFile()).toBe(true);
  });

  it('export -o into a folder that takes no new file (/proc): says so, not “does not exist”', async (ctx) => {
    if (!existsSync('/proc/version')) skipBecause(ctx, '这台机器没有 /proc / no /proc on this machine');
    const dir = folder({ '.xinxirc.yaml': '', 'a.md': DRAFT_FIXED });
    const r = await exporting(['a.md', '-o', '/proc/version', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不能在文件夹 /proc 中新建文件');
    expect(r.err).not.toContain('不存在');
  });

  it('fix run by root gives the draft back to its owner (uid and gid kept)', async (ctx) => {
    if (process.getuid?.() !== 0) skipBecause(ctx, '需要以 root 运行（chown） / needs root (chown)');
    const dir = folder({ '.xinxirc.yaml': '', 'a.md': DRAFT });
    execFileSync('chown', ['4321:4322', join(dir, 'a.md')]);
    const r = await run(['fix', 'a.md'], dir);
    expect(r.err).toContain('已修复 1 个文件');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(DRAFT_FIXED);
    const st = lstatSync(join(dir, 'a.md'));
    expect([st.uid, st.gid]).toEqual([4321, 4322]);
  });
});
