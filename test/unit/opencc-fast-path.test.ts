/**
 * toSimplified returns a text as it is, without converting, when it holds none of the characters that mark an entry
 * of the traditional → simplified dictionaries that changes something (most simplified drafts): it must give exactly
 * what the OpenCC converter gives, for every entry on its own and inside other text, and for random mixes of
 * simplified and traditional characters.
 */
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/rules/lib/opencc.js';

const converter = OpenCC.Converter({ from: 't', to: 'cn' });
const config = OpenCC.Locale.configs.t2s as unknown as { normalizationChain: string[][]; conversionChain: string[][] };
const keys = [...config.normalizationChain, ...config.conversionChain].flat().flatMap((dict) => dict.split('|').map((e) => e.split(' ')[0]!));

describe('toSimplified without conversion when nothing can change', () => {
  it('gives what OpenCC gives for every dictionary entry, alone and between simplified characters', () => {
    for (const key of keys) {
      for (const text of [key, `我县${key}工作`, `${key}。`, `反${key}`]) expect(toSimplified(text)).toBe(converter(text));
    }
  });

  it('gives what OpenCC gives for random mixes of simplified and traditional characters', () => {
    const pool = [...new Set([...'我县农业农村局积极推进秋粮收购工作覆盖反复学习会议著乾隆干部发展', ...keys.slice(0, 3000).join('')])];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 12 }), (chars) => {
      const text = chars.join('');
      expect(toSimplified(text)).toBe(converter(text));
    }), { numRuns: 3000 });
  });

  it('returns a simplified draft unchanged', () => {
    const text = '清河县农业农村局认真部署秋粮收购工作，截至11月20日，全县已收购玉米3.2万吨。';
    expect(toSimplified(text)).toBe(text);
    expect(toSimplified('學習會議')).toBe('学习会议');
  });
});
