/**
 * The lexicon's tables for the CLI, precomputed by the build (dist/lexicon.bin, beside dist/cli.js): every `xinxi`
 * process would otherwise decode jieba's dictionary and build the tables the typo search needs (about 40 ms of a
 * process that checks one draft in 300), each time the same. The file is read whole into typed-array views (no
 * decoding) when the lexicon is first asked for something.
 *
 * The file is used only when it is this build's own: its header carries the key the build gave the CLI bundle (a
 * hash of the lexicon's sources, src/core/lexicon), and the CRC-32 of everything after it (header and payload) must
 * match. Anything else — no file, a
 * file of another build, a damaged or truncated one, one of another byte order, a Node without zlib.crc32 — and the
 * lexicon decodes the bundled data as every other build does: the tables are the same either way (test/unit/
 * lexicon-tables.test.ts), so what the CLI reports never depends on the file.
 *
 * Layout: the 8 bytes `XXLEX002`, the CRC-32 of all the bytes after it (4 bytes, little-endian), the header's length
 * (4 bytes, little-endian), the header (JSON, UTF-8: ./tables.ts plus `key`), zeros up to a multiple of 8, the payload.
 * The checksum covers the header too: a changed digit in an offset or a length is found, not read as other tables.
 */
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { lexiconTables, useStoredTables } from '../core/lexicon/index.js';
import { decodeTables, encodeTables, type TableHeader, type TableRecord } from '../core/lexicon/tables.js';
import { readRegularFileSync, writeFileAtomic } from '../core/safe-file.js';

/** Set by the build (scripts/build.mjs, esbuild `define`) in the CLI bundle; absent when the sources run as they are. */
declare const __XINXI_LEXICON_KEY__: string | undefined;

export const LEXICON_FILE = 'lexicon.bin';
const MAGIC = 'XXLEX002';
/** Magic, CRC-32, header length. */
const HEAD = 16;
/** A file larger than this is not read (the tables are about 14 MB). */
const MAX_BYTES = 64 * 1024 * 1024;

/** The key of this bundle's lexicon sources (undefined outside a built bundle). */
export function lexiconKey(): string | undefined {
  return typeof __XINXI_LEXICON_KEY__ === 'string' && __XINXI_LEXICON_KEY__ ? __XINXI_LEXICON_KEY__ : undefined;
}

const crc32 = (bytes: Uint8Array): number | undefined => {
  const f = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return typeof f === 'function' ? f(bytes) : undefined;
};

/** The bytes of a tables file for `record`, under `key`. */
export function encodeLexiconFile(record: TableRecord, key: string): Uint8Array {
  const { header, payload } = encodeTables(record, { key });
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = Math.ceil((HEAD + json.length) / 8) * 8;
  const out = new Uint8Array(start + payload.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(12, json.length, true);
  out.set(json, HEAD);
  out.set(payload, start);
  const sum = crc32(out.subarray(12));
  if (sum === undefined) throw new Error('这个 Node 没有 zlib.crc32，不能写词法层的表。This Node has no zlib.crc32.');
  view.setUint32(8, sum, true);
  return out;
}

/** The record in the bytes of a tables file written under `key`; undefined when they are not that (see the file's head). */
export function decodeLexiconFile(bytes: Uint8Array, key: string): TableRecord | undefined {
  if (bytes.length < HEAD || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const sum = crc32(bytes.subarray(12));
  if (sum === undefined || sum !== view.getUint32(8, true)) return undefined;
  const length = view.getUint32(12, true);
  if (HEAD + length > bytes.length) return undefined;
  let header: TableHeader & { key?: unknown };
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(HEAD, HEAD + length)));
  } catch {
    return undefined;
  }
  if (!header || typeof header !== 'object' || header.key !== key) return undefined;
  const start = Math.ceil((HEAD + length) / 8) * 8;
  const payload = bytes.subarray(start);
  if (payload.length !== header.payloadLength) return undefined;
  return decodeTables(header, payload);
}

/** The record in the file at `path` for `key`, or undefined (no file, not a regular file, too large, not this build's). */
export function readLexiconFile(path: string, key: string): TableRecord | undefined {
  try {
    // Through the one reader of files (src/core/safe-file.ts: a regular file, at most MAX_BYTES). A file this large is
    // read into a buffer of its own, at offset 0, so the typed arrays can be views at their aligned offsets; else a copy.
    const read = readRegularFileSync(path, MAX_BYTES);
    const bytes = read.byteOffset % 8 === 0 ? new Uint8Array(read.buffer, read.byteOffset, read.length) : Uint8Array.from(read);
    return decodeLexiconFile(bytes, key);
  } catch {
    return undefined;
  }
}

/**
 * Let the lexicon read its tables from `folder`/lexicon.bin when this bundle has a key (a built CLI). Call before the
 * first lint; nothing is read until the lexicon is first asked for something.
 */
export function useLexiconFile(folder: string): void {
  const key = lexiconKey();
  if (!key) return;
  useStoredTables(() => readLexiconFile(join(folder, LEXICON_FILE), key));
}

/**
 * Write the tables of this bundle's lexicon to `folder`/lexicon.bin (the build calls it through dist/cli.js, whose key
 * it carries), decoding the bundled data for them: atomically, through a temporary file beside it.
 */
export function writeLexiconFile(folder: string): string {
  const key = lexiconKey();
  if (!key) throw new Error('这个 CLI 没有词法层的键（不是构建出的 dist/cli.js）。This CLI has no lexicon key (not a built bundle).');
  // The tables of the bundled data itself, never of a file read earlier.
  useStoredTables(undefined);
  const bytes = encodeLexiconFile(lexiconTables(), key);
  const path = join(folder, LEXICON_FILE);
  // Atomically, never through a link (src/core/safe-file.ts).
  writeFileAtomic(path, bytes, { overwrite: true });
  return path;
}
