/**
 * The phrase-rule factory (src/rules/lib/phrase-rule.ts): a word-list rule declared as metadata + table + the phrases
 * of an entry, linted by the real engine.
 */
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/core/config.js';
import { fixAll, lint } from '../../src/core/engine.js';
import type { Rule } from '../../src/core/rule.js';
import { ruleTable, tableSchema } from '../../src/rules/lib/data.js';
import { phraseRule } from '../../src/rules/lib/phrase-rule.js';
import { draft } from './helpers.js';

const table = ruleTable(
  'test-phrases',
  [
    { wrong: '搞定', right: '完成', note: '口语' },
    { wrong: '搞定了事', right: '办结', note: '口语，整句' },
    { wrong: '挺好', right: '很好', note: '口语', unless: ['坚挺好'] },
    { wrong: '甭管', note: '口语，删去或改写' },
  ],
  tableSchema({ wrong: 'text', right: 'text?', note: 'text', unless: 'words?' }, 'wrong'),
);

const rule = phraseRule({
  id: 'test-phrases',
  category: 'wording',
  severity: 'warning',
  fixable: 'confirm',
  name: { zh: '测试词表', en: 'Test list' },
  description: { zh: '测试用的词表规则。', en: 'A word-list rule for tests.' },
  messages: {
    replace: { zh: '“{wrong}”宜改为“{right}”（{note}）。', en: 'Write "{right}" for "{wrong}".' },
    drop: { zh: '“{wrong}”不宜使用（{note}）。', en: 'Avoid "{wrong}".' },
    fixReplace: { zh: '改为“{right}”', en: 'Change to "{right}"' },
    teamTable: { zh: '{problem}', en: '{problem}' },
    count: { zh: '共 {n} 处。', en: '{n} in all.' },
  },
  options: {
    ignore: { type: 'string[]', default: [], description: { zh: '不检查的写法', en: 'Forms not to check' } },
    extra: { type: 'object[]', default: [], description: { zh: '团队补充的词条', en: "The team's entries" } },
  },
  table,
  phrases: ({ wrong, right, note, unless }) =>
    right
      ? { wrong, unless, messageId: 'replace', data: { wrong, right, note }, fix: { right, messageId: 'fixReplace', safe: false } }
      : { wrong, unless, messageId: 'drop', data: { wrong, note } },
  team: { option: 'extra', messageId: 'teamTable' },
  ignored: (options) => options.ignore,
  // Not after 不 (a stand-in for a rule's own judgement).
  skip: ({ start }, text) => text[start - 1] === '不',
  after({ report }, hits) {
    if (hits.length > 3) report({ start: hits[0]!.start, end: hits.at(-1)!.end, messageId: 'count', data: { n: hits.length } });
  },
});

const rules: Rule[] = [rule];
const configOf = (data: Record<string, unknown>) => validateConfig(data, 'test.xinxirc.yaml', new Map([[rule.id, rule]]));
const run = (body: string, config: Record<string, unknown> = {}) => {
  const text = draft(body);
  const { messages } = lint(text, { path: 'draft.md', rules, config: configOf(config) });
  return { text, messages, flagged: messages.map((m) => text.slice(m.start, m.end)) };
};

describe('phraseRule', () => {
  it('finds the longest phrase, never overlapping, with its message and a fix that changes only what differs', () => {
    const { text, messages, flagged } = run('事情搞定了事，任务搞定，效果挺好。');
    expect(flagged).toEqual(['搞定了事', '搞定', '挺好']);
    expect(messages.map((m) => m.message)).toEqual(['“搞定了事”宜改为“办结”（口语，整句）。', '“搞定”宜改为“完成”（口语）。', '“挺好”宜改为“很好”（口语）。']);
    expect(messages[1]!.messageEn).toBe('Write "完成" for "搞定".');
    expect(messages[2]!.fixes[0]).toMatchObject({ title: '改为“很好”', titleEn: 'Change to "很好"', safe: false });
    expect(messages[2]!.fixes[0]!.edits).toEqual([{ start: text.indexOf('挺好'), end: text.indexOf('挺好') + 1, text: '很' }]);
    expect(fixAll(text, { path: 'draft.md', rules, unsafe: true, config: configOf({}) }).text).toBe(draft('事情办结，任务完成，效果很好。'));
  });

  it('reports an entry without a replacement with no fix', () => {
    const { messages } = run('甭管多难。');
    expect(messages.map((m) => [m.message, m.fixes.length])).toEqual([['“甭管”不宜使用（口语，删去或改写）。', 0]]);
  });

  it('leaves `unless` exceptions, quotations, 《》 titles, code, the team’s accepted terms and what `skip` says alone', () => {
    expect(run('股价坚挺好几天，他说“搞定”，《搞定手册》，`搞定`，不搞定。').flagged).toEqual([]);
    expect(run('任务搞定。', { terms: { accepted: ['任务搞定'] } }).flagged).toEqual([]);
  });

  it('leaves out what the options ignore', () => {
    expect(run('任务搞定，效果挺好。', { rules: { 'test-phrases': { ignore: ['搞定'] } } }).flagged).toEqual(['挺好']);
  });

  it('calls `after` with the reported matches', () => {
    const { messages } = run('搞定，挺好，甭管，搞定。');
    expect(messages.map((m) => m.message)).toContain('共 4 处。');
    expect(run('搞定，挺好，甭管，不搞定。').messages.map((m) => m.message)).toEqual(['“搞定”宜改为“完成”（口语）。', '“挺好”宜改为“很好”（口语）。', '“甭管”不宜使用（口语，删去或改写）。']);
  });

  it("adds a team's entries, checked against the table's schema; a bad one is reported at the start as a warning", () => {
    const extra = [{ wrong: '弄好', right: '做好', note: '口语' }, { wrong: '整好', rigth: '做好', note: '口语' }];
    const { messages, flagged } = run('任务弄好了，也整好了。', { rules: { 'test-phrases': { extra } } });
    expect(flagged).toEqual(['', '弄好']);
    expect(messages[0]).toMatchObject({ start: 0, severity: 'warning', message: '规则 test-phrases 的选项 extra 第 2 条（整好）有未知字段 rigth（可用的字段：wrong、right、note、unless），已忽略。' });
    expect(messages[1]!.message).toBe('“弄好”宜改为“做好”（口语）。');
    // The built-in table still wins where a team's entry repeats one of its phrases.
    expect(run('任务搞定。', { rules: { 'test-phrases': { extra: [{ wrong: '搞定', right: '办妥', note: '团队' }] } } }).messages[0]!.message).toBe('“搞定”宜改为“完成”（口语）。');
  });
});
