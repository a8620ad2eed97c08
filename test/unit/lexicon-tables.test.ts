/**
 * The lexicon's precomputed tables (src/core/lexicon/tables.ts, src/cli/lexicon-file.ts): what the build stores for the
 * CLI and the CLI reads back gives the very tables the decoding builds, and with them the same words, segmentations,
 * substitutes and lint results; a file that is not the build's own, or is damaged, is never used.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dictionary } from '../../src/core/lexicon/dictionary.js';
import { decodeTables, encodeTables, type TableRecord } from '../../src/core/lexicon/tables.js';
import { decodeLexiconFile, encodeLexiconFile, readLexiconFile } from '../../src/cli/lexicon-file.js';

const root = join(__dirname, '..', '..');
const dirs: string[] = [];
const scratch = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'xinxi-lexicon-tables-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Deep equality that also compares typed arrays element by element, and the key order of every record. */
function sameTables(a: unknown, b: unknown, path = ''): void {
  if (ArrayBuffer.isView(a)) {
    expect(ArrayBuffer.isView(b), path).toBe(true);
    expect((b as object).constructor, path).toBe((a as object).constructor);
    expect(Buffer.from((b as Uint8Array).buffer, (b as Uint8Array).byteOffset, (b as Uint8Array).byteLength).equals(Buffer.from((a as Uint8Array).buffer, (a as Uint8Array).byteOffset, (a as Uint8Array).byteLength)), path).toBe(true);
  } else if (a && typeof a === 'object' && !Array.isArray(a)) {
    expect(Object.keys(b as object), path).toEqual(Object.keys(a));
    for (const k of Object.keys(a)) sameTables((a as TableRecord)[k], (b as TableRecord)[k], `${path}.${k}`);
  } else {
    expect(b, path).toEqual(a);
  }
}

/** A draft whose findings come from the lexicon (typo's 非词 search and the dictionary's frequencies decide them). */
const TYPOS = '# 县里部署秸秆禁烧工作\n\n县里己经按排专人负责秸杆禁烧工作，各乡镇要再接再励，及式上报情况，做到迟报、漏宝、瞒报一律通报。\n';

/** The sentences of the example drafts and that one (what the lexicon is asked about below). */
const sentences = readdirSync(join(root, 'examples'))
  .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
  .flatMap((f) => readFileSync(join(root, 'examples', f), 'utf8').split(/(?<=[。！？\n])/))
  .concat(TYPOS.split('\n'))
  .map((s) => s.trim())
  .filter((s) => s.length >= 4);

describe('lexicon tables: the layout', () => {
  it('gives back every kind of table, nested records and JSON values, in the written order', () => {
    const record = {
      z: 1,
      bytes: Uint8Array.from([1, 2, 3]),
      nested: { words: Uint16Array.from([0x4e00, 0x9fa5, 7]), codes: Int32Array.from([-1, 0, 2 ** 31 - 1]), deeper: { f: Float64Array.from([Math.PI, -0.5]) } },
      bits: Uint32Array.from([0xffffffff, 0]),
      names: ['n', '名'],
      total: 60101983,
      odd: Uint8Array.from([9]),
      after: Uint16Array.from([5]),
      flag: true,
      none: null,
    };
    const { header, payload } = encodeTables(record);
    expect(payload.length % 8).toBe(0);
    const back = decodeTables(JSON.parse(JSON.stringify(header)), payload);
    sameTables(record, back);
    // Views into the payload, not copies.
    expect((back!.bits as Uint32Array).buffer).toBe(payload.buffer);
  });

  it('refuses what would not come back the same, and headers that do not fit the payload', () => {
    expect(() => encodeTables({ m: new Map() })).toThrow(/不能存入/);
    expect(() => encodeTables({ x: Number.NaN })).toThrow(/不能存入/);
    expect(() => encodeTables({ x: new Int16Array(2) })).toThrow(/不能存入/);
    expect(() => encodeTables({ 'a.b': 1 })).toThrow(/不能存入/);
    const { header, payload } = encodeTables({ a: Int32Array.from([1, 2]), b: { c: 3 } });
    const again = () => JSON.parse(JSON.stringify(header));
    expect(decodeTables(again(), payload)).toBeDefined();
    expect(decodeTables({ ...again(), littleEndian: !header.littleEndian }, payload)).toBeUndefined();
    expect(decodeTables(again(), payload.subarray(0, 4))).toBeUndefined();
    const outside = again();
    outside.leaves[0].length = 100;
    expect(decodeTables({ ...outside, payloadLength: payload.length }, payload)).toBeUndefined();
    const unknownType = again();
    unknownType.leaves[0].type = 'BigInt64Array';
    expect(decodeTables(unknownType, payload)).toBeUndefined();
    const polluting = again();
    polluting.leaves[1].path = ['__proto__', 'c'];
    expect(decodeTables(polluting, payload)).toBeUndefined();
    expect(({} as Record<string, unknown>).c).toBeUndefined();
    const twice = again();
    twice.leaves.push(twice.leaves[1]);
    expect(decodeTables(twice, payload)).toBeUndefined();
  });
});

