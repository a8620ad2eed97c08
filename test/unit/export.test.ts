/**
 * Export of submission-ready text: golden plain-text files for the examples, Markdown removal, encodings,
 * the gate, the bulletin's text form, and the `xinxi export` / `xinxi bulletin` commands.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulletinInfo } from './export-fixtures.js';
import { bulletinCommand, exportCommand, type CommandIo } from '../../src/cli/export-commands.js';
import { main } from '../../src/cli/main.js';
import {
  bulletinConfig,
  checkGate,
  EncodingProblem,
  encodeText,
  exportText,
  formatChineseDate,
  gateSetting,
  issueNumber,
  prepareItem,
  renderBulletinText,
  type ExportItem,
} from '../../src/export/index.js';
import { configOf } from './helpers.js';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const GOLDEN = join(__dirname, '..', 'fixtures', 'export');
const exampleFiles = readdirSync(EXAMPLES).filter((f) => /^\d\d-.*\.(md|txt)$/.test(f));

describe('plain-text export of the examples (golden files)', () => {
  it('has a reviewed expected file for every example', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(12);
    for (const f of exampleFiles) expect(existsSync(join(GOLDEN, f.replace(/\.(md|txt)$/, '.txt'))), f).toBe(true);
  });
  for (const f of exampleFiles) {
    it(f, () => {
      const path = join(EXAMPLES, f);
      const expected = readFileSync(join(GOLDEN, f.replace(/\.(md|txt)$/, '.txt')), 'utf8');
      expect(exportText(readFileSync(path, 'utf8'), { path })).toBe(expected);
    });
  }
});

describe('plain-text layout', () => {
  it('title, blank line, paragraphs indented with two full-width spaces, blank line, sign-off', () => {
    const text = '---\n类型: 动态\n---\n\n# 标题\n\n第一段。\n\n第二段。\n\n（签发：张三　执笔：李四　电话：0551-1234567）\n';
    expect(exportText(text)).toBe('标题\n\n　　第一段。\n　　第二段。\n\n（签发：张三　执笔：李四　电话：0551-1234567）\n');
  });

  it('removes Markdown but keeps every character of the text', () => {
    const text = [
      '# 关于**秋粮**收购的`情况`',
      '',
      '全县*共*收购秋粮18.6万吨，详见[县政府网](https://example.gov.cn/a)和<https://example.gov.cn/b>。',
      '',
      '## 一、主要做法',
      '',
      '1. 精简材料',
      '2. 并联审批',
      '',
      '- 要点甲',
      '- 要点乙',
      '',
      '> 引用的话',
      '',
      '| 项目 | 数量 |',
      '|---|---|',
      '| 玉米 | 11.2 |',
      '',
      '<!-- xinxi-disable fullwidth-punctuation -->',
      '',
      '---',
      '',
      '第一行接着',
      '第二行，English words',
      'continue here。',
    ].join('\n');
    expect(exportText(text)).toBe(
      [
        '关于秋粮收购的情况',
        '',
        '　　全县共收购秋粮18.6万吨，详见县政府网（https://example.gov.cn/a）和https://example.gov.cn/b。',
        '　　一、主要做法',
        '　　1.精简材料',
        '　　2.并联审批',
        '　　要点甲',
        '　　要点乙',
        '　　引用的话',
        '　　项目　数量',
        '　　玉米　11.2',
        '　　第一行接着第二行，English words continue here。',
        '',
      ].join('\n'),
    );
  });

  it('normalises the indent of plain-text and pasted paragraphs to exactly two full-width spaces', () => {
    expect(exportText('标题\n\n　　　正文一。\n\t正文二。\n', { path: 'a.txt' })).toBe('标题\n\n　　正文一。\n　　正文二。\n');
    expect(exportText('# 标题\n\n　　正文。\n')).toBe('标题\n\n　　正文。\n');
  });

  it('leaves out front-matter lines typed without --- fences, in plain text and Markdown, with a BOM too', () => {
    const header = '类型：动态\n单位：清河县水利局\n签发：赵明远\n';
    expect(exportText(header + '\n标题\n\n正文。\n', { path: 'a.txt' })).toBe('标题\n\n　　正文。\n\n（签发：赵明远）\n');
    expect(exportText('\ufeff' + header + '\n# 标题\n\n正文。\n')).toBe('标题\n\n　　正文。\n\n（签发：赵明远）\n');
    // One key-like line is body text.
    expect(exportText('标题\n\n时间：11月18日上午。\n', { path: 'a.txt' })).toBe('标题\n\n　　时间：11月18日上午。\n');
  });

  it('builds the sign-off line from front matter when the draft has none', () => {
    const text = '---\n签发: 王强\n执笔: 赵敏\n电话: 0551-12345678\n---\n# 标题\n\n正文。\n';
    expect(exportText(text)).toBe('标题\n\n　　正文。\n\n（签发：王强　执笔：赵敏　电话：0551-12345678）\n');
  });

  it('handles CRLF, a BOM, emoji and an empty draft', () => {
    expect(exportText('\ufeff# 标题\r\n\r\n正文😀第一行\r\n接第二行。\r\n')).toBe('标题\n\n　　正文😀第一行接第二行。\n');
    expect(exportText('')).toBe('\n');
  });

  it('writes CRLF on request', () => {
    expect(exportText('# 标题\n\n正文。\n', { eol: 'crlf' })).toBe('标题\r\n\r\n　　正文。\r\n');
  });
});

describe('encodings', () => {
  it('GBK output decodes back to the same text for every example', () => {
    for (const f of exampleFiles) {
      const path = join(EXAMPLES, f);
      const text = exportText(readFileSync(path, 'utf8'), { path });
      if (text.includes('\ufffd')) continue; // 11 holds a pasted U+FFFD, which GBK lacks (tested below)
      const bytes = encodeText(text, 'gbk');
      expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(false);
      expect(iconv.decode(bytes, 'gbk'), f).toBe(text);
    }
  });

  it('refuses GBK for characters GBK lacks instead of writing “?”, and GB18030 keeps them', () => {
    const text = '标题\n\n　　正文😀含𠀀字。\n';
    let problem: unknown;
    try {
      encodeText(text, 'gbk');
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(EncodingProblem);
    expect((problem as EncodingProblem).characters).toEqual(['😀', '𠀀']);
    expect((problem as EncodingProblem).message).toMatch(/GBK.*gb18030/);
    expect(iconv.decode(encodeText(text, 'gb18030'), 'gb18030')).toBe(text);
  });

  it('UTF-8 with BOM on request', () => {
    const bytes = encodeText('标题\n', 'utf8-bom');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('标题\n');
  });
});

const NO_TITLE = '---\n类型: 动态\n---\n\n全县共收购秋粮18.6万吨，完成全年计划的93%。\n';

describe('gate', () => {
  it('refuses a draft with an error-level problem and names it', () => {
    const p = prepareItem(NO_TITLE, { path: 'a.md' });
    expect(p.gate.pass).toBe(false);
    expect(p.gate.errors.map((m) => m.ruleId)).toContain('title-required');
  });

  it('lets it through with force, and says it was forced', () => {
    const p = prepareItem(NO_TITLE, { path: 'a.md', force: true });
    expect(p.gate).toMatchObject({ pass: true, forced: true, hasErrors: true });
  });

  it('only warns when the configuration says export.gate: warn', () => {
    const p = prepareItem(NO_TITLE, { path: 'a.md', config: configOf({ export: { gate: 'warn' } }) });
    expect(p.gate).toMatchObject({ pass: true, forced: false, hasErrors: true, mode: 'warn' });
    expect(gateSetting({ export: { gate: '警告' } }).mode).toBe('warn');
  });

  it('treats an unknown gate value as error and says so', () => {
    const s = gateSetting({ export: { gate: 'maybe' } });
    expect(s.mode).toBe('error');
    expect(s.problem?.message).toMatch(/export\.gate/);
  });

  it('passes a draft without errors', () => {
    expect(checkGate([], 'error').pass).toBe(true);
  });
});

describe('bulletin text', () => {
  const item = (title: string, body: string): ExportItem => ({
    title,
    blocks: [{ text: body, role: 'paragraph' }],
    signoff: null,
    signoffFromMeta: false,
    meta: { extra: {} },
  });

  it('masthead, items in order, distribution block between two rules', () => {
    const text = renderBulletinText({
      info: bulletinInfo({ send: '县委领导', distribute: '各乡镇党委' }),
      items: [item('甲标题', '甲正文。'), item('乙标题', '乙正文。')],
    });
    const rule = '─'.repeat(28);
    expect(text.split('\n')).toEqual([
      '内部资料　注意保存',
      '',
      '　　　　　　　　　　　　清河信息',
      '　　　　　　　　　第12期（总第156期）',
      '',
      `中共清河县委办公室${'　'.repeat(12)}2026年11月20日`,
      rule,
      '',
      '甲标题',
      '',
      '　　甲正文。',
      '',
      '乙标题',
      '',
      '　　乙正文。',
      '',
      rule,
      '报：市委办公室',
      '送：县委领导',
      '发：各乡镇党委',
      `${'　'.repeat(22)}（共印60份）`,
      rule,
      '',
    ]);
  });

  it('reads export.bulletin with Chinese or English keys', () => {
    expect(bulletinConfig({ bulletin: { 刊名: '清河信息', 报: '市委办公室', 份数: 60 } })).toEqual({ name: '清河信息', report: '市委办公室', copies: '60' });
    expect(bulletinConfig({ bulletin: { name: 'A', send: ['甲', '乙'], distribute: '丙' } })).toEqual({ name: 'A', send: '甲，乙', distribute: '丙' });
  });

  it('prints dates the GB/T 9704 way and reads issue numbers', () => {
    expect(formatChineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(formatChineseDate('2026/11/20')).toBe('2026年11月20日');
    expect(formatChineseDate('2026年01月05日')).toBe('2026年1月5日');
    expect(formatChineseDate('20261120')).toBe('2026年11月20日');
    expect(formatChineseDate('2026-02-30')).toBeUndefined();
    expect(formatChineseDate('下周一')).toBeUndefined();
    expect(issueNumber('第12期')).toBe('12');
    expect(issueNumber('12')).toBe('12');
    expect(issueNumber('总第156期', true)).toBe('156');
  });
});

describe('xinxi export / xinxi bulletin', () => {
  let dir: string;
  let out: string;
  let err: string;
  let clipboard: string | undefined;
  let io: CommandIo;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'xinxi-export-'));
    out = '';
    err = '';
    clipboard = undefined;
    io = { out: (s) => (out += s), err: (s) => (err += s), color: false, cwd: dir, clipboard: (t) => (clipboard = t), outBytes: () => undefined };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const good = readFileSync(join(EXAMPLES, '01-dongtai-good.md'), 'utf8');
  const goodText = readFileSync(join(GOLDEN, '01-dongtai-good.txt'), 'utf8');

  it('writes <name>-报送稿.txt beside the draft by default', async () => {
    writeFileSync(join(dir, 'a.md'), good);
    expect(await exportCommand(['a.md'], io)).toBe(0);
    expect(readFileSync(join(dir, 'a-报送稿.txt'), 'utf8')).toBe(goodText);
    expect(err).toContain('已导出 a-报送稿.txt');
  });

  it('is reached through main and listed in the main help', async () => {
    writeFileSync(join(dir, 'a.md'), good);
    expect(await main(['export', 'a.md', '-o', '-'], io)).toBe(0);
    expect(out).toBe(goodText);
    out = '';
    await main(['--help'], io);
    expect(out).toContain('xinxi export');
    expect(out).toContain('xinxi bulletin');
  });

  it('refuses a draft with error-level problems, listing them, unless --force', async () => {
    writeFileSync(join(dir, 'b.md'), NO_TITLE);
    expect(await exportCommand(['b.md', '-o', 'b.txt'], io)).toBe(1);
    expect(existsSync(join(dir, 'b.txt'))).toBe(false);
    expect(err).toMatch(/未导出 b\.md：有 \d+ 个错误级问题/);
    expect(err).toContain('title-required');
    expect(err).toContain('--force');
    err = '';
    expect(await exportCommand(['b.md', '-o', 'b.txt', '--force'], io)).toBe(0);
    expect(err).toMatch(/仍然导出 b\.md/);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('　　全县共收购秋粮18.6万吨，完成全年计划的93%。\n');
  });

  it('only warns under export.gate: warn', async () => {
    writeFileSync(join(dir, '.xinxirc.yaml'), 'export:\n  gate: warn\n');
    writeFileSync(join(dir, 'b.md'), NO_TITLE);
    expect(await exportCommand(['b.md', '-o', 'b.txt'], io)).toBe(0);
    expect(err).toMatch(/提醒 b\.md/);
    expect(existsSync(join(dir, 'b.txt'))).toBe(true);
  });

  it('writes GBK and CRLF on request', async () => {
    writeFileSync(join(dir, 'a.md'), good);
    expect(await exportCommand(['a.md', '-o', 'a.txt', '--encoding', 'gbk', '--eol', 'crlf'], io)).toBe(0);
    const bytes = readFileSync(join(dir, 'a.txt'));
    expect(iconv.decode(bytes, 'gbk')).toBe(goodText.replace(/\n/g, '\r\n'));
  });

  it('says which characters GBK cannot hold', async () => {
    writeFileSync(join(dir, 'e.md'), '# 标题\n\n正文😀。\n');
    expect(await exportCommand(['e.md', '-o', 'e.txt', '--encoding', 'gbk', '--force'], io)).toBe(2);
    expect(err).toContain('😀');
    expect(existsSync(join(dir, 'e.txt'))).toBe(false);
  });

  it('copies to the clipboard', async () => {
    writeFileSync(join(dir, 'a.md'), good);
    expect(await exportCommand(['a.md', '--clipboard'], io)).toBe(0);
    expect(clipboard).toBe(goodText);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('never overwrites the draft and rejects bad options', async () => {
    writeFileSync(join(dir, 'a.txt'), '标题\n\n　　正文。\n');
    expect(await exportCommand(['a.txt', '-o', 'a.txt'], io)).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('标题\n\n　　正文。\n');
    expect(await exportCommand(['a.txt', '--to', 'pdf'], io)).toBe(2);
    expect(await exportCommand(['a.txt', '--encoding', 'big5'], io)).toBe(2);
    expect(await exportCommand(['a.txt', '--to', 'docx', '-o', '-'], io)).toBe(2);
    expect(await exportCommand([], io)).toBe(2);
    expect(await exportCommand(['missing.md'], io)).toBe(2);
    expect(err).toContain('找不到 missing.md');
  });

  it('compiles a bulletin in the given order with the distribution block from config and options', async () => {
    writeFileSync(join(dir, '.xinxirc.yaml'), 'export:\n  bulletin:\n    刊名: 清河信息\n    编发单位: 中共清河县委办公室\n    报: 市委办公室\n    份数: 60\n');
    writeFileSync(join(dir, 'a.md'), good);
    writeFileSync(join(dir, 'c.md'), readFileSync(join(EXAMPLES, '03-wenti-good.md'), 'utf8'));
    const code = await bulletinCommand(['c.md', 'a.md', '--issue', '第12期', '--total', '156', '--date', '2026-11-20', '--send', '县委领导', '--to', 'txt', '-o', 'qh.txt'], io);
    expect(err).toBe('已导出 qh.txt（清河信息 第12期，2 篇）\n');
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'qh.txt'), 'utf8');
    expect(text).toContain('清河信息\n');
    expect(text).toContain('第12期（总第156期）');
    expect(text).toMatch(/中共清河县委办公室　+2026年11月20日/);
    expect(text.indexOf('江平县山区村冬季饮水保障存在隐患')).toBeLessThan(text.indexOf('清河县秋粮收购完成计划任务93%'));
    expect(text).toContain('报：市委办公室\n送：县委领导\n');
    expect(text).toContain('（共印60份）');
  });

  it('names the items that fail the gate and refuses the bulletin unless --force', async () => {
    writeFileSync(join(dir, 'a.md'), good);
    writeFileSync(join(dir, 'b.md'), NO_TITLE);
    const args = ['a.md', 'b.md', '--name', '清河信息', '--issue', '3', '--unit', '县委办', '--to', 'txt', '-o', 'q.txt'];
    expect(await bulletinCommand(args, io)).toBe(1);
    expect(err).toContain('第2篇 b.md');
    expect(err).toContain('title-required');
    expect(err).toContain('本期未导出');
    expect(existsSync(join(dir, 'q.txt'))).toBe(false);
    expect(await bulletinCommand([...args, '--force'], io)).toBe(0);
    expect(existsSync(join(dir, 'q.txt'))).toBe(true);
  });

  it('asks for what a masthead needs', async () => {
    writeFileSync(join(dir, 'a.md'), good);
    expect(await bulletinCommand(['a.md', '--issue', '1'], io)).toBe(2);
    expect(err).toContain('--name（刊名）');
    expect(err).toContain('--unit（编发单位）');
    err = '';
    expect(await bulletinCommand(['a.md', '--name', 'A', '--issue', '1', '--unit', 'B', '--date', '明天'], io)).toBe(2);
    expect(err).toContain('日期“明天”无法识别');
  });
});

describe('the docx package is loaded lazily', () => {
  it('only src/export/docx.ts imports docx, and only through a dynamic import()', () => {
    const dir = join(__dirname, '..', '..', 'src', 'export');
    for (const f of readdirSync(dir)) {
      const source = readFileSync(join(dir, f), 'utf8');
      if (f === 'docx.ts') continue;
      expect(source, f).not.toMatch(/from ['"]docx['"]/);
      // Type-only imports and re-exports are erased; anything else would load docx with the module.
      expect(source, f).not.toMatch(/^(?:import|export) (?!type )[^;(]*from ['"]\.\/docx\.js['"]/m);
    }
    const cli = readFileSync(join(__dirname, '..', '..', 'src', 'cli', 'main.ts'), 'utf8');
    expect(cli).not.toMatch(/^import [^;(]*export-commands/m);
    expect(cli).toContain("await import('./export-commands.js')");
  });
});
