import { describe, expect, it } from 'vitest';
import { applyFixes, draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'quote-marks';

describe('quote-marks', () => {
  it('fires on straight quotes around or next to Chinese, one message per pair', () => {
    expect(flagged(R, draft('群众称赞"家门口的变化"，实行"一窗受理"。'))).toEqual(['"家门口的变化"', '"一窗受理"']);
    expect(flagged(R, draft("推行'一件事'改革。"))).toEqual(["'一件事'"]);
    expect(flagged(R, draft('开通"12345"热线。'))).toEqual(['"12345"']);
  });

  it('pairs quotes by position across the whole paragraph, also over line breaks', () => {
    expect(fixedBy(R, draft('实行"一窗\n受理"，推行"一日办结"。'))).toBe(draft('实行“一窗\n受理”，推行“一日办结”。'));
  });

  it('fixes them safely, with single quotes inside a quotation', () => {
    const [m] = messagesOf(R, draft('群众称赞"家门口的变化"。'));
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('中文里的引号应使用弯引号（“”），不用直引号（"）。');
    expect(m!.fixes[0]!.safe).toBe(true);
    expect(fixedBy(R, draft('群众称赞"家门口的变化"。'))).toBe(draft('群众称赞“家门口的变化”。'));
    expect(fixedBy(R, draft('他说："实行\'一窗受理\'后方便多了。"'))).toBe(draft('他说：“实行‘一窗受理’后方便多了。”'));
    expect(fixedBy(R, draft('他说：“实行"一窗受理"后方便多了。”'))).toBe(draft('他说：“实行‘一窗受理’后方便多了。”'));
    expect(fixedBy(R, draft("所谓'三农'问题。"))).toBe(draft('所谓“三农”问题。'));
  });

  it('turns corner brackets into Chinese quotes in simplified drafts only', () => {
    expect(fixedBy(R, draft('群众称赞「家门口的『小食堂』」。'))).toBe(draft('群众称赞“家门口的‘小食堂’”。'));
    expect(messagesOf(R, draft('群眾稱讚「家門口的變化」。'), { config: { script: 'traditional' } })).toEqual([]);
  });

  it('changes a pair of corner brackets with one fix, so that no fix leaves a quotation half changed', () => {
    const text = draft('群众称赞「家门口的『小食堂』」，又称「便民」。');
    const ms = messagesOf(R, text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['「家门口的『小食堂』」', '『小食堂』', '「便民」']);
    expect(ms[0]!.message).toBe('简体中文稿件的引号用（“”），不用直角引号（「」）。');
    expect(ms[0]!.fixes[0]!.edits).toHaveLength(2);
    // One fix applied alone leaves no unpaired mark for paired-marks.
    const once = applyFixes(text, [ms[2]!]).text;
    expect(messagesOf('paired-marks', once)).toEqual([]);
    // A bracket without its partner is changed alone.
    expect(flagged(R, draft('群众称赞「家门口的变化。'))).toEqual(['「']);
  });

  it('reports a lone straight quote in Chinese without guessing a fix', () => {
    const ms = messagesOf(R, draft('群众称赞"家门口的变化。'));
    expect(ms).toHaveLength(1);
    expect(ms[0]!.fixes).toEqual([]);
  });

  it('leaves English, apostrophes, inch marks, code, URLs and front matter alone', () => {
    expect(messagesOf(R, draft('He said "hello" to me. It\'s the students\' day.\n\n全县11个乡镇。'))).toEqual([]);
    expect(messagesOf(R, draft('会上播放了 Don\'t Look Up 片段。'))).toEqual([]);
    expect(messagesOf(R, draft('代码`a = "中文"`不查，网址 https://example.com/?q="x" 不查。'))).toEqual([]);
    expect(messagesOf(R, '---\n类型: 动态\n备注: "中文"\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
    expect(messagesOf(R, draft('群众称赞“家门口的变化”。'))).toEqual([]);
  });
  it('makes a double-quoted quotation inside a quotation single, and full-width straight quotes curly', () => {
    const text = draft('村民说：“县里推行“村村通”以后，出门方便多了。”清河县建成＂15分钟便民生活圈＂12个。');
    expect(flagged(R, text)).toEqual(['“村村通”', '＂15分钟便民生活圈＂']);
    expect(fixedBy(R, text)).toBe(draft('村民说：“县里推行‘村村通’以后，出门方便多了。”清河县建成“15分钟便民生活圈”12个。'));
    // Quotations side by side, and unbalanced quotes (paired-marks' business), are left alone.
    expect(messagesOf(R, draft('推行“一窗受理”“一网通办”，他说：“好。”'))).toEqual([]);
    expect(messagesOf(R, draft('他说：“推行“一窗受理”后。'))).toEqual([]);
  });
  it('closes a “ left open with a straight quote as ”, and reads a 『』 of its own as a first-level quotation (blind sets 2, 5)', () => {
    expect(fixedBy(R, draft('龙潭镇在14个行政村设立“积分超市"，村民参与3100人次。'))).toBe(draft('龙潭镇在14个行政村设立“积分超市”，村民参与3100人次。'));
    expect(fixedBy(R, draft('云台乡在9个村推行『积分超市』。'))).toBe(draft('云台乡在9个村推行“积分超市”。'));
    expect(fixedBy(R, draft('他说：「推行『积分超市』以后，村里干净了。」'))).toBe(draft('他说：“推行‘积分超市’以后，村里干净了。”'));
    // A lone straight quote with a ” later in the paragraph is not guessed.
    expect(fixedBy(R, draft('推行“积分超市"，又推行“三资”清理。'))).toBe(draft('推行“积分超市"，又推行“三资”清理。'));
  });
});

describe('quote-marks: a straight quote opening a quotation that ” closes (h-b15-content)', () => {
  it('makes the straight opening quote “', () => {
    expect(fixedBy('quote-marks', draft('石湾镇11月启动"清河护水”志愿行动。'))).toBe(draft('石湾镇11月启动“清河护水”志愿行动。'));
    expect(fixedBy('quote-marks', draft('县妇联开展“最美家庭”和"巾帼建功”评选活动。'))).toBe(draft('县妇联开展“最美家庭”和“巾帼建功”评选活动。'));
    expect(fixedBy('quote-marks', draft('他说"好的。'))).toBe(draft('他说"好的。'));
  });
});


describe('quote-marks: the ” that closes a straight opening quote is looked for in its own segment only (h-b18-mend)', () => {
  it('does not take a ” beyond code or a link target as the closer', () => {
    expect(fixedBy(R, draft('石埠镇开展"冬季送温暖”走访活动。'))).toBe(draft('石埠镇开展“冬季送温暖”走访活动。'));
    const [m] = messagesOf(R, draft('发起"护林 `hulin` 有我”倡议。'));
    expect(m!.message).toBe('中文里的直引号（"）没有配对，请补全并改为弯引号（“”）。');
    expect(m!.fixes).toEqual([]);
  });
});
