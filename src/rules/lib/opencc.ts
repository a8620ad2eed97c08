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
  const pairs: [string, string][] = [];
  const readDict = (dict: unknown): boolean => {
    if (typeof dict === 'string') {
      for (const entry of dict.split('|')) {
        const [key, value] = entry.split(' ');
        if (!key || value === undefined) return false;
        pairs.push([key, value]);
      }
      return true;
    }
    if (!Array.isArray(dict)) return false;
    for (const pair of dict) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string' || !pair[0]) return false;
      pairs.push([pair[0], pair[1]]);
    }
    return true;
  };
  for (const group of [...(config.normalizationChain ?? []), ...(config.conversionChain ?? [])]) {
    if (!Array.isArray(group) || !group.every(readDict)) return null;
  }
  const converted = new Set(pairs.filter(([key, value]) => key !== value && [...key].length === 1).map(([key]) => key));
  const bmp = new Uint8Array(65536);
  const astral = new Set<number>();
  for (const [key, value] of pairs) {
    if (key === value) continue;
    const k = [...key];
    const v = [...value];
    const differing = k.filter((ch, i) => (k.length === v.length ? ch !== v[i] : !v.includes(ch)));
    const ch = differing.find((c) => converted.has(c)) ?? k.find((c) => converted.has(c)) ?? differing[0] ?? k[0]!;
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
