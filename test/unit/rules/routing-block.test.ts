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

  it('fires on the other labels of a distribution list and on blanks inside a label', () => {
    const cases: [string, string, string][] = [
      ['抄　送：县委办公室、县政府办公室', '抄　送：县委办公室、县政府办公室', '抄送'],
      ['报送单位：县委办公室信息科', '报送单位：县委办公室信息科', '报送单位'],
      ['呈报：县委办公室', '呈报：县委办公室', '呈报'],
      ['送：县委办公室信息科', '送：县委办公室信息科', '送'],
      ['印送：县人大常委会办公室', '印送：县人大常委会办公室', '印送'],
      ['分送：县直各单位', '分送：县直各单位', '分送'],
      ['报：县委、县政府主要领导', '报：县委、县政府主要领导', '报'],
      ['发：各乡镇人民政府', '发：各乡镇人民政府', '发'],
    ];
    for (const [line, marked, label] of cases) {
      const text = draft(`全县完成收购。\n${line}`);
      expect(flagged('routing-block', text), line).toEqual([marked]);
      expect(messagesOf('routing-block', text)[0]!.message).toContain(`“${label}”栏`);
    }
  });

  it('leaves lines that start with other words and the verbs inside a sentence', () => {
    for (const text of [
      '报告显示：清河县地区生产总值增长6.2%。',
      '冬季征兵报名结束。\n报名人数：1260人',
      '发放宣传资料3600份。\n发放范围：全镇14个村',
      '柳塘乡当天即将灾情上报：冲毁村道1.2公里。',
      '城关街道将办理情况抄送县纪委监委。',
      '送温暖活动中，白沙镇为412户困难家庭送去棉被412床。',
    ]) {
      expect(messagesOf('routing-block', draft(text)), text).toEqual([]);
    }
  });

  it('does not fire on the words inside a sentence, nor in code', () => {
    expect(messagesOf('routing-block', draft('全县共收购秋粮18.6万吨，情况已抄送：县财政局。'))).toEqual([]);
    expect(messagesOf('routing-block', draft('全县共收购秋粮，结果已主送市委。'))).toEqual([]);
    expect(messagesOf('routing-block', draft('```\n抄送：县财政局\n```'))).toEqual([]);
  });

  it('fires on a label run on after the last sentence of a paragraph, not on one inside a sentence', () => {
    for (const [text, label] of [
      ['县医保局追回医保基金86.3万元。抄送：县纪委监委。', '抄送'],
      ['白沙镇完成312户农村户厕改造。 主送：县委办公室信息科', '主送'],
      ['县人社局追回欠薪316万元！抄报:市人社局。', '抄报'],
      ['石桥镇为186名残疾人发放护理补贴11.2万元。主送单位：县残联。', '主送单位'],
      // A half-width full stop written for 。 (fullwidth-punctuation's fix makes it one: the fix creates no new message).
      ['清河县外贸进出口总额同比增长12%.主送：县委办公室', '主送'],
    ] as const) {
      const ms = messagesOf('routing-block', draft(text));
      expect(ms, text).toHaveLength(1);
      expect(ms[0]!.message).toContain(`“${label}”栏`);
    }
    for (const text of ['县政府办公室要求各乡镇在11月25日前报送：冬季安全生产检查台账。', '桂林乡发放米面油600份，送：到每户困难群众家中。', '按照v2.报送：格式填写。']) {
      expect(messagesOf('routing-block', draft(text)), text).toEqual([]);
    }
  });
});

describe('routing-block: a routing line with a blank for its colon (blind set 18)', () => {
  it('fires on 主送 区委办公室 and 抄送　县林业局、县消防救援大队 standing as lines of their own', () => {
    const text = draft('主送 区委办公室\n\n全县共收购秋粮18.6万吨。\n\n抄送　县林业局、县消防救援大队');
    expect(flagged('routing-block', text)).toEqual(['主送 区委办公室', '抄送　县林业局、县消防救援大队']);
  });

  it('stays silent on a sentence that opens with such a word, and on a label inside a line', () => {
    expect(flagged('routing-block', draft('分送各乡镇的森林防火宣传册3200册已全部发放到户。\n\n主送单位反馈的4条修改意见已全部采纳。'))).toEqual([]);
    expect(flagged('routing-block', draft('全县共收购秋粮18.6万吨，按要求抄送 县财政局备案。'))).toEqual([]);
  });
});
