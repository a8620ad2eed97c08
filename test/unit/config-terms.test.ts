import { describe, expect, it } from 'vitest';
import { checkTermPattern, validateConfig } from '../../src/core/config.js';
import { lint } from '../../src/core/engine.js';
import { allRules, rulesById } from '../../src/index.js';

const FILE = '/team/.xinxirc.yaml';

describe('config terms: team patterns are checked when the config is read', () => {
  it('keeps plain strings and safe regular expressions', () => {
    const config = validateConfig(
      {
        terms: {
          forbidden: [
            { wrong: '贫困户', right: '脱贫户', note: '新提法' },
            { wrong: '第([一二三四])季度', right: '$1季度', regex: true },
          ],
          accepted: ['其它事项'],
        },
      },
      FILE,
      rulesById,
    );
    expect(config.problems).toEqual([]);
    expect(config.terms.forbidden).toEqual([
      { wrong: '贫困户', right: '脱贫户', note: '新提法', regex: false },
      { wrong: '第([一二三四])季度', right: '$1季度', note: undefined, regex: true },
    ]);
    expect(config.terms.accepted).toEqual(['其它事项']);
  });

  it('keeps patterns that backtrack catastrophically in JavaScript: they run on RE2, in linear time (issue 20 §3)', () => {
    const patterns = ['(a+)+b', '(a|a)*b', '(\\w|\\d)+$', '(?:[一-龥]|[会议])+X', '(x+x+)+y'];
    const config = validateConfig({ terms: { forbidden: patterns.map((wrong) => ({ wrong, regex: true })) } }, FILE, rulesById);
    expect(config.problems).toEqual([]);
    expect(config.terms.forbidden.map((t) => t.wrong)).toEqual(patterns);
  });

  it('refuses lookaround and back-references, which RE2 does not have, naming the file and the key', () => {
    const config = validateConfig(
      { terms: { forbidden: [{ wrong: '贫困户', right: '脱贫户' }, { wrong: '(?<=我)县', right: 'x', regex: true }, { wrong: '(会)\\1', regex: true }] } },
      FILE,
      rulesById,
    );
    expect(config.terms.forbidden.map((t) => t.wrong)).toEqual(['贫困户']);
    expect(config.problems.map((p) => p.key)).toEqual(['terms.forbidden[1].wrong', 'terms.forbidden[2].wrong']);
    expect(config.problems[0]!.message).toContain('不支持的写法');
    expect(config.problems[0]!.file).toBe(FILE);
  });

  it('refuses a pattern that does not compile, or matches the empty string, and an empty plain string', () => {
    expect(checkTermPattern('(未闭合', true)?.message).toContain('写法有误');
    expect(checkTermPattern('x*', true)?.message).toContain('空字符串');
    expect(checkTermPattern('', false)?.message).toContain('不能为空');
    expect(checkTermPattern('(x+x+)+y', true)).toBeUndefined();
    expect(checkTermPattern('\\p{Script=Han}{2}局', true)).toBeUndefined();
    expect(checkTermPattern('(a+)+$', false)).toBeUndefined(); // a plain string is matched literally
    const config = validateConfig({ terms: { forbidden: [{ wrong: '[', regex: true }] } }, FILE, rulesById);
    expect(config.problems[0]).toMatchObject({ file: FILE, key: 'terms.forbidden[0].wrong' });
  });

  it('a team pattern never stalls a lint: adversarial inputs for the patterns above take milliseconds', { timeout: 15_000 }, () => {
    const cases: [string, string][] = [
      ['(a|a)*b', 'a'.repeat(30_000)],
      ['(\\w|\\d)+$', `${'a'.repeat(30_000)}!`],
      ['(?:[一-龥]|[会议])+X', '会议'.repeat(15_000)],
      ['(a+)+b', 'a'.repeat(30_000)],
    ];
    for (const [wrong, body] of cases) {
      const config = validateConfig({ terms: { forbidden: [{ wrong, regex: true }, { wrong: '贫困户', right: '脱贫户' }] } }, FILE, rulesById);
      const started = Date.now();
      const result = lint(`# 标题\n\n${body}，走访贫困户。\n`, { config, rules: allRules });
      // A stall guard, not a timing: backtracking took seconds on 30 characters and would take ages here.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(result.messages.filter((m) => m.ruleId === 'team-terms').map((m) => m.message)).toEqual(['按团队词表，“贫困户”应改为“脱贫户”。']);
    }
  });

  it('matches like before: groups, names, Han classes, offsets after astral characters', () => {
    const config = validateConfig(
      {
        terms: {
          forbidden: [
            { wrong: '第([一二三四])季度', right: '$1季度', regex: true },
            { wrong: '(?<unit>\\p{Script=Han})级政府', right: '$<unit>级人民政府', regex: true },
          ],
        },
      },
      FILE,
      rulesById,
    );
    const text = '# 标题\n\n😀第三季度县级政府完成。\n';
    const ms = lint(text, { config, rules: allRules }).messages.filter((m) => m.ruleId === 'team-terms');
    expect(ms.map((m) => [text.slice(m.start, m.end), m.message])).toEqual([
      ['第三季度', '按团队词表，“第三季度”应改为“三季度”。'],
      ['县级政府', '按团队词表，“县级政府”应改为“县级人民政府”。'],
    ]);
  });

  it('lints on with the remaining terms', () => {
    const config = validateConfig(
      { terms: { forbidden: [{ wrong: '(a+)+b', regex: true }, { wrong: '贫困户', right: '脱贫户' }] } },
      FILE,
      rulesById,
    );
    const result = lint(`# 标题\n\n${'a'.repeat(40)}c，走访贫困户。\n`, { config, rules: allRules });
    expect(result.messages.filter((m) => m.ruleId === 'team-terms').map((m) => m.message)).toEqual(['按团队词表，“贫困户”应改为“脱贫户”。']);
  });

  it('reads the short forms writers use: a mapping wrong: right, list items "wrong: right" and bare strings', () => {
    const mapping = validateConfig({ terms: { forbidden: { 小水库: '小型水库', 一把手: null } } }, FILE, rulesById);
    expect(mapping.problems).toEqual([]);
    expect(mapping.terms.forbidden).toEqual([
      { wrong: '小水库', right: '小型水库', note: undefined, regex: false },
      { wrong: '一把手', right: undefined, note: undefined, regex: false },
    ]);
    const list = validateConfig({ terms: { forbidden: [{ 烧荒: '秸秆焚烧' }, '一把手', { wrong: '贫困户', right: '脱贫户' }] } }, FILE, rulesById);
    expect(list.problems).toEqual([]);
    expect(list.terms.forbidden.map((t) => [t.wrong, t.right])).toEqual([
      ['烧荒', '秸秆焚烧'],
      ['一把手', undefined],
      ['贫困户', '脱贫户'],
    ]);
    const messages = lint('# 标题\n\n全县严禁烧荒。\n', { config: list, rules: allRules }).messages.filter((m) => m.ruleId === 'team-terms');
    expect(messages.map((m) => m.message)).toEqual(['按团队词表，“烧荒”应改为“秸秆焚烧”。']);
  });

  it('refuses an entry of another shape by its key, in Chinese first, and keeps the rest', () => {
    const config = validateConfig(
      { terms: { forbidden: [{ word: '烧荒', preferred: '秸秆焚烧' }, { 烧荒: '秸秆焚烧' }] } },
      FILE,
      rulesById,
    );
    expect(config.problems.map((p) => p.key)).toEqual(['terms.forbidden[0]']);
    expect(config.problems[0].message).toMatch(/^禁用词条应写成/);
    expect(config.terms.forbidden.map((t) => t.wrong)).toEqual(['烧荒']);
    expect(validateConfig({ terms: { forbidden: '烧荒' } }, FILE, rulesById).problems.map((p) => p.key)).toEqual(['terms.forbidden']);
  });
});
