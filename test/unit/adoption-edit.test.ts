/**
 * 登记采用 / 登记批示: the smallest edit of the front matter — the rest of the draft byte for byte as it was, the new
 * entry read back by the record reader.
 */
import { describe, expect, it } from 'vitest';
import { addRecordEntry, applyTextEdits, readDraftRecord, type RecordEntry, type RecordEditOptions } from '../../src/adoption/index.js';

const adoption: RecordEntry = { kind: 'adopted', publication: '《昨日要情》', date: '2026-11-05', issue: '213' };

function edited(text: string, entry: RecordEntry = adoption, options: RecordEditOptions = {}): string {
  const out = addRecordEntry(text, entry, options);
  if (!out.ok) throw new Error(out.message);
  return applyTextEdits(text, out.edits);
}

/** Every line of `before` is still in `after`, in order (nothing rewritten or lost). */
function keepsLines(before: string, after: string): void {
  let at = 0;
  for (const line of before.split('\n')) {
    const found = after.indexOf(line, at);
    expect(found, `line kept: ${line}`).toBeGreaterThanOrEqual(0);
    at = found + line.length;
  }
}

const BODY = '\n# 清河县秋粮收购进度过半\n\n正文第一句。\n\n（签发：李建国　执笔：王晓燕）\n';

