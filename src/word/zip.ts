/**
 * The zip container of a .docx, through fflate (no hand-written zip parsing):
 *
 * - The central directory is listed first (`unzipSync` with a filter that takes nothing): the entry count, each
 *   entry's declared size and the declared total are checked against the caps before a byte is inflated.
 * - Entries are then inflated by fflate's streaming `Unzip`, fed 16 KB at a time, and every entry is stopped as soon
 *   as it yields more than it declared or more than the cap: a zip bomb that lies in its headers costs at most one
 *   chunk's worth of output, not gigabytes.
 * - Writing (`writeZip`) keeps the entries' order and each entry's method (stored stays stored).
 */
import { Unzip, UnzipInflate, unzipSync, zipSync, type ZipOptions, type Zippable } from 'fflate';
import { megabytes, WordError } from './errors.js';

export interface ZipLimits {
  /** Most entries in the archive. */
  maxEntries: number;
  /** Most bytes all entries may hold once inflated (declared and actual). */
  maxTotalBytes: number;
  /** Most bytes one inflated entry may hold. */
  maxEntryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxTotalBytes: 512 * 1024 * 1024,
  maxEntryBytes: 256 * 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  /** Bytes in the archive. */
  compressedSize: number;
  /** Bytes once inflated, as the central directory declares. */
  size: number;
  /** 0 stored, 8 deflated. */
  compression: number;
}

export interface ZipContents {
  /** Every entry in archive order. */
  entries: ZipEntryInfo[];
  /** Inflated data of the entries asked for. */
  data: Map<string, Uint8Array>;
}

/** Deflate cannot expand more than about 1032:1; a larger declared ratio is not a real deflate stream. */
const MAX_DEFLATE_RATIO = 1100;
const CHUNK = 16 * 1024;
/**
 * Entries up to this many compressed bytes are inflated in one call into a buffer of their declared size: memory is
 * bounded by the declaration, and a stream that lies about its size can do at most 1032 × 64 KB of work before it
 * ends (its output is cut at the declared size and fails to parse). Larger entries go through the stream, which stops
 * as soon as the output passes the declaration.
 */
const SMALL_ENTRY = 64 * 1024;

function bomb(detail: string, detailEn: string): WordError {
  return new WordError(
    'zip-bomb',
    `文件解压后过大（${detail}），可能是恶意构造的压缩包，已拒绝读取。`,
    `The file would be too large once unpacked (${detailEn}); it may be a zip bomb and was not read.`,
  );
}

/** fflate's error codes in plain Chinese. */
function flateReason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 0:
      return '压缩数据提前结束，文件可能没有下载或拷贝完整';
    case 13:
      return '不是完整的 zip 压缩包，文件可能没有下载或拷贝完整';
    case 14:
      return '使用了不支持的压缩方式';
    case 1:
    case 2:
    case 3:
      return '压缩数据有误';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function corrupt(reason: string): WordError {
  return new WordError(
    'corrupt',
    `文件已损坏，无法读取（${reason}）。请在 Word 或 WPS 中打开，如能打开，另存为 .docx 后再试。`,
    `The file is damaged and cannot be read (${reason}). If Word or WPS can open it, save it as .docx and try again.`,
  );
}

/** The central directory: names and declared sizes, checked against the caps. Nothing is inflated. */
export function listZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.push({ name: file.name, compressedSize: file.size, size: file.originalSize, compression: file.compression });
        if (entries.length > limits.maxEntries) {
          throw new WordError(
            'too-many-entries',
            `压缩包中的文件超过 ${limits.maxEntries} 个，不像是 Word 文档，已拒绝读取。`,
            `The archive holds more than ${limits.maxEntries} entries; not a Word document, not read.`,
          );
        }
        total += file.originalSize;
        if (file.originalSize > limits.maxEntryBytes) {
          throw bomb(`${file.name} 为 ${megabytes(file.originalSize)}，上限 ${megabytes(limits.maxEntryBytes)}`, `${file.name} declares ${megabytes(file.originalSize)}, the cap is ${megabytes(limits.maxEntryBytes)}`);
        }
        if (total > limits.maxTotalBytes) {
          throw bomb(`合计超过 ${megabytes(limits.maxTotalBytes)}`, `more than ${megabytes(limits.maxTotalBytes)} in all`);
        }
        if (file.compression === 8 && file.originalSize > (file.size + 1) * MAX_DEFLATE_RATIO) {
          throw bomb(`${file.name} 的压缩比不可能达到`, `${file.name} declares an impossible ratio`);
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof WordError) throw error;
    throw corrupt(flateReason(error));
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.name)) throw corrupt(`压缩包中有两个同名文件 ${e.name}`);
    seen.add(e.name);
  }
  return entries;
}

