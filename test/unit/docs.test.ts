/**
 * Keeps rule modules, rule docs, the style-guide catalogue and the README's rule table in step.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, engineRuleIds } from '../../src/index.js';
import { rulesTable, TABLE_END, TABLE_START } from '../../src/docs/rules-table.js';
import { sharedPath } from './shared-docs';

const root = join(__dirname, '..', '..');
const docsDir = join(root, 'rules');
const docIds = readdirSync(docsDir)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => f.slice(0, -3));
const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示', off: '关闭' };

describe('rule docs', () => {
  it('every rule module has its doc', () => {
    const missing = allRules.map((r) => r.id).filter((id) => !docIds.includes(id));
    expect(missing).toEqual([]);
  });

  it('every doc has its rule module', () => {
    const ids = new Set(allRules.map((r) => r.id));
    expect(docIds.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('rule ids are unique', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of allRules) {
    it(`${rule.id}: the doc has a title, the default severity, wrong and right examples, and English`, () => {
      const doc = readFileSync(join(docsDir, `${rule.id}.md`), 'utf8');
      expect(doc.split('\n')[0]).toMatch(new RegExp(`^# ${rule.id} \\S`));
      expect(doc).toContain(`默认级别：${SEVERITY_ZH[rule.severity]}`);
      expect(doc).toContain('## 错误示例');
      expect(doc).toContain('## 正确示例');
      expect(doc).toContain('## English');
      for (const option of Object.keys(rule.defaults)) expect(doc).toContain(`\`${option}\``);
    });
  }
});

describe('catalogue', () => {
  const guide = sharedPath('style-guide.md');
  const catalogue = [...readFileSync(guide, 'utf8').matchAll(/^\| ([a-z][a-z-]+) \|/gm)].map((m) => m[1]!).filter((id) => id !== 'id');
  // Rows of rules not yet built (`| planned: <id> |`): a rule built before its row moves into the tables counts too.
  const planned = [...readFileSync(guide, 'utf8').matchAll(/^\| planned: ([a-z][a-z-]+) \|/gm)].map((m) => m[1]!);

  it('every rule of the style-guide catalogue has its module', () => {
    expect(catalogue.length).toBeGreaterThan(40);
    const ids = new Set(allRules.map((r) => r.id));
    expect(catalogue.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every rule is in the style-guide catalogue (a built rule whose row is still planned counts) or is an engine rule', () => {
    expect(planned.length).toBeGreaterThan(0);
    const extra = allRules.map((r) => r.id).filter((id) => !catalogue.includes(id) && !planned.includes(id) && !engineRuleIds.includes(id));
    expect(extra).toEqual([]);
  });
});

describe('README', () => {
  it('lists every rule with its default severity and fix (npm run docs:rules regenerates the table)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END) + TABLE_END.length;
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start, end)).toBe(rulesTable(allRules));
  });
});