describe('addRecordEntry', () => {
  it('front matter without the list: key and entry before the closing ---, comments and order kept', () => {
    const text = `---\n类型: 动态   # 信息类型\n单位: 清河县农业农村局\n报送日期: 2026-11-03\n---${BODY}`;
    const after = edited(text);
    expect(after).toBe(`---\n类型: 动态   # 信息类型\n单位: 清河县农业农村局\n报送日期: 2026-11-03\n采用:\n  - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}\n---${BODY}`);
    expect(readDraftRecord(after, 'a.md')!.adoptions).toEqual([{ publication: '《昨日要情》', date: '2026-11-05', issue: '213', line: 6 }]);
  });

  it('a block list: one line after its last item, at its indentation (multi-line items and comments kept)', () => {
    const text = `---\n单位: 甲\n报送日期: 2026-11-03\n采用:\n    - 刊物: 《信息短波》\n      日期: 2026-11-04   # 电话通知\n备注: 无\n---${BODY}`;
    const after = edited(text);
    expect(after).toBe(`---\n单位: 甲\n报送日期: 2026-11-03\n采用:\n    - 刊物: 《信息短波》\n      日期: 2026-11-04   # 电话通知\n    - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}\n备注: 无\n---${BODY}`);
    expect(readDraftRecord(after, 'a.md')!.adoptions.map((a) => a.publication)).toEqual(['《信息短波》', '《昨日要情》']);
  });

  it('a flow list, an empty key, and one entry written inline', () => {
    const flow = edited(`---\n采用: [{刊物: 《信息短波》, 日期: 2026-11-04}]\n---${BODY}`);
    expect(flow).toContain('采用: [{刊物: 《信息短波》, 日期: 2026-11-04}, {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}]\n');
    expect(edited(`---\n采用: []\n---${BODY}`)).toContain('采用: [{刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}]\n');
    const empty = edited(`---\n单位: 甲\n采用:   # 待登记\n签发: 乙\n---${BODY}`);
    expect(empty).toContain('采用:   # 待登记\n  - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}\n签发: 乙\n');
    const inline = edited(`---\n采用: 《信息短波》 2026-11-04\n---${BODY}`);
    expect(inline).toContain('采用:\n  - 《信息短波》 2026-11-04\n  - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}\n---');
    for (const t of [flow, empty, inline]) expect(readDraftRecord(t, 'a.md')!.adoptions.some((a) => a.publication === '《昨日要情》')).toBe(true);
  });

  it('no front matter: one is added at the top, with 报送日期 when given', () => {
    const text = `# 清河县秋粮收购进度过半\n\n正文。\n`;
    const after = edited(text, adoption, { submitted: '2026-11-03' });
    expect(after).toBe(`---\n报送日期: 2026-11-03\n采用:\n  - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}\n---\n${text}`);
  });

  it('报送日期 is added only when missing, before the list key', () => {
    const without = edited(`---\n单位: 甲\n采用:\n  - 《信息短波》 2026-11-04\n---${BODY}`, adoption, { submitted: '2026-11-03' });
    expect(without).toContain('单位: 甲\n报送日期: 2026-11-03\n采用:\n');
    const withIt = edited(`---\n报送日期: 2026-11-01\n---${BODY}`, adoption, { submitted: '2026-11-03' });
    expect(withIt.match(/报送日期/g)).toHaveLength(1);
  });

  it('CRLF drafts stay CRLF; English keys get English keys', () => {
    const crlf = `---\r\n单位: 甲\r\n报送日期: 2026-11-03\r\n---\r\n# 标题\r\n`;
    const after = edited(crlf);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    keepsLines(crlf, after);
    const english = edited(`---\ntype: 动态\nunit: 甲\n---${BODY}`, adoption, { submitted: '2026-11-03' });
    expect(english).toContain('submitted: 2026-11-03\nadopted:\n  - {publication: 《昨日要情》, date: 2026-11-05, issue: 213}\n');
  });

  it('an instruction', () => {
    const after = edited(`---\n单位: 甲\n报送日期: 2026-11-03\n---${BODY}`, { kind: 'instructions', level: '市', leader: '张三', date: '2026-11-08' });
    expect(after).toContain('批示:\n  - {级别: 市, 领导: 张三, 日期: 2026-11-08}\n');
    expect(readDraftRecord(after, 'a.md')!.instructions).toEqual([{ level: '市', leader: '张三', date: '2026-11-08', line: 5 }]);
  });

  it('values that YAML would misread are quoted', () => {
    const after = edited(`---\n单位: 甲\n---${BODY}`, { kind: 'adopted', publication: '内参: 第一版, 要闻', date: '2026-11-05', issue: '2026-1' });
    const item = readDraftRecord(after, 'a.md')!;
    expect(item.adoptions[0]).toMatchObject({ publication: '内参: 第一版, 要闻', issue: '2026-1' });
  });

  it('refuses the same adoption twice (《》 and date written differently), and malformed front matter', () => {
    const text = `---\n采用:\n  - 昨日要情 2026年11月5日\n---${BODY}`;
    const out = addRecordEntry(text, adoption);
    expect(out.ok).toBe(false);
    if (!out.ok) expect([out.reason, out.message]).toEqual(['duplicate', '《昨日要情》 2026-11-05 的采用已经登记过了。']);
    const other = addRecordEntry(text, { ...adoption, date: '2026-11-06' });
    expect(other.ok).toBe(true);
    const broken = addRecordEntry(`---\n单位: [甲\n---${BODY}`, adoption);
    expect(broken.ok === false && broken.reason).toBe('front-matter');
    const unclosed = addRecordEntry(`---\n单位: 甲\n# 标题\n`, adoption);
    expect(unclosed.ok === false && unclosed.message).toContain('缺少结束行');
    const mapping = addRecordEntry(`---\n采用:\n  刊物: 《信息短波》\n  日期: 2026-11-04\n---${BODY}`, adoption);
    expect(mapping.ok === false && mapping.reason).toBe('shape');
  });

  it('never changes anything but the front matter (block lists and new keys: every line kept)', () => {
    const texts = [
      `---\n类型: 动态\n单位: 甲\n报送日期: 2026-11-03\n---${BODY}`,
      `---\n采用:\n  - {刊物: 《信息短波》, 日期: 2026-11-04}\n签发: 乙\n---${BODY}`,
      `---\n单位: 甲\n采用:   # 待登记\n---${BODY}`,
    ];
    for (const text of texts) {
      const after = edited(text);
      keepsLines(text, after);
      expect(after.endsWith(BODY)).toBe(true);
      expect(after.length).toBeGreaterThan(text.length);
    }
  });

  it('a header written without --- fences: fenced and the entry added inside it, not a second front matter above', () => {
    const head = '类型：动态\n单位：清河县农业农村局\n日期：2026-11-03\n电话：0551-6283417\n';
    const text = `${head}${BODY}`;
    const out = edited(text, adoption, { submitted: '2026-11-03' });
    expect(out).toBe(`---\n类型: 动态\n单位: 清河县农业农村局\n日期: 2026-11-03\n电话: 0551-6283417\n报送日期: 2026-11-03\n采用:\n  - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}\n---\n${BODY}`);
    expect(out.match(/^---$/gmu)).toHaveLength(2);
    expect(out.endsWith(BODY)).toBe(true);
    const record = readDraftRecord(out, 'a.md');
    expect(record!.adoptions.map((a) => a.publication)).toEqual(['《昨日要情》']);
    // Registered again: the header is fenced now, and the entry is found.
    expect(addRecordEntry(out, adoption).ok).toBe(false);
    // CRLF line ends are kept.
    const crlf = text.replace(/\n/g, '\r\n');
    const outCrlf = edited(crlf);
    expect(outCrlf.startsWith('---\r\n类型: 动态\r\n')).toBe(true);
    expect(outCrlf).toContain('采用:\r\n  - {刊物: 《昨日要情》, 日期: 2026-11-05, 期号: 213}\r\n---\r\n');
    expect(outCrlf.endsWith(BODY.replace(/\n/g, '\r\n'))).toBe(true);
  });
});

