/**
 * Validates the wording rules' data tables (rules/data/*.yaml): fields and types, no duplicates, no entry whose
 * correct form would itself be flagged, `unless` exceptions that make sense, the size the catalogue asks for,
 * and Simplified Chinese throughout.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { allRules, dataProblems } from '../../src/index.js';
import { loadedTables } from '../../src/rules/lib/data.js';
import colloquialTable from '../../rules/data/colloquial.yaml';
import confusablesTable from '../../rules/data/confusable-words.yaml';
import leaderTable from '../../rules/data/leader-modifiers.yaml';
import stockTable from '../../rules/data/stock-phrases.yaml';

describe('rules/data tables as the rules load them (src/rules/lib/data.ts)', () => {
  it('load without a problem (the build stops on one: scripts/build.mjs)', () => {
    expect(allRules.length).toBeGreaterThan(40);
    expect(dataProblems()).toEqual([]);
  });

  it('are named by the id of a rule, or start with “_” when rules share them, and exist', () => {
    const ids = new Set(allRules.map((r) => r.id));
    const tables = [...loadedTables()];
    expect(tables.map(([id]) => id)).toEqual(
      expect.arrayContaining(['confusable-words', 'stock-phrases', 'colloquial', 'leader-modifiers', 'emergency-elements', 'number-fixed-terms', '_content-cues', 'typo']),
    );
    for (const [id, file] of tables) {
      expect(ids.has(id) || id.startsWith('_'), id).toBe(true);
      expect(existsSync(join(__dirname, '..', '..', file)), file).toBe(true);
    }
  });

  it('are every table of rules/data: none is read around the loader', () => {
    const files = readdirSync(join(__dirname, '..', '..', 'rules', 'data')).filter((f) => f.endsWith('.yaml'));
    expect([...loadedTables().values()].sort()).toEqual(files.map((f) => `rules/data/${f}`).sort());
  });
});

type Row = Record<string, unknown>;
const rows = (t: unknown) => t as Row[];
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Every string in a row (nested lists included). */
const stringsOf = (row: Row): string[] =>
  Object.values(row).flatMap((v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []));

function checkPhraseTable(name: string, table: Row[], fields: Record<string, 'string' | 'string?' | 'list?' | 'number?' | 'boolean?'>, key: string, right?: string) {
  describe(name, () => {
    it('is a list of entries with the right fields and types', () => {
      expect(Array.isArray(table)).toBe(true);
      for (const row of table) {
        for (const [field, type] of Object.entries(fields)) {
          const v = row[field];
          if (type === 'string') expect(typeof v === 'string' && v.length > 0, `${JSON.stringify(row)}: ${field}`).toBe(true);
          if (type === 'string?') expect(v === undefined || (typeof v === 'string' && v.length > 0), `${JSON.stringify(row)}: ${field}`).toBe(true);
          if (type === 'list?') expect(v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string' && x)), `${JSON.stringify(row)}: ${field}`).toBe(true);
          if (type === 'number?') expect(v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0), `${JSON.stringify(row)}: ${field}`).toBe(true);
          if (type === 'boolean?') expect(v === undefined || typeof v === 'boolean', `${JSON.stringify(row)}: ${field}`).toBe(true);
        }
        expect(Object.keys(row).filter((k) => !(k in fields)), JSON.stringify(row)).toEqual([]);
      }
    });

    it(`has no duplicate ${key}`, () => {
      const seen = new Set<string>();
      const dups = table.map((r) => r[key] as string).filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
      expect(dups).toEqual([]);
    });

    if (right) {
      it(`${right} never contains ${key}, and no ${key} occurs in any ${right} (the correct form would be flagged)`, () => {
        const rights = table.map((r) => r[right] as string);
        const bad: string[] = [];
        for (const r of table) {
          const w = r[key] as string;
          if ((r[right] as string).includes(w)) bad.push(`${w} → ${r[right] as string}`);
          // (A collocation's word may lie in another entry's right where the entry's own exceptions hold it: 检察 in
          // 人民检察院, with unless 检察院.)
          const unless = (r.unless as string[] | undefined) ?? [];
          // An entry that fires only beside its context words (prev, next, after: 泄露 → 泄漏 after 燃气) cannot flag
          // another entry's correct form that holds none of them (泄露秘密).
          const context = ['prev', 'next', 'after'].flatMap((f) => (r[f] as string[] | undefined) ?? []);
          const fires = (other: string) => context.length === 0 || context.some((c) => other.includes(c));
          for (const other of rights) if (other.includes(w) && !unless.some((u) => other.includes(u)) && fires(other)) bad.push(`${w} in ${other}`);
        }
        expect(bad).toEqual([]);
      });
    }

    it('every unless exception contains its phrase', () => {
      const bad = table.flatMap((r) => ((r.unless as string[] | undefined) ?? []).filter((u) => !u.includes(r[key] as string)).map((u) => `${r[key] as string}: ${u}`));
      expect(bad).toEqual([]);
    });

    it('is Simplified Chinese only', () => {
      const bad = table.flatMap(stringsOf).filter((s) => toSimplified(s) !== s);
      expect(bad).toEqual([]);
    });
  });
}

