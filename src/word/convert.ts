/**
 * Word files from disk, Node only: size check before reading, and old .doc/.wps converted to .docx by LibreOffice
 * when it is installed (`soffice --headless --convert-to docx`): only real Word/WPS binary files (never an RTF file or
 * a web page named .doc), LibreOffice found by an absolute path, run on a copy in a private temporary folder with a
 * throw-away profile (no macros; a LibreOffice the user has open is not disturbed) and, on Linux, without network
 * (see convertToDocx). Without LibreOffice a Chinese message says how to convert the file by hand.
 *
 * No static import of Node built-ins: the extension's web build bundles this file too, and there Node is absent
 * (`nodeOf()` is undefined and a .doc gets the message).
 */
import { megabytes, WordError } from './errors.js';
import { extensionOf } from './names.js';
import { DEFAULT_LIMITS, sniff, sortProblem } from './package.js';

const WPS_EXTENSIONS = new Set(['wps', 'wpt']);

export interface NodeLike {
  fs: typeof import('node:fs');
  path: typeof import('node:path');
  os: typeof import('node:os');
  childProcess: typeof import('node:child_process');
}

type HostProcess = { versions?: { node?: string }; env?: Record<string, string | undefined>; platform?: string; getBuiltinModule?: (id: string) => unknown };

let loaded: NodeLike | null | undefined;

