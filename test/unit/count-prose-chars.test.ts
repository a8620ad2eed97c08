import { describe, expect, it } from 'vitest';
import { countProseChars, countProseCharsIn } from '../../src/core/text.js';

/** The definition: code points that are not whitespace (`\s` with the u flag). */
const reference = (text: string) => [...text].filter((ch) => !/\s/u.test(ch)).length;

describe('countProseChars (code units read in place, no string per character)', () => {
  it('agrees with the definition for every UTF-16 code unit alone', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(countProseChars(ch), `U+${c.toString(16)}`).toBe(reference(ch));
    }
  });

  it('counts a surrogate pair once and a lone surrogate once, and a range as its slice', () => {
    const pieces = ['𠀀', '\ud840', '\udc00', ' ', '\u3000', '\n', '\r\n', '汉', 'a', '\u00a0', '\ufeff', '\u2028', '\u200b', '𪚥'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let n = rand(12); n > 0; n--) text += pieces[rand(pieces.length)];
      expect(countProseChars(text), JSON.stringify(text)).toBe(reference(text));
      const a = rand(text.length + 1);
      const b = a + rand(text.length - a + 1);
      expect(countProseCharsIn(text, a, b), `${JSON.stringify(text)} [${a}, ${b})`).toBe(reference(text.slice(a, b)));
    }
  });
});
