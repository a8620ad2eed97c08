/**
 * Word files from disk, Node only: size check before reading, and old .doc/.wps (and RTF or web pages saved as
 * .doc) converted to .docx by LibreOffice when it is installed (`soffice --headless --convert-to docx`), in a
 * temporary folder with a throw-away LibreOffice profile, so a LibreOffice the user has open is not disturbed.
 * Without LibreOffice a Chinese message says how to convert the file by hand.
 *
 * No static import of Node built-ins: the extension's web build bundles this file too, and there Node is absent
 * (`nodeOf()` is undefined and a .doc gets the message).
 */
import { megabytes, WordError } from './errors.js';
import { DEFAULT_LIMITS, extensionOf, LEGACY_EXTENSIONS, sniff } from './package.js';

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

/** The LibreOffice program (`XINXI_SOFFICE`, else soffice or libreoffice on PATH, else the usual install places). */
export function findSoffice(node: NodeLike | undefined = nodeOf()): string | undefined {
  if (!node) return undefined;
  const env = (globalThis as { process?: HostProcess }).process?.env ?? {};
  if (env.XINXI_SOFFICE !== undefined) return env.XINXI_SOFFICE && node.fs.existsSync(env.XINXI_SOFFICE) ? env.XINXI_SOFFICE : undefined;
  const windows = (globalThis as { process?: HostProcess }).process?.platform === 'win32';
  const names = windows ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? env.Path ?? '').split(node.path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = node.path.join(dir, name);
      try {
        if (node.fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not there
      }
    }
  }
  for (const candidate of windows ? WINDOWS_CANDIDATES : MAC_CANDIDATES) if (node.fs.existsSync(candidate)) return candidate;
  return undefined;
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
}

/** Convert an old Word/WPS file to .docx bytes with LibreOffice. Throws WordError. */
export async function convertToDocx(file: string, options: ConvertOptions = {}): Promise<Uint8Array> {
  const node = options.node ?? nodeOf();
  const name = node ? node.path.basename(file) : file;
  const soffice = options.soffice ?? findSoffice(node);
  if (!node || !soffice) throw howToConvert(name);
  const { fs, path, os, childProcess } = node;
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'xinxi-convert-'));
  try {
    // The input is copied under a plain name: LibreOffice names its output after the input's base name.
    const ext = extensionOf(file) || 'doc';
    const input = path.join(dir, `input.${ext}`);
    await fs.promises.copyFile(file, input);
    const profile = `file://${path.join(dir, 'profile').replace(/\\/g, '/').replace(/^([A-Za-z]):/, '/$1:')}`;
    await new Promise<void>((resolve, reject) => {
      childProcess.execFile(
        soffice,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input],
        { timeout: options.timeoutMs ?? 60_000, windowsHide: true },
        (error) => (error ? reject(error) : resolve()),
      );
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

/** Whether a file's bytes need LibreOffice before they can be read (.doc, .wps, RTF or a web page saved as .doc). */
export function needsConversion(file: string, bytes: Uint8Array): boolean {
  const sort = sniff(bytes);
  const legacyName = LEGACY_EXTENSIONS.has(extensionOf(file));
  return sort === 'legacy' || sort === 'rtf' || sort === 'html' || (legacyName && sort !== 'zip' && sort !== 'encrypted' && sort !== 'empty');
}

/** The .docx bytes of a Word file already read from `file`: converted by LibreOffice when it is an old format. */
export async function prepareWordBytes(file: string, bytes: Uint8Array, options: ConvertOptions = {}): Promise<LoadedWordFile> {
  if (needsConversion(file, bytes)) return { bytes: await convertToDocx(file, options), converted: true };
  return { bytes, converted: false };
}
