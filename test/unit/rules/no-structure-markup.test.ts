import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

describe('no-structure-markup', () => {
  it('fires on headings, lists and tables in the body, marking their first line', () => {
    const text = draft('## 基本情况\n\n全县共设立收购网点46个。\n\n- 开展快速检测；\n- 发放收购贷款。\n\n| 乡镇 | 网点 |\n|---|---|\n| 城关镇 | 8 |');
    expect(flagged('no-structure-markup', text)).toEqual(['## 基本情况', '- 开展快速检测；', '| 乡镇 | 网点 |']);
    const [m] = messagesOf('no-structure-markup', text);
    expect(m!.severity).toBe('warning');
    expect(m!.fixes).toEqual([]);
  });

  it('fires on level numbers at the start of a paragraph or a line', () => {
    expect(flagged('no-structure-markup', draft('一、基本情况\n\n全县共设立收购网点46个。'))).toEqual(['一、']);
    expect(flagged('no-structure-markup', draft('（一）开展快速检测。\n（二）发放收购贷款。'))).toEqual(['（一）', '（二）']);
    expect(flagged('no-structure-markup', draft('1、开展快速检测。\n2.发放收购贷款。\n(3)兑付烘干补贴。'))).toEqual(['1、', '2.', '(3)']);
    expect(flagged('no-structure-markup', draft('第一，开展快速检测。\n第二，发放收购贷款。'))).toEqual(['第一，', '第二，']);
    expect(flagged('no-structure-markup', draft('**一、**基本情况'))).toEqual(['一、']);
  });

  it('fires on level numbers of a plain-text draft', () => {
    const text = '清河县秋粮收购完成93%\n\n　　一、基本情况\n　　全县共设立收购网点46个。\n';
    expect(flagged('no-structure-markup', text, { path: 'a.txt' })).toEqual(['一、']);
  });

  it('does not fire on 一是…二是… or 第一， inside a paragraph, nor on numbers at a line start', () => {
    expect(messagesOf('no-structure-markup', draft('全县采取三项措施：一是开展快速检测；二是发放收购贷款；三是兑付烘干补贴。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('全县采取两项措施，第一，开展快速检测，第二，发放收购贷款。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('一、二等奖获得者共12人。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('3、4月份全县降雨偏少。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('1.5万吨玉米已入库。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('2026年11月18日，全县共收购秋粮18.6万吨。'))).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('一是开展快速检测，二是发放收购贷款。'))).toEqual([]);
  });

  it('does not look at the title, the sign-off or code', () => {
    const text = draft('全县共设立收购网点46个。\n\n（签发：刘建国　执笔：陈晓燕）', { title: '一、清河县秋粮收购完成93%' });
    expect(messagesOf('no-structure-markup', text)).toEqual([]);
    expect(messagesOf('no-structure-markup', draft('`1. 代码`不算。'))).toEqual([]);
  });

  it('is off for 专报', () => {
    expect(messagesOf('no-structure-markup', draft('一、基本情况\n\n## 主要做法\n\n- 检测', { kind: '专报' }))).toEqual([]);
  });
});
