/**
 * Rule names (each rule's `name`): every registered rule has a short Chinese display name (2–6 characters, what a
 * writer calls the fault) and an English one, no two alike; ruleName and ruleLabel (src/index.ts) read them.
 */
import { describe, expect, it } from 'vitest';
import { allRules, ruleLabel, ruleName } from '../../src/index.js';

describe('rule display names', () => {
  it('names every registered rule in Chinese (2–6 characters) and English', () => {
    for (const rule of allRules) {
      const { zh, en } = rule.name;
      const length = [...zh].length;
      expect({ id: rule.id, zh, ok: length >= 2 && length <= 6 && /\p{Script=Han}/u.test(zh) }).toEqual({ id: rule.id, zh, ok: true });
      expect({ id: rule.id, en, ok: /^[A-Z0-9][\w -]*$/.test(en) }).toEqual({ id: rule.id, en, ok: true });
    }
  });

  it('names no two rules alike', () => {
    const zh = allRules.map((r) => r.name.zh);
    expect(zh.filter((n, i) => zh.indexOf(n) !== i)).toEqual([]);
    const en = allRules.map((r) => r.name.en);
    expect(en.filter((n, i) => en.indexOf(n) !== i)).toEqual([]);
  });

  it('labels a rule as “name（id）”, and an unknown id as itself', () => {
    expect(ruleLabel('fullwidth-punctuation')).toBe('全角标点（fullwidth-punctuation）');
    expect(ruleName('self-reference').zh).toBe('自称');
    expect(ruleLabel('no-such-rule')).toBe('no-such-rule');
    expect(ruleName('no-such-rule')).toEqual({ zh: 'no-such-rule', en: 'no-such-rule' });
  });
});
