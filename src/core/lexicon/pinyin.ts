/**
 * Character readings (from pinyin-pro, derived at build time into ./data/readings.ts) and the table of similar
 * sounds (./data/similar-sounds.yaml). Decoded once, on first use.
 */
import { COMMON, READINGS, READINGS_SOURCE } from './data/readings.js';
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

class ReadingTable {
  readonly byChar = new Map<string, Reading[]>();
  /** Characters by toneless syllable and by numbered syllable, most common first: usual readings only … */
  readonly bySyllable = new Map<string, string[]>();
  readonly byNumbered = new Map<string, string[]>();
  /** … and with the rare readings too. */
  readonly bySyllableAll = new Map<string, string[]>();
  readonly byNumberedAll = new Map<string, string[]>();
  /** Rank of each character: 0 = most common; below `common`, a GB 2312 Hanzi. */
  readonly rank = new Map<string, number>();
  readonly common = COMMON;
  readonly similar: SimilarSounds;

  constructor() {
    let ch = '';
    let n = 0;
    const add = (map: Map<string, string[]>, key: string, c: string) => {
      const list = map.get(key);
      if (!list) map.set(key, [c]);
      else if (list[list.length - 1] !== c) list.push(c);
    };
    for (let i = 0; i < READINGS.length; ) {
      const c = READINGS.charCodeAt(i);
      if (c >= 0x3400) {
        ch = READINGS[i]!;
        this.rank.set(ch, n++);
        this.byChar.set(ch, []);
        i++;
        continue;
      }
      const rare = c === 0x2a; // *
      if (rare) i++;
      let k = i;
      while (k < READINGS.length && !(READINGS.charCodeAt(k) >= 0x31 && READINGS.charCodeAt(k) <= 0x35)) k++;
      const syllable = READINGS.slice(i, k);
      const tone = Number(READINGS[k]) as Tone;
      const numbered = `${syllable}${tone}`;
      this.byChar.get(ch)!.push({ syllable, tone, numbered, marked: markTone(syllable, tone), rare });
      if (!rare) {
        add(this.bySyllable, syllable, ch);
        add(this.byNumbered, numbered, ch);
      }
      add(this.bySyllableAll, syllable, ch);
      add(this.byNumberedAll, numbered, ch);
      i = k + 1;
    }
    this.similar = parseSimilarSounds(similarSoundsData);
  }

  /** Toneless syllables that sound like `syllable` by the similar-sounds table (one swap), existing ones only. */
  similarSyllables(syllable: string): string[] {
    const [ini, fin] = splitSyllable(syllable);
    const out: string[] = [];
    for (const other of this.similar.initials.get(ini) ?? []) {
      const s = other + fin;
      if (this.bySyllable.has(s) && !out.includes(s)) out.push(s);
    }
    for (const other of this.similar.finals.get(fin) ?? []) {
      const s = ini + other;
      if (this.bySyllable.has(s) && !out.includes(s)) out.push(s);
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
  return readingTable().byChar.get(char) ?? [];
}

/**
 * Characters with a reading: by toneless syllable ("zhong") or by syllable and tone ("zhong1"), most common first;
 * rare readings count only with `{rare: true}`.
 */
export function charsWithReading(syllable: string, options: { rare?: boolean } = {}): readonly string[] {
  const t = readingTable();
  const toned = /[1-5]$/.test(syllable);
  const map = options.rare ? (toned ? t.byNumberedAll : t.bySyllableAll) : toned ? t.byNumbered : t.bySyllable;
  return map.get(syllable) ?? [];
}

/** Whether `char` is one of GB 2312's 6,763 Hanzi (the common characters of Simplified Chinese). */
export function isCommonChar(char: string): boolean {
  const t = readingTable();
  const r = t.rank.get(char);
  return r !== undefined && r < t.common;
}

/** Toneless syllables similar to `syllable` by the documented table (n/l, z/zh, en/eng …). */
export function similarSyllables(syllable: string): readonly string[] {
  return readingTable().similarSyllables(syllable.replace(/[1-5]$/, ''));
}

export { READINGS_SOURCE };
