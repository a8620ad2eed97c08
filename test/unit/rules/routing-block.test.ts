import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

describe('routing-block', () => {
  it('fires on 主送/抄送 lines and marks the whole line', () => {
    const text = draft('主送：县委办公室\n\n全县共收购秋粮18.6万吨。\n\n抄送：县政府办公室、县财政局');
    expect(flagged('routing-block', text)).toEqual(['主送：县委办公室', '抄送：县政府办公室、县财政局']);
    const [m] = messagesOf('routing-block', text);
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('信息稿不写“主送”栏，报送对象请写在前置信息的“报送”中，并删去这一行。');
    expect(m!.fixes).toEqual([]);
  });

  it('fires on the 单位/机关 forms, half-width colons, bold labels and lines inside a paragraph', () => {
    expect(flagged('routing-block', draft('全县共收购秋粮18.6万吨。\n主送单位: 市委办公室'))).toEqual(['主送单位: 市委办公室']);
    expect(flagged('routing-block', draft('全县共收购秋粮18.6万吨。\n\n**抄报：**市委办公室'))).toEqual(['抄报：**市委办公室']);
  });

  it('fires in a plain-text draft, after the sign-off too', () => {
    const text = '清河县秋粮收购完成93%\n\n　　全县共收购秋粮18.6万吨。\n（签发：刘建国　执笔：陈晓燕）\n抄送：县财政局\n';
    expect(flagged('routing-block', text, { path: 'a.txt' })).toEqual(['抄送：县财政局']);
  });

  it('does not fire on the words inside a sentence, nor in code', () => {
    expect(messagesOf('routing-block', draft('全县共收购秋粮18.6万吨，情况已抄送：县财政局。'))).toEqual([]);
    expect(messagesOf('routing-block', draft('全县共收购秋粮，结果已主送市委。'))).toEqual([]);
    expect(messagesOf('routing-block', draft('```\n抄送：县财政局\n```'))).toEqual([]);
  });
});
