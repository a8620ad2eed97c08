import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundleLexicon } from './lexicon-bundle.js';

/**
 * The lexicon bundled as scripts/build.mjs bundles the web extension (platform browser, CommonJS, the YAML tables as
 * JSON, UTF-8 output), then run where there is no `require`, `process` or `Buffer`: the data must travel inside the
 * bundle and decode without Node built-ins.
 */
function webBundle(): Promise<string> {
  return bundleLexicon();
}

describe('lexicon in the web build', () => {
  it('is bundled with its data and works without Node built-ins', async () => {
    const code = await webBundle();
    expect(code).toContain('cppjieba/dict/jieba.dict.utf8');
    expect(code).not.toMatch(/require\(["'](?:node:)?(?:fs|path|os|zlib|module|url)["']\)/);
    expect(code).not.toMatch(/\\u[4-9][0-9a-f]{3}\\u[4-9][0-9a-f]{3}/i); // Han kept as UTF-8, not escaped
    const module = { exports: {} as Record<string, (...args: unknown[]) => unknown> };
    runInNewContext(code, { module, exports: module.exports, performance: { now: () => 0 } }, { filename: 'lexicon-web.js' });
    const lex = module.exports;
    expect((lex.lexiconStatus!() as { loaded: boolean }).loaded).toBe(false);
    const tokens = lex.segment!('截至目前，全县已完成秋粮收购2.3万吨。') as { value: string; pos: string }[];
    expect(tokens.map((t) => `${t.value}/${t.pos}`).join(' ')).toBe('截至/v 目前/t ，/x 全县/n 已/d 完成/v 秋粮/n 收购/v 2.3/m 万吨/m 。/x');
    expect(lex.confusionSet!('己', { sound: false })).toEqual(['已', '巳']);
    expect(lex.readings!('绿')).toHaveLength(2);
    expect(lex.isIdiom!('再接再厉')).toBe(true);
    expect((lex.lexiconStatus!() as { loads: number }).loads).toBe(1);
  }, 60_000);
});
