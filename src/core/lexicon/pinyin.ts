/**
 * Character readings (from pinyin-pro, derived at build time into ./data/readings.ts) and the table of similar
 * sounds (./data/similar-sounds.yaml). Decoded once, on first use.
 */
import { COMMON, READINGS, READINGS_SOURCE, SYLLABLES } from './data/readings.js';
import similarSoundsData from './data/similar-sounds.yaml';

export type Tone = 1 | 2 | 3 | 4 | 5;

/** One reading of a character. */
export interface Reading {
  /** Without tone, ü written ü: "zhong", "lü". */
  readonly syllable: string;
  /** 1–4, 5 for the neutral tone. */
  readonly tone: Tone;
  /** Syllable and tone digit: "zhong1", "de5". */
  readonly numbered: string;
  /** With the tone mark: "zhōng", "de". */
  readonly marked: string;
  /**
   * A reading pinyin-pro lists but no dictionary word uses and that is not the character's first (她 jiě, 调 zhōu):
   * left out of confusion sets unless asked for.
   */
  readonly rare: boolean;
}

const MARKS: Record<string, string> = { a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' };
/** Syllabic n and m (嗯 ńg, 呣 ḿ): precomposed where Unicode has the letter, else a combining mark. */
const NASAL_MARKS: Record<string, readonly string[]> = {
  n: ['n\u0304', '\u0144', '\u0148', '\u01f9'],
  m: ['m\u0304', '\u1e3f', 'm\u030c', 'm\u0300'],
};

/** The syllable written with its tone mark (on a, else e, else the o of ou, else the last vowel). */
export function markTone(syllable: string, tone: number): string {
  if (tone < 1 || tone > 4) return syllable;
  let at = syllable.indexOf('a');
  if (at < 0) at = syllable.indexOf('e');
  if (at < 0) at = syllable.indexOf('ou');
  if (at < 0) {
    for (let k = syllable.length - 1; k >= 0; k--) {
      if ('iouü'.includes(syllable[k]!)) {
        at = k;
        break;
      }
    }
  }
  if (at < 0) at = 0; // ng, m, n: the mark goes on the first letter
  const ch = syllable[at]!;
  const marked = MARKS[ch]?.[tone - 1] ?? NASAL_MARKS[ch]?.[tone - 1] ?? ch;
  return syllable.slice(0, at) + marked + syllable.slice(at + 1);
}

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w'];

/** Initial and final of a toneless syllable ("zhong" → ["zh", "ong"]; y and w count as initials). */
export function splitSyllable(syllable: string): [string, string] {
  for (const ini of INITIALS) {
    if (syllable.startsWith(ini) && /[aeiouü]/.test(syllable.slice(ini.length))) return [ini, syllable.slice(ini.length)];
  }
  return ['', syllable];
}

interface SimilarSounds {
  initials: Map<string, string[]>;
  finals: Map<string, string[]>;
}

/** Reads the similar-sounds table: rows of two or more initials, rows of finals. Throws a Chinese message if malformed. */
export function parseSimilarSounds(data: unknown): SimilarSounds {
  const result: SimilarSounds = { initials: new Map(), finals: new Map() };
  const table = data as { initials?: unknown; finals?: unknown } | null;
  for (const key of ['initials', 'finals'] as const) {
    const rows = table?.[key];
    if (!Array.isArray(rows)) throw new Error(`近音表缺少 ${key} 列表。The similar-sounds table has no ${key} list.`);
    const map = result[key];
    rows.forEach((row, i) => {
      if (!Array.isArray(row) || row.length < 2 || !row.every((x) => typeof x === 'string' && /^[a-zü]+$/.test(x))) {
        throw new Error(`近音表 ${key} 第 ${i + 1} 行应是两个以上的拼音字母串，如 [n, l]。` +
          `Row ${i + 1} of ${key} in the similar-sounds table must list two or more pinyin strings, like [n, l].`);
      }
      for (const a of row as string[]) {
        const partners = map.get(a) ?? [];
        for (const b of row as string[]) if (b !== a && !partners.includes(b)) partners.push(b);
        map.set(a, partners);
      }
    });
  }
  return result;
}

/**
 * Characters (code units, rank order) per key, as offsets and codes: the key of an entry is its reading id, or that
 * id mapped by `keyOfId`; rare entries only if `withRare`; each character once per key.
 */
function invert(first: Int32Array, entries: Int32Array, codes: Uint16Array, n: number, keyOfId: Int32Array | null, withRare: boolean) {
  const offs = new Int32Array(n + 1);
  const last = new Int32Array(n).fill(-1);
  const chars = codes.length;
  for (let q = 0; q < chars; q++) {
    for (let k = first[q]!, end = first[q + 1]!; k < end; k++) {
      const entry = entries[k]!;
      if (!withRare && (entry & 1) === 1) continue;
      const key = keyOfId ? keyOfId[entry >> 1]! : entry >> 1;
      if (last[key] !== q) {
        last[key] = q;
        offs[key + 1]!++;
      }
    }
  }
  for (let k = 0; k < n; k++) offs[k + 1]! += offs[k]!;
  const out = new Uint16Array(offs[n]!);
  const fill = offs.slice(0, n);
  last.fill(-1);
  for (let q = 0; q < chars; q++) {
    for (let k = first[q]!, end = first[q + 1]!; k < end; k++) {
      const entry = entries[k]!;
      if (!withRare && (entry & 1) === 1) continue;
      const key = keyOfId ? keyOfId[entry >> 1]! : entry >> 1;
      if (last[key] !== q) {
        last[key] = q;
        out[fill[key]!++] = codes[q]!;
      }
    }
  }
  return { offs, codes: out };
}

/**
 * The decoded reading table. Decoding makes no string per character: ranks and readings live in typed arrays
 * indexed by UTF-16 code unit (every character of the table is in the BMP), each of the 1,347 toned syllables is one
 * shared Reading object, and the lists of characters per syllable are built as strings only when asked for.
 */
export class ReadingTable {
  /** Characters below this rank are GB 2312 Hanzi. */
  readonly common = COMMON;
  /** Number of characters in the table. */
  readonly size: number;
  readonly similar: SimilarSounds;
  /** rank of each code unit (0 = most common), -1 if the table does not have it. */
  private readonly rankOf = new Int32Array(0x10000).fill(-1);
  /** Code unit of each rank. */
  private readonly codes: Uint16Array;
  /** Readings of rank r: entries[first[r] .. first[r+1]), each (reading id << 1 | rare). */
  private readonly first: Int32Array;
  private readonly entries: Int32Array;
  /** Reading objects by id (usual and rare variant), toneless syllable id of each reading id. */
  private readonly usual: Reading[] = [];
  private readonly rareVariant: Reading[] = [];
  private readonly tonelessOf: number[] = [];
  private readonly idOfNumbered = new Map<string, number>();
  private readonly idOfSyllable = new Map<string, number>();
  /** Characters per reading id and per toneless id, usual readings only or all: [offsets, codes] (CSR). */
  private readonly lists: ({ offs: Int32Array; codes: Uint16Array } | undefined)[] = [];
  private readonly listCache = new Map<string, readonly string[]>();
  private readonly readingCache = new Map<number, readonly Reading[]>();

  constructor() {
    // The toned syllables: one shared Reading object each (and one for a rare use), by id.
    for (const numbered of SYLLABLES.split(' ')) {
      const syllable = numbered.slice(0, -1);
      const tone = Number(numbered[numbered.length - 1]) as Tone;
      let tid = this.idOfSyllable.get(syllable);
      if (tid === undefined) {
        tid = this.idOfSyllable.size;
        this.idOfSyllable.set(syllable, tid);
      }
      this.idOfNumbered.set(numbered, this.usual.length);
      this.tonelessOf.push(tid);
      const base = { syllable, tone, numbered, marked: markTone(syllable, tone) };
      this.usual.push(Object.freeze({ ...base, rare: false }));
      this.rareVariant.push(Object.freeze({ ...base, rare: true }));
    }
    const text = READINGS;
    const length = text.length;
    let nChars = 0;
    for (let i = 0; i < length; i++) if (text.charCodeAt(i) >= 0x3400) nChars++;
    this.size = nChars;
    const codes = (this.codes = new Uint16Array(nChars));
    const first = (this.first = new Int32Array(nChars + 1));
    const entries = (this.entries = new Int32Array(length - nChars));
    const rankOf = this.rankOf;
    // Each character, then one code per reading: U+0100 + id, or U+0800 + id when rare.
    let r = -1;
    let e = 0;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3400) {
        r++;
        codes[r] = c;
        rankOf[c] = r;
        first[r] = e;
      } else {
        entries[e++] = c >= 0x800 ? ((c - 0x800) << 1) | 1 : (c - 0x100) << 1;
      }
    }
    this.first[nChars] = e;
    this.similar = parseSimilarSounds(similarSoundsData);
  }

  /** 0 for the most common character, -1 for one the table does not have. */
  rank(char: string): number {
    return char.length === 1 ? this.rankOf[char.charCodeAt(0)]! : -1;
  }

  /** The characters of the table, most common first. */
  *chars(): IterableIterator<string> {
    for (const c of this.codes) yield String.fromCharCode(c);
  }

  /** Every reading of `char`, the usual one first. */
  readingsOf(char: string): readonly Reading[] {
    const r = this.rank(char);
    if (r < 0) return [];
    let list = this.readingCache.get(r);
    if (!list) {
      const out: Reading[] = [];
      for (let k = this.first[r]!; k < this.first[r + 1]!; k++) {
        const entry = this.entries[k]!;
        out.push((entry & 1 ? this.rareVariant : this.usual)[entry >> 1]!);
      }
      list = Object.freeze(out);
      this.readingCache.set(r, list);
    }
    return list;
  }

  /** Characters with the reading "zhong1" (toned) or "zhong" (any tone), most common first; rare readings on request. */
  charsWith(syllable: string, rare = false): readonly string[] {
    const toned = /[1-5]$/.test(syllable);
    const key = `${syllable}|${rare}`;
    let list = this.listCache.get(key);
    if (!list) {
      const id = toned ? this.idOfNumbered.get(syllable) : this.idOfSyllable.get(syllable);
      if (id === undefined) return [];
      const { offs, codes } = this.list((toned ? 0 : 2) + (rare ? 1 : 0));
      const out: string[] = [];
      for (let k = offs[id]!; k < offs[id + 1]!; k++) out.push(String.fromCharCode(codes[k]!));
      list = Object.freeze(out);
      this.listCache.set(key, list);
    }
    return list;
  }

  /**
   * The common characters (GB 2312) that share a toneless syllable of one of `char`'s usual readings, without `char`,
   * most common first (each once): what confusionSet gives for sound only, any tone, common characters, no rare
   * readings. Read from the inverted list by toneless syllable (rank order, so the common characters of a syllable are
   * the front of its run) and merged by rank when the readings have several syllables; each character is the shared
   * one-character string of charString. [] for a character the table does not have.
   */
  commonSoundChars(char: string): string[] {
    const r = this.rank(char);
    const out: string[] = [];
    if (r < 0) return out;
    const self = char.charCodeAt(0);
    const { offs, codes } = this.list(2);
    const rankOf = this.rankOf;
    const common = this.common;
    // The distinct toneless syllables of the usual readings (most characters have one).
    let one = -1;
    let ids: number[] | undefined;
    for (let k = this.first[r]!; k < this.first[r + 1]!; k++) {
      const entry = this.entries[k]!;
      if ((entry & 1) === 1) continue;
      const id = this.tonelessOf[entry >> 1]!;
      if (one < 0) one = id;
      else if (id !== one) {
        ids ??= [one];
        if (!ids.includes(id)) ids.push(id);
      }
    }
    if (one < 0) return out;
    if (!ids) {
      for (let k = offs[one]!, end = offs[one + 1]!; k < end; k++) {
        const c = codes[k]!;
        if (rankOf[c]! >= common) break;
        if (c !== self) out.push(this.charString(c));
      }
      return out;
    }
    // Several syllables: merge their runs by rank (a character in two runs is taken once).
    const at = ids.map((id) => offs[id]!);
    const ends = ids.map((id) => offs[id + 1]!);
    for (;;) {
      let best = -1;
      let bestRank = common;
      for (let q = 0; q < ids.length; q++) {
        if (at[q]! >= ends[q]!) continue;
        const rank = rankOf[codes[at[q]!]!]!;
        if (rank < bestRank) {
          bestRank = rank;
          best = q;
        }
      }
      if (best < 0) break;
      const c = codes[at[best]!]!;
      for (let q = 0; q < ids.length; q++) if (at[q]! < ends[q]! && codes[at[q]!] === c) at[q]!++;
      if (c !== self) out.push(this.charString(c));
    }
    return out;
  }

  private readonly strings: (string | undefined)[] = new Array(0x10000);

  /** The one-character string of a code unit, one shared string per character. */
  charString(code: number): string {
    return (this.strings[code] ??= String.fromCharCode(code));
  }

  /**
   * Inverted lists in rank order, built on first use: 0 = by reading, usual readings; 1 = by reading, all;
   * 2 = by toneless syllable, usual; 3 = by toneless syllable, all.
   */
  private list(kind: number): { offs: Int32Array; codes: Uint16Array } {
    let l = this.lists[kind];
    if (!l) {
      const toneless = kind >= 2 ? Int32Array.from(this.tonelessOf) : null;
      l = invert(this.first, this.entries, this.codes, toneless ? this.idOfSyllable.size : this.usual.length, toneless, kind % 2 === 1);
      this.lists[kind] = l;
    }
    return l;
  }

  /** Toneless syllables that sound like `syllable` by the similar-sounds table (one swap), existing ones only. */
  similarSyllables(syllable: string): string[] {
    const [ini, fin] = splitSyllable(syllable);
    const out: string[] = [];
    for (const other of this.similar.initials.get(ini) ?? []) {
      const s = other + fin;
      if (this.idOfSyllable.has(s) && !out.includes(s)) out.push(s);
    }
    for (const other of this.similar.finals.get(fin) ?? []) {
      const s = ini + other;
      if (this.idOfSyllable.has(s) && !out.includes(s)) out.push(s);
    }
    return out;
  }
}

