/**
 * opencc-js converters, built on first use and cached for the process: building the dictionaries costs
 * some tens of milliseconds, and most lints of a simplified draft only need the traditional → simplified one.
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let toSimplifiedFn: Convert | undefined;
let toTraditionalFn: Convert | undefined;

/** Traditional (OpenCC standard, which keeps 著、乾隆…) → mainland simplified. */
export function toSimplified(text: string): string {
  toSimplifiedFn ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplifiedFn(text);
}

/** Mainland simplified → OpenCC standard traditional. */
export function toTraditional(text: string): string {
  toTraditionalFn ??= OpenCC.Converter({ from: 'cn', to: 't' });
  return toTraditionalFn(text);
}
