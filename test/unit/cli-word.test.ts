/**
 * The CLI and Word files (issue 17 §1–§3, §5): `xinxi check` on .docx (stylish, json, sarif, --report), a folder
 * run that goes on past bad files, `xinxi fix` leaving Word files alone, `xinxi annotate` and `xinxi import` with
 * safe writes (no overwrite without --force, never through a link).
 */
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedDraft } from '../../src/word/index.js';
import { fixAll } from '../../src/index.js';
import { readWordDraft } from '../../src/word/index.js';
import { folder, run } from './cli-helpers.js';
import { fixture } from './word-helpers.js';

const buf = (name: string) => Buffer.from(fixture(name));

describe('xinxi check on Word files', () => {
  it('lists problems by paragraph and character, with the kind; bad files are reported and the run goes on', async () => {
    const dir = folder({ 'a.docx': buf('word-rsid.docx'), 'b.docx': buf('encrypted.docx'), 'c.docx': buf('corrupt.docx'), 'd.docx': buf('lo-html.docx') });
    const r = await run(['check', 'a.docx', 'b.docx', 'c.docx', 'd.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/a\.docx {2}类型：建议（按内容推断）/);
    expect(r.out).toMatch(/4:5 +错误 +中文语境中应使用全角逗号/);
    expect(r.out).toMatch(/b\.docx\n {2}无法检查 {2}b\.docx 设置了打开密码/);
    expect(r.out).toMatch(/c\.docx\n {2}无法检查 {2}文件已损坏/);
    expect(r.out).toMatch(/d\.docx {2}类型：问题/);
  });

  it('json and sarif carry the same positions; --report has a row per Word file', async () => {
    const dir = folder({ 'a.docx': buf('word-rsid.docx'), 'draft.md': '---\n类型: 动态\n---\n\n# 标题\n\n正文,完。\n' });
    const j = await run(['check', '--format', 'json', 'a.docx', 'draft.md'], dir);
    const data = JSON.parse(j.out);
    const comma = data[0].messages.find((m: { ruleId: string }) => m.ruleId === 'fullwidth-punctuation');
    expect([data[0].file, comma.line, comma.column, comma.endColumn]).toEqual(['a.docx', 4, 5, 6]);
    expect(data[0].kind).toBe('建议');
    const s = JSON.parse((await run(['check', '--format', 'sarif', 'a.docx'], dir)).out);
    const result = s.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'fullwidth-punctuation');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 4, startColumn: 5 });
    const rep = await run(['check', '--report', 'r.csv', 'a.docx', 'draft.md'], dir);
    expect(rep.err).toMatch(/已写入审稿报告/);
    const csv = readFileSync(join(dir, 'r.csv'), 'utf8');
    expect(csv).toContain('清河县多措并举推进秋粮收购');
    expect(csv).toContain('a.docx');
  });

  it('a folder walk takes the Word drafts beside Markdown ones', async () => {
    const dir = folder({ '.xinxirc.yaml': 'unit: 清河县\n', 'x/a.docx': buf('lo-html.docx'), 'x/b.md': '# 标题\n\n正文。\n' });
    const r = await run(['check', '--format', 'json', '.'], dir);
    expect(JSON.parse(r.out).map((f: { file: string }) => f.file)).toEqual(['x/a.docx', 'x/b.md']);
  });

  it('xinxi fix never rewrites a Word file', async () => {
    const dir = folder({ 'a.docx': buf('lo-html.docx') });
    const r = await run(['fix', 'a.docx'], dir);
    expect(r.err).toMatch(/a\.docx 是 Word 文件，不直接修改；可用 xinxi annotate/);
    expect(readFileSync(join(dir, 'a.docx')).equals(buf('lo-html.docx'))).toBe(true);
  });
});

describe('xinxi annotate', () => {
  it('writes <原名>-审稿意见.docx beside the original; accepting its revisions gives xinxi fix’s text', async () => {
    const dir = folder({ '稿件.docx': buf('word-rsid.docx') });
    const r = await run(['annotate', '稿件.docx', '--author', '县委办信息科'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/已写入审稿意见稿 稿件-审稿意见\.docx：4 条批注，1 处修订/);
    const out = new Uint8Array(readFileSync(join(dir, '稿件-审稿意见.docx')));
    expect(Buffer.from(out).toString('latin1')).toContain('word/comments.xml');
    const original = readWordDraft(fixture('word-rsid.docx')).text;
    expect(acceptedDraft(out, '县委办信息科').text).toBe(fixAll(original, { format: 'text' }).text);
  });

  it('never overwrites without --force, never writes through a link', async () => {
    const dir = folder({ 'a.docx': buf('lo-html.docx'), 'a-审稿意见.docx': 'keep', 'other.txt': 'other' });
    const r = await run(['annotate', 'a.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/无法写入审稿意见稿 a-审稿意见\.docx：.*加 --force 可覆盖/);
    expect(readFileSync(join(dir, 'a-审稿意见.docx'), 'utf8')).toBe('keep');
    expect((await run(['annotate', 'a.docx', '--force'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'a-审稿意见.docx')).subarray(0, 2).toString()).toBe('PK');
    if (process.platform !== 'win32') {
      symlinkSync(join(dir, 'other.txt'), join(dir, 'link.docx'));
      const l = await run(['annotate', 'a.docx', '-o', 'link.docx', '--force'], dir);
      expect(l.code).toBe(2);
      expect(readFileSync(join(dir, 'other.txt'), 'utf8')).toBe('other');
    }
  });

  it('takes the author from the configuration; refuses a file that is not Word; says why a bad file is not read', async () => {
    const dir = folder({ '.xinxirc.yaml': 'export:\n  annotate:\n    author: 市委办信息处\n    initials: XXC\n', 'a.docx': buf('lo-html.docx'), 'b.docx': buf('encrypted.docx'), 'c.md': '# x\n' });
    expect((await run(['annotate', 'a.docx'], dir)).code).toBe(0);
    const comments = Buffer.from(readFileSync(join(dir, 'a-审稿意见.docx'))).toString('latin1');
    expect(comments.length).toBeGreaterThan(0);
    const { partText } = await import('./word-helpers.js');
    const xml = partText(new Uint8Array(readFileSync(join(dir, 'a-审稿意见.docx'))), 'word/comments.xml');
    expect(xml).toContain('w:author="市委办信息处"');
    expect(xml).toContain('w:initials="XXC"');
    const bad = await run(['annotate', 'b.docx'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/无法读取 b\.docx：b\.docx 设置了打开密码/);
    expect(existsSync(join(dir, 'b-审稿意见.docx'))).toBe(false);
    expect((await run(['annotate', 'c.md'], dir)).err).toMatch(/不是 Word 文件/);
  });
});

describe('xinxi import', () => {
  it('writes the Markdown draft, not over an existing file without --force', async () => {
    const dir = folder({ 'a.docx': buf('word-rsid.docx') });
    const r = await run(['import', 'a.docx', '-o', '稿件.md'], dir);
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, '稿件.md'), 'utf8');
    expect(md).toContain('# 清河县多措并举推进秋粮收购');
    expect(md).toContain('签发: 王强');
    const checked = await run(['check', '--format', 'json', '稿件.md'], dir);
    expect(JSON.parse(checked.out)[0].kind).toBe('建议');
    writeFileSync(join(dir, '稿件.md'), 'mine');
    expect((await run(['import', 'a.docx', '-o', '稿件.md'], dir)).code).toBe(2);
    expect(readFileSync(join(dir, '稿件.md'), 'utf8')).toBe('mine');
  });
});
