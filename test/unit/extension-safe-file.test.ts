/**
 * The extension's file safety (issue 20 §1, §7, §8) on a real file system: real paths for Restricted Mode's
 * "inside the workspace" test, and writes that never follow a symbolic link and never replace a file unasked.
 * The same checks run in a real VS Code in test/vscode/suite/security*.test.ts.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWithin, nodeModules, numberedName, pathKind, realPath, safeFileName, writeAtomic, WriteRefused } from '../../src/extension/safe-file.js';

const node = { fs, path };
const enc = (s: string) => new TextEncoder().encode(s);
let dir: string;

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(tmpdir(), 'xinxi-safe-')));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const leftovers = (folder: string) => fs.readdirSync(folder).filter((f) => f.includes('xinxi-tmp'));

describe('nodeModules', () => {
  it('finds Node’s fs and path in a Node host', () => {
    const found = nodeModules();
    expect(found?.fs.realpathSync).toBe(fs.realpathSync);
    expect(found?.path.join).toBe(path.join);
  });
});

describe('realPath and isWithin (Restricted Mode’s workspace test)', () => {
  it('resolves a symbolic link inside the workspace that points out of it to the outside', () => {
    const workspace = path.join(dir, 'ws');
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(workspace);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'base.yaml'), 'unit: x\n');
    fs.symlinkSync(outside, path.join(workspace, 'shared'));
    const lexical = path.join(workspace, 'shared', 'base.yaml');
    expect(isWithin(node, workspace, lexical)).toBe(true); // the string test the issue found wanting
    const real = realPath(node, lexical)!;
    expect(real).toBe(path.join(outside, 'base.yaml'));
    expect(isWithin(node, workspace, real)).toBe(false);
  });

  it('resolves the existing part of a path that does not exist yet (a drafts folder to be created)', () => {
    const workspace = path.join(dir, 'ws');
    fs.mkdirSync(workspace);
    fs.symlinkSync(dir, path.join(workspace, 'up'));
    expect(realPath(node, path.join(workspace, 'up', 'new', 'drafts'))).toBe(path.join(dir, 'new', 'drafts'));
    expect(realPath(node, path.join(workspace, 'new', 'drafts'))).toBe(path.join(workspace, 'new', 'drafts'));
    expect(isWithin(node, workspace, realPath(node, path.join(workspace, 'up', 'new'))!)).toBe(false);
  });

  it('follows `..` after a link as the system does, not as the string reads', () => {
    const workspace = path.join(dir, 'ws');
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    fs.mkdirSync(workspace);
    fs.symlinkSync(path.join(dir, 'a', 'b'), path.join(workspace, 'deep'));
    const tricky = `${workspace}${path.sep}deep${path.sep}..`; // lexically the workspace; really dir/a
    expect(realPath(node, tricky)).toBe(path.join(dir, 'a'));
    expect(isWithin(node, workspace, realPath(node, tricky)!)).toBe(false);
  });

  it('gives up on a link loop (callers treat that as outside)', () => {
    fs.symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop'));
    expect(realPath(node, path.join(dir, 'loop', 'x'))).toBeUndefined();
  });

  it('does not take a sibling with a common prefix for the inside', () => {
    expect(isWithin(node, path.join(dir, 'ws'), path.join(dir, 'ws-evil', 'x'))).toBe(false);
    expect(isWithin(node, path.join(dir, 'ws'), path.join(dir, 'ws'))).toBe(true);
    expect(isWithin(node, path.join(dir, 'ws'), path.join(dir, 'ws', '..foo'))).toBe(true);
  });
});

describe('writeAtomic', () => {
  it('creates a new file and leaves no temporary file', async () => {
    const file = path.join(dir, 'a-报送稿.txt');
    await writeAtomic(node, file, enc('正文'), false);
    expect(fs.readFileSync(file, 'utf8')).toBe('正文');
    expect(leftovers(dir)).toEqual([]);
  });

  it('never writes through a symbolic link: the file it points to keeps its text', async () => {
    const victim = path.join(dir, 'profile');
    fs.writeFileSync(victim, 'export PATH=/usr/bin\n');
    const link = path.join(dir, 'a-报送稿.txt');
    fs.symlinkSync(victim, link);
    for (const replace of [false, true]) {
      const error = await writeAtomic(node, link, enc('稿件正文'), replace).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteRefused);
      expect((error as WriteRefused).reason).toBe('symlink');
    }
    expect(fs.readFileSync(victim, 'utf8')).toBe('export PATH=/usr/bin\n');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses a dangling link too (it would create the file it points to)', async () => {
    const target = path.join(dir, 'elsewhere', 'created.txt');
    fs.mkdirSync(path.dirname(target));
    const link = path.join(dir, 'new.md');
    fs.symlinkSync(target, link);
    await expect(writeAtomic(node, link, enc('x'), false)).rejects.toMatchObject({ reason: 'symlink' });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses a folder and a FIFO', async () => {
    fs.mkdirSync(path.join(dir, 'folder.txt'));
    await expect(writeAtomic(node, path.join(dir, 'folder.txt'), enc('x'), true)).rejects.toMatchObject({ reason: 'other' });
    if (spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status === 0) {
      await expect(writeAtomic(node, path.join(dir, 'pipe.txt'), enc('x'), true)).rejects.toMatchObject({ reason: 'other' });
    }
  });

  it('does not replace an existing file unless told to, and then keeps its mode', async () => {
    const file = path.join(dir, 'report.csv');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    await expect(writeAtomic(node, file, enc('new'), false)).rejects.toMatchObject({ reason: 'exists' });
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    await writeAtomic(node, file, enc('new'), true);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  it('replaces in one step: a hard link to the old file still sees the old text (no write in place)', async () => {
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, 'old');
    fs.linkSync(file, path.join(dir, 'other-name'));
    await writeAtomic(node, file, enc('new'), true);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.readFileSync(path.join(dir, 'other-name'), 'utf8')).toBe('old');
  });

  it('leaves the target as it was and no temporary file when the write fails', async () => {
    const sub = path.join(dir, 'ro');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, 'x.txt'), 'old');
    fs.chmodSync(sub, 0o500);
    try {
      // As root the folder's mode does not stop the write: then a missing folder makes it fail instead.
      const target = process.getuid?.() === 0 ? path.join(dir, 'missing', 'x.txt') : path.join(sub, 'x.txt');
      await expect(writeAtomic(node, target, enc('new'), true)).rejects.toBeTruthy();
      expect(fs.readFileSync(path.join(sub, 'x.txt'), 'utf8')).toBe('old');
      expect(leftovers(sub)).toEqual([]);
    } finally {
      fs.chmodSync(sub, 0o700);
    }
  });
});

describe('pathKind, file names', () => {
  it('tells a file, a link, a folder and nothing apart without following links', async () => {
    fs.writeFileSync(path.join(dir, 'f'), '');
    fs.symlinkSync(path.join(dir, 'f'), path.join(dir, 'l'));
    expect(await pathKind(node, path.join(dir, 'f'))).toBe('file');
    expect(await pathKind(node, path.join(dir, 'l'))).toBe('symlink');
    expect(await pathKind(node, dir)).toBe('other');
    expect(await pathKind(node, path.join(dir, 'none'))).toBe('missing');
  });

  it('keeps names from config inside their folder', () => {
    expect(safeFileName('../../.ssh/清河信息第1期')).toBe('ssh清河信息第1期');
    expect(safeFileName('清河信息第12期')).toBe('清河信息第12期');
    expect(safeFileName('..')).toBe('信息稿');
    expect(safeFileName('a\u0000b:c')).toBe('abc');
    expect(numberedName('a-报送稿.docx', 2)).toBe('a-报送稿-2.docx');
    expect(numberedName('a', 3)).toBe('a-3');
    expect(numberedName('a.txt', 1)).toBe('a.txt');
  });
});
