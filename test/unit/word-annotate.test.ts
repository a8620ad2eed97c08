/**
 * 审稿意见稿 (issue 17 §2): comments anchored on the exact text of each problem, safe fixes as tracked changes;
 * accepting them gives exactly `xinxi fix`'s text, rejecting them gives the original; nothing else changes;
 * existing comments and revisions stay; LibreOffice opens the copy and shows the comments.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBecause } from './skip.js';
import { fixAll } from '../../src/index.js';
import { acceptedDraft, annotateWord, checkWord, readWordDraft, resolveRevisions } from '../../src/word/index.js';
import { anchoredTexts, entries, fixture, makeDocx, partText, wIds } from './word-helpers.js';

const AUTHOR = '县委办信息科';
const DATE = new Date('2026-11-20T08:00:00Z');
const FIXTURES = ['lo-html.docx', 'lo-odt.docx', 'docx-lib.docx', 'word-rsid.docx'];
const hasOffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { stdio: 'ignore' }).status === 0;

function roundTrip(bytes: Uint8Array) {
  const original = readWordDraft(bytes);
  const result = annotateWord(bytes, { author: AUTHOR, date: DATE });
  const fixed = fixAll(original.text, { format: 'text' }).text;
  return { original, result, fixed };
}

describe('accepting every revision gives exactly what xinxi fix gives; rejecting gives the original', () => {
  for (const name of FIXTURES) {
    it(name, () => {
      const { original, result, fixed } = roundTrip(fixture(name));
      expect(result.unmarked).toEqual([]);
      expect(result.fixedText).toBe(fixed);
      expect(acceptedDraft(result.bytes, AUTHOR).text).toBe(fixed);
      expect(readWordDraft(resolveRevisions(result.bytes, 'reject', AUTHOR)).text).toBe(original.text);
      // Word's 「接受所有修订」 also takes the revisions already in the file; the reading is the same.
      expect(acceptedDraft(result.bytes).text).toBe(fixed);
    });
  }

  it('whole paragraphs the fix removes (website residue) are deleted with their paragraph marks', async () => {
    const bytes = await makeDocx([
      { text: '清河县秋粮收购进度偏慢', center: true, bold: true },
      { text: '　　截至11月20日,全县收购秋粮3.2万吨。' },
      { text: '本文来源：http://www.example.com/a.html' },
      { text: '下载本文' },
      { text: '（签发：王强　执笔：赵敏）' },
    ]);
    const { original, result, fixed } = roundTrip(bytes);
    expect(original.text.split('\n')).toHaveLength(5);
    expect(fixed.split('\n')).toHaveLength(3);
    expect(result.unmarked).toEqual([]);
    expect(partText(result.bytes, 'word/document.xml')).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:del w:id="\d+" w:author="县委办信息科"/);
    expect(acceptedDraft(result.bytes, AUTHOR).text).toBe(fixed);
    expect(readWordDraft(resolveRevisions(result.bytes, 'reject', AUTHOR)).text).toBe(original.text);
  });

  it('puts a mark inserted inside a run at its place, not after the rest of the run', async () => {
    // paragraph-end adds 。 after 11, before the run's trailing space; cjk-spacing deletes the space before 11.
    for (const parts of [[{ text: '清河县11 ' }], [{ text: '清河县' }, { text: ' 11 ', bold: true }]]) {
      const { original, result, fixed } = roundTrip(await makeDocx([{ text: '清河县秋粮收购情况', center: true, bold: true }, { text: parts }]));
      expect(fixed).toBe('清河县秋粮收购情况\n清河县11。 ');
      expect(acceptedDraft(result.bytes, AUTHOR).text).toBe(fixed);
      expect(readWordDraft(resolveRevisions(result.bytes, 'reject', AUTHOR)).text).toBe(original.text);
    }
  });

  it('on generated documents with faults the engine fixes, runs split at random places', async () => {
    const faults = [',', '.', ';', ':', '?', '(', ')', ' 11 ', '２０２４', '..." ', '"', '其它', '截止目前', '的的', '!', '3千', '2024.1.5', '——', '--'];
    const words = ['清河县', '秋粮', '收购', '进度', '今年以来', '资金', '到位', '群众', '反映'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.oneof(fc.constantFrom(...faults), fc.constantFrom(...words)), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        async (paras, cuts) => {
          let k = 0;
          const specs = [{ text: '清河县秋粮收购情况', center: true, bold: true }, ...paras.map((parts) => ({ text: parts.map((t) => ({ text: t, bold: cuts[k++ % cuts.length] })) }))];
          const bytes = await makeDocx(specs);
          const { original, result, fixed } = roundTrip(bytes);
          expect(result.unmarked).toEqual([]);
          expect(acceptedDraft(result.bytes, AUTHOR).text).toBe(fixed);
          expect(readWordDraft(resolveRevisions(result.bytes, 'reject', AUTHOR)).text).toBe(original.text);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('the comments', () => {
  const bytes = fixture('word-rsid.docx');
  const result = annotateWord(bytes, { author: AUTHOR, initials: 'XXK', date: DATE });
  const check = checkWord(bytes);
  const documentXml = partText(result.bytes, 'word/document.xml');
  const commentsXml = partText(result.bytes, 'word/comments.xml');

  it('one comment per problem, in Chinese, with the author, initials and date given', () => {
    expect(result.comments).toBe(check.messages.length);
    expect(check.messages.length).toBeGreaterThan(2);
    for (const m of check.messages) expect(commentsXml).toContain(m.message);
    expect(commentsXml).toContain('w:author="县委办信息科"');
    expect(commentsXml).toContain('w:initials="XXK"');
    expect(commentsXml).toContain('w:date="2026-11-20T08:00:00Z"');
    expect(commentsXml).toMatch(/已标为修订：改为全角逗号/);
    // The rule by its Chinese name, never its id or a description that speaks of Markdown (audit 17-19 §4).
    expect(commentsXml).toContain('规则：全角标点');
    for (const m of check.messages) expect(commentsXml).not.toContain(`规则：${m.ruleId}`);
    expect(commentsXml).not.toMatch(/Markdown|一级标题/);
  });

  it('each anchored on the exact text of its problem', () => {
    const anchored = anchoredTexts(documentXml, AUTHOR);
    const ours = [...anchored.keys()].filter((id) => id !== '7');
    expect(ours.length).toBe(check.messages.length);
    // Paragraph ends are compared without their line breaks (a deleted paragraph mark joins two paragraphs).
    const flat = (t: string) => t.replace(/\n/g, '');
    const texts = check.messages.map((m) => flat(check.draft.text.slice(m.start, m.end))).filter((t) => t.length > 0);
    for (const t of texts) expect([...anchored.values()].map(flat)).toContain(t);
    expect([...anchored.values()]).toContain(',');
  });

  it('keeps the comment and the revisions already in the file; new ids collide with none', () => {
    expect(commentsXml).toContain('请核实进度数据。');
    expect(commentsXml).toContain('w:author="分管领导"');
    expect(documentXml).toContain('w:author="办公室张三"');
    expect(anchoredTexts(documentXml, AUTHOR).get('7')).toBe('进度偏慢');
    const ids = wIds(documentXml).filter((x) => x.element !== 'comment' && !x.element.startsWith('comment'));
    const revisionIds = ids.filter((x) => x.element === 'ins' || x.element === 'del' || x.element === 'bookmarkStart');
    expect(new Set(revisionIds.map((x) => x.id)).size).toBe(revisionIds.length);
    const commentIds = wIds(commentsXml).filter((x) => x.element === 'comment').map((x) => x.id);
    expect(new Set(commentIds).size).toBe(commentIds.length);
    for (const id of commentIds.filter((id) => id !== '7')) {
      expect(Number(id)).toBeGreaterThan(10);
      expect(revisionIds.map((x) => x.id)).not.toContain(id);
    }
  });

  it('registers a new comments part once (content type and relationship), and only when it was missing', () => {
    const lo = annotateWord(fixture('lo-html.docx'), { author: AUTHOR, date: DATE });
    const types = partText(lo.bytes, '[Content_Types].xml');
    expect(types.match(/\/word\/comments\.xml/g)).toHaveLength(1);
    expect(partText(lo.bytes, 'word/_rels/document.xml.rels')).toMatch(/relationships\/comments" Target="comments\.xml"/);
    expect(partText(result.bytes, '[Content_Types].xml')).toBe(partText(bytes, '[Content_Types].xml'));
  });
});

describe('everything else is untouched', () => {
  it('other parts are byte for byte the same, entries in the same order', () => {
    const bytes = fixture('word-rsid.docx');
    const result = annotateWord(bytes, { author: AUTHOR, date: DATE });
    const before = entries(bytes);
    const after = entries(result.bytes);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === 'word/document.xml' || name === 'word/comments.xml') continue;
      expect(Buffer.from(after[name]!).equals(Buffer.from(before[name]!)), name).toBe(true);
    }
  });

  it('split runs keep their formatting; inserted text takes the formatting of the text it replaces', () => {
    const result = annotateWord(fixture('lo-html.docx'), { author: AUTHOR, date: DATE });
    const xml = partText(result.bytes, 'word/document.xml');
    // The comma replaced in a plain run; the bold run 度偏 is still bold and whole.
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t>度偏</w:t></w:r>');
    const rsid = annotateWord(fixture('word-rsid.docx'), { author: AUTHOR, date: DATE });
    const rx = partText(rsid.bytes, 'word/document.xml');
    const font = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>';
    expect(rx).toContain(`<w:r w:rsidR="00B7C8D9">${font}<w:delText xml:space="preserve">,</w:delText></w:r>`);
    expect(rx).toContain(`<w:r w:rsidR="00B7C8D9">${font}<w:t xml:space="preserve">清河县</w:t></w:r>`);
    expect(rx).toMatch(new RegExp(`<w:ins w:id="\\d+" w:author="${AUTHOR}" w:date="2026-11-20T08:00:00Z"><w:r>${font.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<w:t xml:space="preserve">，</w:t></w:r></w:ins>`));
  });

  it('with nothing to say, the copy has no comments part and the same text', async () => {
    const clean = await makeDocx([{ text: '清河县召开秋粮收购调度会', center: true, bold: true }, { text: '　　11月20日，清河县召开秋粮收购调度会，部署收购资金调度工作。' }]);
    const check = checkWord(clean);
    const result = annotateWord(clean, { author: AUTHOR, date: DATE });
    expect(result.comments).toBe(check.messages.length);
    if (check.messages.length === 0) expect(Object.keys(entries(result.bytes))).not.toContain('word/comments.xml');
    expect(readWordDraft(result.bytes).text).toBe(readWordDraft(clean).text);
  });
});

const NO_OFFICE = '未安装 LibreOffice，跳过审稿意见稿的渲染测试（apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk） / LibreOffice is not installed';

describe('LibreOffice opens the copy and shows the comments', () => {
  let dir: string;
  const names = ['word-rsid', 'lo-html'];
  const results = new Map<string, ReturnType<typeof annotateWord>>();
  beforeAll(() => {
    if (!hasOffice) return;
    dir = mkdtempSync(join(tmpdir(), 'xinxi-annotate-'));
    for (const n of names) {
      const r = annotateWord(fixture(`${n}.docx`), { author: AUTHOR, date: DATE });
      results.set(n, r);
      writeFileSync(join(dir, `${n}.docx`), r.bytes);
    }
    const profile = `-env:UserInstallation=file://${dir}/profile`;
    // ExportNotes puts each comment into the PDF as an annotation (LibreOffice 7.6+ can also print them in the margin).
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))], { stdio: 'pipe' });
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'odt', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))], { stdio: 'pipe' });
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The text of the PDF's comment annotations (UTF-16BE hex strings). */
  function pdfComments(pdf: Buffer): string[] {
    const out: string[] = [];
    const text = pdf.toString('latin1');
    for (const m of text.matchAll(/\/Contents\s*<FEFF([0-9A-F]+)>/g)) {
      const hex = m[1]!;
      let s = '';
      for (let i = 0; i < hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
      out.push(s);
    }
    return out;
  }

  for (const n of names) {
    it(`${n}: the PDF carries every comment, and the ODT every comment and the tracked changes`, (ctx) => {
      if (!hasOffice) skipBecause(ctx, NO_OFFICE);
      const r = results.get(n)!;
      const info = execFileSync('pdfinfo', [join(dir, `${n}.pdf`)], { encoding: 'utf8' });
      expect(info).toMatch(/^Pages:\s+[1-9]/m);
      const notes = pdfComments(readFileSync(join(dir, `${n}.pdf`)));
      for (const m of r.check.messages) expect(notes.some((c) => c.includes(m.message))).toBe(true);
      const content = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, `${n}.odt`))), { filter: (f) => f.name === 'content.xml' })['content.xml']!);
      expect((content.match(/<office:annotation[ >]/g) ?? []).length).toBeGreaterThanOrEqual(r.comments);
      if (r.revisions > 0) expect(content).toMatch(/<text:changed-region/);
      expect(content).toContain(AUTHOR);
    });
  }
});
