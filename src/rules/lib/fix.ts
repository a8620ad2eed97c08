/** Building fixes. */
import type { Fix } from '../../core/types.js';

/** A fix made of one replacement. */
export function replaceFix(start: number, end: number, text: string, title: string, safe: boolean, titleEn?: string): Fix {
  return { title, titleEn, safe, edits: [{ start, end, text }] };
}
