/**
 * A team's term in the forms a writer actually leaves it in (team-terms, issue 14 §3): broken by a soft line break
 * or a space between Han characters (贫困⏎户, 贫困 户), in another letter case (App, APP, app), in full-width letters
 * (ＡＰＰ), or in traditional characters (貧困戶: the caller passes the text as wording rules read it). Letters and
 * digits at either end of the term must stand at a word boundary (PC is not the PC of PCR, app not the App of Apple).
 * A blank line (a paragraph break) is never bridged, nor white space between two letters or digits.
 */

/** A match of a term: its span in the text, and whether the text there is the term exactly (no other form). */
export interface TermForm {
  start: number;
  end: number;
  exact: boolean;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u3000' || c === '\n' || c === '\r';
const isAlnum = (c: string | undefined) => !!c && /[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u.test(c);
const isHan = (c: string | undefined) => !!c && /\p{Script=Han}/u.test(c);

/** One character folded: full-width ASCII to ASCII, letters to lower case. */
function fold(c: string): string {
  const code = c.charCodeAt(0);
  const ascii = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
  return ascii.toLowerCase();
}

/** The term as it is searched: folded, white space removed. */
export function termKey(term: string): string {
  let out = '';
  for (const c of term) if (!isSpace(c)) out += fold(c);
  return out;
}

/**
 * The forms of `term` in `text`'s stretch [start, end) (`source`: the text as written, to tell an exact match);
 * matches do not overlap and come in order.
 */
export function termForms(text: string, source: string, start: number, end: number, term: string): TermForm[] {
  const key = termKey(term);
  if (!key) return [];
  // The stretch folded, with a map from each folded character back to its offset; a barrier where a match must stop.
  let folded = '';
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (!isSpace(c)) {
      const f = fold(c);
      folded += f.length === 1 ? f : c;
      at.push(i);
      continue;
    }
    let j = i;
    let breaks = 0;
    while (j < end && isSpace(text[j]!)) breaks += text[j++] === '\n' ? 1 : 0;
    const bridged = breaks <= 1 && isHan(text[i - 1]) && isHan(text[j]) && i > start && j < end;
    if (!bridged) {
      folded += '\u0000';
      at.push(i);
    }
    i = j - 1;
  }
  const out: TermForm[] = [];
  const edgeFirst = isAlnum(key[0]);
  const edgeLast = isAlnum(key[key.length - 1]);
  for (let k = folded.indexOf(key); k >= 0; k = folded.indexOf(key, k + 1)) {
    const s = at[k]!;
    const e = at[k + key.length - 1]! + 1;
    if (edgeFirst && isAlnum(text[s - 1])) continue;
    if (edgeLast && isAlnum(text[e])) continue;
    if (out.length && s < out[out.length - 1]!.end) continue;
    out.push({ start: s, end: e, exact: source.slice(s, e) === term });
  }
  return out;
}