/**
 * List the archive and inflate the entries `want` selects, each bounded by its declared size and the caps.
 * Throws WordError (corrupt, zip-bomb, too-many-entries).
 */
export function readZip(bytes: Uint8Array, want: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipContents {
  const reader = new ZipReader(bytes, limits);
  reader.read(reader.entries.filter((e) => want(e.name)).map((e) => e.name));
  return { entries: reader.entries, data: reader.data };
}

/** An archive listed once (caps checked), its entries inflated when first asked for. */
export class ZipReader {
  readonly entries: ZipEntryInfo[];
  readonly data = new Map<string, Uint8Array>();
  private readonly declared: Map<string, ZipEntryInfo>;
  private total = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    this.entries = listZip(bytes, limits);
    this.declared = new Map(this.entries.map((e) => [e.name, e]));
  }

  has(name: string): boolean {
    return this.declared.has(name);
  }

  /** The inflated entry (undefined when the archive has none of that name). */
  get(name: string): Uint8Array | undefined {
    if (!this.declared.has(name)) return undefined;
    if (!this.data.has(name)) this.read([name]);
    return this.data.get(name);
  }

  /** Inflate these entries (those not read yet). */
  read(names: readonly string[]): void {
    const wanted = names.map((n) => this.declared.get(n)).filter((e): e is ZipEntryInfo => !!e && !this.data.has(e.name));
    if (wanted.length === 0) return;
    inflateEntries(this.bytes, wanted, this.limits, this.data, this.total);
    this.total = 0;
    for (const v of this.data.values()) this.total += v.length;
    checked(this.entries, wanted, this.data);
  }
}

function inflateEntries(bytes: Uint8Array, wanted: ZipEntryInfo[], limits: ZipLimits, data: Map<string, Uint8Array>, already: number): void {
  const small = new Set(wanted.filter((e) => e.compressedSize <= SMALL_ENTRY).map((e) => e.name));
  if (small.size > 0) {
    try {
      const got = unzipSync(bytes, { filter: (f) => small.has(f.name) });
      for (const [name, value] of Object.entries(got)) data.set(name, value);
    } catch (error) {
      throw corrupt(flateReason(error));
    }
  }
  const large = new Map(wanted.filter((e) => !small.has(e.name)).map((e) => [e.name, e]));
  if (large.size === 0) return;
  let failure: WordError | undefined;
  let total = already;
  const unzip = new Unzip((file) => {
    const info = large.get(file.name);
    if (!info || data.has(file.name)) return;
    const cap = Math.min(info.size, limits.maxEntryBytes);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = corrupt(`${file.name}：${flateReason(error)}`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > cap || total > limits.maxTotalBytes) {
        failure = bomb(`${file.name} 实际解压超过声明的 ${megabytes(info.size)}`, `${file.name} inflates past its declared ${megabytes(info.size)}`);
        file.terminate();
        return;
      }
      if (chunk.length > 0) chunks.push(chunk);
      if (final) data.set(file.name, concat(chunks, size));
    };
    if (file.compression !== 0 && file.compression !== 8) {
      failure = new WordError(
        'unsupported',
        `文件中的 ${file.name} 使用了不支持的压缩方式（${file.compression}）。请在 Word 或 WPS 中另存为 .docx 后再试。`,
        `${file.name} uses an unsupported compression method (${file.compression}). Save the file as .docx in Word or WPS and try again.`,
      );
      return;
    }
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) {
      const end = Math.min(at + CHUNK, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    if (!failure) failure = corrupt(flateReason(error));
  }
  if (failure) throw failure;
}

function checked(entries: ZipEntryInfo[], wanted: ZipEntryInfo[], data: Map<string, Uint8Array>): ZipContents {
  for (const e of wanted) {
    const got = data.get(e.name);
    if (!got) throw corrupt(`${e.name} 无法解压`);
    if (got.length !== e.size) throw corrupt(`${e.name} 的大小与目录不符`);
  }
  return { entries, data };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export interface ZipOutEntry {
  name: string;
  data: Uint8Array;
  /** 0 stores the entry; otherwise deflated. */
  compression: number;
}

/** A new archive with the entries in the given order. */
export function writeZip(entries: readonly ZipOutEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) {
    const options: ZipOptions = { level: e.compression === 0 ? 0 : 6 };
    files[e.name] = [e.data, options];
  }
  return zipSync(files);
}
