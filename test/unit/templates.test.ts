/**
 * Templates (issue 7), editor-agnostic part: parsing, filling, turning a draft back into a template, listing
 * folders with broken files in them, and the `templates` / `drafts` keys of `.xinxirc`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigHost } from '../../src/core/config-load.js';
import { lint, parseDraft } from '../../src/index.js';
import {
  BUILTIN_TEMPLATES,
  draftFileName,
  fieldify,
  findTemplate,
  loadBuiltinTemplates,
  loadTeamTemplates,
  normalizeText,
  parseTemplate,
  renderTemplate,
  templateFileName,
  templateLocations,
  tokenize,
  type TemplateHost,
} from '../../src/templates/index.js';

const root = join(__dirname, '..', '..');
const enc = (s: string) => new TextEncoder().encode(s);
const NOW = new Date(2026, 10, 22, 9, 5); // 2026-11-22 09:05, local time

const nodeHost: TemplateHost = {
  list: async (dir) => readdirSync(dir),
  read: async (path) => new Uint8Array(readFileSync(path)),
  join,
};

/** An in-memory folder tree: path → bytes (or an Error to throw on read). */
function memoryHost(files: Record<string, Uint8Array | string | Error>): TemplateHost {
  return {
    async list(dir) {
      const names = Object.keys(files)
        .filter((p) => dirname(p) === dir)
        .map((p) => p.slice(dir.length + 1));
      return names.length ? names : undefined;
    },
    async read(path) {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      if (f instanceof Error) throw f;
      return typeof f === 'string' ? enc(f) : f;
    },
    join: (dir, name) => `${dir}/${name}`,
  };
}

const PROBLEM = [
  '---',
  '类型: 问题',
  '单位: ${单位}',
  '报送: ${报送:县委办公室信息科}',
  '日期: ${日期}',
  '签发: ${签发}',
  '执笔: ${执笔}',
  '电话: ${电话}',
  '---',
  '',
  '# ${标题}',
  '',
  '${日期}，${单位}【问题的表现】。究其原因，主要是${原因}。建议：【建议】。',
  '',
  '（签发：${签发}　执笔：${执笔}　电话：${电话}）',
  '',
].join('\n');

describe('tokenize', () => {
  it('splits text, fields with and without prompts, 【】 prompts and escapes', () => {
    expect(tokenize('a${单位}b${原因:主要原因}【建议】\\${x}$5')).toEqual([
      { type: 'text', value: 'a', start: 0 },
      { type: 'field', name: '单位', default: undefined, start: 1, end: 6 },
      { type: 'text', value: 'b', start: 6 },
      { type: 'field', name: '原因', default: '主要原因', start: 7, end: 17 },
      { type: 'bracket', value: '【建议】', start: 17, end: 21 },
      { type: 'text', value: '${x}$5', start: 21 },
    ]);
  });

  it('an unclosed field is an error naming the line', () => {
    expect(() => tokenize('第一行\n${单位')).toThrow(/第 2 行/);
    expect(() => tokenize('${}')).toThrow(/没有名称/);
  });

  it('【】 without Chinese in it is text (site tags, 【1】)', () => {
    expect(tokenize('【1】【abc】').every((t) => t.type === 'text')).toBe(true);
  });
});

