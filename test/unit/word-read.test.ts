/**
 * Word intake, reading (issue 17 §1, §5): the text of .docx files written by LibreOffice, by the docx library and by
 * hand in Word's manner; positions (paragraph, character) and the map back to runs; title, sign-off and kind; every
 * bad file a WordError with a Chinese message.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { skipBecause } from './skip.js';
import { loadWordFile } from '../../src/word/convert.js';
import { checkWord, isWordError, locate, openPackage, readWordDraft, WordError } from '../../src/word/index.js';
import { entries, fixture, makeDocx } from './word-helpers.js';

const hasOffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { stdio: 'ignore' }).status === 0;

function wordError(f: () => unknown): WordError {
  try {
    f();
  } catch (error) {
    expect(isWordError(error), String(error)).toBe(true);
    return error as WordError;
  }
  throw new Error('no error');
}

describe('the text of a document written in Word’s manner', () => {
  const draft = readWordDraft(fixture('word-rsid.docx'));
  const lines = draft.lines.map((l) => l.text);

  it('joins runs split by revision ids, reads tracked changes as accepted, field results, content controls and smart tags', () => {
    expect(lines[3]).toBe('今年以来,清河县秋粮收购进度偏慢，截至11月20日全县收购秋粮3.2万吨，同比下降15%。究其原因\t主要是资金到位不及时（见-附表\uf0e0）。');
    expect(draft.text).not.toContain('已删除的文字');
    expect(draft.text).not.toContain('HYPERLINK');
  });

  it('leaves out footnotes, comments, text boxes and hidden text; a text box anchor does not break the paragraph', () => {
    for (const absent of ['数据来源', '请核实进度数据', '文本框', '隐藏文字', '内部资料']) expect(draft.text).not.toContain(absent);
    expect(lines[3]).toContain('同比下降15%。究其原因');
  });

  it('joins a paragraph whose mark was deleted; a manual line break starts a line; table cells are paragraphs', () => {
    expect(lines.slice(4, 10)).toEqual(['建议县财政加快资金调度，确保11月底前拨付到位。', '另起一行的说明文字。', '乡镇', '收购量（吨）', '城关镇', '5200']);
  });

  it('finds the title by its style after a masthead, the sign-off before a date line, and infers the kind', () => {
    expect(draft.title).toBe(2);
    expect(lines[2]).toBe('清河县多措并举推进秋粮收购');
    expect(draft.leftOut).toEqual([0, 1, 12]);
    expect(draft.signoff).toBe(11);
    const check = checkWord(fixture('word-rsid.docx'));
    expect(check.result.draft.title?.text).toBe('清河县多措并举推进秋粮收购');
    expect(check.result.draft.signoff?.text).toContain('签发：王强');
    expect(check.result.stats.kind).toBe('建议');
    expect(check.result.stats.kindSource).toBe('inferred');
    // The masthead and the date line are not linted: nothing is reported on lines 1, 2 and 13.
    expect(check.messages.filter((m) => [1, 2, 13].includes(m.line))).toEqual([]);
  });

  it('reports positions as paragraph (line) and character (column), mapped back to the run and offset in the XML', () => {
    const check = checkWord(fixture('word-rsid.docx'));
    const comma = check.messages.find((m) => m.ruleId === 'fullwidth-punctuation')!;
    expect([comma.line, comma.column]).toEqual([4, 5]);
    const at = locate(check.draft, comma.start);
    expect(at.line).toBe(3);
    expect(at.offset).toBe(0);
    expect(at.piece!.text.startsWith(',')).toBe(true);
    // The run is the second of its paragraph (",清河县", rsid 00B7C8D9).
    expect(at.run).toBe(1);
    expect(at.piece!.run.getAttribute('w:rsidR')).toBe('00B7C8D9');
  });
});

describe('documents written by LibreOffice and by the docx library', () => {
  it('LibreOffice from HTML with bold and italic spans inside words: runs joined, offsets inside the split word', () => {
    const draft = readWordDraft(fixture('lo-html.docx'));
    expect(draft.lines[1]!.text).toContain('清河县秋粮收购进度偏慢。');
    const off = draft.lineStarts[1]! + draft.lines[1]!.text.indexOf('度偏');
    const at = locate(draft, off + 1);
    expect(at.piece!.text).toBe('度偏');
    expect(at.offset).toBe(1);
    expect(draft.title).toBe(0);
    expect(draft.signoff).toBe(2);
  });

  it('LibreOffice from .odt', () => {
    const check = checkWord(fixture('lo-odt.docx'));
    expect(check.draft.lines[0]!.text).toBe('关于清河县“三夏”生产进展情况的报告');
    expect(check.draft.lines[1]!.text).toContain('全县已收获小麦42万亩，占总面积的85%。麦收进度');
  });

  it('the docx library: Title style, hyperlink text, footnote mark and image left out, table cells', () => {
    const check = checkWord(fixture('docx-lib.docx'));
    const lines = check.draft.lines.map((l) => l.text);
    expect(lines[0]).toBe('清河县建立“田长制”守护耕地红线');
    expect(lines[1]).toBe('　　近日，清河县在全县11个乡镇全面推行“田长制”，累计设立县、乡、村三级田长1200余名。详情见县政府网站。耕地保护责任落实到人。');
    expect(lines.slice(2, 6)).toEqual(['乡镇', '田长人数', '城关镇', '120人']);
    expect(check.result.draft.signoff).not.toBeNull();
  });

  it('takes the centred bold paragraph as the title when a masthead comes first', async () => {
    const bytes = await makeDocx([
      { text: '清河信息', center: true },
      { text: '清河县秋粮收购进度偏慢需加快资金调度', center: true, bold: true },
      { text: '　　截至11月20日，全县收购秋粮3.2万吨。' },
    ]);
    const check = checkWord(bytes);
    expect(check.draft.title).toBe(1);
    expect(check.result.draft.title?.text).toBe('清河县秋粮收购进度偏慢需加快资金调度');
    expect(check.draft.leftOut).toEqual([0]);
  });

  it('otherwise the first non-empty paragraph', async () => {
    const check = checkWord(await makeDocx([{ text: '' }, { text: '清河县召开秋粮收购调度会' }, { text: '　　11月20日，会议部署收购工作。' }]));
    expect(check.draft.title).toBe(1);
    expect(check.result.draft.title?.text).toBe('清河县召开秋粮收购调度会');
  });
});

describe('files that cannot be read: a WordError with a Chinese message, never a crash', () => {
  it('password-protected (an OLE compound file with EncryptedPackage)', () => {
    const e = wordError(() => openPackage(fixture('encrypted.docx'), { name: '加密.docx' }));
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/设置了打开密码/);
  });

  it('a file cut short, malformed XML, an empty file, random bytes', () => {
    expect(wordError(() => openPackage(fixture('corrupt.docx'))).code).toBe('corrupt');
    const bad = wordError(() => openPackage(fixture('bad-xml.docx')));
    expect(bad.code).toBe('bad-xml');
    expect(bad.message).toMatch(/word\/document\.xml 不是有效的 XML/);
    expect(wordError(() => openPackage(new Uint8Array(0))).code).toBe('empty');
    expect(wordError(() => openPackage(new Uint8Array([1, 2, 3, 4, 5]))).code).toBe('not-zip');
  });

  it('an old .doc read as .docx says it must be converted', () => {
    expect(wordError(() => openPackage(fixture('legacy.doc'))).code).toBe('legacy');
  });

  it('an Excel workbook renamed .docx is not a Word document', () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
      '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    const e = wordError(() => openPackage(xlsx));
    expect(e.code).toBe('not-word');
    expect(e.message).toMatch(/Excel/);
  });

  it('a zip bomb whose headers tell the truth is refused before anything is inflated', () => {
    const files = entries(fixture('lo-html.docx'));
    files['word/media/bomb.bin'] = [new Uint8Array(40 * 1024 * 1024), { level: 1 }] as unknown as Uint8Array;
    const bomb = zipSync(files as never);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // Caps lowered to the bomb's scale (the defaults are 256 MB an entry, 512 MB in all).
    const e = wordError(() => openPackage(bomb, { allEntries: true, limits: { maxEntryBytes: 16 * 1024 * 1024, maxTotalBytes: 32 * 1024 * 1024 } }));
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toMatch(/解压后过大/);
  });

  /** lo-html.docx with word/document.xml padded by `padding` and its declared size set back to the real XML's. */
  function lyingBomb(padding: Uint8Array): Uint8Array {
    const files = entries(fixture('lo-html.docx'));
    const real = files['word/document.xml']!;
    const padded = new Uint8Array(real.length + padding.length);
    padded.set(real);
    padded.set(padding, real.length);
    const zip = zipSync({ ...files, 'word/document.xml': [padded, { level: 1 }] } as never);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = strToU8('word/document.xml');
    const matches = (at: number) => name.every((b, i) => zip[at + i] === b);
    for (let i = 0; i < zip.length - 46; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50 && matches(i + 30)) view.setUint32(i + 22, real.length, true);
      if (sig === 0x02014b50 && matches(i + 46)) view.setUint32(i + 24, real.length, true);
    }
    return zip;
  }

  it('a zip bomb that lies about its size is stopped as soon as it inflates past what it declared', () => {
    // 48 MB of zeros and 256 KB of noise: more than 64 KB compressed, so it is inflated as a stream and stopped.
    const padding = new Uint8Array(48 * 1024 * 1024 + 256 * 1024);
    for (let i = 48 * 1024 * 1024; i < padding.length; i++) padding[i] = (i * 2654435761) >>> 24;
    const e = wordError(() => openPackage(lyingBomb(padding)));
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toMatch(/word\/document\.xml 实际解压超过声明/);
  });

  it('a small lying entry is cut at its declared size: bounded work, never more than it declared', () => {
    // All zeros: under 64 KB compressed, inflated at once into a buffer of the declared size (the XML), which parses.
    const draft = readWordDraft(lyingBomb(new Uint8Array(32 * 1024 * 1024)));
    expect(draft.lines[0]!.text).toBe('清河县秋粮收购进度偏慢需加快资金调度');
  });

  it('too many entries', () => {
    const files: Record<string, Uint8Array> = entries(fixture('lo-html.docx'));
    for (let i = 0; i < 5100; i++) files[`word/media/x${i}.bin`] = new Uint8Array(1);
    const e = wordError(() => openPackage(zipSync(files)));
    expect(e.code).toBe('too-many-entries');
  });

  it('a file over the size cap is refused; a 20 MB document is read', () => {
    const files = entries(fixture('word-rsid.docx'));
    const noise = new Uint8Array(20 * 1024 * 1024);
    for (let i = 0; i < noise.length; i += 4) noise[i] = (i * 2654435761) >>> 24;
    files['word/media/image2.png'] = noise;
    const big = zipSync(files as never, { level: 0 });
    expect(big.length).toBeGreaterThan(20 * 1024 * 1024);
    const check = checkWord(big);
    expect(check.draft.lines[2]!.text).toBe('清河县多措并举推进秋粮收购');
    expect(wordError(() => openPackage(big, { limits: { maxFileBytes: 10 * 1024 * 1024 } })).code).toBe('too-large');
  });
});