/** Node's modules in a Node process (CLI, desktop extension host); undefined on the web. */
export function nodeOf(): NodeLike | undefined {
  if (loaded === undefined) {
    loaded = null;
    try {
      const host = (globalThis as { process?: HostProcess }).process;
      if (host?.versions?.node) {
        const load = (id: string): unknown =>
          typeof host.getBuiltinModule === 'function' ? host.getBuiltinModule(id) : typeof require === 'function' ? require(id) : undefined;
        const fs = load('fs') as NodeLike['fs'] | undefined;
        const path = load('path') as NodeLike['path'] | undefined;
        const os = load('os') as NodeLike['os'] | undefined;
        const childProcess = load('child_process') as NodeLike['childProcess'] | undefined;
        if (fs?.promises && path?.resolve && os?.tmpdir && childProcess?.execFile) loaded = { fs, path, os, childProcess };
      }
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}

const WINDOWS_CANDIDATES = ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'];
const MAC_CANDIDATES = ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];

function hostProcess(): HostProcess | undefined {
  return (globalThis as { process?: HostProcess }).process;
}

/** The absolute folders of PATH: `.`, an empty entry or any relative folder is never searched, so a repository's
 * `bin/soffice` cannot stand in for LibreOffice (the clipboard tools are found the same way). */
export function absolutePathDirs(node: NodeLike, pathVariable: string | undefined): string[] {
  return (pathVariable ?? '').split(node.path.delimiter).filter((dir) => dir !== '' && node.path.isAbsolute(dir));
}

/** The first of `names` that is a regular file in an absolute folder of PATH. */
function onPath(node: NodeLike, names: readonly string[]): string | undefined {
  const env = hostProcess()?.env ?? {};
  for (const dir of absolutePathDirs(node, env.PATH ?? env.Path)) {
    for (const name of names) {
      const candidate = node.path.join(dir, name);
      try {
        if (node.fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not there
      }
    }
  }
  return undefined;
}

/** The LibreOffice program: `XINXI_SOFFICE` (an absolute path), else soffice or libreoffice in an absolute folder
 * of PATH, else the usual install places. */
export function findSoffice(node: NodeLike | undefined = nodeOf()): string | undefined {
  if (!node) return undefined;
  const host = hostProcess();
  const env = host?.env ?? {};
  if (env.XINXI_SOFFICE !== undefined) {
    const given = env.XINXI_SOFFICE;
    return given && node.path.isAbsolute(given) && node.fs.existsSync(given) ? given : undefined;
  }
  const windows = host?.platform === 'win32';
  const found = onPath(node, windows ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice']);
  if (found) return found;
  for (const candidate of windows ? WINDOWS_CANDIDATES : MAC_CANDIDATES) if (node.fs.existsSync(candidate)) return candidate;
  return undefined;
}

/** How a program is started without network access: `unshare` and its options, or undefined where that is not
 * possible (not Linux, no `unshare`, or the system forbids new network namespaces). */
export interface Isolation {
  command: string;
  args: string[];
}

let isolation: Isolation | null | undefined;

/**
 * A way to run LibreOffice with no network (Linux): `unshare --net` (root) or `unshare --net --map-root-user` (an
 * ordinary user, where the system allows user namespaces). The new network namespace has only a loopback device
 * that is down, so a link in a document (a linked picture, an INCLUDEPICTURE field) cannot be fetched. Tried once
 * per process with a shell that does nothing; undefined when neither works.
 */
export function networkIsolation(node: NodeLike | undefined = nodeOf()): Isolation | undefined {
  if (isolation !== undefined) return isolation ?? undefined;
  isolation = null;
  if (!node || hostProcess()?.platform !== 'linux') return undefined;
  const unshare = onPath(node, ['unshare']) ?? ['/usr/bin/unshare', '/bin/unshare'].find((p) => node.fs.existsSync(p));
  const shell = ['/bin/sh', '/usr/bin/sh'].find((p) => node.fs.existsSync(p));
  if (!unshare || !shell) return undefined;
  for (const args of [['--net'], ['--net', '--map-root-user']]) {
    try {
      const probe = node.childProcess.spawnSync(unshare, [...args, '--', shell, '-c', ':'], { stdio: 'ignore', timeout: 10_000 });
      if (probe.status === 0) {
        isolation = { command: unshare, args: [...args, '--'] };
        break;
      }
    } catch {
      // try the next way
    }
  }
  return isolation ?? undefined;
}

/** Forget the probe (tests). */
export function resetNetworkIsolation(): void {
  isolation = undefined;
}

export function howToConvert(name: string): WordError {
  return new WordError(
    'convert-unavailable',
    `${name} 是旧版 Word（.doc）或 WPS（.wps）文件，需要先转换为 .docx：在 Word 或 WPS 中打开它，选择“文件 › 另存为”，保存类型选“Word 文档（*.docx）”，再检查另存的文件；或者安装 LibreOffice，本工具会自动转换。`,
    `${name} is an old Word (.doc) or WPS (.wps) file and must be converted to .docx: open it in Word or WPS, choose File › Save As, type "Word Document (*.docx)", and check the saved file; or install LibreOffice and the conversion is done for you.`,
  );
}

export interface ConvertOptions {
  /** Give up after this long (default 60 s). */
  timeoutMs?: number;
  node?: NodeLike;
  soffice?: string;
  /** The file's bytes, already read (safely) by the caller: written to the private folder instead of copying the file. */
  bytes?: Uint8Array;
}

/**
 * LibreOffice settings of the throw-away profile: no macro runs (whatever the document asks), and linked content from
 * untrusted documents is blocked where this LibreOffice honours it. The profile lives in the private temporary folder
 * (mode 700) and is deleted with it, so nothing the user set up in their own LibreOffice (trusted folders, macros,
 * proxies) takes part, and nothing is left behind.
 */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
`;

/**
 * Convert an old Word/WPS file to .docx bytes with LibreOffice. Throws WordError.
 *
 * Only a real old-format document is handed to LibreOffice: a Word binary file (compound file with a WordDocument
 * stream) or, named .wps/.wpt, a WPS/Works compound file. An RTF file or a web page named .doc is refused before
 * anything runs (needsConversion; the reader's message says to save it as .docx). LibreOffice runs from an absolute
 * path (findSoffice), on a copy in a private temporary folder, with a throw-away profile that runs no macros, and on
 * Linux in a new network namespace (networkIsolation), so a linked picture in the document cannot be fetched.
 */
export async function convertToDocx(file: string, options: ConvertOptions = {}): Promise<Uint8Array> {
  const node = options.node ?? nodeOf();
  const name = node ? node.path.basename(file) : file;
  const soffice = options.soffice ?? findSoffice(node);
  if (!node || !soffice) throw howToConvert(name);
  const { fs, path, os, childProcess } = node;
  const bytes = options.bytes ?? new Uint8Array(await fs.promises.readFile(file));
  if (!needsConversion(file, bytes)) throw sortProblem(sniff(bytes), name) ?? howToConvert(name);
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'xinxi-convert-'));
  try {
    // The input is written under a plain name: LibreOffice names its output after the input's base name.
    const ext = extensionOf(file) || 'doc';
    const input = path.join(dir, `input.${ext}`);
    await fs.promises.writeFile(input, bytes, { mode: 0o600 });
    const profileDir = path.join(dir, 'profile');
    await fs.promises.mkdir(path.join(profileDir, 'user'), { recursive: true, mode: 0o700 });
    await fs.promises.writeFile(path.join(profileDir, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
    const profile = `file://${encodeURI(profileDir.replace(/\\/g, '/').replace(/^([A-Za-z]):/, '/$1:'))}`;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--nologo', '--nodefault', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input];
    const sandbox = networkIsolation(node);
    const [command, commandArgs] = sandbox ? [sandbox.command, [...sandbox.args, soffice, ...args]] : [soffice, args];
    const host = hostProcess();
    const env = { ...(host?.env ?? {}) } as Record<string, string | undefined>;
    // LibreOffice's own helpers are found through PATH too: only its absolute folders.
    for (const key of ['PATH', 'Path']) if (env[key] !== undefined) env[key] = absolutePathDirs(node, env[key]).join(node.path.delimiter);
    await new Promise<void>((resolve, reject) => {
      childProcess.execFile(command, commandArgs, { timeout: options.timeoutMs ?? 60_000, windowsHide: true, cwd: dir, env }, (error) => (error ? reject(error) : resolve()));
    });
    const output = path.join(dir, 'input.docx');
    if (!fs.existsSync(output)) throw new Error('LibreOffice produced no .docx');
    return new Uint8Array(await fs.promises.readFile(output));
  } catch (error) {
    if (error instanceof WordError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new WordError(
      'convert-failed',
      `${name} 无法用 LibreOffice 转换为 .docx（${reason}）。文件可能已损坏或设置了密码；请在 Word 或 WPS 中打开并另存为 .docx 后再检查。`,
      `LibreOffice could not convert ${name} to .docx (${reason}). It may be damaged or password-protected; open it in Word or WPS, save it as .docx and check again.`,
    );
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

export interface LoadedWordFile {
  bytes: Uint8Array;
  /** Converted from .doc/.wps by LibreOffice. */
  converted: boolean;
}

/**
 * The .docx bytes of a Word file on disk: checked for size before reading; old formats converted. Throws WordError
 * (too large, empty, encrypted, needs converting …) with a Chinese message.
 */
export async function loadWordFile(file: string, options: ConvertOptions & { maxFileBytes?: number } = {}): Promise<LoadedWordFile> {
  const node = options.node ?? nodeOf();
  if (!node) throw new WordError('unsupported', '此环境不能读取本机文件。', 'This environment cannot read local files.');
  const name = node.path.basename(file);
  const max = options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  const stat = await node.fs.promises.stat(file);
  if (stat.size > max) {
    throw new WordError('too-large', `${name} 有 ${megabytes(stat.size)}，超过上限 ${megabytes(max)}，未读取。`, `${name} is ${megabytes(stat.size)}, over the ${megabytes(max)} limit; not read.`);
  }
  return prepareWordBytes(file, new Uint8Array(await node.fs.promises.readFile(file)), options);
}

/**
 * Whether a file's bytes are an old-format document that LibreOffice converts: a Word binary file (a compound file
 * with a WordDocument stream, whatever its name), or a compound file named .wps/.wpt (WPS, Works). An RTF file, a
 * web page or anything else merely named .doc is not: the reader refuses it with a message (sortProblem), and no
 * program is started for it.
 */
export function needsConversion(file: string, bytes: Uint8Array): boolean {
  const sort = sniff(bytes);
  return sort === 'legacy' || (sort === 'compound' && WPS_EXTENSIONS.has(extensionOf(file)));
}

export { isLegacyWordName } from './names.js';

/** The .docx bytes of a Word file already read from `file`: converted by LibreOffice when it is an old format. */
export async function prepareWordBytes(file: string, bytes: Uint8Array, options: ConvertOptions = {}): Promise<LoadedWordFile> {
  if (needsConversion(file, bytes)) return { bytes: await convertToDocx(file, { ...options, bytes }), converted: true };
  return { bytes, converted: false };
}
