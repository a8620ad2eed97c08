/**
 * src/rules/names.ts: every registered rule has a short Chinese display name (2–6 characters, what a writer calls
 * the fault) and an English one, and the table names no rule that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { RULE_NAMES, ruleLabel, ruleName } from '../../src/rules/names.js';
import { allRules } from '../../src/index.js';

describe('rule display names', () => {
  it('names every registered rule in Chinese (2–6 characters) and English', () => {
    const missing = allRules.map((r) => r.id).filter((id) => !RULE_NAMES[id]);
    expect(missing).toEqual([]);
    for (const rule of allRules) {
      const { zh, en } = RULE_NAMES[rule.id]!;
      const length = [...zh].length;
      expect({ id: rule.id, zh, ok: length >= 2 && length <= 6 && /\p{Script=Han}/u.test(zh) }).toEqual({ id: rule.id, zh, ok: true });
      expect({ id: rule.id, en, ok: /^[A-Z0-9][\w -]*$/.test(en) }).toEqual({ id: rule.id, en, ok: true });
    }
  });

  it('names no rule that is not registered, and no two rules alike', () => {
    const ids = new Set(allRules.map((r) => r.id));
    expect(Object.keys(RULE_NAMES).filter((id) => !ids.has(id))).toEqual([]);
    const zh = Object.values(RULE_NAMES).map((n) => n.zh);
    expect(zh.filter((n, i) => zh.indexOf(n) !== i)).toEqual([]);
  });

  it('labels a rule as “name（id）”, and an unknown id as itself', () => {
    expect(ruleLabel('fullwidth-punctuation')).toBe('全角标点（fullwidth-punctuation）');
    expect(ruleName('self-reference').zh).toBe('自称');
    expect(ruleLabel('no-such-rule')).toBe('no-such-rule');
    expect(ruleName('no-such-rule')).toEqual({ zh: 'no-such-rule', en: 'no-such-rule' });
  });
});
