/**
 * Text read as if the pinyin annotations pasted from web pages were gone (網(wǎng)站 read as 網站), with a map back to
 * the offsets of the text: a rule that reads words across an annotation sees the fault before paste-residue's fix
 * removes the annotation (a fix never reveals another rule's fault). Used by de-di-de and confusable-words'
 * collocations. The pattern is the one paste-residue removes, read generously (any 1–7 pinyin letters in brackets
 * right after a Han character).
 */
// (The bracket looked ahead for first: the same matches, the look-behind tried only at brackets.)
const ANNOTATION = /(?=[(（])(?<=\p{Script=Han})[(（][a-zü\u00e0-\u00fc\u0101-\u01dc\u0300-\u036f]{1,7}[)）]/gu;

/** The stretch text[start, end) without annotations; `at[i]` is the offset in `text` of character i (at[length] = end). */
export interface Unannotated {
  text: string;
  at: number[];
}

/** text[start, end) without its annotations, or null when it has none (read it as it is). */
export function withoutAnnotations(text: string, start: number, end: number): Unannotated | null {
  const slice = text.slice(start, end);
  if (!/[(（]/u.test(slice)) return null;
  ANNOTATION.lastIndex = 0;
  let out = '';
  const at: number[] = [];
  let pos = 0;
  let found = false;
  for (const m of slice.matchAll(ANNOTATION)) {
    found = true;
    for (let i = pos; i < m.index; i++) at.push(start + i);
    out += slice.slice(pos, m.index);
    pos = m.index + m[0].length;
  }
  if (!found) return null;
  for (let i = pos; i < slice.length; i++) at.push(start + i);
  out += slice.slice(pos);
  at.push(end);
  return { text: out, at };
}