describe('parseTemplate', () => {
  const info = { path: '/t/问题模板.md', name: '问题模板', source: 'team' as const };

  it('reads the kind from the front matter and the fields in tab order', () => {
    const { template } = parseTemplate(enc(`\uFEFF${PROBLEM.replace(/\n/g, '\r\n')}`), info);
    expect(template?.kind).toBe('问题');
    expect(template?.extension).toBe('.md');
    expect(template?.text.startsWith('---\n类型')).toBe(true);
    // Title, body (日期 and 单位 appear in the body first), sign-off, then what only the front matter has.
    expect(template?.fields).toEqual(['标题', '日期', '单位', '【问题的表现】', '原因', '【建议】', '签发', '执笔', '电话', '报送']);
  });

  it('a kind it does not know is kept as written; a .txt template makes .txt drafts', () => {
    const { template } = parseTemplate('---\n类型: 周报\n---\n\n标题\n', { ...info, path: '/t/a.txt' });
    expect(template?.kind).toBeUndefined();
    expect(template?.kindText).toBe('周报');
    expect(template?.extension).toBe('.txt');
  });

  it.each([
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /二进制/],
    ['GBK', new Uint8Array([0xc7, 0xe5, 0xba, 0xd3, 0xcf, 0xd8]), /UTF-8/],
    ['empty', enc(' \n\n'), /空的/],
    ['bad YAML', enc('---\n类型: [问题\n---\n\n# 标题\n'), /前置信息无法解析/],
    ['front matter not a mapping', enc('---\n- 问题\n---\n\n# 标题\n'), /键: 值/],
    ['unclosed front matter', enc('---\n类型: 问题\n\n# 标题\n'), /没有|缺少/],
    ['unclosed field', enc('# ${标题\n'), /没有闭合/],
    ['too large', enc('字'.repeat(70_000)), /过大/],
  ])('%s: not usable, with a Chinese and an English reason', (_what, bytes, re) => {
    const result = parseTemplate(bytes, info);
    expect(result.template).toBeUndefined();
    expect(result.problem?.file).toBe('问题模板');
    expect(result.problem?.message).toMatch(re);
    expect(result.problem?.messageEn).toMatch(/[a-z]/);
  });

  it('fields in the front matter do not upset YAML (a prompt with a colon)', () => {
    const { template, problem } = parseTemplate('---\n类型: 紧急-首报\n事发时间: ${事发时间:【年-月-日 时:分】}\n---\n\n# ${标题}\n', info);
    expect(problem).toBeUndefined();
    expect(template?.kind).toBe('紧急首报');
  });
});

describe('renderTemplate', () => {
  const values = { 单位: '清河县农业农村局', 执笔: '赵敏', 电话: '0551-12345678', 签发: '王强', 标题: '清河县秋粮收购进度偏慢', now: NOW };

  it('fills the variables (date ISO in the front matter, Chinese in prose) and makes tab stops of the rest', () => {
    const r = renderTemplate(PROBLEM, values);
    expect(r.text).toContain('单位: 清河县农业农村局\n');
    expect(r.text).toContain('日期: 2026-11-22\n');
    expect(r.text).toContain('# 清河县秋粮收购进度偏慢\n');
    expect(r.text).toContain('2026年11月22日，清河县农业农村局【问题的表现】。究其原因，主要是【原因】。建议：【建议】。');
    expect(r.text).toContain('（签发：王强　执笔：赵敏　电话：0551-12345678）');
    expect(r.snippet).toContain('清河县农业农村局${1:【问题的表现】}。究其原因，主要是${2:【原因】}。建议：${3:【建议】}。');
    expect(r.snippet).toContain('报送: ${4:县委办公室信息科}');
    expect(r.snippet).not.toMatch(/\$\{5/);
    // The cursor goes to the first field.
    expect(r.text.slice(r.first!.start, r.first!.end)).toBe('【问题的表现】');
  });

  it('without values every variable is a tab stop with a prompt; the same name is one tab stop', () => {
    const r = renderTemplate(PROBLEM);
    expect(r.snippet).toContain('# ${1:【标题】}');
    expect(r.snippet).toContain('日期: ${2:【日期】}');
    expect(r.snippet.match(/\$\{7:【签发人】\}/g)).toHaveLength(2);
    expect(r.text).toContain('（签发：【签发人】　执笔：【执笔人】　电话：【联系电话】）');
  });

  it('values are escaped for the snippet; text outside fields too', () => {
    const r = renderTemplate('# ${标题}\n\n费用$5}元\\${x}', { 标题: '标题$1}' });
    expect(r.snippet).toBe('# 标题\\$1\\}\n\n费用\\$5\\}元\\$\\{x\\}'.replace('\\$\\{x\\}', '\\${x\\}'));
    expect(r.text).toBe('# 标题$1}\n\n费用$5}元${x}');
  });

  it('snippet mode: the front-matter date becomes VS Code variables, nothing else is filled', () => {
    const r = renderTemplate(PROBLEM, values, 'snippet');
    expect(r.snippet).toContain('日期: $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE\n');
    expect(r.snippet).toContain('${2:【日期】}，${3:【单位名称】}');
    expect(r.snippet).toContain('# ${1:【标题】}');
  });

  it('every built-in template, filled from settings, leaves only 【】 fields, and the filled-in draft lints clean of ${', async () => {
    const { templates, problems } = await loadBuiltinTemplates(join(root, 'templates'), nodeHost);
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.kind)).toEqual(BUILTIN_TEMPLATES.map((b) => b.kind));
    for (const t of templates) {
      const r = renderTemplate(t.text, values);
      expect(r.text).not.toContain('${');
      expect(r.text).toContain('单位: 清河县农业农村局');
      expect(r.text).toContain('（签发：王强　执笔：赵敏　电话：0551-12345678）');
      const messages = lint(r.text, { path: 'a.md' }).messages;
      // What is left for the writer is flagged: every remaining message is a placeholder.
      expect(messages.filter((m) => m.ruleId === 'placeholder').length).toBeGreaterThan(0);
      expect(messages.filter((m) => m.ruleId === 'placeholder' && !/^【.*】$/u.test(r.text.slice(m.start, m.end)))).toEqual([]);
    }
  });
});

