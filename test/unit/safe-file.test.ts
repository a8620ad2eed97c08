/**
 * The one module for safe reading and writing (src/core/safe-file.ts), used by the CLI, config loading on disk and
 * the export commands.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeadSync, readRegularFileSync, safeFileName, writeFileAtomic, type FileError } from '../../src/core/safe-file.js';
import { folder, root } from './cli-helpers.js';

const posix = process.platform !== 'win32';

function failure(f: () => unknown): FileError {
  try {
    f();
  } catch (error) {
    return error as FileError;
  }
  throw new Error('did not throw');
}

describe('reading', () => {
  it('reads a regular file (also through a link to one) within the cap', () => {
    const dir = folder({ 'a.txt': '一二三' });
    expect(readRegularFileSync(join(dir, 'a.txt'), 9).toString('utf8')).toBe('一二三');
    expect(failure(() => readRegularFileSync(join(dir, 'a.txt'), 8)).code).toBe('ETOOBIG');
    expect(readHeadSync(join(dir, 'a.txt'), 3).toString('utf8')).toBe('一');
    if (posix) {
      symlinkSync('a.txt', join(dir, 'link.txt'));
      expect(readRegularFileSync(join(dir, 'link.txt'), 100).toString('utf8')).toBe('一二三');
    }
  });

  it.runIf(posix && existsSync('/dev/zero'))('refuses devices and folders without reading them; messages in Chinese', () => {
    const dir = folder();
    const zero = failure(() => readRegularFileSync('/dev/zero', 1024));
    expect(zero.code).toBe('ENOTREG');
    expect(zero.message).toBe('不是普通文件（可能是管道、设备或套接字），未读取。');
    expect(failure(() => readHeadSync('/dev/zero', 1024)).code).toBe('ENOTREG');
    expect(failure(() => readRegularFileSync(dir, 1024)).message).toBe('这是文件夹，不是文件。');
    expect(failure(() => readRegularFileSync(join(dir, 'none'), 1024)).message).toBe('文件或文件夹不存在。');
  });

  it.runIf(existsSync('/proc/self/status'))('a file that reports size 0 but holds more (/proc) is cut at the cap, not read to the end', () => {
    expect(statSync('/proc/self/status').size).toBe(0);
    expect(failure(() => readRegularFileSync('/proc/self/status', 16)).code).toBe('ETOOBIG');
  });
});

describe('writing', () => {
  it('creates a new file; refuses an existing one unless overwrite, then keeps its mode', () => {
    const dir = folder();
    const path = join(dir, 'out.txt');
    writeFileAtomic(path, '第一版');
    expect(readFileSync(path, 'utf8')).toBe('第一版');
    const e = failure(() => writeFileAtomic(path, '第二版'));
    expect(e.code).toBe('EEXIST');
    expect(e.message).toBe('文件已存在，未覆盖。');
    expect(readFileSync(path, 'utf8')).toBe('第一版');
    if (posix) chmodSync(path, 0o600);
    writeFileAtomic(path, '第二版', { overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('第二版');
    if (posix) expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it.runIf(posix)('never writes through a link, even a dangling one', () => {
    const dir = folder({ 'victim.txt': '原文' });
    symlinkSync('victim.txt', join(dir, 'link.txt'));
    symlinkSync('nowhere.txt', join(dir, 'dangling.txt'));
    for (const name of ['link.txt', 'dangling.txt']) {
      const e = failure(() => writeFileAtomic(join(dir, name), '新', { overwrite: true }));
      expect(e.code).toBe('ESYMLINK');
      expect(e.message).toBe('目标是符号链接，为安全起见不通过链接写入。');
    }
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('原文');
    expect(existsSync(join(dir, 'nowhere.txt'))).toBe(false);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('victim.txt');
  });

  it('makes the folder when asked; a file where a folder should be is said plainly', () => {
    const dir = folder({ file: 'x' });
    writeFileAtomic(join(dir, 'a', 'b', 'c.txt'), '内容', { makeFolder: true });
    expect(readFileSync(join(dir, 'a', 'b', 'c.txt'), 'utf8')).toBe('内容');
    const e = failure(() => writeFileAtomic(join(dir, 'file', 'c.txt'), '内容', { makeFolder: true }));
    expect(e.message).toBe('路径中有一段不是文件夹。');
    mkdirSync(join(dir, 'd.txt'));
    expect(failure(() => writeFileAtomic(join(dir, 'd.txt'), '内容', { overwrite: true })).code).toBe('EISDIR');
  });
});

describe('file names from free text', () => {
  it('no folder part, no leading dots, no reserved names, never empty', () => {
    expect(safeFileName('清河信息第12期')).toBe('清河信息第12期');
    expect(safeFileName('../../逃逸第../1期')).toBe('_.._逃逸第.._1期');
    expect(safeFileName('..')).toBe('未命名');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(safeFileName('标题\u0000\n尾 . ')).toBe('标题__尾');
    expect([...safeFileName('长'.repeat(300))]).toHaveLength(80);
  });

  it('is the only reader and writer of the CLI and of config loading on disk (no second copy)', () => {
    const files = [...readdirSync(join(root, 'src', 'cli')).map((f) => join('src', 'cli', f)), join('src', 'core', 'config-node.ts')];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      expect({ file, uses: text.match(/\b(?:readFileSync|readFile|writeFileSync|writeFile|createWriteStream|createReadStream|appendFileSync|openSync)\b/g) }).toEqual({ file, uses: null });
    }
  });
});
