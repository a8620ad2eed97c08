/**
 * Opening a Word file: what kind of file it is (a .docx zip, an encrypted document, an old .doc/.wps), the
 * package's parts ([Content_Types].xml, relationships) and the main document part as a DOM.
 */
import { megabytes, WordError } from './errors.js';
import { childElements, isElement, parseXml, PKG_REL, W, W_STRICT, type Document, type Element } from './xml.js';
import { DEFAULT_ZIP_LIMITS, ZipReader, type ZipEntryInfo, type ZipLimits } from './zip.js';
import { extensionOf } from './names.js';

export interface WordLimits extends ZipLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest XML part that is parsed (document, styles, comments), in bytes. */
  maxXmlBytes: number;
}

export const DEFAULT_LIMITS: WordLimits = {
  ...DEFAULT_ZIP_LIMITS,
  maxFileBytes: 64 * 1024 * 1024,
  maxXmlBytes: 48 * 1024 * 1024,
};

export interface OpenOptions {
  /** File name (for the kind of file and the messages). */
  name?: string;
  limits?: Partial<WordLimits>;
  /** Inflate every entry (annotate writes them back); by default only the parts read. */
  allEntries?: boolean;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface WordPackage {
  entries: ZipEntryInfo[];
  /** Inflated entries (all of them when opened with `allEntries`). */
  data: Map<string, Uint8Array>;
  /** Name of the main document part, e.g. `word/document.xml`. */
  mainPart: string;
  document: Document;
  /** The WordprocessingML namespace the document uses (transitional or Strict). */
  w: string;
  /** Relationships of the main part (empty when it has none). */
  relationships: Relationship[];
  relsPart: string;
  /** Part names by relationship type suffix (`styles`, `comments`, `footnotes` …), resolved. */
  partOf(typeSuffix: string): string | undefined;
  /** Parse another part (cached). */
  part(name: string): Document | undefined;
  limits: WordLimits;
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORD_MAIN_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
]);

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** Whether `bytes` holds `text` as UTF-16LE (stream names in a compound file's directory). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  const first = needle[0]!;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

// Word files by name (names.ts: the CLI sorts files by them without loading this reader).
export { extensionOf, isWordFileName, LEGACY_EXTENSIONS, WORD_EXTENSIONS } from './names.js';

/** What the bytes are, before any parsing. */
export type FileSort = 'zip' | 'encrypted' | 'legacy' | 'compound' | 'rtf' | 'html' | 'empty' | 'unknown';

export function sniff(bytes: Uint8Array): FileSort {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo')) return 'encrypted';
    if (hasUtf16(bytes, 'WordDocument')) return 'legacy';
    return 'compound';
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (head.startsWith('<html') || head.startsWith('<!doctype html') || head.startsWith('mime-version') || head.includes('<html')) return 'html';
  return 'unknown';
}

/** The Chinese (and English) explanation of why a file of this sort is not read directly. */
export function sortProblem(sort: FileSort, name = '该文件'): WordError | undefined {
  switch (sort) {
    case 'zip':
      return undefined;
    case 'empty':
      return new WordError('empty', `${name} 是空文件（0 字节）。`, `${name} is empty (0 bytes).`);
    case 'encrypted':
      return new WordError(
        'encrypted',
        `${name} 设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中打开，在“文件 › 信息 › 保护文档 › 用密码进行加密”中删除密码，保存后再检查。`,
        `${name} is password-protected (encrypted) and cannot be read. Open it in Word or WPS, remove the password (File › Info › Protect Document › Encrypt with Password), save, and check again.`,
      );
    case 'legacy':
      return new WordError(
        'legacy',
        `${name} 是旧版 Word（.doc）或 WPS（.wps）格式，需要先转换为 .docx。`,
        `${name} is an old Word (.doc) or WPS (.wps) file and must be converted to .docx first.`,
      );
    case 'rtf':
    case 'html':
      // Not converted automatically: LibreOffice would load the pictures and pages such a file links to.
      return new WordError(
        'disguised',
        `${name} 实际是${sort === 'rtf' ? ' RTF ' : '网页（HTML）'}文件，不是 Word 文档，不自动转换（其中的链接可能让转换程序访问网络）。请在 Word 或 WPS 中打开，选择“文件 › 另存为”，保存类型选“Word 文档（*.docx）”，再检查另存的文件。`,
        `${name} is really ${sort === 'rtf' ? 'an RTF file' : 'a web page (HTML)'}, not a Word document, and is not converted automatically (its links could make the converter reach the network). Open it in Word or WPS, choose File › Save As, type "Word Document (*.docx)", and check the saved file.`,
      );
    case 'compound':
      return new WordError('not-word', `${name} 不是 Word 文档（是其他 Office 程序的旧格式文件）。`, `${name} is not a Word document (an old-format file of another Office program).`);
    default:
      return new WordError(
        'not-zip',
        `${name} 不是有效的 .docx 文件（可能已损坏，或只是改了扩展名）。请在 Word 或 WPS 中打开，另存为 .docx 后再试。`,
        `${name} is not a valid .docx file (damaged, or only renamed). Open it in Word or WPS, save it as .docx and try again.`,
      );
  }
}

/** Resolve a relationship target against the part that owns it (`word/document.xml` + `media/a.png`). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = sourcePart.includes('/') ? sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1) : '';
  const parts = (base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function readRelationships(doc: Document | undefined): Relationship[] {
  if (!doc?.documentElement) return [];
  const out: Relationship[] = [];
  for (const el of childElements(doc.documentElement)) {
    if (el.localName !== 'Relationship' || el.namespaceURI !== PKG_REL) continue;
    out.push({
      id: el.getAttribute('Id') ?? '',
      type: el.getAttribute('Type') ?? '',
      target: el.getAttribute('Target') ?? '',
      external: (el.getAttribute('TargetMode') ?? '').toLowerCase() === 'external',
    });
  }
  return out;
}

function contentTypeOf(types: Document, part: string): string | undefined {
  const root = types.documentElement;
  if (!root) return undefined;
  let byExtension: string | undefined;
  const ext = extensionOf(part);
  for (const el of childElements(root)) {
    if (el.localName === 'Override' && (el.getAttribute('PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase()) {
      return el.getAttribute('ContentType') ?? undefined;
    }
    if (el.localName === 'Default' && (el.getAttribute('Extension') ?? '').toLowerCase() === ext) byExtension = el.getAttribute('ContentType') ?? undefined;
  }
  return byExtension;
}

/** Open a .docx (or .docm/.dotx) from its bytes. Throws WordError with a Chinese message for anything else. */
export function openPackage(bytes: Uint8Array, options: OpenOptions = {}): WordPackage {
  const limits: WordLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const name = options.name ?? '该文件';
  if (bytes.length > limits.maxFileBytes) {
    throw new WordError(
      'too-large',
      `${name} 有 ${megabytes(bytes.length)}，超过上限 ${megabytes(limits.maxFileBytes)}，未读取。`,
      `${name} is ${megabytes(bytes.length)}, over the ${megabytes(limits.maxFileBytes)} limit; not read.`,
    );
  }
  const problem = sortProblem(sniff(bytes), name);
  if (problem) throw problem;

  const zip = new ZipReader(bytes, limits);
  // Annotating writes every entry back: inflate them all now. Checking inflates only the parts it reads.
  if (options.allEntries === true) zip.read(zip.entries.map((e) => e.name));
  const data = zip.data;
  const parsed = new Map<string, Document>();
  const part = (n: string): Document | undefined => {
    let doc = parsed.get(n);
    if (doc) return doc;
    const info = zip.entries.find((e) => e.name === n);
    if (!info) return undefined;
    if (info.size > limits.maxXmlBytes) {
      throw new WordError(
        'too-large',
        `${name} 中的 ${n} 有 ${megabytes(info.size)}，超过上限 ${megabytes(limits.maxXmlBytes)}，未读取。`,
        `${n} in ${name} is ${megabytes(info.size)}, over the ${megabytes(limits.maxXmlBytes)} limit; not read.`,
      );
    }
    const raw = zip.get(n)!;
    doc = parseXml(raw, n);
    parsed.set(n, doc);
    return doc;
  };

  const types = part('[Content_Types].xml');
  if (!types) throw notWord(name, '缺少 [Content_Types].xml', 'no [Content_Types].xml');
  const rootRels = readRelationships(part('_rels/.rels'));
  const main = rootRels.find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
  const mainPart = main ? resolveTarget('', main.target) : zip.has('word/document.xml') ? 'word/document.xml' : undefined;
  if (!mainPart || !zip.has(mainPart)) throw notWord(name, '找不到文档正文部分', 'no main document part');
  const type = contentTypeOf(types, mainPart);
  if (type && !WORD_MAIN_TYPES.has(type)) {
    const what = /spreadsheetml/.test(type) ? 'Excel 表格' : /presentationml/.test(type) ? 'PowerPoint 演示文稿' : type;
    throw notWord(name, `这是${what}`, `it is ${type}`);
  }
  const document = part(mainPart)!;
  const root = document.documentElement!;
  const w = root.namespaceURI === W_STRICT ? W_STRICT : W;
  if (!isElement(root) || root.localName !== 'document' || (root.namespaceURI !== W && root.namespaceURI !== W_STRICT)) {
    throw notWord(name, '正文部分不是 WordprocessingML 文档', 'the main part is not a WordprocessingML document');
  }
  const relsPart = relsPartOf(mainPart);
  const relationships = readRelationships(part(relsPart));
  return {
    entries: zip.entries,
    data,
    mainPart,
    document,
    w,
    relationships,
    relsPart,
    partOf(typeSuffix: string) {
      const rel = relationships.find((r) => !r.external && r.type.endsWith(`/${typeSuffix}`));
      return rel ? resolveTarget(mainPart, rel.target) : undefined;
    },
    part,
    limits,
  };
}

function notWord(name: string, why: string, whyEn: string): WordError {
  return new WordError('not-word', `${name} 不是 Word 文档（${why}）。`, `${name} is not a Word document (${whyEn}).`);
}

export type { Element };
