/**
 * opencc-js converters, built on first use and cached for the process: building the dictionaries costs
 * some tens of milliseconds, and most lints of a simplified draft only need the traditional → simplified one.
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let toSimplifiedFn: Convert | undefined;
let toTraditionalFn: Convert | undefined;

/**
 * The characters that begin an entry of any dictionary of the traditional → simplified chain (code points: a bit per
 * BMP character, a set for the rest). A text with none of them is its own simplified form, which is most drafts: the
 * check reads each character once instead of two dictionary passes that cut and join the text.
 */
let simplifiedStarts: { bmp: Uint8Array; astral: Set<number> } | null | undefined;

function entryStarts(): { bmp: Uint8Array; astral: Set<number> } | null {
  const config = (OpenCC.Locale.configs as Record<string, { normalizationChain?: unknown[]; conversionChain?: unknown[]; segmentation?: unknown }>).t2s;
  // Only a chain of plain dictionaries can be read here; anything else converts every text.
  if (!config || config.segmentation) return null;
  const bmp = new Uint8Array(65536);
  const astral = new Set<number>();
  const add = (key: string): boolean => {
    const c = key.codePointAt(0);
    if (c === undefined) return false;
    if (c < 65536) bmp[c] = 1;
    else astral.add(c);
    return true;
  };
  const readDict = (dict: unknown): boolean => {
    if (typeof dict === 'string') {
      for (const entry of dict.split('|')) if (entry && !add(entry.split(' ')[0]!)) return false;
      return true;
    }
    if (Array.isArray(dict)) return dict.every((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && add(pair[0]));
    return false;
  };
  for (const group of [...(config.normalizationChain ?? []), ...(config.conversionChain ?? [])]) {
    if (!Array.isArray(group) || !group.every(readDict)) return null;
  }
  return { bmp, astral };
}

/** Whether a dictionary entry could begin somewhere in `text` (false: the conversion leaves it as it is). */
function mayConvert(text: string): boolean {
  if (simplifiedStarts === undefined) simplifiedStarts = entryStarts();
  if (!simplifiedStarts) return true;
  const { bmp, astral } = simplifiedStarts;
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
