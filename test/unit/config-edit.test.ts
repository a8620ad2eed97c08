import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addAcceptedTerm, ConfigEditError } from '../../src/core/config-edit.js';
import { parseConfigText, validateConfig } from '../../src/core/config.js';
import { lint } from '../../src/core/engine.js';
import { allRules, rulesById } from '../../src/index.js';

const FILE = '/team/.xinxirc.yaml';
const DRAFT = '# 清河县质量监督\n\n县质监站11月抽取试块96组送检。\n';
const typoOn = (configText: string) => {
  const config = validateConfig(parseConfigText(configText, FILE).data ?? {}, FILE, rulesById);
  return lint(DRAFT, { config, rules: allRules }).messages.filter((m) => m.ruleId === 'typo');
};

describe('adding a word to the team’s accepted words (src/core/config-edit.ts)', () => {
  it('creates terms.accepted in an empty or new file, and the word is then silent', () => {
    expect(typoOn('').map((m) => DRAFT.slice(m.start, m.end))).toEqual(['试块']);
    const edit = addAcceptedTerm('', '试块', false);
    expect(edit.added).toBe(true);
    expect(parse(edit.text)).toEqual({ terms: { accepted: ['试块'] } });
    expect(typoOn(edit.text)).toEqual([]);
  });

  it('keeps a YAML file’s comments, order and other settings, appends to an existing list, and adds a word once', () => {
    const before = '# 清河县委办信息科的团队配置\nunit: 清河县委办公室 # 报送单位\nterms:\n  forbidden:\n    - { wrong: 贫困户, right: 脱贫户 }\n  accepted:\n    - 柳坪 # 地名\nrules:\n  body-length: off\n';
    const edit = addAcceptedTerm(before, '减船', false);
    expect(edit.added).toBe(true);
    expect(edit.text).toContain('# 清河县委办信息科的团队配置');
    expect(edit.text).toContain('# 报送单位');
    expect(edit.text).toContain('柳坪 # 地名');
    expect(edit.text.indexOf('terms:')).toBeLessThan(edit.text.indexOf('rules:'));
    expect(parse(edit.text).terms.accepted).toEqual(['柳坪', '减船']);
    expect(parse(edit.text).rules).toEqual({ 'body-length': 'off' });
    const again = addAcceptedTerm(edit.text, '减船', false);
    expect(again).toEqual({ text: edit.text, added: false });
  });

  it('adds terms to a file without it, and accepted to terms without it; a flow list stays a list', () => {
    expect(parse(addAcceptedTerm('unit: 清河县委办公室\n', '试块', false).text)).toEqual({ unit: '清河县委办公室', terms: { accepted: ['试块'] } });
    const t = addAcceptedTerm('terms:\n  forbidden: []\n', '试块', false).text;
    expect(parse(t)).toEqual({ terms: { forbidden: [], accepted: ['试块'] } });
    expect(parse(addAcceptedTerm('terms:\n  accepted: [两个确立]\n', '试块', false).text).terms.accepted).toEqual(['两个确立', '试块']);
  });

  it('keeps CRLF line ends (a Windows team’s file), and edits a YAML flow mapping or a JSON object in a YAML file as YAML', () => {
    const crlf = addAcceptedTerm('\uFEFFunit: 清河县委办公室\r\nterms:\r\n  accepted:\r\n    - 磐峪\r\n', '试块', false).text;
    expect(crlf.startsWith('\uFEFF')).toBe(true);
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parse(crlf.slice(1)).terms.accepted).toEqual(['磐峪', '试块']);
    expect(addAcceptedTerm('{"unit": "清河县委办公室"}\r\n', '试块', true).text).toMatch(/^\{\r\n {2}"unit"/u);
    for (const text of ['{terms: {accepted: [磐峪]}}\n', '{"unit": "清河县委办公室"}\n']) {
      const edit = addAcceptedTerm(text, '试块', false);
      expect(validateConfig(parseConfigText(edit.text, FILE).data ?? {}, FILE, rulesById).terms.accepted, text).toContain('试块');
    }
  });

  it('writes JSON files back as JSON, and keeps a byte-order mark', () => {
    const edit = addAcceptedTerm('\uFEFF{"unit": "清河县委办公室"}', '试块', true);
    expect(edit.text.startsWith('\uFEFF')).toBe(true);
    expect(JSON.parse(edit.text.slice(1))).toEqual({ unit: '清河县委办公室', terms: { accepted: ['试块'] } });
  });

  it('leaves a file it cannot read or whose terms have another shape alone, with a Chinese message', () => {
    for (const [text, json] of [
      ['terms: [a, b]\n', false],
      ['terms:\n  accepted: 试块\n', false],
      ['- a\n- b\n', false],
      ['terms: {accepted: [\n', false],
      ['{"terms": ', true],
      ['[1, 2]', true],
    ] as const) {
      let error: unknown;
      try {
        addAcceptedTerm(text, '试块', json);
      } catch (e) {
        error = e;
      }
      expect(error, text).toBeInstanceOf(ConfigEditError);
      expect((error as ConfigEditError).message, text).toMatch(/[\u4e00-\u9fff]/u);
      expect((error as ConfigEditError).messageEn, text).toMatch(/[a-z]/u);
    }
    expect(() => addAcceptedTerm('', '试\n块', false)).toThrow(ConfigEditError);
    expect(() => addAcceptedTerm('', '  ', false)).toThrow(ConfigEditError);
  });
});
