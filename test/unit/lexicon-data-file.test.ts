import { runInNewContext } from 'node:vm';
import type { Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without types
import { dictionaryFromFile } from '../../scripts/build-plugins.mjs';
import { FREQ, POS, WORDS } from '../../src/core/lexicon/data/jieba-dict.js';
import { bundleLexicon } from './lexicon-bundle.js';

/**
 * The lexicon as the extension's bundles have it (scripts/build.mjs: dictionaryFromFile puts
 * src/core/lexicon/data/external.ts in place of ./source.ts): without the dictionary's data, which the extension reads
 * from dist/lexicon-data.json when it activates (src/extension/dictionary.ts) and hands over with provideDictionaryData.
 */
function extensionLexicon(): Promise<string> {
  return bundleLexicon([dictionaryFromFile() as Plugin]);
}

type Lexicon = Record<string, (...args: unknown[]) => unknown> & { DATA_IN_BUNDLE: boolean };

function load(code: string): Lexicon {
  const module = { exports: {} as Lexicon };
  runInNewContext(code, { module, exports: module.exports, performance: { now: () => 0 } }, { filename: 'lexicon-extension.js' });
  return module.exports;
}

describe('the dictionary data outside the extension bundles', () => {
  it('leaves the data out, refuses to work before it is handed over, and then segments as the bundled lexicon does', async () => {
    const code = await extensionLexicon();
    // The words are not in the bundle (the bundled data is 2.6 MB); META is.
    expect(code.length).toBeLessThan(WORDS.length / 2);
    expect(code).not.toContain(WORDS.slice(1000, 1100));
    expect(code).toContain('cppjieba/dict/jieba.dict.utf8');
    const lex = load(code);
    expect(lex.DATA_IN_BUNDLE).toBe(false);
    expect(() => lex.segment!('截至目前，全县已完成秋粮收购。')).toThrow(/词典数据还没有载入/);
    // Another version's or a damaged file is refused, in Chinese first, and nothing is taken.
    expect(() => lex.provideDictionaryData!({ WORDS, FREQ: FREQ.slice(1), POS })).toThrow(/^词典数据文件与本版本不符或已损坏/);
    expect(() => lex.provideDictionaryData!(null)).toThrow(/词典数据文件/);
    expect(() => lex.segment!('截至目前')).toThrow(/词典数据还没有载入/);
    // Right lengths of frequencies and parts of speech but damaged words: taken, and the first decoding says so.
    lex.provideDictionaryData!({ WORDS: WORDS.slice(0, -5000), FREQ, POS });
    expect(() => lex.isWord!('的')).toThrow(/^词典数据损坏/);
    // The file's content (scripts/build.mjs writes these three strings as JSON).
    lex.provideDictionaryData!(JSON.parse(JSON.stringify({ WORDS, FREQ, POS })));
    const tokens = lex.segment!('截至目前，全县已完成秋粮收购2.3万吨。') as { value: string; pos: string }[];
    expect(tokens.map((t) => `${t.value}/${t.pos}`).join(' ')).toBe('截至/v 目前/t ，/x 全县/n 已/d 完成/v 秋粮/n 收购/v 2.3/m 万吨/m 。/x');
    expect(lex.isIdiom!('再接再厉')).toBe(true);
  }, 60_000);
});
