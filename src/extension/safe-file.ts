/**
 * File checks and writes that need Node's fs: real paths (Restricted Mode's "inside the workspace" test) and writes
 * that never go through a symbolic link and never replace a file by accident (issue 20 §1, §7, §8).
 *
 * No `vscode` import and no import of a Node built-in: the same source is bundled for the web extension, which has
 * no Node. Node's modules are taken at run time from the extension host (`nodeModules()`), and are undefined on the
 * web, where the callers fall back to vscode.workspace.fs (a web file system has no symbolic links to follow).
 */

export interface NodeModules {
  fs: typeof import('node:fs');
  path: typeof import('node:path');
}

type HostProcess = { versions?: { node?: string }; getBuiltinModule?: (id: string) => unknown };

let loaded: NodeModules | null | undefined;

/** Node's fs and path in a Node extension host (desktop, remote, code-server); undefined on the web. */
export function nodeModules(): NodeModules | undefined {
  if (loaded === undefined) {
    loaded = null;
    try {
      const host = (globalThis as { process?: HostProcess }).process;
      if (host?.versions?.node) {
        const load = (id: string): unknown =>
          typeof host.getBuiltinModule === 'function' ? host.getBuiltinModule(id) : typeof require === 'function' ? require(id) : undefined;
        const fs = load('fs') as NodeModules['fs'] | undefined;
        const path = load('path') as NodeModules['path'] | undefined;
        if (fs?.promises && path?.resolve) loaded = { fs, path };
      }
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}

const errorCode = (error: unknown): string | undefined => (error as { code?: unknown } | undefined)?.code as string | undefined;

/**
 * The real path of `file`: every symbolic link resolved. A path that does not exist (yet) is the real path of its
 * deepest existing folder plus the rest. Undefined when the path cannot be resolved (a link loop, no permission):
 * callers treat that as outside.
 */
export function realPath(node: NodeModules, file: string): string | undefined {
  const { fs, path } = node;
  const rest: string[] = [];
  let current = path.isAbsolute(file) ? file : path.resolve(file);
  for (;;) {
    try {
      const real = fs.realpathSync.native(current);
      return rest.length ? path.join(real, ...rest.reverse()) : real;
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
      const parent = path.dirname(current);
      if (parent === current) return path.join(current, ...rest.reverse());
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

/** Is `file` the folder `root` or inside it? Both are real paths (see realPath). */
export function isWithin(node: NodeModules, root: string, file: string): boolean {
  const rel = node.path.relative(root, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${node.path.sep}`) && !node.path.isAbsolute(rel));
}

/** What is at a path, without following a symbolic link there. */
export type PathKind = 'missing' | 'file' | 'symlink' | 'other';

export async function pathKind(node: NodeModules, file: string): Promise<PathKind> {
  try {
    const stat = await node.fs.promises.lstat(file);
    return stat.isSymbolicLink() ? 'symlink' : stat.isFile() ? 'file' : 'other';
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
}

/** Why a write was not done: the target is a symbolic link, not a regular file, or exists (and may not be replaced). */
export class WriteRefused extends Error {
  constructor(
    readonly reason: Exclude<PathKind, 'missing' | 'file'> | 'exists',
    readonly file: string,
  ) {
    super(`${reason}: ${file}`);
    this.name = 'WriteRefused';
  }
}

/** Codes of a failed hard link on a file system without hard links (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EACCES']);

/** A random name for the temporary file beside `file`. */
export function temporaryName(base: string): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `.${base}.${random}.xinxi-tmp`;
}

/**
 * Write `data` to `file` in one step: a temporary file beside it (created exclusively, so never through a link),
 * written and flushed, then renamed into place. `replace: true` replaces an existing regular file and keeps its
 * mode; `replace: false` never replaces anything (a file that appeared meanwhile is not touched). A symbolic link or
 * anything but a regular file at `file` is refused (WriteRefused) in both cases: the rename would replace the link
 * itself, but the writer asked for that path and would be surprised either way. On any failure the target is left
 * as it was and the temporary file is removed.
 */
export async function writeAtomic(node: NodeModules, file: string, data: Uint8Array, replace: boolean): Promise<void> {
  const { fs, path } = node;
  const check = async (): Promise<import('node:fs').Stats | undefined> => {
    let stat: import('node:fs').Stats;
    try {
      stat = await fs.promises.lstat(file);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    }
    if (stat.isSymbolicLink()) throw new WriteRefused('symlink', file);
    if (!stat.isFile()) throw new WriteRefused('other', file);
    if (!replace) throw new WriteRefused('exists', file);
    return stat;
  };
  const before = await check();
  const temp = path.join(path.dirname(file), temporaryName(path.basename(file)));
  const handle = await fs.promises.open(temp, 'wx', 0o666);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (before) await fs.promises.chmod(temp, before.mode & 0o7777).catch(() => undefined);
    if (before) {
      // Just before the rename: still a regular file (a rename would replace a link, never follow it).
      await check();
      await fs.promises.rename(temp, file);
      return;
    }
    try {
      // A hard link never replaces: it fails when something appeared at `file` since the check.
      await fs.promises.link(temp, file);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') throw new WriteRefused('exists', file);
      if (!NO_HARD_LINKS.has(errorCode(error) ?? '')) throw error;
      if ((await pathKind(node, file)) !== 'missing') throw new WriteRefused('exists', file);
      await fs.promises.rename(temp, file);
    }
  } finally {
    await fs.promises.unlink(temp).catch(() => undefined);
  }
}

/** A file name from text (a title, a bulletin's name): no folders, no characters Windows refuses, no leading dots. */
export function safeFileName(name: string, fallback = '信息稿'): string {
  const safe = name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+|\.+$/gu, '');
  return [...safe].slice(0, 80).join('') || fallback;
}

/** `name-2.ext`, `name-3.ext`, … for the n-th try of a file name (n = 1: the name itself). */
export function numberedName(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}
