import { describe, expect, it } from 'vitest';
import { checkTermPattern, validateConfig } from '../../src/core/config.js';
import { lint } from '../../src/core/engine.js';
import { allRules, rulesById } from '../../src/rules/index.js';

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

  it('refuses a pattern that can backtrack catastrophically, naming the file and the key', () => {
    const config = validateConfig(
      { terms: { forbidden: [{ wrong: '贫困户', right: '脱贫户' }, { wrong: '(a+)+b', right: 'x', regex: true }] } },
      FILE,
      rulesById,
    );
    expect(config.terms.forbidden.map((t) => t.wrong)).toEqual(['贫困户']);
    expect(config.problems).toHaveLength(1);
    expect(config.problems[0]).toMatchObject({ file: FILE, key: 'terms.forbidden[1].wrong' });
    expect(config.problems[0]!.message).toContain('回溯');
    expect(config.problems[0]!.messageEn).toContain('catastrophically');
  });

  it('refuses a pattern that does not compile, or matches the empty string, and an empty plain string', () => {
    expect(checkTermPattern('(未闭合', true)?.message).toContain('写法有误');
    expect(checkTermPattern('x*', true)?.message).toContain('空字符串');
    expect(checkTermPattern('', false)?.message).toContain('不能为空');
    expect(checkTermPattern('(x+x+)+y', true)?.message).toContain('已拒绝');
    expect(checkTermPattern('(a+)+$', false)).toBeUndefined(); // a plain string is matched literally
    const config = validateConfig({ terms: { forbidden: [{ wrong: '[', regex: true }] } }, FILE, rulesById);
    expect(config.problems[0]).toMatchObject({ file: FILE, key: 'terms.forbidden[0].wrong' });
  });

  it('lints on with the remaining terms, and the refused pattern never runs', () => {
    const config = validateConfig(
      { terms: { forbidden: [{ wrong: '(a+)+b', regex: true }, { wrong: '贫困户', right: '脱贫户' }] } },
      FILE,
      rulesById,
    );
    const result = lint(`# 标题\n\n${'a'.repeat(40)}c，走访贫困户。\n`, { config, rules: allRules });
    expect(result.messages.filter((m) => m.ruleId === 'team-terms').map((m) => m.message)).toEqual(['按团队词表，“贫困户”应改为“脱贫户”。']);
  });
});
