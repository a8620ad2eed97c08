import { describe, expect, it } from 'vitest';
import { afterPersonField } from '../../../src/rules/lib/names.js';
import { draft, flagged } from '../helpers.js';

// One inventory of sign-off labels (src/rules/lib/sign-off.ts) for the names helper, single-paragraph and paragraph-end.
describe('sign-off labels, one inventory', () => {
  it('a name follows every person label, with or without 人, and not a contact label', () => {
    for (const label of ['签发：', '签发人：', '拟稿：', '拟稿人：', '审稿：', '校对：', '责任编辑：', '联系人：', '负责人：']) {
      expect(afterPersonField(`${label}於文君`, label.length)).toBe(true);
    }
    expect(afterPersonField('电话：於', 3)).toBe(false);
    expect(afterPersonField('联系电话：', 5)).toBe(false);
  });

  it('a 於 surname after 拟稿： is a name, not a traditional character', () => {
    expect(flagged('script-mix', draft('全县完成秋粮收购52万吨。\n\n（签发：王强　拟稿：於文君）'))).toEqual([]);
  });

  it('sign-off lines with any of the labels are neither paragraphs of the body nor sentences without a full stop', () => {
    const text = draft('全县完成秋粮收购52万吨，较2025年增加3万吨。\n\n审稿：张敏\n校对：李华\n联系电话：0536-7215038');
    expect(flagged('single-paragraph', text)).toEqual([]);
    expect(flagged('paragraph-end', text)).toEqual([]);
  });
});
