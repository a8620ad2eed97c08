import { describe, expect, it } from 'vitest';
import { fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'emergency-sequence';
const doc = (title: string, extra = '') => `---\n类型: 紧急-续报\n${extra}---\n\n# ${title}\n\n2026年11月20日8时，累计清运土石方2640立方米，暂无人员伤亡。\n`;

describe('emergency-sequence', () => {
  it('fires on 续报 without its number', () => {
    expect(flagged(R, doc('南岭县石门镇山体塌方处置情况续报'))).toEqual(['续报']);
    // Nothing in the draft says which one: 续报一 is offered, on confirmation only.
    const [m] = messagesOf(R, doc('南岭县石门镇山体塌方处置情况续报'));
    expect(m!.message).toContain('如是第一次续报，应写作“续报一”');
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy(R, doc('南岭县石门镇山体塌方处置情况续报'), { unsafe: true })).toBe(doc('南岭县石门镇山体塌方处置情况续报一'));
    expect(fixedBy(R, doc('南岭县石门镇山体塌方处置情况（续报）'), { unsafe: true })).toBe(doc('南岭县石门镇山体塌方处置情况（续报一）'));
    expect(fixedBy(R, doc('南岭县石门镇山体塌方处置情况续报'))).toBe(doc('南岭县石门镇山体塌方处置情况续报')); // not a safe fix
  });

  it('offers the number from front matter 续报序号 (on confirmation)', () => {
    const text = doc('南岭县石门镇山体塌方处置情况续报', '续报序号: 2\n');
    const [m] = messagesOf(R, text);
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(m!.message).toContain('续报二');
    expect(fixedBy(R, text, { unsafe: true })).toBe(doc('南岭县石门镇山体塌方处置情况续报二', '续报序号: 2\n'));
    expect(fixedBy(R, doc('塌方情况续报', '续报序号: 十二\n'), { unsafe: true })).toBe(doc('塌方情况续报十二', '续报序号: 十二\n'));
    expect(fixedBy(R, text)).toBe(text); // not a safe fix
  });

  it('accepts every way of numbering', () => {
    for (const title of ['塌方处置情况续报一', '塌方处置情况续报（二）', '塌方处置情况续报(3)', '塌方处置情况第二次续报', '塌方处置情况续报之三', '塌方处置情况第2次续报', '塌方处置情况续报2']) {
      expect(messagesOf(R, doc(title))).toEqual([]);
    }
  });

  it('runs only for 紧急-续报', () => {
    const text = `---\n类型: 紧急-首报\n---\n\n# 塌方情况续报\n\n正文。\n`;
    expect(messagesOf(R, text)).toEqual([]);
  });

  it('reports a follow-up titled 最新进展 with no 续报 at all, with the number from the front matter when known', () => {
    expect(flagged(R, doc('清河县石桥镇山洪抢险最新进展'))).toEqual(['清河县石桥镇山洪抢险最新进展']);
    expect(messagesOf(R, doc('清河县石桥镇山洪抢险最新进展'))[0]!.fixes).toEqual([]);
    expect(fixedBy(R, doc('清河县石桥镇山洪抢险最新进展', '续报序号: 2\n'), { unsafe: true })).toContain('# 清河县石桥镇山洪抢险最新进展（续报二）');
    expect(messagesOf(R, doc('清河县石桥镇山洪抢险最新进展（续报二）'))).toEqual([]);
    expect(flagged(R, doc('柳塘水库管涌险情处置情况（二）'))).toEqual(['柳塘水库管涌险情处置情况（二）']);
    // A title that says nothing of a follow-up (no progress word, no number) is left alone.
    expect(messagesOf(R, doc('清河县石桥镇山洪抢险情况'))).toEqual([]);
  });

  it('reads the number however a title states it: 续报（第二次）、二次续报、续报（第2期）、续报（第三报）、（第二报）、第三次报告 (h-w9-emergency)', () => {
    for (const title of ['塌方处置情况续报（第二次）', '塌方处置情况（二次续报）', '塌方处置情况续报（第2期）', '塌方处置情况续报（第三报）', '塌方处置最新进展（第二报）', '塌方处置进展情况（第三次报送）', '关于塌方处置情况的第三次报告', '塌方处置情况续报〔2〕']) {
      expect(messagesOf(R, doc(title)), title).toEqual([]);
    }
    // A number that is not the report's stays a fault: 再次续报, 续报 beside 第2号 of something else.
    expect(flagged(R, doc('塌方处置情况再次续报'))).toEqual(['续报']);
  });

  it('reports a follow-up titled 再报、补报、（续）、处置动态、跟踪情况 (no number at all)', () => {
    for (const title of ['塌方处置情况再报', '塌方有关情况补报', '塌方处置情况（续）', '塌方处置动态', '塌方处置跟踪情况']) {
      expect(flagged(R, doc(title)), title).toEqual([title]);
    }
  });

  it('reads 续报—2, 续报（2026年第3期）, 续报（总第3期）, full-width ２, but not a count after 续报 (h-w9-emergency 3)', () => {
    for (const title of ['塌方处置情况续报—2', '塌方处置情况续报（2026年第3期）', '塌方处置情况续报（总第3期）', '塌方处置情况续报２', '塌方处置情况（第２次续报）', '塌方续报之二：3名被困群众全部获救']) {
      expect(messagesOf(R, doc(title)), title).toEqual([]);
    }
    for (const title of ['石门镇塌方续报　3名被困群众全部获救', '纸箱厂火灾续报12户疏散群众返家', '塌方续报十二户群众返家', '塌方处置情况续报（　）', '塌方处置情况续报（截至18时）']) {
      expect(flagged(R, doc(title)), title).toEqual(['续报']);
    }
  });
});

