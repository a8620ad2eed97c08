/**
 * Config discovery, extends, validation messages and per-kind layering.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleSettingFor } from '../../src/core/config.js';
import { main } from '../../src/cli/main.js';
import { ConfigLoader } from '../../src/core/config-node.js';
import { lint } from '../../src/core/engine.js';
import { allRules, rulesById } from '../../src/index.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinxi-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const rule = (id: string) => rulesById.get(id)!;

describe('config discovery', () => {
  it('finds the nearest .xinxirc upward and follows extends', async () => {
    const dir = workspace({
      'shared/base.yaml': 'unit: 清河县\nrules:\n  body-length: [warning, { warn: 400 }]\n  no-attachment: warning\n',
      'team/.xinxirc.yaml': 'extends: ../shared/base.yaml\nrules:\n  no-attachment: info\n',
      'team/drafts/a.md': '',
    });
    const config = await new ConfigLoader(allRules, { stopAt: dir }).forFile(join(dir, 'team/drafts/a.md'));
    expect(config.problems).toEqual([]);
    expect(config.unit).toBe('清河县');
    expect(ruleSettingFor(rule('no-attachment'), '动态', config).severity).toBe('info');
    expect(ruleSettingFor(rule('body-length'), '动态', config).options).toEqual({ warn: 400, error: 1000 });
    expect(config.files.map((f) => f.slice(dir.length))).toEqual(['/team/.xinxirc.yaml', '/shared/base.yaml']);
  });

  it('reads .xinxirc.json and applies caller overrides last', async () => {
    const dir = workspace({ '.xinxirc.json': '{"unit": "清河县", "rules": {"fullwidth-punctuation": "warning", "no-attachment": "info"}}' });
    const fromFile = await new ConfigLoader(allRules).forFile(join(dir, 'a.md'));
    expect(fromFile.files).toEqual([join(dir, '.xinxirc.json')]);
    expect(fromFile.unit).toBe('清河县');
    // The file's values, not the defaults (error and error).
    expect(ruleSettingFor(rule('fullwidth-punctuation'), '动态', fromFile).severity).toBe('warning');
    expect(ruleSettingFor(rule('no-attachment'), '动态', fromFile).severity).toBe('info');
    // An override wins over the file for its key only.
    const loader = new ConfigLoader(allRules, { overrides: { rules: { 'fullwidth-punctuation': 'off' } } });
    const both = await loader.forFile(join(dir, 'a.md'));
    expect(ruleSettingFor(rule('fullwidth-punctuation'), '动态', both).severity).toBe('off');
    expect(ruleSettingFor(rule('no-attachment'), '动态', both).severity).toBe('info');
  });

  it('layers rule defaults, per-kind defaults, config and config per kind', async () => {
    const dir = workspace({ '.xinxirc.yaml': 'kinds:\n  问题信息:\n    rules:\n      body-length: { warn: 500 }\n' });
    const config = await new ConfigLoader(allRules).forFile(join(dir, 'a.md'));
    expect(ruleSettingFor(rule('body-length'), '问题', config).options.warn).toBe(500);
    expect(ruleSettingFor(rule('body-length'), '动态', config).options.warn).toBe(600);
    expect(ruleSettingFor(rule('body-length'), '社情民意', config).options.warn).toBe(1500);
    // 专报: no budget (the rule stays on only to report an empty body).
    expect(ruleSettingFor(rule('body-length'), '专报', config).options.warn).toBe(0);
  });

  it('accepts Chinese severity words', async () => {
    const dir = workspace({ '.xinxirc.yaml': 'rules:\n  no-attachment: 提示\n  title-required: 关闭\n' });
    const config = await new ConfigLoader(allRules).forFile(join(dir, 'a.md'));
    expect(ruleSettingFor(rule('no-attachment'), '动态', config).severity).toBe('info');
    expect(ruleSettingFor(rule('title-required'), '动态', config).severity).toBe('off');
  });
});

describe('where the lookup stops', () => {
  it('at the stopAt folder, and at XINXI_CONFIG_STOP_AT (the test run sets it to its temporary folder)', async () => {
    // test/unit/global-setup.ts. A stray .xinxirc in /tmp or / cannot reach the tests.
    expect(process.env.XINXI_CONFIG_STOP_AT).toBe(tmpdir());
    const dir = workspace({ '.xinxirc.yaml': 'unit: 上级单位\nrules:\n  fullwidth-punctuation: info\n', 'inner/a.md': '甲,乙。\n' });
    const inner = join(dir, 'inner');
    expect((await new ConfigLoader(allRules).forFile(join(inner, 'a.md'))).unit).toBe('上级单位');
    expect((await new ConfigLoader(allRules, { stopAt: inner }).forFile(join(inner, 'a.md'))).files).toEqual([]);
    const saved = process.env.XINXI_CONFIG_STOP_AT;
    process.env.XINXI_CONFIG_STOP_AT = inner;
    try {
      expect((await new ConfigLoader(allRules).forFile(join(inner, 'a.md'))).files).toEqual([]);
      // The CLI finds its config through the same loader.
      let out = '';
      await main(['check', '--format', 'json', 'a.md'], { out: (t) => (out += t), err: () => {}, color: false, cwd: inner });
      const severities = (JSON.parse(out) as { messages: { ruleId: string; severity: string }[] }[])[0]!.messages.filter((m) => m.ruleId === 'fullwidth-punctuation').map((m) => m.severity);
      expect(severities).toEqual(['error']);
    } finally {
      process.env.XINXI_CONFIG_STOP_AT = saved;
    }
    expect((await new ConfigLoader(allRules).forFile(join(inner, 'a.md'))).files).toEqual([join(dir, '.xinxirc.yaml')]);
  });
});

describe('broken config: a clear message naming file and key, linting continues', () => {
  const problemsOf = async (files: Record<string, string>) => {
    const dir = workspace(files);
    const config = await new ConfigLoader(allRules).forFile(join(dir, 'a.md'));
    return { dir, config, problems: config.problems.map((p) => ({ file: p.file.slice(dir.length + 1), key: p.key, message: p.message })) };
  };

  it('bad YAML: defaults, with the file named', async () => {
    const { problems, config } = await problemsOf({ '.xinxirc.yaml': 'rules: [unclosed\n  - x: :\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('.xinxirc.yaml');
    expect(problems[0]!.message).toContain('无法解析');
    expect(lint('# 标题\n\n甲,乙。\n', { rules: allRules, config }).messages.map((m) => m.ruleId)).toContain('fullwidth-punctuation');
  });

  it('bad JSON', async () => {
    expect((await problemsOf({ '.xinxirc.json': '{"rules": ' })).problems[0]!.message).toContain('无法解析');
  });

  it('unknown rule, bad severity, wrong option type, unknown option, unknown key, unknown kind', async () => {
    const { problems, config } = await problemsOf({
      '.xinxirc.yaml': [
        'rules:',
        '  no-such-rule: error',
        '  no-attachment: loud',
        '  body-length: { warn: 很多 }',
        '  single-paragraph: { maximum: 2 }',
        '  title-required: warning',
        'colour: red',
        'kinds:',
        '  周报: { rules: {} }',
      ].join('\n'),
    });
    expect(problems.map((p) => p.key)).toEqual(['colour', 'rules.no-such-rule', 'rules.no-attachment', 'rules.body-length.warn', 'rules.single-paragraph.maximum', 'kinds.周报']);
    for (const p of problems) expect(p.file).toBe('.xinxirc.yaml');
    // The valid part still applies.
    expect(ruleSettingFor(rule('title-required'), '动态', config).severity).toBe('warning');
    expect(ruleSettingFor(rule('body-length'), '动态', config).options.warn).toBe(600);
  });

  it('extends loop and missing extends target', async () => {
    const loop = await problemsOf({ '.xinxirc.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./.xinxirc.yaml\n' });
    expect(loop.problems.some((p) => p.key === 'extends' && p.message.includes('循环'))).toBe(true);
    const missing = await problemsOf({ '.xinxirc.yaml': 'extends: ./nowhere.yaml\n' });
    expect(missing.problems).toEqual([{ file: '.xinxirc.yaml', key: 'extends', message: '“extends”指向的文件不存在：./nowhere.yaml。' }]);
  });

  it('an empty config file is fine', async () => {
    expect((await problemsOf({ '.xinxirc.yaml': '' })).problems).toEqual([]);
  });
});