describe('fieldify (save as team template)', () => {
  const draft = [
    '---',
    '类型: 问题',
    '单位: 清河县农业农村局',
    '日期: 2026-11-20',
    '签发: 王强',
    '执笔: 赵敏',
    '电话: 0551-12345678',
    '---',
    '',
    '# 清河县秋粮收购进度偏慢',
    '',
    '截至2026年11月20日，清河县农业农村局统计，全县收购秋粮3.2万吨，费用${x}。',
    '',
    '（签发：王强　执笔：赵敏　电话：0551-12345678）',
    '',
  ].join('\n');
  const parsed = parseDraft(draft);
  const title = { start: parsed.title!.textStart, end: parsed.title!.textEnd };
  const all = { 单位: '清河县农业农村局', 日期: '2026-11-20', 签发: '王强', 执笔: '赵敏', 电话: '0551-12345678', 标题: '清河县秋粮收购进度偏慢' };

  it('turns the chosen values back into fields wherever they occur, the date in both forms', () => {
    const t = fieldify(draft, all, title);
    expect(t).toContain('单位: ${单位}\n日期: ${日期}\n签发: ${签发}\n执笔: ${执笔}\n电话: ${电话}\n');
    expect(t).toContain('# ${标题}\n');
    expect(t).toContain('截至${日期}，${单位}统计');
    expect(t).toContain('（签发：${签发}　执笔：${执笔}　电话：${电话}）');
    // Literal ${ in the draft stays literal.
    expect(t).toContain('费用\\${x}');
  });

  it('round trip: the template filled with the same values gives the draft back (dated the same day)', () => {
    const t = fieldify(draft, all, title);
    const r = renderTemplate(t, { ...all, now: new Date(2026, 10, 20) });
    expect(r.text).toBe(draft);
    expect(r.snippet).not.toMatch(/\$\{\d/);
  });

  it('only the values asked for become fields', () => {
    const t = fieldify(draft, { 单位: all.单位 });
    expect(t).toContain('单位: ${单位}');
    expect(t).toContain('签发: 王强');
    expect(t).toContain('# 清河县秋粮收购进度偏慢');
  });

  it('normalizeText drops the BOM and CRLF', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('file names', () => {
  it('a draft is named after the date and the title', () => {
    expect(draftFileName('清河县秋粮收购进度偏慢', NOW)).toBe('2026-11-22-清河县秋粮收购进度偏慢.md');
    expect(draftFileName('关于“A/B”的报告：第1期？', NOW, '.txt')).toBe('2026-11-22-关于“AB”的报告：第1期？.txt');
    expect(draftFileName('  ', NOW)).toBe('2026-11-22-信息稿.md');
  });

  it('a template name becomes a file name, or nothing', () => {
    expect(templateFileName('问题信息（农业）')).toBe('问题信息（农业）.md');
    expect(templateFileName('a/b.md', '.txt')).toBe('ab.txt');
    expect(templateFileName(' / ')).toBeUndefined();
  });
});

describe('template folders', () => {
  it('the built-in list matches templates/ exactly', () => {
    expect(readdirSync(join(root, 'templates')).sort()).toEqual(BUILTIN_TEMPLATES.map((b) => b.file).sort());
  });

  it('broken team templates are reported by name; the others still load, in name order', async () => {
    const host = memoryHost({
      '/w/.xinxi/templates/问题-农业.md': PROBLEM,
      '/w/.xinxi/templates/动态-会议.md': '---\n类型: 动态\n---\n\n# ${标题}\n\n【内容】。\n',
      '/w/.xinxi/templates/坏-前置信息.md': '---\n类型: [问题\n---\n\n# ${标题}\n',
      '/w/.xinxi/templates/空.md': '',
      '/w/.xinxi/templates/图片.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]),
      '/w/.xinxi/templates/锁住.md': Object.assign(new Error('permission denied'), { code: 'EACCES' }),
      '/w/.xinxi/templates/说明.docx': 'not a template',
      '/w/.xinxi/templates/.隐藏.md': PROBLEM,
      '/w/team/模板/续报.txt': '---\n类型: 续报\n---\n\n${标题}（续报${序号:【一】}）\n',
    });
    const { templates, problems } = await loadTeamTemplates(['/w/.xinxi/templates', '/w/team/模板', '/w/没有这个文件夹', '/w/.xinxi/templates'], host);
    expect(templates.map((t) => t.name)).toEqual(['动态-会议', '问题-农业', '续报']);
    expect(templates.map((t) => t.kind)).toEqual(['动态', '问题', '紧急续报']);
    expect(templates.every((t) => t.source === 'team')).toBe(true);
    expect(Object.fromEntries(problems.map((p) => [p.file, p.message]))).toEqual({
      '坏-前置信息.md': expect.stringMatching(/前置信息无法解析/),
      '空.md': '文件是空的。',
      '图片.md': expect.stringMatching(/二进制/),
      '锁住.md': '无法读取：EACCES。',
    });
  });

  it('findTemplate by name, file name, id or kind', async () => {
    const builtin = await loadBuiltinTemplates(join(root, 'templates'), nodeHost);
    const team = await loadTeamTemplates(['/w/t'], memoryHost({ '/w/t/问题信息.md': PROBLEM }));
    const all = [...team.templates, ...builtin.templates];
    expect(findTemplate(all, '问题信息')?.source).toBe('team');
    expect(findTemplate(all, 'builtin:问题')?.source).toBe('builtin');
    expect(findTemplate(all, '问题')?.id).toBe('builtin:问题');
    expect(findTemplate(all, '紧急首报')?.kind).toBe('紧急首报');
    expect(findTemplate(all, 'wenti.md')?.id).toBe('builtin:问题');
    expect(findTemplate(all, '没有')).toBeUndefined();
  });
});

describe('.xinxirc templates and drafts keys', () => {
  const files: Record<string, string> = {
    '/w/team/.xinxirc.yaml': 'extends: ../shared/base.yaml\ntemplates: 模板\ndrafts: ./稿件\n',
    '/w/shared/base.yaml': 'templates: [公共模板, /abs/模板]\ndrafts: 不用\n',
    '/w/bad/.xinxirc.json': '{"templates": 3, "drafts": ["a"]}',
  };
  const host: ConfigHost = {
    read: async (p) => files[p],
    dirname,
    join,
    resolve: (dir, target) => (isAbsolute(target) ? target : resolve(dir, target)),
  };

  it('folders are resolved against the file that names them; the nearest drafts wins', async () => {
    const loc = await templateLocations(['/w/team/.xinxirc.yaml', '/w/shared/base.yaml'], host);
    expect(loc.templates).toEqual(['/w/team/模板', '/w/shared/公共模板', '/abs/模板']);
    expect(loc.drafts).toBe('/w/team/稿件');
    expect(loc.problems).toEqual([]);
  });

  it('wrong types are reported and ignored', async () => {
    const loc = await templateLocations(['/w/bad/.xinxirc.json', '/w/missing.yaml'], host);
    expect(loc.templates).toEqual([]);
    expect(loc.drafts).toBeUndefined();
    expect(loc.problems.map((p) => p.message)).toEqual([expect.stringMatching(/templates/), expect.stringMatching(/drafts/)]);
  });
});
