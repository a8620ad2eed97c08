/**
 * Front matter of plain `key: value` lines is read without the YAML library (simpleEntries, a CLI folder check spent
 * about a tenth of its time in it): whenever it takes a front matter it must give exactly the keys, key ranges and
 * values the library gives, and it must leave everything else to the library. Checked on random front matter built
 * from the pieces YAML treats specially (indicators, comments, numbers, booleans, null, tabs, CRLF, odd spaces).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument } from 'yaml';
import { parseFrontMatter, simpleEntries } from '../../src/core/draft.js';

/** What the YAML library reads (the slow path of parseFrontMatter), or undefined when it is not a clean mapping. */
function viaYaml(raw: string) {
  const doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  return doc.contents.items.map((item) => ({
    key: isScalar(item.key) ? String(item.key.value) : String(item.key),
    range: isScalar(item.key) && item.key.range ? [item.key.range[0], item.key.range[1]] : undefined,
    value: isScalar(item.value) ? item.value.value : item.value ? (item.value as { toJSON(): unknown }).toJSON() : null,
  }));
}

const keys = ['类型', '单位', 'type', 'Date', '日期', 'a_b', 'x-y', '_', 'True', 'null', 'NULL', '123', '0x1', 'e5', '签发人', ' 类型', '-a', '#k', '"k"', 'k k', 'ａ'];
const seps = [': ', ':  ', ':', ' : ', ':\t', '：', ': \t'];
const pieces = [
  '建议', '云川市民政局', '2026-11-10', '0556-2261938', '123', '-5', '+3', '.5', '1.', '1e3', '1E-2', '0x1F', '0o7', '.inf', '-.Inf', '.nan',
  'true', 'False', 'null', 'Null', '~', 'a: b', 'a:b', 'a #b', 'a#b', '#c', '"q"', "'q'", '[1]', '{a}', '- x', '-', '?', '|', '>', '&a',
  '*a', '!t', '%', '@', '`', ' ', '  ', '　', '\u00a0', '\t', '市委 办公室', 'a,b', 'a?b', 'x[y]', '末尾 ', '\u2028', '\u0085', '\ufeff', '\r',
  '10:30', ':', ':x', 'x:', 'x: ', 'x:　', 'x:\u00a0', '第1期', '（草稿）', 'ABC', '5G', '😀',
];
const value = fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((a) => a.join(''));
/** Lines of the usual shape, with values mixing ordinary text with the pieces above. */
const usual = fc.constantFrom('2026-11-19 15:20', '12:00:00', 'a:', 'b: ', 'http://x.cn', '建议', '云川市民政局', '2026-11-10', '0556-2261938', '市委 办公室', '第1期', 'ABC', '5G', '😀', 'a,b', 'x[y]', '末尾 ', '　', '\u00a0', '123', 'true');
const usualValue = fc.array(fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: fc.constantFrom(...pieces) }), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('类型', '单位', 'type', '日期', 'a_b', 'x-y', '_', 'e5'), usualValue).map(([k, v]) => `${k}: ${v}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...seps), value).map(([k, s, v]) => k + s + v) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '  a: b', '# 注释', '- 列表', '...', '  续行') },
);
const raw = fc
  .tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, last]) => lines.join(eol) + (last && lines.length ? eol : ''));

describe('simpleEntries (front matter without the YAML library)', () => {
  it('gives the YAML library’s keys, ranges and values whenever it takes a front matter', () => {
    let taken = 0;
    fc.assert(
      fc.property(raw, (text) => {
        const fast = simpleEntries(text);
        if (!fast) return;
        taken++;
        expect(fast.map((e) => ({ key: e.key, range: e.range ? [...e.range] : undefined, value: e.value }))).toEqual(viaYaml(text));
      }),
      { numRuns: Number(process.env.XINXI_FAST_PATH_RUNS ?? 5000) },
    );
    expect(taken).toBeGreaterThan(200);
  });

  it('takes the usual front matter and leaves the rest to the library', () => {
    expect(simpleEntries('类型: 建议\n单位: 云川市民政局\n日期: 2026-11-10\n电话: 0556-2261938\n')).toEqual([
      { key: '类型', range: [0, 2], value: '建议' },
      { key: '单位', range: [7, 9], value: '云川市民政局' },
      { key: '日期', range: [18, 20], value: '2026-11-10' },
      { key: '电话', range: [33, 35], value: '0556-2261938' },
    ]);
    expect(simpleEntries('事发时间: 2026-11-19 15:20\n')).toEqual([{ key: '事发时间', range: [0, 4], value: '2026-11-19 15:20' }]);
    expect(simpleEntries('类型: 动态\r\n\r\n标题: 清河县  \r\n')).toEqual([
      { key: '类型', range: [0, 2], value: '动态' },
      { key: '标题', range: [10, 12], value: '清河县' },
    ]);
    for (const text of ['', '\n', '续报序号: 2\n', '采用:\n  - 省委办公厅\n', '类型: 动态 # 注释\n', '类型: 动态: 问题\n', '时间: 15:\n', '类型: "动态"\n', '  类型: 动态\n', '类型：动态\n', 'a: true\n', '日期: 2026-11-10 10:30 #\n']) {
      expect(simpleEntries(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('leaves parseFrontMatter’s results as they were', () => {
    const text = '---\n类型: 建议\n单位: 云川市民政局\n类型: 动态\n日期: 2026-11-10\n---\n\n# 标题\n';
    const fm = parseFrontMatter(text)!;
    expect(fm.data).toEqual({ 类型: '动态', 单位: '云川市民政局', 日期: '2026-11-10' });
    expect(fm.keys.map((k) => [k.key, k.start, k.end])).toEqual([
      ['类型', 4, 6],
      ['单位', 11, 13],
      ['类型', 22, 24],
      ['日期', 29, 31],
    ]);
    expect(fm.duplicates?.map((d) => [d.key, d.start, d.first.start])).toEqual([['类型', 22, 4]]);
    expect(fm.error).toBeUndefined();
  });
});