describe('emergency-sequence: the number in 类型 and in the body', () => {
  const draft = (kind: string, title: string, body = '2026年11月20日8时，累计清运土石方2640立方米，暂无人员伤亡。', extra = '') =>
    `---\n类型: ${kind}\n${extra}---\n\n# ${title}\n\n${body}\n`;

  it('reads 类型 written with its number (紧急续报二, 续报（二）, 紧急信息（续报一）) as 紧急续报 and that number', () => {
    for (const [kind, numeral] of [['紧急续报二', '二'], ['紧急续报（三）', '三'], ['续报2', '二'], ['紧急信息（续报一）', '一'], ['紧急续报第四次', '四'], ['第二次续报', '二']] as const) {
      const text = draft(kind, '塌方处置情况续报');
      expect(flagged(R, text), kind).toEqual(['续报']);
      expect(fixedBy(R, text, { unsafe: true }), kind).toBe(draft(kind, `塌方处置情况续报${numeral}`));
      expect(messagesOf(R, draft(kind, `塌方处置情况续报${numeral}`)), kind).toEqual([]);
    }
  });

  it('reports a title whose number is not the one in 类型 or 续报序号', () => {
    expect(flagged(R, draft('紧急续报二', '塌方处置情况（续报一）'))).toEqual(['续报一']);
    expect(flagged(R, draft('紧急续报', '塌方处置情况续报三', undefined, '续报序号: 2\n'))).toEqual(['续报三']);
    expect(messagesOf(R, draft('紧急续报二', '塌方处置情况（续报一）'))[0]!.fixes).toEqual([]);
    // The report's own number (第三报) and an issue number (第3期) count something else.
    expect(messagesOf(R, draft('紧急续报二', '塌方处置情况（第三报）'))).toEqual([]);
    expect(messagesOf(R, draft('紧急续报二', '塌方处置情况续报（2026年第5期）'))).toEqual([]);
    expect(messagesOf(R, draft('紧急续报二', '塌方处置情况第二次续报'))).toEqual([]);
  });

  it('reads the stage of 类型: 紧急信息 / 紧急 from the title', () => {
    expect(flagged(R, draft('紧急信息', '塌方处置情况续报'))).toEqual(['续报']);
    expect(flagged(R, draft('紧急', '塌方处置情况（续报）'))).toEqual(['续报']);
  });

  it('offers the number the body says this report follows (首报后 → 续报一, 续报一后 → 续报二), on confirmation', () => {
    const first = draft('紧急续报', '塌方处置情况续报', '2026年11月16日8时10分首报后，村道已抢通50米，暂无人员伤亡。');
    const [m] = messagesOf(R, first);
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy(R, first, { unsafe: true })).toContain('# 塌方处置情况续报一\n');
    const second = draft('紧急续报', '塌方处置情况续报', '2026年11月16日12时续报一后，受损网箱已查清，暂无人员伤亡。');
    expect(fixedBy(R, second, { unsafe: true })).toContain('# 塌方处置情况续报二\n');
    // Further on in the paragraph, a 首报 compared with says nothing of this report's number.
    const later = draft('紧急续报', '塌方处置情况续报', '截至2026年11月16日12时，村道已抢通50米，转移群众比首报后新增12人，暂无人员伤亡。');
    expect(messagesOf(R, later)[0]!.message).toContain('如是第一次续报');
  });
});
