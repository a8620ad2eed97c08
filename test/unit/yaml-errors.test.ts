/**
 * Syntax errors of config files explained in Chinese with the line (issue 15 §6): parseConfigText is the one helper
 * the config loaders call; the YAML library's English text never reaches the writer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText, validateConfig } from '../../src/core/config.js';
import { rulesById } from '../../src/index.js';
import { folder, run } from './cli-helpers';

const problemOf = (text: string, file = '.xinxirc.yaml') => {
  const { data, problem } = parseConfigText(text, file);
  expect(data).toBeUndefined();
  return problem!;
};

/** Only Chinese (and the names YAML, JSON): no English sentence from a parser. */
const noEnglish = (message: string) => expect(message.replace(/YAML|JSON|“[^”]*”/g, '')).not.toMatch(/[A-Za-z]{3,}/);

describe('parseConfigText explains YAML errors', () => {
  it.each([
    ['unit：清河县\nrules:\n  title-required: off\n', 1, '用了全角冒号'],
    ['rules:\n  fullwidth-punctuation: [off\n', 2, '方括号“[”没有闭合'],
    ['rules:\n\tfullwidth-punctuation: off\n', 2, '用制表符缩进'],
    ['unit: "清河县\n', 1, '引号没有成对'],
    ['unit: 清河县\nrules:\n  title-required: off\n   body-length: off\n', 4, '缩进有误'],
    ['unit: @清河县\n', 1, '保留字符“@”'],
    ['unit: 清河县\n---\nunit: 白石县\n', 2, '多了一行“---”'],
    ['unit:清河县\nscript: simplified\n', 1, '冒号后缺少空格'],
  ])('%j → line %i: %s', (text, line, words) => {
    const p = problemOf(text);
    expect(p.line).toBe(line);
    expect(p.message).toContain(`第 ${line} 行`);
    expect(p.message).toContain(words);
    expect(p.message.startsWith('配置文件无法解析，已按默认设置检查：')).toBe(true);
    expect(p.messageEn).toContain(`Line ${line}`);
    noEnglish(p.message);
  });

  it('a file that parses is returned as data', () => {
    expect(parseConfigText('unit: 清河县\n', '.xinxirc.yaml')).toEqual({ data: { unit: '清河县' } });
    expect(parseConfigText('\ufeff{"unit": "清河县"}', '.xinxirc.json')).toEqual({ data: { unit: '清河县' } });
  });

  it('too many aliases: a message, no crash', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const p = problemOf(bomb);
    expect(p.message).toContain('别名');
    noEnglish(p.message);
  });
});

describe('parseConfigText explains JSON errors', () => {
  it.each([
    ['{\n  "rules": {\n    "title-required": "off",\n  }\n}\n', 4, '多余的逗号'],
    ["{\n  'unit': '清河县'\n}\n", 2, '双引号'],
    ['{\n  "unit"：“清河县”\n}\n', 2, '中文标点'],
    ['{\n  // 单位\n  "unit": "清河县"\n}\n', 2, '注释'],
  ])('%j → line %i: %s', (text, line, words) => {
    const p = problemOf(text, '.xinxirc.json');
    expect(p.line).toBe(line);
    expect(p.message).toContain(`第 ${line} 行`);
    expect(p.message).toContain(words);
    noEnglish(p.message);
  });

  it('cut short', () => {
    const p = problemOf('{"rules": ', '.xinxirc.json');
    expect(p.message).toContain('不完整');
    noEnglish(p.message);
  });
});