let table: ReadingTable | undefined;

/** The reading table, decoded on first use. */
export function readingTable(): ReadingTable {
  table ??= new ReadingTable();
  return table;
}

/** Every reading of a Han character, the most usual first; [] for a character the table does not know. */
export function readings(char: string): readonly Reading[] {
  return readingTable().readingsOf(char);
}

/** Whether two characters share a syllable, any tone (审 shěn and 沈 shěn; 件 jiàn and 间 jiān), in any of their readings. */
export function shareSyllable(a: string, b: string): boolean {
  const theirs = readings(b);
  return readings(a).some((r) => theirs.some((t) => t.syllable === r.syllable));
}

/**
 * Characters with a reading: by toneless syllable ("zhong") or by syllable and tone ("zhong1"), most common first;
 * rare readings count only with `{rare: true}`.
 */
export function charsWithReading(syllable: string, options: { rare?: boolean } = {}): readonly string[] {
  return readingTable().charsWith(syllable, options.rare === true);
}

/** Whether `char` is one of GB 2312's 6,763 Hanzi (the common characters of Simplified Chinese). */
export function isCommonChar(char: string): boolean {
  const t = readingTable();
  const r = t.rank(char);
  return r >= 0 && r < t.common;
}

/** Toneless syllables similar to `syllable` by the documented table (n/l, z/zh, en/eng …). */
export function similarSyllables(syllable: string): readonly string[] {
  return readingTable().similarSyllables(syllable.replace(/[1-5]$/, ''));
}

export { READINGS_SOURCE };
