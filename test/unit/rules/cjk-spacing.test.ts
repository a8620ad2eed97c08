import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'cjk-spacing';

describe('cjk-spacing', () => {
  it('fires on spaces between Chinese and digits or Latin letters', () => {
    expect(flagged(R, draft('全县 11 个乡镇共 12 个网点。'))).toEqual([' ', ' ', ' ', ' ']);
    expect(flagged(R, draft('使用 APP 办理，增长50% 以上。'))).toEqual([' ', ' ', ' ']);
    // A pasted no-break or odd-width space there is invisible-chars' (one message per gap), cjk-spacing's when it is off.
    expect(flagged(R, draft('全县\u00a011个乡镇，共\u300012个网点，15\u2009吨。'))).toEqual(['\u3000']);
    const off = { config: { rules: { 'invisible-chars': 'off' } } };
    expect(flagged(R, draft('全县\u00a011个乡镇，共\u300012个网点，15\u2009吨。'), off)).toEqual(['\u00a0', '\u3000', '\u2009']);
    expect(messagesOf(R, draft('共15\u2009吨。'), off)[0]!.message).toBe('汉字与数字、字母之间不加特殊空格，请删除。');
  });

  it('fixes them safely by removing the spaces', () => {
    const [m] = messagesOf(R, draft('全县 11个乡镇。'));
    expect(m!.message).toBe('汉字与数字、字母之间不加空格，请删除。');
    expect(m!.fixes[0]!.safe).toBe(true);
    expect(fixedBy(R, draft('全县  11 个乡镇使用 APP 办理。'))).toBe(draft('全县11个乡镇使用APP办理。'));
  });

  it('leaves indentation, Latin words, English phrases, code, URLs, the sign-off and front matter alone', () => {
    expect(messagesOf(R, draft('Hello world，全县11个乡镇。'))).toEqual([]);
    expect(messagesOf(R, draft('　　全县11个乡镇。', { kind: null, title: null }), { path: 'a.txt' })).toEqual([]);
    expect(messagesOf(R, draft('会上发布了 Guidelines for Rural Water Supply 一书。'))).toEqual([]);
    expect(messagesOf(R, draft('运行 `npm test` 命令，访问 www.gov.cn 查询。'))).toEqual([]);
    expect(messagesOf(R, draft('全县11个乡镇。\n\n（签发：张三　执笔：李四　电话：0551-6283417）'))).toEqual([]);
    expect(messagesOf(R, draft('有关情况请联系李四　0551-6283417。'))).toHaveLength(1);
    expect(messagesOf(R, '---\n类型: 动态\n备注: 共 12 个\n---\n\n# 标题\n\n正文。\n')).toEqual([]);
    // A space before a full-width mark of pause goes too (b89 wave: 达到63% ，).
    expect(fixedBy(R, draft('中国 ，共同体。'))).toBe(draft('中国，共同体。'));
  });

  it('a pinyin annotation is no English phrase next to a space', () => {
    expect(flagged(R, draft('电影网(wǎng)004km.cn 联合发布。'))).toEqual([' ']);
    expect(messagesOf(R, draft('会上发布了 Guidelines for Rural Water Supply 一书。'))).toEqual([]);
  });

  it('leaves one full-width space between the parts of a title (title-punctuation puts it there)', () => {
    expect(messagesOf(R, draft('正文。', { title: '清河县秋粮收购完成93%　农户排队时间缩短一半' }))).toEqual([]);
    expect(messagesOf(R, draft('正文。', { title: '清河县秋粮收购完成93% 农户排队时间缩短一半' }))).toHaveLength(1);
    expect(messagesOf(R, draft('全县完成93%　农户排队时间缩短一半。'))).toHaveLength(1);
  });
});

describe('cjk-spacing: a space before a full-width mark of pause (b89 wave)', () => {
  it('removes the space in 63% ， and 3200亩 。, not a full-width space between a slogan’s parts', () => {
    const id = 'cjk-spacing';
    expect(fixedBy(id, draft('占比达到 63% ，比上年提高8个百分点。'))).toBe(draft('占比达到63%，比上年提高8个百分点。'));
    expect(fixedBy(id, draft('完成高标准农田建设3200亩 。'))).toBe(draft('完成高标准农田建设3200亩。'));
    expect(messagesOf(id, draft('新建驿站14个 ，寄递包裹5600件。'))[0]!.message).toContain('全角标点前');
    expect(flagged(id, draft('县妇联举办“巾帼心向党　奋进新征程”主题宣讲12场。'))).toEqual([]);
  });
});

describe('cjk-spacing after blind set 13', () => {
  it('removes a space between a full-width quotation mark, title mark or bracket and the word beside it', () => {
    expect(fixedBy('cjk-spacing', draft('参保群众可通过“澜湾医保” APP 预约办理。'))).toBe(draft('参保群众可通过“澜湾医保”APP预约办理。'));
    expect(fixedBy('cjk-spacing', draft('居民可关注“石门发布” 微信公众号报名，县里印发 《实施方案》 共12条。'))).toBe(
      draft('居民可关注“石门发布”微信公众号报名，县里印发《实施方案》共12条。'),
    );
    expect(messagesOf('cjk-spacing', draft('居民可关注“石门发布” 微信公众号报名。'))[0]!.message).toContain('引号');
  });
});
