/**
 * The file safety the extension and the CLI share (issue 20 §1, §7, §8), in its one implementation
 * (src/core/safe-file.ts), on a real file system: real paths for Restricted Mode's "inside the workspace" test, and
 * writes that never follow a symbolic link and never replace a file unasked. The same checks run in a real VS Code
 * in test/vscode/suite/security*.test.ts.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryKind, isWithin, nodeModules, numberedName, realPath, safeFileName, writeFileAtomic } from '../../src/core/safe-file.js';

const enc = (s: string) => new TextEncoder().encode(s);
/** writeFileAtomic as the extension calls it (replace or not), as a promise of its refusal code. */
const writeAtomic = async (file: string, data: Uint8Array, replace: boolean) => writeFileAtomic(file, data, { overwrite: replace });
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
    expect(isWithin(workspace, lexical)).toBe(true); // the string test the issue found wanting
    const real = realPath(lexical)!;
    expect(real).toBe(path.join(outside, 'base.yaml'));
    expect(isWithin(workspace, real)).toBe(false);
  });

  it('resolves the existing part of a path that does not exist yet (a drafts folder to be created)', () => {
    const workspace = path.join(dir, 'ws');
    fs.mkdirSync(workspace);
    fs.symlinkSync(dir, path.join(workspace, 'up'));
    expect(realPath(path.join(workspace, 'up', 'new', 'drafts'))).toBe(path.join(dir, 'new', 'drafts'));
    expect(realPath(path.join(workspace, 'new', 'drafts'))).toBe(path.join(workspace, 'new', 'drafts'));
    expect(isWithin(workspace, realPath(path.join(workspace, 'up', 'new'))!)).toBe(false);
  });

  it('follows `..` after a link as the system does, not as the string reads', () => {
    const workspace = path.join(dir, 'ws');
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    fs.mkdirSync(workspace);
    fs.symlinkSync(path.join(dir, 'a', 'b'), path.join(workspace, 'deep'));
    const tricky = `${workspace}${path.sep}deep${path.sep}..`; // lexically the workspace; really dir/a
    expect(realPath(tricky)).toBe(path.join(dir, 'a'));
    expect(isWithin(workspace, realPath(tricky)!)).toBe(false);
  });

  it('gives up on a link loop (callers treat that as outside)', () => {
    fs.symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop'));
    expect(realPath(path.join(dir, 'loop', 'x'))).toBeUndefined();
  });

  it('does not take a sibling with a common prefix for the inside', () => {
    expect(isWithin(path.join(dir, 'ws'), path.join(dir, 'ws-evil', 'x'))).toBe(false);
    expect(isWithin(path.join(dir, 'ws'), path.join(dir, 'ws'))).toBe(true);
    expect(isWithin(path.join(dir, 'ws'), path.join(dir, 'ws', '..foo'))).toBe(true);
  });
});

describe('writeFileAtomic, as the editor writes', () => {
  it('creates a new file and leaves no temporary file', async () => {
    const file = path.join(dir, 'a-报送稿.txt');
    await writeAtomic(file, enc('正文'), false);
    expect(fs.readFileSync(file, 'utf8')).toBe('正文');
    expect(leftovers(dir)).toEqual([]);
  });

  it('never writes through a symbolic link: the file it points to keeps its text', async () => {
    const victim = path.join(dir, 'profile');
    fs.writeFileSync(victim, 'export PATH=/usr/bin\n');
    const link = path.join(dir, 'a-报送稿.txt');
    fs.symlinkSync(victim, link);
    for (const replace of [false, true]) {
      const error = await writeAtomic(link, enc('稿件正文'), replace).catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe('ESYMLINK');
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
    await expect(writeAtomic(link, enc('x'), false)).rejects.toMatchObject({ code: 'ESYMLINK' });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses a folder and a FIFO', async () => {
    fs.mkdirSync(path.join(dir, 'folder.txt'));
    await expect(writeAtomic(path.join(dir, 'folder.txt'), enc('x'), true)).rejects.toMatchObject({ code: 'EISDIR' });
    if (spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status === 0) {
      await expect(writeAtomic(path.join(dir, 'pipe.txt'), enc('x'), true)).rejects.toMatchObject({ code: 'ENOTREG' });
    }
  });

  it('does not replace an existing file unless told to, and then keeps its mode', async () => {
    const file = path.join(dir, 'report.csv');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    await expect(writeAtomic(file, enc('new'), false)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    await writeAtomic(file, enc('new'), true);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  it('replaces in one step: a hard link to the old file still sees the old text (no write in place)', async () => {
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, 'old');
    fs.linkSync(file, path.join(dir, 'other-name'));
    await writeAtomic(file, enc('new'), true);
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
      await expect(writeAtomic(target, enc('new'), true)).rejects.toBeTruthy();
      expect(fs.readFileSync(path.join(sub, 'x.txt'), 'utf8')).toBe('old');
      expect(leftovers(sub)).toEqual([]);
    } finally {
      fs.chmodSync(sub, 0o700);
    }
  });
});

describe('entryKind, file names', () => {
  it('tells a file, a link, a folder, a FIFO and nothing apart without following links', () => {
    fs.writeFileSync(path.join(dir, 'f'), '');
    fs.symlinkSync(path.join(dir, 'f'), path.join(dir, 'l'));
    expect(entryKind(path.join(dir, 'f'))).toBe('file');
    expect(entryKind(path.join(dir, 'l'))).toBe('symlink');
    expect(entryKind(dir)).toBe('folder');
    expect(entryKind(path.join(dir, 'none'))).toBe('missing');
    if (spawnSync('mkfifo', [path.join(dir, 'pipe')]).status === 0) expect(entryKind(path.join(dir, 'pipe'))).toBe('other');
  });

  it('keeps names from config inside their folder', () => {
    expect(safeFileName('../../.ssh/清河信息第1期', '信息稿')).toBe('_.._.ssh_清河信息第1期');
    expect(safeFileName('清河信息第12期')).toBe('清河信息第12期');
    expect(safeFileName('..', '信息稿')).toBe('信息稿');
    expect(safeFileName('a\u0000b:c')).toBe('a_b_c');
    expect(numberedName('a-报送稿.docx', 2)).toBe('a-报送稿-2.docx');
    expect(numberedName('a', 3)).toBe('a-3');
    expect(numberedName('a.txt', 1)).toBe('a.txt');
  });
});

describe('one implementation for the CLI and the editor', () => {
  const root = path.join(__dirname, '..', '..');
  it('src/core/safe-file.ts imports no Node built-in (the web extension bundles it) and has no twin in src/extension', () => {
    const text = fs.readFileSync(path.join(root, 'src', 'core', 'safe-file.ts'), 'utf8');
    expect(text.match(/^import .* from ['"](?:node:)?(?:fs|path|crypto|os)['"]/gm)).toBeNull();
    expect(fs.existsSync(path.join(root, 'src', 'extension', 'safe-file.ts'))).toBe(false);
  });

  it('the extension reads and writes files only through read.ts and write.ts', () => {
    const folder = path.join(root, 'src', 'extension');
    for (const name of fs.readdirSync(folder)) {
      if (name === 'read.ts' || name === 'write.ts') continue;
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      expect({ name, uses: text.match(/workspace\.fs\.(?:readFile|writeFile)\b|\b(?:readFileSync|writeFileSync|openSync)\b/g) }).toEqual({ name, uses: null });
    }
  });
});