describe('lexicon tables: the dictionary', () => {
  const decoded = new Dictionary();

  it('a dictionary from its stored tables has every field of a decoded one, in the same order and the same values', () => {
    const { header, payload } = encodeTables({ dictionary: decoded.tables() });
    const back = decodeTables(JSON.parse(JSON.stringify(header)), payload)!;
    const loaded = Dictionary.fromTables(back.dictionary as TableRecord, 1.5)!;
    expect(loaded).toBeInstanceOf(Dictionary);
    const { loadMs: a, ...fields } = decoded.tables();
    const { loadMs: b, ...loadedFields } = loaded.tables();
    expect(typeof a).toBe('number');
    expect(b).toBe(1.5);
    expect(Object.keys(loaded.tables())).toEqual(Object.keys(decoded.tables()));
    sameTables(fields, loadedFields);
    for (const s of sentences.slice(0, 50)) {
      for (let i = 0; i + 2 <= s.length; i++) expect(loaded.indexOf(s, i, i + 2)).toBe(decoded.indexOf(s, i, i + 2));
    }
  });

  it('tables that are not this data, or lack a field, give no dictionary (the data is then decoded)', () => {
    const tables = decoded.tables();
    expect(Dictionary.fromTables(tables, 0)).toBeDefined();
    expect(Dictionary.fromTables({ ...tables, size: 5 }, 0)).toBeUndefined();
    expect(Dictionary.fromTables({ ...tables, chars: new Uint16Array(3) }, 0)).toBeUndefined();
    for (const name of Object.keys(tables).filter((k) => k !== 'loadMs')) {
      const { [name]: _gone, ...rest } = tables;
      expect(Dictionary.fromTables(rest, 0), name).toBeUndefined();
      expect(Dictionary.fromTables({ ...tables, [name]: 'x' }, 0), name).toBeUndefined();
    }
  });
});

/** The key in the header of a tables file. */
const keyOf = (bytes: Uint8Array): string => {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(12, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + length))).key;
};

