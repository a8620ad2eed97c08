/**
 * The adoption ledger end to end on the example office folder (examples/ledger/: drafts with records, a WPS ledger,
 * a configuration that extends the preset), and the validation of records, ledgers and scoring tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  formatPoints,
  ledgerSettingsOf,
  makeDay,
  readDraftRecord,
  readLedgerCsv,
  readLedgerYaml,
  scoringTableOf,
  renderTallyHtml,
  renderTallyText,
  scopeOf,
  tally,
  validateRecords,
  type TallyReport,
} from '../../src/adoption/index.js';
import { emptyConfig, mergeConfig, validateConfig } from '../../src/core/config.js';
import { parseDraft } from '../../src/core/draft.js';
import { lint } from '../../src/core/engine.js';
import { configSchema } from '../../src/core/schema.js';
import type { ResolvedConfig } from '../../src/core/types.js';
import { allRules, rulesById } from '../../src/index.js';
import { exampleOffice } from './adoption-fixtures.js';

const today = makeDay(2026, 12, 1)!;

async function novemberReport(): Promise<TallyReport> {
  const office = await exampleOffice();
  const out = tally({ ...office, period: { month: '2026-11' }, today });
  if (!out.ok) throw new Error(out.message);
  return out.report;
}

function configOf(data: Record<string, unknown>): ResolvedConfig {
  return validateConfig(data, '.xinxirc.yaml', rulesById);
}

const PRESET_LIKE = {
  scoring: {
    报送: 0.2,
    刊物: { '《昨日要情》': 2, '《信息短波》': 1, '《报省信息》': 3, 省政府办公厅: 10, 国务院办公厅: { 分值: 20, 别名: ['国办'] } },
    批示: { 市: 10, 省: 20, 国家: { 分值: 30, 别名: ['国务院'] } },
    约稿: 5,
    扣分: { 迟报: 10, 漏报: 10, 错报: 10 },
  },
  units: ['清河县农业农村局', { 名称: '清河县应急管理局', 别名: ['县应急局'] }],
};

describe('the example office: 2026年11月份', () => {
  it('loads the preset through extends, with no configuration problem', async () => {
    const { config } = await exampleOffice();
    expect(config.problems).toEqual([]);
    const table = scoringTableOf(config);
    expect(table.problems).toEqual([]);
    expect(formatPoints(table.submitted)).toBe('0.2');
    expect(table.publications.map((p) => `${p.name}:${formatPoints(p.points)}`)).toEqual(['《昨日要情》:2', '《信息短波》:1', '《报省信息》:3', '省政府办公厅:10', '国务院办公厅:20']);
    expect(table.levels.map((p) => `${p.name}:${formatPoints(p.points)}`)).toEqual(['市:10', '省:20', '国家:30']);
    expect(table.units?.length).toBe(8);
  });

  it('the drafts of the office are clean drafts (no error-level problem)', async () => {
    const { drafts, config } = await exampleOffice();
    expect(drafts.length).toBe(5);
    for (const d of drafts) {
      const result = lint(d.text, { path: d.file, config, rules: allRules });
      expect(result.messages.filter((m) => m.severity === 'error'), d.file).toEqual([]);
    }
  });

  it('scores and ranks every unit, units that sent nothing included, ties as 并列', async () => {
    const report = await novemberReport();
    expect(report.title).toBe('关于2026年11月份全县政务信息报送采用情况的通报');
    expect(report.rows.map((r) => [r.rank, r.tied, r.unit, formatPoints(r.score)])).toEqual([
      [1, false, '清河县农业农村局', '15.4'],
      [2, false, '清河县水利局', '10'],
      [3, false, '清河县应急管理局', '6.4'],
      [4, false, '清河县教育局', '1.4'],
      [5, true, '清河县卫生健康委员会', '0.4'],
      [5, true, '城关镇人民政府', '0.4'],
      [7, false, '清河县交通运输局', '-7.8'],
      [8, false, '河口乡人民政府', '-10'],
    ]);
    expect(report.silent).toEqual(['清河县水利局', '河口乡人民政府']);
    expect(report.totals).toMatchObject({ submitted: 11, adoptions: 6, instructions: 1, commissioned: 1, penalties: 2, units: 8 });
    expect(report.totals.byPublication).toEqual({ '《昨日要情》': 2, '《信息短波》': 2, '《报省信息》': 1, 省政府办公厅: 1, 国务院办公厅: 0 });
  });

  it('compares with 2026年10月份: places gained and lost, score changes', async () => {
    const report = await novemberReport();
    expect(report.previous.label).toBe('2026年10月份');
    expect(report.previousRecorded).toBe(true);
    const change = Object.fromEntries(report.rows.map((r) => [r.unit, [r.previous!.rank, r.rankChange, formatPoints(r.scoreChange!)]]));
    expect(change).toEqual({
      清河县农业农村局: [3, 2, '14.2'],
      清河县水利局: [5, 3, '9.8'],
      清河县应急管理局: [5, 2, '6.2'],
      清河县教育局: [2, -2, '-0.8'],
      清河县卫生健康委员会: [1, -4, '-2.8'],
      城关镇人民政府: [4, -1, '0'],
      清河县交通运输局: [5, -2, '-8'],
      河口乡人民政府: [5, -3, '-10.2'],
    });
  });

  it('a previous period without any record: nothing to compare, 较上期 is “—” in every format (audit 17-19 §3)', async () => {
    const office = await exampleOffice();
    for (const period of [{ month: '2026-10' }, { year: '2026' }]) {
      const out = tally({ ...office, period, today });
      if (!out.ok) throw new Error(out.message);
      const report = out.report;
      expect(report.previousRecorded).toBe(false);
      for (const r of report.rows) expect([r.previous, r.rankChange, r.scoreChange]).toEqual([undefined, undefined, undefined]);
      const text = renderTallyText(report);
      expect(text).not.toMatch(/持平|↓|↑/);
      expect(text).toContain(`${report.previous.label}没有报送和采用记录，“较上期”无从比较，记为“—”。`);
      expect(text).toMatch(/\n1 .*\s—\n/);
      const html = renderTallyHtml(report);
      expect(html).not.toMatch(/class="(up|down)"/);
      expect(html).toContain(`${report.previous.label}没有记录，不比较`);
    }
    // With records in the previous period the comparison stays.
    expect((await novemberReport()).rows.some((r) => r.rankChange !== 0)).toBe(true);
  });

  it('lists the adopted items with their publications, and every entry that failed validation with its line', async () => {
    const report = await novemberReport();
    expect(report.adopted.map((e) => [e.unit, e.adoptions.map((a) => `${a.publication}${a.date.iso}${a.issue ? `#${a.issue}` : ''}`).join(' '), e.instructions.length])).toEqual([
      ['清河县农业农村局', '《昨日要情》2026-11-05#213 《报省信息》2026-11-12#45', 1],
      ['清河县应急管理局', '《信息短波》2026-11-11#88', 0],
      ['清河县水利局', '省政府办公厅2026-11-02', 0],
      ['清河县教育局', '《信息短波》2026-11-09#86', 0],
      ['清河县交通运输局', '《昨日要情》2026-11-09#216', 0],
    ]);
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.message}`);
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/^\.xinxi\/ledger\.csv:16 单位“县城管局”不在单位名单（units）中/);
    expect(errors[1]).toMatch(/^\.xinxi\/ledger\.csv:17 报送日期“2026-11-31”不存在/);
    expect(errors[2]).toMatch(/^\.xinxi\/ledger\.csv:18 与 \.xinxi\/ledger\.csv 第 9 行 是同一条信息/);
    expect(errors[3]).toMatch(/^\.xinxi\/ledger\.csv:19 刊物“《清河信息》”不在计分办法中/);
    expect(errors[4]).toMatch(/^\.xinxi\/ledger\.csv:20 《昨日要情》采用日期 2026-11-18 早于报送日期 2026-11-20/);
  });
});

describe('records in front matter', () => {
  const text = `---
类型: 动态
单位: 清河县应急管理局
报送日期: 2026-11-03
采用:
  - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}
  - 《报省信息》 2026年11月12日 第45期
批示:
  - {级别: 市, 领导: 张三, 日期: 2026-11-08}
  - 省领导李四 2026-11-20
约稿: true
---

# 清河县开展冬季安全检查

正文。
`;

  it('reads the lists (mappings or text) with their lines, the unit, the title', () => {
    const item = readDraftRecord(text, 'a.md')!;
    expect(item.unit).toBe('清河县应急管理局');
    expect(item.title).toBe('清河县开展冬季安全检查');
    expect(item.submitted).toBe('2026-11-03');
    expect(item.adoptions).toEqual([
      { publication: '《昨日要情》', date: '2026-11-05', issue: '213', line: 6 },
      { publication: '《报省信息》', date: '2026年11月12日', issue: '45', line: 7 },
    ]);
    expect(item.instructions.map((i) => [i.level ?? i.head, i.leader, i.line])).toEqual([
      ['市', '张三', 9],
      ['省领导李四', undefined, 10],
    ]);
    const ledger = validateRecords([item], scoringTableOf(configOf(PRESET_LIKE)));
    expect(ledger.problems).toEqual([]);
    expect(ledger.items[0]!.instructions.map((i) => [i.level, i.leader])).toEqual([
      ['市', '张三'],
      ['省', '李四'],
    ]);
    expect(ledger.items[0]!.commissioned).toBe(true);
  });

  it('the draft model exposes the record, and the keys are not unknown to the front-matter rule', () => {
    const draft = parseDraft(text);
    expect(draft.meta.submitted).toBe('2026-11-03');
    expect(Array.isArray(draft.meta.adopted)).toBe(true);
    expect((draft.meta.adopted as unknown[]).length).toBe(2);
    expect(draft.meta.commissioned).toBe('true');
    expect(Object.keys(draft.meta.extra)).toEqual([]);
    const english = parseDraft('---\ntype: 动态\nsubmitted: 2026-11-03\nadopted: [{publication: 《昨日要情》, date: 2026-11-05}]\n---\n# 标题\n\n正文。\n');
    expect(english.meta.submitted).toBe('2026-11-03');
    expect(english.meta.adopted).toEqual([{ publication: '《昨日要情》', date: '2026-11-05' }]);
    const messages = lint(text, { path: 'a.md', rules: allRules }).messages.filter((m) => m.ruleId === 'front-matter');
    expect(messages).toEqual([]);
  });

  it('a draft without a record is not an item; 报送时间 stands in for 报送日期 when a record exists', () => {
    expect(readDraftRecord('---\n类型: 动态\n单位: 甲\n---\n# 标题\n', 'a.md')).toBeUndefined();
    expect(readDraftRecord('# 标题\n\n正文。\n', 'a.md')).toBeUndefined();
    const item = readDraftRecord('---\n类型: 紧急-首报\n单位: 清河县应急管理局\n报送时间: 2026-11-03 14:30\n采用: 《昨日要情》2026-11-04\n---\n# 标题\n', 'a.md')!;
    const ledger = validateRecords([item], scoringTableOf(configOf(PRESET_LIKE)));
    expect(ledger.problems).toEqual([]);
    expect(ledger.items[0]!.submitted!.iso).toBe('2026-11-03');
  });

  it('takes the configured unit when the front matter has none', () => {
    const item = readDraftRecord('---\n报送日期: 2026-11-03\n---\n# 标题\n', 'a.md', { unit: '清河县农业农村局' })!;
    expect(item.unit).toBe('清河县农业农村局');
  });
});

describe('validation: clear Chinese messages', () => {
  const table = scoringTableOf(configOf(PRESET_LIKE));
  const csv = (rows: string) => readLedgerCsv(`\uFEFF单位,标题,报送日期,采用,批示,约稿,扣分,备注\r\n${rows}`, 'ledger.csv', { isPublication: (n) => n === '《昨日要情》' });
  const problemsOf = (rows: string) => {
    const read = csv(rows);
    const ledger = validateRecords(read.items, table, { today });
    return { ledger, messages: [...read.problems, ...ledger.problems].map((p) => `${p.line}:${p.severity}:${p.message}`) };
  };

  it('an unknown publication keeps out that adoption only, the submission counts', () => {
    const { ledger, messages } = problemsOf('清河县农业农村局,标题甲,2026-11-03,《清河信息》2026-11-05,,,,\r\n');
    expect(messages).toEqual([expect.stringMatching(/^2:error:刊物“《清河信息》”不在计分办法中（已配置：《昨日要情》、《信息短波》、《报省信息》、省政府办公厅、国务院办公厅），这条采用记录未计分/)]);
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]!.adoptions).toEqual([]);
  });

  it('publications match with or without 《》, by alias, in either width', () => {
    const { ledger, messages } = problemsOf('清河县农业农村局,标题甲,2026-11-03,昨日要情 2026-11-05；国办 2026-11-20；《 报省信息 》2026-11-21,,,,\r\n');
    expect(messages).toEqual([]);
    expect(ledger.items[0]!.adoptions.map((a) => a.publication)).toEqual(['《昨日要情》', '国务院办公厅', '《报省信息》']);
  });

  it('an unknown instruction level or penalty type', () => {
    const { messages } = problemsOf('清河县农业农村局,标题甲,2026-11-03,,县 王五 2026-11-05,,超时 2026-11-04,\r\n');
    expect(messages).toEqual([
      expect.stringMatching(/^2:error:批示级别“县”不在计分办法中（已配置：市、省、国家），这条批示记录未计分。$/),
      expect.stringMatching(/^2:error:扣分类型“超时”不在计分办法中（已配置：迟报、漏报、错报），这条扣分记录未计分。$/),
    ]);
  });

  it('an adoption dated before the submission', () => {
    const { ledger, messages } = problemsOf('清河县农业农村局,标题甲,2026-11-10,《昨日要情》2026-11-09,,,,\r\n');
    // Only the adoption is dropped, and the message says so: the submission still counts (audit 17-19 §8).
    expect(messages).toEqual([expect.stringContaining('2:error:《昨日要情》采用日期 2026-11-09 早于报送日期 2026-11-10，这条采用记录未计分（报送照常计分）')]);
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]!.adoptions).toEqual([]);
  });

  it('the same item twice (unit by alias, title, date): the second is not counted and names the first', () => {
    const { ledger, messages } = problemsOf('清河县应急管理局,标题甲,2026-11-03,,,,,\r\n县应急局,标题甲,2026/11/3,,,,,\r\n清河县应急管理局,标题甲,2026-11-04,,,,,\r\n');
    expect(messages).toEqual(['3:error:与 ledger.csv 第 2 行 是同一条信息（单位、标题、报送日期相同），未重复计分。']);
    expect(ledger.items).toHaveLength(2);
  });

  it('a unit not in the list, a missing unit, title or date, a malformed date', () => {
    const { ledger, messages } = problemsOf(
      ['县城管局,标题甲,2026-11-03,,,,,', ',标题乙,2026-11-03,,,,,', '清河县农业农村局,,2026-11-03,,,,,', '清河县农业农村局,标题丙,,,,,,', '清河县农业农村局,标题丁,2026-11-31,,,,,', '清河县农业农村局,标题戊,11月3日,,,,,'].join('\r\n'),
    );
    expect(messages).toEqual([
      expect.stringMatching(/^2:error:单位“县城管局”不在单位名单（units）中，这条未计分/),
      '3:error:缺少“单位”，这条未计分。',
      '4:error:缺少“标题”，这条未计分。',
      '5:error:缺少“报送日期”，这条未计分。',
      '6:error:报送日期“2026-11-31”不存在（月份或日数不对），这条未计分。',
      '7:error:报送日期“11月3日”无法识别，应写成 2026-11-03 或 2026年11月3日，这条未计分。',
    ]);
    expect(ledger.items).toEqual([]);
  });

  it('a missing adoption date is taken as the submission date, with a warning; a future date is flagged', () => {
    const { ledger, messages } = problemsOf('清河县农业农村局,标题甲,2026-11-03,《昨日要情》第213期；《信息短波》2062-11-05,,,,\r\n');
    expect(messages).toEqual([
      '2:warning:《昨日要情》采用没有写日期，按报送日期 2026-11-03 计入。',
      '2:warning:《信息短波》采用日期 2062-11-05 晚于今天，请核对。',
    ]);
    expect(ledger.items[0]!.adoptions.map((a) => [a.publication, a.date.iso, a.dateAssumed ?? false, a.issue])).toEqual([
      ['《昨日要情》', '2026-11-03', true, '213'],
      ['《信息短波》', '2062-11-05', false, undefined],
    ]);
  });

  it('a penalty-only row (漏报) needs a date; it is not a submission', () => {
    const { ledger, messages } = problemsOf('清河县农业农村局,某事故未报,,,,,漏报 2026-11-21 未按要求报送,\r\n清河县应急管理局,另一事故,,,,,漏报,\r\n');
    expect(messages).toEqual(['3:error:漏报扣分缺少日期，这条扣分记录未计分。']);
    expect(ledger.items.map((i) => [i.unit, i.submitted, i.penalties.map((p) => `${p.type}${p.date.iso}${p.note}`)])).toEqual([
      ['清河县农业农村局', undefined, ['漏报2026-11-21未按要求报送']],
      ['清河县应急管理局', undefined, []],
    ]);
  });

  it('a per-publication column, and headers that are not known', () => {
    const read = readLedgerCsv('单位,标题,报送日期,《昨日要情》,联系人\n清河县农业农村局,标题甲,2026-11-03,2026-11-05 第213期,王五\n清河县农业农村局,标题乙,2026-11-04,是,\n', 'l.csv', {
      isPublication: (n) => n === '《昨日要情》',
    });
    expect(read.problems.map((p) => p.message)).toEqual([expect.stringContaining('台账表头“联系人”无法识别，该列已忽略')]);
    const ledger = validateRecords(read.items, table);
    expect(ledger.items.map((i) => i.adoptions.map((a) => `${a.publication}${a.date.iso}${a.issue ?? ''}${a.dateAssumed ? '?' : ''}`))).toEqual([['《昨日要情》2026-11-05213'], ['《昨日要情》2026-11-04?']]);
  });

  it('a CSV without the required headers is refused with a message naming them', () => {
    const read = readLedgerCsv('名称,日期\n甲,2026-11-03\n', 'l.csv');
    expect(read.items).toEqual([]);
    expect(read.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('台账表头“名称”无法识别'),
      expect.stringContaining('台账表头“日期”无法识别'),
      expect.stringContaining('缺少“单位”列'),
      expect.stringContaining('缺少“标题”列'),
      expect.stringContaining('缺少“报送日期”列'),
    ]);
  });

  it('CSV: quoted cells with commas, quotes and line breaks; GBK text decoded by the caller; CRLF or LF', () => {
    const read = readLedgerCsv('单位,标题,报送日期,采用\r\n清河县农业农村局,"关于""三农""工作,第一条",2026-11-03,"《昨日要情》2026-11-05\n《信息短波》2026-11-06"\r\n清河县农业农村局,标题乙,2026-11-04,\r\n', 'l.csv');
    expect(read.problems).toEqual([]);
    expect(read.items.map((i) => [i.title, i.line, i.adoptions.length])).toEqual([
      ['关于"三农"工作,第一条', 2, 2],
      ['标题乙', 4, 0],
    ]);
  });

  it('YAML ledger: a list of entries, with lines; malformed YAML and wrong shapes say so', () => {
    const yaml = `# 台账
- 单位: 清河县农业农村局
  标题: 标题甲
  报送日期: 2026-11-03
  采用:
    - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}
  备注: 电话报送
- 单位: 清河县应急管理局
  标题: 标题乙
  报送日期: 2026-11-04
  扣分: [{类型: 迟报, 日期: 2026-11-04}]
  联系人: 王五
- 只是一行文字
`;
    const read = readLedgerYaml(yaml, 'ledger.yaml');
    expect(read.problems.map((p) => `${p.line}:${p.message}`)).toEqual([expect.stringMatching(/^13:台账中的每一条应写成/)]);
    expect(read.items.map((i) => [i.line, i.unit, i.title, i.adoptions.length, i.penalties.length])).toEqual([
      [2, '清河县农业农村局', '标题甲', 1, 0],
      [8, '清河县应急管理局', '标题乙', 0, 1],
    ]);
    expect(read.items[1]!.problems.map((p) => `${p.line}:${p.message}`)).toEqual([expect.stringMatching(/^12:台账条目中的“联系人”无法识别/)]);
    const ledger = validateRecords(read.items, table);
    expect(ledger.items.map((i) => i.penalties.map((p) => p.type))).toEqual([[], ['迟报']]);
    const broken = readLedgerYaml('- 单位: 甲\n  标题: [未闭合\n', 'ledger.yaml');
    expect(broken.problems[0]!.message).toMatch(/^台账（YAML）格式有误，无法读取/);
    expect(readLedgerYaml('单位: 甲\n', 'ledger.yaml').problems[0]!.message).toMatch(/^台账应为条目列表/);
    expect(readLedgerYaml('信息:\n  - 单位: 甲\n    标题: 乙\n    报送日期: 2026-11-03\n', 'ledger.yaml').items).toHaveLength(1);
  });

  it('约稿 that is neither yes nor no is a warning; an unknown key in an entry too', () => {
    const item = readDraftRecord('---\n单位: 清河县农业农村局\n报送日期: 2026-11-03\n约稿: 也许\n采用:\n  - {刊物: 《昨日要情》, 日期: 2026-11-05, 版面: 头条}\n---\n# 标题\n', 'a.md')!;
    const ledger = validateRecords([item], table);
    expect(ledger.problems.map((p) => `${p.line}:${p.severity}:${p.message}`)).toEqual([
      '4:warning:约稿“也许”无法识别（应为 是 或 否），按非约稿计。',
      expect.stringMatching(/^6:warning:采用记录中的“版面”无法识别，已忽略/),
    ]);
  });
});

describe('the scoring table in .xinxirc', () => {
  it('validates with Chinese messages: a value that is not a number, an unknown key, a unit named twice', () => {
    const table = scoringTableOf(
      configOf({
        scoring: { 报送: '两分', 刊物: { '《昨日要情》': 'x', '《信息短波》': 1.2345 }, 加分: 1, 批示: [1, 2] },
        units: ['甲', { 名称: '乙', 别名: ['甲'] }, 3, '甲'],
      }),
    );
    expect(table.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('计分办法中的“加分”无法识别'),
      expect.stringContaining('scoring.报送 的分值“两分”不是数字'),
      expect.stringContaining('scoring.刊物.《昨日要情》 的分值“x”不是数字'),
      expect.stringContaining('scoring.刊物.《信息短波》 的分值“1.2345”不是数字'),
      expect.stringContaining('scoring.批示 应为“批示级别 → 分值”的键值对象'),
      expect.stringContaining('单位名单中“甲”同时指“甲”和“乙”'),
      expect.stringContaining('单位名单 units 第 3 项应为单位名称'),
      expect.stringContaining('单位名单中“甲”重复'),
      expect.stringContaining('计分办法中没有刊物'),
    ]);
  });

  it('a nearer file changes single entries and removes one with null; its unit list replaces', () => {
    const base = configOf(PRESET_LIKE);
    const near = configOf({ scoring: { 刊物: { '《清河信息》': 0.5, '《信息短波》': null }, 报送: 0.3 }, units: ['丙'] });
    const merged = mergeConfig(base, near);
    const table = scoringTableOf(merged);
    expect(table.publications.map((p) => `${p.name}:${formatPoints(p.points)}`)).toEqual(['《昨日要情》:2', '《报省信息》:3', '省政府办公厅:10', '国务院办公厅:20', '《清河信息》:0.5']);
    expect(formatPoints(table.submitted)).toBe('0.3');
    expect(table.units?.map((u) => u.name)).toEqual(['丙']);
  });

  it('the sections are accepted by the validator (no unknown-setting problem) and described by the JSON schema', () => {
    const config = configOf({ ...PRESET_LIKE, ledger: { 文件: '.xinxi/ledger.csv', 发文单位: '清河县人民政府办公室' } });
    expect(config.problems).toEqual([]);
    expect(configOf({ ledger: '.xinxi/ledger.yaml' }).ledger).toEqual({ 文件: '.xinxi/ledger.yaml' });
    expect(configOf({ scoring: [1], units: '甲' }).problems.map((p) => p.key)).toEqual(['scoring', 'units']);
    const schema = configSchema(allRules) as { properties: Record<string, { properties?: Record<string, unknown> }> };
    for (const key of ['scoring', 'units', 'ledger', '计分', '单位名单', '台账']) expect(schema.properties[key], key).toBeDefined();
    expect(Object.keys(schema.properties.scoring!.properties!)).toEqual(expect.arrayContaining(['报送', '刊物', '批示', '约稿', '扣分']));
  });

  it('the JSON schema accepts the example office, the preset and the README settings, and refuses a wrong table', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(configSchema(allRules));
    const root = join(__dirname, '..', '..');
    const office = parseYaml(readFileSync(join(root, 'examples', 'ledger', '.xinxirc.yaml'), 'utf8'));
    const preset = parseYaml(readFileSync(join(root, 'presets', 'adoption-scoring.yaml'), 'utf8'));
    for (const data of [office, preset, { ...PRESET_LIKE, ledger: { 文件: ['a.csv'], 主送: '各单位', 标题: '{期间}通报' } }, { scoring: { 刊物: { '《信息短波》': null } } }]) {
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
    for (const bad of [{ scoring: { 刊物: { '《昨日要情》': 'two' } } }, { scoring: { 加分: 1 } }, { units: [{ 名字: '甲' }] }, { ledger: { 文件夹: 'x' } }]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('the 通报 settings: issuer from unit, the scope from the issuer, category, addressee, title template', () => {
    const { settings } = ledgerSettingsOf(configOf({ unit: '清河县人民政府办公室', ledger: { 主送: '各乡镇人民政府' } }));
    expect(settings).toMatchObject({ issuer: '清河县人民政府办公室', scope: '全县', category: '政务信息', to: '各乡镇人民政府' });
    expect(scopeOf('中共清河县委办公室')).toBe('全县');
    expect(scopeOf('江平市江北区人民政府办公室')).toBe('全区');
    expect(scopeOf('天门市委办公室')).toBe('全市');
    const out = tally({ drafts: [], ledgers: [], config: configOf({ ...PRESET_LIKE, ledger: { 标题: '{期间}信息采用情况通报', 信息类别: '党委信息' } }), period: { quarter: '2026Q4' }, today });
    expect(out.ok && out.report.title).toBe('2026年第四季度信息采用情况通报');
  });

  it('without a scoring table the tally says how to add one', () => {
    const out = tally({ drafts: [], ledgers: [], config: emptyConfig(), today });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toContain('extends: xinxi:preset/采用计分');
  });

  it('without a unit list the units are those met in the records, and the 通报 says so', () => {
    const out = tally({
      drafts: [],
      ledgers: [{ file: 'l.csv', text: '单位,标题,报送日期\n乙,标题,2026-11-03\n甲,标题,2026-11-04\n' }],
      config: configOf({ scoring: PRESET_LIKE.scoring }),
      period: { month: '2026-11' },
      today,
    });
    expect(out.ok && out.report.rows.map((r) => r.unit)).toEqual(['乙', '甲']);
    expect(out.ok && out.report.unitsConfigured).toBe(false);
    expect(out.ok && out.report.silent).toEqual([]);
  });
});
