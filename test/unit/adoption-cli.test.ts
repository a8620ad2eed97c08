/**
 * `xinxi tally` on the example office folder and on edge cases: the 通报 in each format, the period options, the
 * exit codes, safe writes (no overwrite without --force, never through a link), GBK ledgers, drafts only.
 */
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { folder, root, run, spawnCli } from './cli-helpers.js';

/** A copy of examples/ledger in a temporary folder (the CLI may write there). */
function office(): string {
  const dir = folder();
  cpSync(join(root, 'examples', 'ledger'), join(dir, 'office'), { recursive: true });
  return dir;
}

describe('xinxi tally', () => {
  it('prints the 通报 as text; lists the entries not counted on stderr; exit 1 when some were not counted', async () => {
    const dir = office();
    const r = await run(['tally', 'office', '--month', '2026-11', '--date', '2026-12-01'], dir);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe('关于2026年11月份全县政务信息报送采用情况的通报');
    expect(r.out).toMatch(/\n1\s+清河县农业农村局\s+2\s+1\s+0\s+1\s+0\s+1\s+0\s+0\s+15\.4\s+↑2 \+14\.2\n/);
    expect(r.out).toContain('清河县人民政府办公室\n2026年12月1日\n');
    expect(r.err).toContain('未计分 office/.xinxi/ledger.csv:16：单位“县城管局”不在单位名单（units）中');
    expect(r.err).toMatch(/2026年11月份：8 个单位，报送 11 条，采用 6 条次，批示 1 条次；5 条记录未计分。/);
  });

  it('writes Word, HTML and CSV files; never over an existing file without --force', async () => {
    const dir = office();
    const docx = await run(['tally', 'office', '--month', '2026-11', '--to', 'docx', '-o', 'out/通报.docx'], dir);
    expect(docx.err).toContain('已写入 out/通报.docx：关于2026年11月份全县政务信息报送采用情况的通报');
    expect(readFileSync(join(dir, 'out', '通报.docx')).subarray(0, 2).toString()).toBe('PK');
    const html = await run(['tally', 'office', '--quarter', '2026Q4', '--to', 'html'], dir);
    expect(html.err).toContain('已写入 采用情况通报-2026Q4.html：关于2026年第四季度全县政务信息报送采用情况的通报');
    const page = readFileSync(join(dir, '采用情况通报-2026Q4.html'), 'utf8');
    expect(page).toContain("default-src 'none'");
    expect(page).not.toContain('<script');
    const csv = await run(['tally', 'office', '--month', '2026-11', '--to', 'csv', '-o', '-'], dir);
    expect(csv.out.charCodeAt(0)).toBe(0xfeff);
    expect(csv.out).toContain('排名,并列,单位,报送条数');

    writeFileSync(join(dir, 'keep.docx'), 'old');
    const refused = await run(['tally', 'office', '--month', '2026-11', '--to', 'docx', '-o', 'keep.docx'], dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('加 --force 可覆盖');
    expect(readFileSync(join(dir, 'keep.docx'), 'utf8')).toBe('old');
    const forced = await run(['tally', 'office', '--month', '2026-11', '--to', 'docx', '-o', 'keep.docx', '--force'], dir);
    expect(forced.code).toBe(1);
    expect(readFileSync(join(dir, 'keep.docx')).subarray(0, 2).toString()).toBe('PK');

    writeFileSync(join(dir, 'target.txt'), 'not to be touched');
    symlinkSync(join(dir, 'target.txt'), join(dir, 'link.csv'));
    const linked = await run(['tally', 'office', '--month', '2026-11', '--to', 'csv', '-o', 'link.csv', '--force'], dir);
    expect(linked.code).toBe(2);
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('not to be touched');
  });

  it('a folder outside the working folder: the 通报 (txt, html, csv) names files from their folder, never by machine path (audit 17-19 §9)', async () => {
    const dir = office();
    const elsewhere = folder();
    const named = join(dir, 'office');
    const txt = await run(['tally', named, '--year', '2026'], elsewhere);
    expect(txt.out).toContain('office/.xinxi/ledger.csv 第 16 行');
    expect(txt.out).not.toContain(dir);
    // The terminal still says where the file is.
    expect(txt.err).toContain(`未计分 ${join(named, '.xinxi', 'ledger.csv')}:16`);
    await run(['tally', named, '--year', '2026', '--to', 'html', '-o', 't.html'], elsewhere);
    const html = readFileSync(join(elsewhere, 't.html'), 'utf8');
    expect(html).toContain('data-file="office/收稿/农业农村局-秋粮收购.md"');
    expect(html).not.toContain(dir);
    const csv = await run(['tally', named, '--year', '2026', '--to', 'csv', '-o', '-'], elsewhere);
    expect(csv.out).not.toContain(dir);
  });

  it('the period options: --year, --since/--until, the default (the month before today), and clear usage errors', async () => {
    const dir = office();
    const year = await run(['tally', 'office', '--year', '2026'], dir);
    expect(year.out.split('\n')[0]).toBe('关于2026年度全县政务信息报送采用情况的通报');
    const range = await run(['tally', 'office', '--since', '2026-11-01', '--until', '2026-11-10'], dir);
    expect(range.out.split('\n')[0]).toBe('关于2026年11月1日至11月10日全县政务信息报送采用情况的通报');
    const byDefault = await run(['tally', 'office'], dir);
    expect(byDefault.code).not.toBe(2);
    expect(byDefault.out.split('\n')[0]).toMatch(/^关于\d{4}年\d{1,2}月份全县政务信息报送采用情况的通报$/);
    for (const [args, message] of [
      [['--month', '2026-13'], '月份“2026-13”无法识别'],
      [['--month', '2026-11', '--year', '2026'], '只能选一种'],
      [['--to', 'pdf'], '不支持的格式“pdf”'],
      [['--to', 'docx', '-o', '-'], '不能输出到标准输出'],
      [['--bogus'], '未知选项“--bogus”'],
    ] as const) {
      const r = await run(['tally', 'office', ...args], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(message);
    }
  });

  it('says how to add a scoring table when none applies', async () => {
    const dir = folder({ '.xinxirc.yaml': 'unit: 清河县农业农村局\n', 'a.md': '---\n类型: 动态\n报送日期: 2026-11-03\n---\n# 标题\n' });
    const r = await run(['tally', '--month', '2026-11'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有找到计分办法：请在 .xinxirc 中写 extends: xinxi:preset/采用计分');
  });

  it('reads a ledger WPS saved in GBK; --ledger names the ledger; a missing named ledger is an entry not counted', async () => {
    const dir = folder({
      '.xinxirc.yaml': 'extends: xinxi:preset/采用计分\nunits: [清河县农业农村局, 清河县应急管理局]\n',
      'gbk.csv': iconv.encode('单位,标题,报送日期,采用\r\n清河县农业农村局,清河县开展秋季农机安全检查,2026-11-09,《信息短波》2026-11-10\r\n', 'gbk'),
    });
    const r = await run(['tally', '--month', '2026-11', '--ledger', 'gbk.csv'], dir);
    expect(r.code).toBe(0);
    // No record in October: nothing to compare with (once 持平 +1.2).
    expect(r.out).toMatch(/\n1\s+清河县农业农村局\s+1\s+1\s+0\s+1\.2\s+—\n/);
    const missing = await run(['tally', '--month', '2026-11', '--ledger', 'nowhere.csv'], dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('未计分 nowhere.csv：无法读取：台账文件不存在');
  });

  it('counts drafts only: a Markdown file that is not a draft is skipped, a draft without a record is listed', async () => {
    const dir = folder({
      '.xinxirc.yaml': 'extends: xinxi:preset/采用计分\nunits: [清河县农业农村局]\n',
      '收稿/a.md': '---\n类型: 动态\n单位: 清河县农业农村局\n报送日期: 2026-11-03\n---\n# 甲\n\n正文。\n',
      '收稿/b.md': '---\n类型: 动态\n单位: 清河县农业农村局\n---\n# 乙\n\n正文。\n',
      '收稿/.xinxiignore': 'ignored.md\n',
      '收稿/ignored.md': '---\n类型: 动态\n单位: 清河县农业农村局\n报送日期: 2026-11-04\n---\n# 丙\n',
      // A unit's subfolder whose own .xinxirc names the unit: its draft counts for that unit.
      '收稿/农业局/.xinxirc.yaml': 'unit: 清河县农业农村局\n',
      '收稿/农业局/d.md': '---\n类型: 动态\n报送日期: 2026-11-05\n---\n# 丁\n\n正文。\n',
    });
    const r = await run(['tally', '--month', '2026-11'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\n1\s+清河县农业农村局\s+2\s/);
    expect(r.out).toContain('没有报送日期和采用记录的稿件（1 篇，未计入）：\n  收稿/b.md');
    expect(r.err).toContain('1 篇稿件没有报送日期，未计入');
  });

  it('the bundled CLI: help in Chinese, and the main help lists tally', () => {
    const dir = folder();
    const help = spawnCli(['tally', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.out).toContain('用法：xinxi tally');
    expect(spawnCli(['--help'], dir).out).toContain('xinxi tally');
    expect(existsSync(join(dir, '采用情况通报-2026-11.txt'))).toBe(false);
  });
});
