/**
 * opencc-js converters, built on first use and cached for the process: building the dictionaries costs
 * some tens of milliseconds, and most lints of a simplified draft only need the traditional → simplified one.
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let toSimplifiedFn: Convert | undefined;
let toTraditionalFn: Convert | undefined;

/**
 * For each entry of the traditional → simplified dictionaries that changes its text, one character of it (where it
 * first differs from what it becomes; a character that is itself converted when there is one): code points, a bit per
 * BMP character and a set for the rest. A text with none of them contains no entry that changes anything, so it is
 * its own simplified form — most drafts: the check reads each character once instead of two dictionary passes that
 * cut and join the text.
 */
let telltales: { bmp: Uint8Array; astral: Set<number> } | null | undefined;

function readTelltales(): { bmp: Uint8Array; astral: Set<number> } | null {
  const config = (OpenCC.Locale.configs as Record<string, { normalizationChain?: unknown[]; conversionChain?: unknown[]; segmentation?: unknown }>).t2s;
  // Only a chain of plain dictionaries can be read here; anything else converts every text.
  if (!config || config.segmentation) return null;
  // (Plain loops over two parallel lists: this runs once per process, before the JIT has compiled anything, and the
  // spreads, filters and closures per entry it had cost about as much as the lint of a short draft.)
  const keys: string[] = [];
  const values: string[] = [];
  const readDict = (dict: unknown): boolean => {
    if (typeof dict === 'string') {
      // Entries "key value" joined by '|' (text after a second space is ignored, as split(' ') did).
      for (let from = 0; ; ) {
        const bar = dict.indexOf('|', from);
        const stop = bar < 0 ? dict.length : bar;
        const space = dict.indexOf(' ', from);
        if (space <= from || space >= stop) return false;
        const next = dict.indexOf(' ', space + 1);
        keys.push(dict.slice(from, space));
        values.push(dict.slice(space + 1, next >= 0 && next < stop ? next : stop));
        if (bar < 0) return true;
        from = bar + 1;
      }
    }
    if (!Array.isArray(dict)) return false;
    for (const pair of dict) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string' || !pair[0]) return false;
      keys.push(pair[0]);
      values.push(pair[1]);
    }
    return true;
  };
  for (const group of [...(config.normalizationChain ?? []), ...(config.conversionChain ?? [])]) {
    if (!Array.isArray(group) || !group.every(readDict)) return null;
  }
  /** A string of one code point. */
  const single = (s: string): boolean => s.length === 1 || (s.length === 2 && s.codePointAt(0)! > 0xffff);
  const converted = new Set<string>();
  for (let p = 0; p < keys.length; p++) if (keys[p] !== values[p] && single(keys[p]!)) converted.add(keys[p]!);
  const bmp = new Uint8Array(65536);
  const astral = new Set<number>();
  for (let p = 0; p < keys.length; p++) {
    const key = keys[p]!;
    const value = values[p]!;
    if (key === value) continue;
    // A key of one character is its own telltale (it differs from its value and is converted itself).
    let ch: string;
    if (single(key)) ch = key;
    else {
      const k = Array.from(key);
      const v = Array.from(value);
      const differing = k.filter((c, i) => (k.length === v.length ? c !== v[i] : !v.includes(c)));
      ch = differing.find((c) => converted.has(c)) ?? k.find((c) => converted.has(c)) ?? differing[0] ?? k[0]!;
    }
    const c = ch.codePointAt(0)!;
    if (c < 65536) bmp[c] = 1;
    else astral.add(c);
  }
  return { bmp, astral };
}

/** Whether an entry that changes its text could occur in `text` (false: the conversion leaves it as it is). */
function mayConvert(text: string): boolean {
  if (telltales === undefined) telltales = readTelltales();
  if (!telltales) return true;
  const { bmp, astral } = telltales;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        if (astral.has(cp)) return true;
        i++;
        continue;
      }
    }
    if (bmp[c]) return true;
  }
  return false;
}

/** Traditional (OpenCC standard, which keeps 著、乾隆…) → mainland simplified. */
export function toSimplified(text: string): string {
  if (!mayConvert(text)) return text;
  toSimplifiedFn ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplifiedFn(text);
}

/** Mainland simplified → OpenCC standard traditional. */
export function toTraditional(text: string): string {
  toTraditionalFn ??= OpenCC.Converter({ from: 'cn', to: 't' });
  return toTraditionalFn(text);
}
