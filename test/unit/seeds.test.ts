/**
 * Issue 4 acceptance on the seed texts (../shared/seeds): paste-residue finds every pinyin annotation and
 * every U+FFFD, and cleaning with paste-residue and script-mix removes no Chinese character.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixAll, lint } from '../../src/core/engine.js';
import { toSimplified } from '../../src/rules/lib/opencc.js';
import { allRules } from '../../src/index.js';
import { configOf } from './helpers.js';
import { sharedPath } from './shared-docs';

const seedsDir = sharedPath('seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

/** Counted independently of the rule: a Han character followed by a bracketed pinyin syllable. */
const ANNOTATION = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/gu;
const HAN = /\p{Script=Han}/gu;
const config = configOf({ rules: { 'script-mix': { keepQuoted: false } } });
// Only the two rules under test run: the seeds are up to 128 KB and the other rules are not at issue here.
const rules = allRules.filter((r) => r.id === 'paste-residue' || r.id === 'script-mix');
const options = { path: 'seed.txt', config, rules };

/**
 * The site boilerplate lines paste-residue deletes, by seed and 1-based line: the breadcrumb, SEO spam,
 * “下载本文”, the 写写帮文库 blurb, download links, the site disclaimer, 相关范文推荐, 转载请注明.
 */
const BOILERPLATE: Record<string, number[]> = {
  '000': [1],
  '001': [],
  '002': [1, 5, 6, 486, 487, 488, 489, 494, 496, 530],
  '003': [],
  '004': [9, 95],
};

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('seeds (../shared/seeds)', () => {
  it('are all there', () => {
    expect(seeds.length).toBe(5);
  });

  for (const name of seeds) {
    const key = name.slice(0, 3);
    it(`${key}: paste-residue finds every pinyin annotation and replacement mark, and only the expected boilerplate lines`, () => {
      const text = readFileSync(join(seedsDir, name), 'utf8');
      const messages = lint(text, options).messages.filter((m) => m.ruleId === 'paste-residue');
      const annotations = [...text.matchAll(ANNOTATION)].map((m) => `${m.index}:${m[0]}`);
      const found = messages.map((m) => `${m.start}:${text.slice(m.start, m.end)}`);
      const missed = annotations.filter((a) => !found.includes(a));
      expect(missed).toEqual([]);
      const fffd = [...text.matchAll(/\uFFFD/gu)].map((m) => m.index!);
      expect(fffd.filter((i) => !messages.some((m) => m.start <= i && i < m.end))).toEqual([]);
      const lines = messages.filter((m) => m.message.includes('整行删除')).map((m) => lineOf(text, m.start));
      expect(lines).toEqual(BOILERPLATE[key]);
    });

    it(`${key}: cleaning with paste-residue and script-mix removes no Chinese character`, () => {
      const text = readFileSync(join(seedsDir, name), 'utf8');
      const cleaned = fixAll(text, { ...options, unsafe: true, ruleIds: ['paste-residue', 'script-mix'] }).text;
      // Expected: the original without its boilerplate lines and annotations, in simplified characters.
      const drop = new Set(BOILERPLATE[key]);
      const kept = text
        .split('\n')
        .filter((_, i) => !drop.has(i + 1))
        .join('\n')
        .replace(ANNOTATION, '');
      const before = toSimplified(kept).match(HAN) ?? [];
      const after = cleaned.match(HAN) ?? [];
      expect(after.length).toBe(before.length);
      // Character for character, except 著 that script-mix writes 着 where the standard does (事事有着落).
      expect(after.join('')).toBe(before.map((ch, i) => (ch === '著' && after[i] === '着' ? '着' : ch)).join(''));
      expect(after.filter((ch, i) => ch !== before[i]).every((ch) => ch === '着')).toBe(true);
      // Nothing is left to clean.
      const rest = lint(cleaned, options).messages.filter((m) => m.ruleId === 'paste-residue' || m.ruleId === 'script-mix');
      expect(rest.map((m) => `${m.ruleId}@${m.line}: ${m.message}`)).toEqual([]);
    });
  }
});
