import { describe, expect, it } from 'vitest';
import { draft, fixedAll, fixedBy, flagged, messagesOf } from '../helpers.js';

const titled = (title: string) => draft('截至2026年11月18日，清河县共收购秋粮18.6万吨。', { title });

describe('title-punctuation', () => {
  it('fires on a title ending with 。，；：、 and removes the mark safely', () => {
    for (const mark of ['。', '，', '；', '：', '、']) {
      const text = titled(`清河县秋粮收购完成计划任务93%${mark}`);
      expect(flagged('title-punctuation', text)).toEqual([mark]);
      expect(fixedBy('title-punctuation', text)).toBe(titled('清河县秋粮收购完成计划任务93%'));
    }
    const [m] = messagesOf('title-punctuation', titled('清河县秋粮收购完成。'));
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('标题末尾不加“。”，请删去。');
    expect(m!.fixes[0]!.safe).toBe(true);
  });

  it('removes a whole run of final marks at once', () => {
    expect(fixedBy('title-punctuation', titled('清河县秋粮收购完成，。'))).toBe(titled('清河县秋粮收购完成'));
  });

  it('allows ？ and ！ at the end', () => {
    expect(messagesOf('title-punctuation', titled('老旧小区充电难如何破解？'))).toEqual([]);
    expect(messagesOf('title-punctuation', titled('清河县秋粮收购提前完成！'))).toEqual([]);
  });

  it('fires on ，。； inside and offers a full-width space on confirmation only', () => {
    const text = titled('清河县秋粮收购完成93%，农户排队时间缩短一半');
    const [m] = messagesOf('title-punctuation', text);
    expect(text.slice(m!.start, m!.end)).toBe('，');
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy('title-punctuation', text)).toBe(text);
    expect(fixedBy('title-punctuation', text, { unsafe: true })).toBe(titled('清河县秋粮收购完成93%　农户排队时间缩短一半'));
    expect(flagged('title-punctuation', titled('秋粮收购完成；农户增收。'))).toEqual(['；', '。']);
  });

  it('swallows the spaces around an inner mark', () => {
    expect(fixedBy('title-punctuation', titled('秋粮收购完成 ， 农户增收'), { unsafe: true })).toBe(titled('秋粮收购完成　农户增收'));
  });

  it('does not fire on 、 or ： inside, on marks in quotations or 《》, nor on the body', () => {
    expect(messagesOf('title-punctuation', titled('清河县：秋粮收购、储存两不误'))).toEqual([]);
    expect(messagesOf('title-punctuation', titled('清河县落实《关于做好收购工作，保障农民利益的通知》'))).toEqual([]);
    expect(messagesOf('title-punctuation', titled('群众点赞“排队少了，检测快了”'))).toEqual([]);
    expect(messagesOf('title-punctuation', draft('正文有逗号，也有句号。'))).toEqual([]);
  });

  it('counts half-width marks after Chinese as the marks they stand for, leaving their change to fullwidth-punctuation', () => {
    const text = draft('正文。', { title: '清河县完成秋粮收购,农户排队时间缩短.' });
    const ms = messagesOf('title-punctuation', text);
    expect(ms.map((m) => [text.slice(m.start, m.end), m.message, m.fixes.length])).toEqual([
      [',', '标题中间不用“，”，需要分隔时请改用全角空格。', 0],
      ['.', '标题末尾不加“。”，请删去。', 0],
    ]);
    // Once fullwidth-punctuation has made them full-width, the same messages carry their fixes.
    expect(fixedAll(text)).toBe(draft('正文。', { title: '清河县完成秋粮收购，农户排队时间缩短' }));
    expect(messagesOf('title-punctuation', draft('正文。', { title: '全县GDP增长6.5%' }))).toEqual([]);
    expect(messagesOf('title-punctuation', draft('正文。', { title: '清河县收购进度达到3.' }))).toEqual([]);
  });

  it('checks the first line of a plain-text draft', () => {
    const text = '清河县秋粮收购完成，农户增收\n\n　　正文。\n';
    expect(flagged('title-punctuation', text, { path: 'a.txt' })).toEqual(['，']);
  });

  it('is stable: fixing twice equals fixing once', () => {
    const text = titled('秋粮收购完成，农户增收。');
    const once = fixedBy('title-punctuation', text, { unsafe: true });
    expect(once).toBe(titled('秋粮收购完成　农户增收'));
    expect(fixedBy('title-punctuation', once, { unsafe: true })).toBe(once);
  });
});

describe('title-punctuation: a plain-text title with ； (blind set 19, h-w19-numform)', () => {
  const head = '---\n类型: 动态\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n';
  const body = '\n\n截至11月18日，全县冬小麦播种65.3万亩，其中宽幅精播41.6万亩。\n';
  it('reads a short first line ending with its only ； before the body as the title', () => {
    expect(flagged('title-punctuation', `${head}清河县冬小麦播种65.3万亩；${body}`, { path: 'a.txt' })).toEqual(['；']);
    expect(fixedBy('title-punctuation', `${head}清河县冬小麦播种65.3万亩；${body}`, { path: 'a.txt' })).toBe(`${head}清河县冬小麦播种65.3万亩${body}`);
    expect(messagesOf('title-required', `${head}清河县冬小麦播种65.3万亩；${body}`, { path: 'a.txt' })).toEqual([]);
  });
  it('still reads a sentence, or a line alone, as body text', () => {
    // A short line closed by 。 too (review of wave 19): a one-sentence opening paragraph reads the same.
    for (const first of ['11月18日，全县冬小麦播种65.3万亩。', '全县冬小麦播种65.3万亩。宽幅精播41.6万亩。', '全县完成收购；农户满意', '清河县开通异地就医备案线上通道。']) {
      expect(messagesOf('title-required', `${head}${first}${body}`, { path: 'a.txt' }).length, first).toBe(1);
    }
    expect(messagesOf('title-required', `${head}清河县冬小麦播种65.3万亩；\n`, { path: 'a.txt' }).length).toBe(1);
    // A sign-off line after it is no body (review of wave 19): the one sentence is the body, the title is missing.
    for (const after of ['\n（签发：王强　执笔：赵敏　电话：0551-12345678）\n', '\n\n（签发：王强）\n']) {
      const text = `${head}清河县完成冬小麦播种45.6万亩。${after}`;
      expect(messagesOf('title-required', text, { path: 'a.txt' }).map((m) => m.message)[0], after).toMatch(/^缺少标题/);
      expect(flagged('title-punctuation', text, { path: 'a.txt' })).toEqual([]);
    }
  });
});