describe('lexicon tables: the CLI file', () => {
  it('reads back what was written under its key; another key, a changed byte, a cut file or no file give nothing', async () => {
    const { lexiconTables } = await import('../../src/core/lexicon/index.js');
    const record = lexiconTables();
    // No timing in the file: the same sources give the same bytes.
    expect((record.dictionary as TableRecord).loadMs).toBe(0);
    const bytes = encodeLexiconFile(record, 'k1');
    const dir = scratch();
    const file = join(dir, 'lexicon.bin');
    writeFileSync(file, bytes);
    sameTables(record, readLexiconFile(file, 'k1'));
    expect(readLexiconFile(file, 'k2')).toBeUndefined();
    expect(decodeLexiconFile(bytes.subarray(0, bytes.length - 8), 'k1')).toBeUndefined();
    expect(decodeLexiconFile(bytes.subarray(0, 20), 'k1')).toBeUndefined();
    // A changed byte anywhere: the magic, the checksum, the header's length, every digit of the header (an offset or a
    // length that still parses), the payload.
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(12, true);
    const header = new TextDecoder().decode(bytes.subarray(16, 16 + headerLength));
    const digits = [...header.matchAll(/\d/g)].map((m) => 16 + m.index!).filter((_, i) => i % 5 === 0);
    expect(digits.length).toBeGreaterThan(20);
    for (const at of [3, 8, 12, 16, ...digits, bytes.length - 1, bytes.length >> 1]) {
      const damaged = Uint8Array.from(bytes);
      damaged[at]! ^= at >= 16 && at < 16 + headerLength ? 0x01 : 0x20;
      expect(decodeLexiconFile(damaged, 'k1'), `byte ${at}`).toBeUndefined();
    }
    expect(readLexiconFile(join(dir, 'none.bin'), 'k1')).toBeUndefined();
    mkdirSync(join(dir, 'folder.bin'));
    expect(readLexiconFile(join(dir, 'folder.bin'), 'k1')).toBeUndefined();
  });

  it('a lexicon that reads its tables from the file answers as one that decodes them, and lints the same', async () => {
    // This file's modules decode the data; a fresh set of modules reads the stored tables.
    const decodedLexicon = await import('../../src/core/lexicon/index.js');
    const { lint, allRules } = await import('../../src/index.js');
    const dir = scratch();
    writeFileSync(join(dir, 'lexicon.bin'), encodeLexiconFile(decodedLexicon.lexiconTables(), 'k'));
    const record = readLexiconFile(join(dir, 'lexicon.bin'), 'k')!;

    vi.resetModules();
    const storedLexicon = await import('../../src/core/lexicon/index.js');
    const storedDictionary = await import('../../src/core/lexicon/dictionary.js');
    const stored = await import('../../src/index.js');
    let asked = 0;
    storedLexicon.useStoredTables(() => {
      asked++;
      return record;
    });
    expect(storedLexicon).not.toBe(decodedLexicon);
    for (const s of sentences) {
      expect(storedLexicon.segment(s)).toEqual(decodedLexicon.segment(s));
      expect(storedLexicon.segmentScore(s)).toBe(decodedLexicon.segmentScore(s));
      for (let i = 0; i + 3 <= s.length; i++) {
        for (const [start, end] of [[i, i + 2], [i, i + 3]] as const) {
          const chars = decodedLexicon.confusionSet(s[i + 1]!);
          expect(storedLexicon.substitutes(s, start, end, i + 1, chars)).toEqual(decodedLexicon.substitutes(s, start, end, i + 1, chars));
        }
      }
      for (const c of s.slice(0, 6)) expect(storedLexicon.twoCharWords(c, 1)).toBe(decodedLexicon.twoCharWords(c, 1));
    }
    // The stored tables were used (the very arrays of the file), and asked for once.
    expect(asked).toBe(1);
    expect(storedDictionary.dictionary().chars).toBe((record.dictionary as TableRecord).chars);
    expect(storedDictionary.storedTable('wildcard')).toBe(record.wildcard);

    for (const f of readdirSync(join(root, 'examples')).filter((n) => /\.(md|txt)$/.test(n) && n !== 'README.md')) {
      const text = readFileSync(join(root, 'examples', f), 'utf8');
      const path = join(root, 'examples', f);
      const strip = (r: ReturnType<typeof lint>) => ({ messages: r.messages, stats: r.stats });
      expect(strip(stored.lint(text, { path, rules: stored.allRules })), f).toEqual(strip(lint(text, { path, rules: allRules })));
    }
    const typos = lint(TYPOS, { rules: allRules });
    expect(typos.messages.filter((m) => m.ruleId === 'typo').length).toBeGreaterThanOrEqual(3);
    expect(stored.lint(TYPOS, { rules: stored.allRules }).messages).toEqual(typos.messages);
  }, 120_000);

  it('the built CLI prints the same with its lexicon.bin, without it, and with a damaged or foreign one', () => {
    const dist = join(root, 'dist');
    if (!existsSync(join(dist, 'cli.js')) || !existsSync(join(dist, 'lexicon.bin'))) return;
    const pkg = scratch();
    mkdirSync(join(pkg, 'bin'));
    mkdirSync(join(pkg, 'dist'));
    copyFileSync(join(root, 'bin', 'xinxi.js'), join(pkg, 'bin', 'xinxi.js'));
    copyFileSync(join(root, 'package.json'), join(pkg, 'package.json'));
    copyFileSync(join(dist, 'cli.js'), join(pkg, 'dist', 'cli.js'));
    const bin = join(pkg, 'dist', 'lexicon.bin');
    const good = readFileSync(join(dist, 'lexicon.bin'));
    // The build's file is the bundle's own: its key is the one built into dist/cli.js.
    expect(readFileSync(join(dist, 'cli.js'), 'utf8')).toContain(JSON.stringify(keyOf(good)));
    // Besides example drafts, one whose findings come from the lexicon (typo's 非词 search, the dictionary's frequencies).
    const typos = join(pkg, 'typos.md');
    writeFileSync(typos, TYPOS);
    const run = () =>
      spawnSync(process.execPath, [join(pkg, 'bin', 'xinxi.js'), 'check', '--format', 'json', '07-dongtai-faulty.md', '11-pasted-mess.md', '03-wenti-good.md', typos], {
        cwd: join(root, 'examples'),
        encoding: 'utf8',
        env: { ...process.env, XINXI_CACHE_DIR: '' },
      });
    const without = run();
    expect(without.stdout).toContain('07-dongtai-faulty.md');
    expect(without.stdout.match(/"ruleId": "typo"/g)?.length).toBeGreaterThanOrEqual(3);
    writeFileSync(bin, good);
    const withFile = run();
    const damaged = Buffer.from(good);
    damaged[damaged.length - 100]! ^= 1;
    writeFileSync(bin, damaged);
    const withDamaged = run();
    // A whole, well-made file of another build (another key), its tables changed: it must not be read.
    const record = decodeLexiconFile(new Uint8Array(good.buffer.slice(good.byteOffset, good.byteOffset + good.length)), keyOf(good))!;
    expect(record).toBeDefined();
    const freqCode = Uint8Array.from((record.dictionary as TableRecord).freqCode as Uint8Array).fill(0);
    writeFileSync(bin, encodeLexiconFile({ ...record, dictionary: { ...(record.dictionary as TableRecord), freqCode } }, 'another-build'));
    const withForeign = run();
    for (const r of [withFile, withDamaged, withForeign]) {
      expect(r.status).toBe(without.status);
      expect(r.stdout).toBe(without.stdout);
      expect(r.stderr).toBe(without.stderr);
    }
  }, 60_000);
});
