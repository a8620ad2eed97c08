/**
 * Hostile drafts in export (issue 20 §13, §14): characters no document may hold (U+FFFE/U+FFFF, C0/C1 controls,
 * lone surrogates) never reach the .docx or the .txt, and a draft nested 10,000 levels deep exports without
 * overflowing the stack.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import type { Blockquote, Emphasis, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/core/draft.js';
import type { Draft } from '../../src/core/types.js';
import { exportItemOf, exportSafe, exportText, loadDocx, renderBulletinText, renderText, type ExportItem } from '../../src/export/index.js';
import { bulletinInfo } from './export-fixtures.js';

/** Characters outside XML 1.0's Char production: a parser (Word's) refuses the part. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Controls a .txt export must not carry (tab, line feed and carriage return are text). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

const HOSTILE = '# 标题\uFFFE二\u0007\n\n正文\uFFFF含\u0001控\u001b制\u0085字\u007f符\ud800。\n\n（签发：张三\u000b）\n';

async function docxParts(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  return Promise.all(Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels')).map((n) => zip.file(n)!.async('string')));
}

describe('characters no document may hold', () => {
  it('exportSafe drops controls and U+FFFE/U+FFFF and replaces lone surrogates, keeping everything else', () => {
    expect(exportSafe('a\u0000b\u0008c\tD\nE\rF\u000b\u000c\u001f\u007f\u0080\u009f\ufffe\uffffG')).toBe('abc\tD\nE\rFG');
    expect(exportSafe('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    expect(exportSafe('😀 emoji，中文\u3000全角')).toBe('😀 emoji，中文\u3000全角');
  });

  it('the .txt export carries no control character and keeps the text around them', () => {
    const text = exportText(HOSTILE);
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('标题二');
    expect(text).toContain('正文含控制字符\ufffd。');
    expect(text).toContain('（签发：张三）');
  });

  it('the .docx export is valid XML (no character outside XML 1.0) and keeps the text', async () => {
    const { itemToDocx, bulletinToDocx } = await loadDocx();
    const item = exportItemOf(parse(HOSTILE));
    for (const part of await docxParts(await itemToDocx(item))) expect(part).not.toMatch(NOT_XML);
    const doc = (await docxParts(await itemToDocx(item))).join('');
    expect(doc).toContain('正文含控制字符\ufffd。');
    // Masthead and 版记 text from the configuration or the command line is cleaned too.
    const info = { ...bulletinInfo({ report: '市委\uFFFF办公室\u0002' }), name: '清河\uFFFE信息', unit: '县委\u0007办' };
    for (const part of await docxParts(await bulletinToDocx({ info, items: [item] }))) expect(part).not.toMatch(NOT_XML);
    expect(renderBulletinText({ info, items: [item] })).not.toMatch(CONTROL);
  });

  it('bidi controls and the zero-width space are dropped from the .txt, .docx and bulletin exports; joiners stay (audit 15-20 §9)', async () => {
    const HIDDEN = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    expect(exportSafe('电话\u202e87654321\u202c，\u2066甲\u2069\u200e\u200f乙\u200b丙\u202a\u202b\u202d\u2067\u2068')).toBe('电话87654321，甲乙丙');
    expect(exportSafe('👨\u200d👩\u200d👧 a\u200cb')).toBe('👨\u200d👩\u200d👧 a\u200cb');
    const draft = '# 清河县\u202e完成\u202c秋粮收购\n\n全县完成收购\u200b12.6万吨，联系电话\u2066\u202e0551-1234\u202c\u2069。\n\n（签发：张\u200f三）\n';
    const text = exportText(draft);
    expect(text).not.toMatch(HIDDEN);
    expect(text).toContain('清河县完成秋粮收购');
    expect(text).toContain('全县完成收购12.6万吨，联系电话0551-1234。');
    expect(text).toContain('（签发：张三）');
    const { itemToDocx, bulletinToDocx } = await loadDocx();
    const item = exportItemOf(parse(draft));
    const doc = (await docxParts(await itemToDocx(item))).join('');
    expect(doc).not.toMatch(HIDDEN);
    expect(doc).toContain('全县完成收购12.6万吨');
    const info = { ...bulletinInfo(), name: '清河\u202e信息' };
    expect((await docxParts(await bulletinToDocx({ info, items: [item] }))).join('')).not.toMatch(HIDDEN);
    const bulletin = renderBulletinText({ info, items: [item] });
    expect(bulletin).not.toMatch(HIDDEN);
    expect(bulletin).toContain('清河信息');
  });

  it('holds for any text (property)', async () => {
    const { itemToDocx } = await loadDocx();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), async (title, body) => {
        const item: ExportItem = { title: exportSafe(title) || null, blocks: [{ text: body, role: 'paragraph' }], signoff: null, signoffFromMeta: false, meta: { extra: {} } };
        expect(renderText(exportItemOf(parse(`# ${title}\n\n${body}\n`)))).not.toMatch(CONTROL);
        for (const part of await docxParts(await itemToDocx(item))) expect(part).not.toMatch(NOT_XML);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('deep nesting (10,000 levels)', () => {
  const DEPTH = 10_000;

  /** A draft whose body is `DEPTH` nested block quotes around a paragraph of nested emphasis (built directly). */
  function deepDraft(): Draft {
    let inline: Emphasis['children'][number] = { type: 'text', value: '最里面的字。' };
    for (let i = 0; i < DEPTH; i++) inline = { type: 'emphasis', children: [inline] };
    let node: Blockquote | { type: 'paragraph'; children: Emphasis['children'] } = { type: 'paragraph', children: [inline] };
    for (let i = 0; i < DEPTH; i++) node = { type: 'blockquote', children: [node as Blockquote['children'][number]] };
    const root: Root = { type: 'root', children: [node as Root['children'][number]] };
    return { mdast: root, title: null, blocks: [{ node }], signoff: null, meta: {}, path: 'deep.md' } as unknown as Draft;
  }

  it('exportItemOf walks the tree without recursion: no stack overflow, the text kept', async () => {
    const item = exportItemOf(deepDraft());
    expect(item.blocks).toEqual([{ text: '最里面的字。', role: 'paragraph' }]);
    const { itemToDocx } = await loadDocx();
    expect((await docxParts(await itemToDocx(item))).join('')).toContain('最里面的字。');
  });

  it('lists and links inside deep nesting keep their numbers and addresses in order', () => {
    const text = exportText('# 标题\n\n> > 1. 第一项\n> > 2. [第二项](https://example.cn/a)\n');
    expect(text).toContain('1.第一项');
    expect(text).toContain('2.第二项（https://example.cn/a）');
  });
});

/** The engine's parser (no lint), as exportText uses it. */
function parse(text: string): Draft {
  return parseDraft(text);
}
