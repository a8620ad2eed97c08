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