describe('files on disk: .doc and .wps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinxi-word-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('without LibreOffice, a .doc or .wps gets a Chinese message saying how to convert it', async () => {
    const file = join(dir, '旧稿.wps');
    writeFileSync(file, fixture('legacy.doc'));
    const saved = process.env.XINXI_SOFFICE;
    process.env.XINXI_SOFFICE = '';
    try {
      await expect(loadWordFile(file)).rejects.toMatchObject({ code: 'convert-unavailable', message: expect.stringMatching(/旧稿\.wps.*另存为.*Word 文档（\*\.docx）.*LibreOffice/) });
    } finally {
      if (saved === undefined) delete process.env.XINXI_SOFFICE;
      else process.env.XINXI_SOFFICE = saved;
    }
  });

  it('with LibreOffice, a .doc is converted and read', async (ctx) => {
    if (!hasOffice) skipBecause(ctx, '未安装 LibreOffice，跳过 .doc 转换测试 / LibreOffice is not installed: the .doc conversion test is skipped');
    const file = join(dir, '旧稿.doc');
    writeFileSync(file, fixture('legacy.doc'));
    const loaded = await loadWordFile(file);
    expect(loaded.converted).toBe(true);
    const check = checkWord(loaded.bytes);
    expect(check.result.draft.title?.text).toBe('清河县秋粮收购进度偏慢需加快资金调度');
    expect(check.messages.some((m) => m.ruleId === 'fullwidth-punctuation')).toBe(true);
  }, 120_000);

  it('a .docx is read as it is; an encrypted one is not converted but reported', async () => {
    const file = join(dir, 'a.docx');
    writeFileSync(file, fixture('lo-html.docx'));
    expect((await loadWordFile(file)).converted).toBe(false);
    const enc = join(dir, 'b.docx');
    writeFileSync(enc, fixture('encrypted.docx'));
    const loaded = await loadWordFile(enc);
    expect(wordError(() => openPackage(loaded.bytes)).code).toBe('encrypted');
  });
});
