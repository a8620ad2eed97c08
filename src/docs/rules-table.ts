/**
 * The README's rule table, generated from the registry (`npm run docs:rules`); a test keeps it current.
 */
import type {  } from '../core/types.js';
import type { Rule } from '../core/rule.js';

const CATEGORY: Record<Rule['category'], string> = {
  form: '形式',
  content: '内容',
  emergency: '紧急信息',
  hygiene: '文字清理',
  punctuation: '标点',
  number: '数字',
  wording: '用词',
};

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示', off: '关闭' };
const FIX: Record<NonNullable<Rule['fixable']>, string> = { safe: '自动', confirm: '需确认', mixed: '自动/需确认' };

export const TABLE_START = '<!-- rules-table:start -->';
export const TABLE_END = '<!-- rules-table:end -->';

export function rulesTable(rules: readonly Rule[]): string {
  const rows = rules.map(
    (r) => `| [${r.id}](rules/${r.id}.md) | ${CATEGORY[r.category]} | ${SEVERITY[r.severity]} | ${r.fixable ? FIX[r.fixable] : '—'} | ${r.description.zh.replace(/\|/g, '\\|')} |`,
  );
  return [
    TABLE_START,
    '| 规则 Rule | 类别 | 默认级别 | 修复 | 说明 |',
    '|---|---|---|---|---|',
    ...rows,
    TABLE_END,
  ].join('\n');
}

/** Replace the table between the markers in a README text. */
export function replaceRulesTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('README has no rules-table markers');
  return readme.slice(0, start) + rulesTable(rules) + readme.slice(end + TABLE_END.length);
}
