import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'fullwidth-alnum';

describe('fullwidth-alnum', () => {
  it('fires on full-width digits, letters and ％, one message per run', () => {
    expect(flagged(R, draft('全县共有１２个乡镇，增长５０％，建成ＡＢＣ园区。'))).toEqual(['１２', '５０％', 'ＡＢＣ']);
    expect(flagged(R, draft('依据清政发〔２０２４〕１号文件执行。'))).toEqual(['２０２４', '１']);
    expect(flagged(R, draft('增长50％。'))).toEqual(['％']);
  });

  it('says what it found and fixes it safely', () => {
    const [m] = messagesOf(R, draft('共有１２个乡镇。'));
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('全角数字“１２”应改为半角“12”。');
    expect(m!.fixes[0]!.safe).toBe(true);
    expect(fixedBy(R, draft('依据清政发〔２０２４〕１号文件，完成率ｂ级的９０％。'))).toBe(draft('依据清政发〔2024〕1号文件，完成率b级的90%。'));
  });

  it('does not fire on half-width text, other full-width marks, code, URLs or front matter', () => {
    expect(messagesOf(R, draft('共有12个乡镇，增长50%，〔2024〕1号，圆周率3.14，收入1,000元，ⅩⅩ同志，＊＊单位。'))).toEqual([]);
    expect(messagesOf(R, draft('代码`ｘ＝１２`不查。'))).toEqual([]);
    expect(messagesOf(R, '---\n类型: 动态\n备注: 共１２个\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
  });
});

describe('fullwidth-alnum: a full-width decimal point (h-b15-content)', () => {
  it('changes ９８．６％ as one figure', () => {
    expect(flagged('fullwidth-alnum', draft('接种率达到９８．６％。'))).toEqual(['９８．６％']);
    expect(fixedBy('fullwidth-alnum', draft('人均增加１．２万元。'))).toBe(draft('人均增加1.2万元。'));
  });
});


describe('fullwidth-alnum: a figure mixing full- and half-width digits and points (h-b18-mend)', () => {
  it('flags the whole figure and fixes it as one edit', () => {
    for (const [figure, half] of [['９８．6', '98.6'], ['９８.6', '98.6'], ['1２.5', '12.5'], ['３1．6', '31.6'], ['5．６', '5.6'], ['２０2６', '2026']] as const) {
      const text = draft(`全县参保率达到${figure}个百分点。`);
      expect(flagged(R, text), figure).toEqual([figure]);
      const [m] = messagesOf(R, text);
      expect(m!.fixes[0]!.edits, figure).toHaveLength(1);
      expect(m!.message, figure).toBe(`全角数字“${figure}”应改为半角“${half}”。`);
      expect(fixedBy(R, text), figure).toBe(draft(`全县参保率达到${half}个百分点。`));
    }
    expect(fixedBy(R, draft('普及率达到９7.５％。'))).toBe(draft('普及率达到97.5%。'));
  });
  it('leaves a half-width figure alone: its ％ alone, its ． to number-decimal', () => {
    expect(flagged(R, draft('增长50％，达到5Ｇ标准。'))).toEqual(['％', 'Ｇ']);
    expect(messagesOf(R, draft('参保率达到98．6%。'))).toEqual([]);
    expect(messagesOf(R, draft('参保率达到98.6%，新增12.5万亩。'))).toEqual([]);
  });
});