describe('a configuration problem never quotes the file (gap 15-20 §3)', () => {
  // `extends` may point at any file: a line of it must not reach a terminal, a CI log or a SARIF file.
  const SECRET = 'hunter2-s3cr3t';
  it.each([
    [`DB_HOST: db.local\nDB_PASSWORD=${SECRET}\n`, 2],
    [`DB_HOST: db.local\nDB_PASSWORD：${SECRET}\n`, 2],
    [`DB_HOST: db.local\n  DB_PASSWORD: ${SECRET}\n`, 2],
    [`DB_PASSWORD:${SECRET}\nDB_HOST: db.local\n`, 1],
    [`DB_HOST: db.local\nDB_PASSWORD: ${SECRET}: x\n`, 2],
    [`DB_PASSWORD: ${SECRET}\nDB_PASSWORD: ${SECRET}\n`, 2],
    [`DB_HOST: db.local\n\tDB_PASSWORD: ${SECRET}\n`, 2],
  ])('%j: the line and column, not the text', (text, line) => {
    const p = problemOf(text, 'env');
    expect(p.line).toBe(line);
    expect(p.message).toMatch(new RegExp(`第 ${line} 行第 \\d+ 列`));
    expect(p.messageEn).toMatch(new RegExp(`Line ${line}, column \\d+`));
    for (const said of [p.message, p.messageEn]) {
      expect(said).not.toContain(SECRET);
      expect(said).not.toContain('DB_');
    }
  });

  it('through extends, in stderr and in SARIF', async () => {
    const dir = folder({
      'home/env': `DB_HOST: db.local\nDB_PASSWORD=${SECRET}\n`,
      'repo/.xinxirc.yaml': 'extends: ../home/env\n',
      'repo/a.md': '---\n类型: 动态\n---\n\n# 清河县完成秋粮收购任务\n\n全县秋粮收购进度过半。\n',
    });
    const plain = await run(['check', 'a.md'], join(dir, 'repo'));
    expect(plain.err).toContain('第 2 行第 1 列');
    const sarif = await run(['check', 'a.md', '--format', 'sarif'], join(dir, 'repo'));
    expect(sarif.out).toContain('toolConfigurationNotifications');
    for (const said of [plain.out, plain.err, sarif.out, sarif.err]) expect(said).not.toContain(SECRET);
  });

  it('an invalid severity is named by its key, not by the value written', () => {
    const config = validateConfig({ rules: { 'title-length': SECRET } }, '.xinxirc.yaml', rulesById);
    expect(config.problems.map((p) => p.key)).toEqual(['rules.title-length']);
    expect(config.problems[0]!.message).toContain('级别无效');
    expect(JSON.stringify(config.problems)).not.toContain(SECRET);
  });
});

describe('YAML errors name the line where the fault is (gap 15-20 §8)', () => {
  it.each([
    ['类型: 动态\n单位: [清河县\n日期: 2026-11-20\n', 2, 5, '方括号“[”没有闭合'],
    ['类型: 动态\n单位: {名称: 清河县\n日期: 2026-11-20\n', 2, 5, '花括号“{”没有闭合'],
    ['rules:\n  fullwidth-punctuation: [off, "x]"\nunit: 清河县\n', 2, 26, '方括号“[”没有闭合'],
    ['unit: "清河县\nscript: simplified\n', 1, 7, '引号没有成对'],
    ["unit: '清河县''s\nscript: simplified\n", 1, 7, '引号没有成对'],
  ])('%j → line %i, column %i (where it opens)', (text, line, column, words) => {
    const p = problemOf(text);
    expect([p.line, p.column]).toEqual([line, column]);
    expect(p.message).toContain(`第 ${line} 行第 ${column} 列`);
    expect(p.message).toContain(words);
  });

  it('a key written twice in .xinxirc (YAML or JSON) is an error naming both lines', () => {
    const yaml = problemOf('unit: 清河县\nrules:\n  title-length: warning\n  title-length: off\n');
    expect(yaml.line).toBe(4);
    expect(yaml.message).toContain('第 4 行第 3 列的键与第 3 行的键重复');
    const json = problemOf('{\n  "unit": "清河县",\n  "unit": "白石县"\n}\n', '.xinxirc.json');
    expect(json.line).toBe(3);
    expect(json.message).toContain('与第 2 行的键重复');
    noEnglish(json.message);
  });
});
