/**
 * Property tests over random drafts mixing Chinese, Latin, digits, punctuation and Markdown:
 * lint never throws, every range lies inside the text, fixes touch only their own range, fix-all is idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixAll, lint } from '../../src/core/engine.js';
import { allRules } from '../../src/rules/index.js';

const pieces = [
  '清河县', '全县', '收购', '秋粮', '问题', '建议', '措施', '原因', '我县', '近日', '今年', '据悉', '附件：', '详见附件',
  '，', '。', '、', '；', '：', '？', '！', '“', '”', '《', '》', '（', '）', '……', '——', '【', '】',
  ',', '.', ';', ':', '?', '!', '(', ')', '"', "'", '...', '--', '-', '~', '%', '％', '１２', 'ＡＢ',
  ' ', '  ', '\u3000', '\t', '\u200b', '\u00a0', '\ufffd', '??', 'xué', '學(xué)', '們',
  '3.14', '1,000', '10:30', '2026年1月5日', '2024.1.5', '15～30%', '3千人', '24年', '下午3点20分', '20大',
  'www.gov.cn', 'https://example.com/a,b', 'a@b.cn', 'Hello, world.', 'XX', '××', '某某', '${单位}', '$1',
  '的的', '常常', '一、二等奖', '三、四个', '〔2024〕1号', '😀', '𠀀', 'é',
  '**', '*', '_', '`code,x`', '[链接](http://a.cn/x.docx)', '![图](a.png)', '<!-- xinxi-disable -->', '<br>',
  '\n', '\n\n', '\r\n', '# ', '## ', '- ', '1. ', '> ', '| a | b |\n|---|---|\n| 1 | 2 |', '```\n代码,\n```',
];

const body = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const frontMatter = fc.constantFrom('', '---\n类型: 问题\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n', '---\ntype: 紧急-首报\n事发时间: 2026-11-19 15:20\n报送时间: 2026-11-19 21:00\n---\n', '---\n类型: [\n---\n', '---\n');
const bom = fc.constantFrom('', '\uFEFF');
const draftArb = fc.tuple(bom, frontMatter, fc.constantFrom('', '# 清河县推进秋粮收购\n\n', '清河县推进秋粮收购\n\n'), body).map((p) => p.join(''));
const path = fc.constantFrom('a.md', 'a.txt');

const runs = Number(process.env.XINXI_PROPERTY_RUNS ?? 1500);

describe('properties of lint and fix over random drafts', { timeout: 240_000 }, () => {
  it('lint never throws and every range and edit lies inside the text', () => {
    fc.assert(
      fc.property(draftArb, path, (text, p) => {
        const { messages } = lint(text, { path: p, rules: allRules });
        for (const m of messages) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThanOrEqual(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.line).toBeGreaterThanOrEqual(1);
          expect(m.column).toBeGreaterThanOrEqual(1);
          for (const f of m.fixes) {
            for (const e of f.edits) {
              expect(e.start).toBeGreaterThanOrEqual(0);
              expect(e.end).toBeLessThanOrEqual(text.length);
              expect(e.start).toBeLessThanOrEqual(e.end);
            }
            const sorted = [...f.edits].sort((a, b) => a.start - b.start);
            for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
          }
        }
      }),
      { numRuns: runs },
    );
  });

  it('a fix changes only the text inside its own edits', () => {
    fc.assert(
      fc.property(draftArb, path, (text, p) => {
        const { messages } = lint(text, { path: p, rules: allRules });
        for (const m of messages) {
          for (const fix of m.fixes) {
            const out = applyFixes(text, [{ ...m, fixes: [{ ...fix, safe: true }] }]).text;
            const edits = [...fix.edits].sort((a, b) => a.start - b.start);
            const first = edits[0]!;
            const last = edits[edits.length - 1]!;
            const delta = edits.reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
            expect(out.slice(0, first.start)).toBe(text.slice(0, first.start));
            expect(out.slice(last.end + delta)).toBe(text.slice(last.end));
          }
        }
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  });

  it('fix-all is idempotent: fixing the fixed text changes nothing', () => {
    fc.assert(
      fc.property(draftArb, path, fc.boolean(), (text, p, unsafe) => {
        const once = fixAll(text, { path: p, rules: allRules, unsafe }).text;
        const twice = fixAll(once, { path: p, rules: allRules, unsafe }).text;
        expect(twice).toBe(once);
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  });
});
