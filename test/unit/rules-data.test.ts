/**
 * The one loader of rules/data tables (src/rules/lib/data.ts): a bad table is named in Chinese (file and entry) and
 * left out entry by entry, never thrown and never skipped in silence; a team's table goes through the same checks;
 * the bundled tables are checked in data-wording.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ruleRecord, ruleTable, tableSchema, teamTable } from '../../src/rules/lib/data.js';
import { draft, messagesOf } from './helpers.js';

const schema = tableSchema({ wrong: 'text', right: 'text', type: ['typo', 'confusable'], unless: 'words?' }, 'wrong');

describe('ruleTable', () => {
  it('keeps good entries as they are', () => {
    const t = ruleTable('test-good', [{ wrong: '按装', right: '安装', type: 'typo' }, { wrong: '其它', right: '其他', type: 'confusable', unless: ['其它的'] }], schema);
    expect(t.problems).toEqual([]);
    expect(t.file).toBe('rules/data/test-good.yaml');
    expect(t.entries.map((e) => e.wrong)).toEqual(['按装', '其它']);
  });

  it('names the file and the entry of each problem, in Chinese and English, and leaves only that entry out', () => {
    const t = ruleTable(
      'test-bad',
      [
        { wrong: '按装', right: '安装', type: 'typo' },
        { wrong: '签定', type: 'typo' },
        { wrong: '贯切', right: 3, type: 'typo' },
        { wrong: '做为', right: '作为', type: 'typo', unles: ['做为人'] },
        { wrong: '其它', right: '其他', type: 'maybe' },
        { wrong: '截止', right: '截至', type: 'confusable', unless: ['截止日期', ''] },
        '以经',
        { wrong: '按装', right: '安装', type: 'typo' },
      ],
      schema,
    );
    expect(t.entries.map((e) => e.wrong)).toEqual(['按装']);
    expect(t.problems.map((p) => p.message)).toEqual([
      'rules/data/test-bad.yaml 第 2 条（签定）缺少 right（非空文字），已跳过这一条。',
      'rules/data/test-bad.yaml 第 3 条（贯切）的 right 应为非空文字，现在是数字 3，已跳过这一条。',
      'rules/data/test-bad.yaml 第 4 条（做为）有未知字段 unles（可用的字段：wrong、right、type、unless），已跳过这一条。',
      'rules/data/test-bad.yaml 第 5 条（其它）的 type 应为“typo”、“confusable”之一，现在是文字“maybe”，已跳过这一条。',
      'rules/data/test-bad.yaml 第 6 条（截止）的 unless 第 2 项应为非空文字，现在是空文字，已跳过这一条。',
      'rules/data/test-bad.yaml 第 7 条应为“字段: 值”的对象，现在是文字“以经”，已跳过这一条。',
      'rules/data/test-bad.yaml 第 8 条（按装）与第 1 条的 wrong 相同，已跳过这一条。',
    ]);
    expect(t.problems[0]).toMatchObject({ file: 'rules/data/test-bad.yaml', entry: '第 2 条（签定）' });
    expect(t.problems[1]!.messageEn).toBe('rules/data/test-bad.yaml, entry 3 (贯切): right must be a non-empty string, not the number 3; the entry is skipped.');
  });

  it('reports a table that is not a list instead of throwing', () => {
    const t = ruleTable('test-mapping', { wrong: '按装' }, schema);
    expect(t.entries).toEqual([]);
    expect(t.problems.map((p) => p.message)).toEqual(['rules/data/test-mapping.yaml 应为词条列表（每条以“- ”开头），现在是对象，整个词表未使用。']);
    expect(ruleTable('test-empty', null, schema).problems[0]!.message).toContain('现在是空值');
  });

  it('checks regular expressions, numbers and pairs', () => {
    const t = ruleTable(
      'test-patterns',
      [{ pattern: '^本文来源', max: 60 }, { pattern: '(未闭合', max: 60 }, { pattern: '下载', max: '60' }, { pattern: '推荐', max: 10, pairs: [['原因', '在于'], ['仅一项']] }],
      tableSchema({ pattern: 'pattern', max: 'number', pairs: 'pairs?' }, 'pattern'),
    );
    expect(t.entries.map((e) => e.pattern)).toEqual(['^本文来源']);
    expect(t.problems.map((p) => p.message)).toEqual([
      'rules/data/test-patterns.yaml 第 2 条（(未闭合）的 pattern 不是有效的正则表达式，请检查括号和转义，已跳过这一条。',
      'rules/data/test-patterns.yaml 第 3 条（下载）的 max 应为数字，现在是文字“60”，已跳过这一条。',
      'rules/data/test-patterns.yaml 第 4 条（推荐）的 pairs 第 2 项应为两项文字 [甲, 乙]，现在是列表，已跳过这一条。',
    ]);
  });
});

describe('a check of the entry as a whole', () => {
  it('leaves out an entry the schema rejects, named in both languages, in a bundled and in a team table', () => {
    const pairs = tableSchema({ wrong: 'text', right: 'text' }, 'wrong', (e) => (e.wrong === e.right ? { zh: '的 wrong 与 right 相同', en: 'has the same wrong and right' } : undefined));
    const t = ruleTable('test-check', [{ wrong: '按装', right: '按装' }, { wrong: '按装', right: '安装' }], pairs);
    expect(t.entries).toEqual([{ wrong: '按装', right: '安装' }]);
    expect(t.problems.map((p) => [p.message, p.messageEn])).toEqual([
      ['rules/data/test-check.yaml 第 1 条（按装）的 wrong 与 right 相同，已跳过这一条。', 'rules/data/test-check.yaml, entry 1 (按装): has the same wrong and right; the entry is skipped.'],
    ]);
    expect(teamTable('typo', 'pairs', [{ wrong: '做用', right: '做用' }], pairs).problems.map((p) => p.message)).toEqual(['规则 typo 的选项 pairs 第 1 条（做用）的 wrong 与 right 相同，已忽略。']);
  });
});

describe('ruleRecord', () => {
  it('reads a mapping of named fields; a bad or missing field reads as empty and is named', () => {
    const fields = { chars: 'words', words: 'words', note: 'text?' } as const;
    const good = ruleRecord('test-record', { chars: ['的', '了'], words: ['不了了之'] }, fields);
    expect(good.problems).toEqual([]);
    expect(good.value).toEqual({ chars: ['的', '了'], words: ['不了了之'] });
    const bad = ruleRecord('test-record-bad', { chars: ['的', 2], extra: [] }, fields);
    expect(bad.value).toEqual({ chars: [], words: [] });
    expect(bad.problems.map((p) => p.message)).toEqual([
      'rules/data/test-record-bad.yaml 有未知字段 extra（可用的字段：chars、words、note），未使用。',
      'rules/data/test-record-bad.yaml 的 chars 第 2 项应为非空文字，现在是数字 2，按空值处理。',
      'rules/data/test-record-bad.yaml 缺少 words（非空文字的列表），按空值处理。',
    ]);
  });
});

describe("a team's table", () => {
  const phrases = tableSchema({ phrase: 'text', hint: 'text?' }, 'phrase');

  it('takes plain texts for the key field, and entries with the fields of the bundled table', () => {
    const t = teamTable('stock-phrases', 'extra', ['全力以赴', { phrase: '亮点频现', hint: '写出亮点' }], phrases);
    expect(t.problems).toEqual([]);
    expect(t.entries).toEqual([{ phrase: '全力以赴' }, { phrase: '亮点频现', hint: '写出亮点' }]);
  });

  it('goes through the same checks; a problem names the rule and the option', () => {
    const t = teamTable('stock-phrases', 'extra', ['全力以赴', 3, '', { phrase: '亮点', tip: '…' }, '全力以赴'], phrases);
    expect(t.entries).toEqual([{ phrase: '全力以赴' }]);
    expect(t.problems.map((p) => p.message)).toEqual([
      '规则 stock-phrases 的选项 extra 第 2 条应为非空文字或“字段: 值”的对象，现在是数字 3，已忽略。',
      '规则 stock-phrases 的选项 extra 第 3 条的 phrase 应为非空文字，现在是空文字，已忽略。',
      '规则 stock-phrases 的选项 extra 第 4 条（亮点）有未知字段 tip（可用的字段：phrase、hint），已忽略。',
      '规则 stock-phrases 的选项 extra 第 5 条（全力以赴）与第 1 条的 phrase 相同，已忽略。',
    ]);
    expect(t.problems[0]!.messageEn).toBe('option extra of rule stock-phrases, entry 2: must be a non-empty string or a mapping of fields, not the number 3; ignored.');
  });

  it('is reported on the draft by the rule, as a warning at its start, and the good entries still count', () => {
    const text = draft('县委全力以赴。');
    const messages = messagesOf('stock-phrases', text, { config: { rules: { 'stock-phrases': { extra: ['全力以赴', 3] } } } });
    expect(messages.map((m) => [m.severity, m.start, m.message])).toEqual([
      ['warning', 0, '规则 stock-phrases 的选项 extra 第 2 条应为非空文字或“字段: 值”的对象，现在是数字 3，已忽略。'],
      ['info', text.indexOf('全力以赴'), '“全力以赴”是套话，宜改为具体做法和数据。'],
    ]);
  });
});

describe('alternation of a word list', () => {
  it('matches nothing when the list is empty (an emptied list in rules/data/_content-cues.yaml means no words)', async () => {
    const { alternation } = await import('../../src/rules/lib/cues.js');
    // placeEnds: [] built `(?:)$`, which every text matches: every 已 then read as a measure taken.
    expect(new RegExp(`(?:${alternation([])})$`, 'u').test('县城市管理局')).toBe(false);
    expect(new RegExp(`^(?:${alternation(['院', '镇'])})$`, 'u').test('镇')).toBe(true);
  });
});
