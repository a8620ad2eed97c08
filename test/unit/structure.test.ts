/**
 * The house (issue 16): rule folders are the categories, every rule has its module, doc and test, the engine knows
 * no rule, no rule imports another, and every rule emits only the fixes it declares.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allRules, engineRuleIds, lint } from '../../src/index.js';
import { draftArb } from './gen/drafts';
import { docExamples, exampleDrafts } from './gen/fault-drafts';

const root = join(__dirname, '..', '..');
const CATEGORIES = ['form', 'content', 'emergency', 'hygiene', 'punctuation', 'number', 'wording'];
const catalogue = allRules.filter((r) => !engineRuleIds.includes(r.id));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The relative module specifiers a file imports. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1]!);
}

describe('rule folders are the categories', () => {
  it('src/rules holds the category folders and lib, and no rule module at its top', () => {
    const entries = readdirSync(join(root, 'src/rules'));
    const folders = entries.filter((e) => statSync(join(root, 'src/rules', e)).isDirectory());
    expect(folders.sort()).toEqual([...CATEGORIES, 'lib'].sort());
    expect(entries.filter((e) => e.endsWith('.ts')).sort()).toEqual(['index.ts', 'modules.d.ts']);
  });

  it('every module of a category folder is a registered rule of that category, and every rule has its module, doc and test', () => {
    for (const category of CATEGORIES) {
      for (const file of readdirSync(join(root, 'src/rules', category))) {
        const id = file.replace(/\.ts$/, '');
        const rule = catalogue.find((r) => r.id === id);
        expect(rule, `src/rules/${category}/${file}`).toBeDefined();
        expect(rule!.category, id).toBe(category);
      }
    }
    for (const rule of catalogue) {
      expect(existsSync(join(root, 'src/rules', rule.category, `${rule.id}.ts`)), `module of ${rule.id}`).toBe(true);
      expect(existsSync(join(root, 'rules', `${rule.id}.md`)), `doc of ${rule.id}`).toBe(true);
      expect(existsSync(join(root, 'test/unit/rules', `${rule.id}.test.ts`)), `test of ${rule.id}`).toBe(true);
    }
  });
});

describe('layering', () => {
  it('src/core imports nothing from src/rules and names no rule id', () => {
    const ids = catalogue.map((r) => r.id);
    for (const file of tsFiles(join(root, 'src/core'))) {
      const where = relative(root, file);
      for (const spec of importsOf(file)) expect(spec, where).not.toMatch(/(?:^|\/)rules\//);
      const text = readFileSync(file, 'utf8');
      for (const id of ids) expect(text.includes(`'${id}'`) || text.includes(`"${id}"`), `${where} names ${id}`).toBe(false);
    }
  });

  it('no rule module imports another rule module; shared code comes from src/rules/lib', () => {
    for (const category of CATEGORIES) {
      for (const file of tsFiles(join(root, 'src/rules', category))) {
        for (const spec of importsOf(file)) {
          if (!spec.startsWith('.')) continue;
          expect(spec, relative(root, file)).toMatch(/^(?:\.\.\/lib\/|\.\.\/\.\.\/core\/|\.\.\/\.\.\/\.\.\/rules\/data\/)/);
        }
      }
    }
  });

  it('a table of rules/data is imported by one module of src/rules, and a rule module imports only its own', () => {
    const importers = new Map<string, string[]>();
    for (const file of tsFiles(join(root, 'src'))) {
      for (const spec of importsOf(file)) {
        const table = /(?:^|\/)rules\/data\/([^/]+)\.yaml$/.exec(spec)?.[1];
        if (!table) continue;
        const where = relative(root, file);
        importers.set(table, [...(importers.get(table) ?? []), where]);
        const category = relative(join(root, 'src/rules'), file).split(/[\\/]/)[0]!;
        if (CATEGORIES.includes(category)) expect(table, where).toBe(file.replace(/^.*[\\/]|\.ts$/g, ''));
      }
    }
    for (const [table, files] of importers) expect(files, table).toHaveLength(1);
  });

  it('only the entry (src/index.ts) imports the rule registry', () => {
    for (const file of tsFiles(join(root, 'src'))) {
      if (file.includes(`${join('src', 'rules')}`) || file.endsWith(join('src', 'index.ts'))) continue;
      for (const spec of importsOf(file)) expect(spec, relative(root, file)).not.toMatch(/rules\/index(?:\.js)?$/);
    }
  });
});

describe('every rule emits only the fixes it declares', () => {
  const seen = new Map<string, { safe: number; confirm: number }>();
  const note = (text: string, path: string) => {
    for (const m of lint(text, { path }).messages) {
      const counts = seen.get(m.ruleId) ?? { safe: 0, confirm: 0 };
      for (const f of m.fixes) f.safe ? counts.safe++ : counts.confirm++;
      seen.set(m.ruleId, counts);
    }
  };

  it('over the doc examples, the bundled examples and generated drafts', () => {
    for (const e of docExamples()) note(e.shape === 'body' ? `# 标题\n\n${e.text}\n` : e.text, 'a.md');
    for (const d of exampleDrafts()) note(d.text, d.path);
    fc.assert(
      fc.property(draftArb(), (d) => {
        note(d.text, d.path);
      }),
      { numRuns: 300 },
    );
    const wrong: string[] = [];
    for (const rule of allRules) {
      const counts = seen.get(rule.id) ?? { safe: 0, confirm: 0 };
      if (rule.fixable === undefined && counts.safe + counts.confirm > 0) wrong.push(`${rule.id}: declares no fix, emitted ${counts.safe + counts.confirm}`);
      if (rule.fixable === 'safe' && counts.confirm > 0) wrong.push(`${rule.id}: declares safe fixes, emitted ${counts.confirm} to confirm`);
      if (rule.fixable === 'confirm' && counts.safe > 0) wrong.push(`${rule.id}: declares fixes to confirm, emitted ${counts.safe} safe`);
    }
    expect(wrong).toEqual([]);
  });
});