const confusables = rows((confusablesTable as { entries: unknown }).entries);
checkPhraseTable(
  'confusable-words.yaml',
  confusables,
  { wrong: 'string', right: 'string', type: 'string', note: 'string', context: 'string?', unless: 'list?', next: 'list?', after: 'list?', prev: 'list?', before: 'list?', count: 'list?', gap: 'number?', head: 'boolean?', split: 'boolean?', noun: 'boolean?' },
  'wrong',
  'right',
);
checkPhraseTable('colloquial.yaml', rows(colloquialTable), { wrong: 'string', right: 'string', note: 'string', unless: 'list?', word: 'boolean?' }, 'wrong', 'right');
checkPhraseTable('stock-phrases.yaml', rows(stockTable), { phrase: 'string', hint: 'string?' }, 'phrase');
checkPhraseTable(
  'leader-modifiers.yaml',
  rows(leaderTable),
  { modifier: 'string', note: 'string', verbs: 'list?', open: 'string', replace: 'string?', alsoReplace: 'list?', skipBefore: 'list?', skipSentence: 'list?', requests: 'list?', parties: 'list?' },
  'modifier',
);

describe('confusable-words.yaml size and types', () => {
  it('types are typo or confusable', () => {
    expect(confusables.filter((r) => r.type !== 'typo' && r.type !== 'confusable')).toEqual([]);
  });

  it('holds at least 300 typo and 40 confusable entries', () => {
    expect(confusables.filter((r) => r.type === 'typo').length).toBeGreaterThanOrEqual(300);
    expect(confusables.filter((r) => r.type === 'confusable').length).toBeGreaterThanOrEqual(40);
  });

  it('keeps the catalogue pairs', () => {
    const pairs = new Map(confusables.map((r) => [r.wrong as string, r.right as string]));
    for (const [w, r] of [
      ['截止目前', '截至目前'], ['其它', '其他'], ['布署', '部署'], ['帐户', '账户'], ['做出决定', '作出决定'],
      ['制订法规', '制定法规'], ['反应问题', '反映问题'], ['交待', '交代'], ['泄漏秘密', '泄露秘密'], ['登陆系统', '登录系统'],
      ['撤消', '撤销'], ['按装', '安装'], ['做为', '作为'], ['签定', '签订'], ['贯切', '贯彻'], ['迫不急待', '迫不及待'], ['按步就班', '按部就班'],
    ]) {
      expect(pairs.get(w!), w).toBe(r);
    }
  });

  it('no wrong form is a fragment of another entry\'s unless that would hide it by accident', () => {
    // An unless string must not itself be a wrong form of another entry (that entry would never fire there).
    const wrongs = new Set(confusables.map((r) => r.wrong as string));
    const bad = confusables.flatMap((r) => ((r.unless as string[] | undefined) ?? []).filter((u) => wrongs.has(u)));
    expect(bad).toEqual([]);
  });
});

describe('leader-modifiers.yaml', () => {
  it('lists the verbs each modifier is reported before, unless it is reported before any word (open: any)', () => {
    for (const r of rows(leaderTable)) if (r.open !== 'any') expect((r.verbs as string[]).length, r.modifier as string).toBeGreaterThan(0);
  });

  it('opens a modifier to other words as none, verb or any; gives a replacement only where any word may follow', () => {
    for (const r of rows(leaderTable)) {
      expect(['none', 'verb', 'any'], r.modifier as string).toContain(r.open);
      if (r.replace !== undefined) expect(r.open, r.modifier as string).toBe('any');
      if (r.alsoReplace !== undefined) expect(r.replace, `${r.modifier as string}: alsoReplace comes after a replace`).toBeDefined();
    }
  });
});
