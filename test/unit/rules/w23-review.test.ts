import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

// Review of the w23 merges: each test fails on the merged rules (63d1c837) and passes after its mend.
describe('w23 review', () => {
  it('enumeration-comma: the grade of a response after 防风/防台风/大风 is no wind estimate (a safe fix would merge two levels)', () => {
    const quiet = [
      '省防指先后启动防台风三、四级应急响应。',
      '全市启动防风一、二级应急响应。',
      '市防指将防风四、五级响应提升为三级。',
      '县气象台发布大风三、四级预警。',
    ];
    for (const body of quiet) expect(messagesOf('enumeration-comma', draft(body)), body).toEqual([]);
    expect(flagged('enumeration-comma', draft('受台风影响，沿海风力七、八级，阵风九级。'))).toEqual(['七、八']);
    expect(flagged('enumeration-comma', draft('11月21日白天偏北风四、五级，夜间减弱。'))).toEqual(['四、五']);
  });

  it('problem-needs-remedy: a verb of work whose object opens with 不/未/难 is still work done on the problem', () => {
    const quiet = [
      '执法人员现场纠正不文明驾驶行为等问题23起。',
      '学校及时处理不合理收费问题3件。',
      '镇司法所成功调解难点矛盾纠纷12件。',
      '综合执法队清除未经审批的违规户外广告隐患32处。',
    ];
    for (const body of quiet) expect(messagesOf('problem-needs-remedy', draft(body)), body).toEqual([]);
    expect(messagesOf('problem-needs-remedy', draft('部分村生活垃圾清理不及时的问题较为突出。'))).toHaveLength(1);
    expect(messagesOf('problem-needs-remedy', draft('部分乡镇河道垃圾清理滞后，群众意见较大。'))).toHaveLength(1);
  });

  it('sum-consistency: a sibling figure is no whole of a labelled share', () => {
    const quiet = [
      '全县小麦播种面积56万亩，玉米播种面积80万亩，小麦占比为30%。',
      '该镇种植辣椒2000亩，番茄3000亩，辣椒占比为12%。',
      '全县高速公路里程120公里，国省道里程560公里，高速公路占比为8%。',
      '全县二级医院门诊量32万人次，乡镇卫生院门诊量85万人次，二级医院占比为18%。',
    ];
    for (const body of quiet) expect(messagesOf('sum-consistency', draft(body)), body).toEqual([]);
    expect(messagesOf('sum-consistency', draft('2026年全县农业总产值86亿元，设施农业产值21.5亿元，设施农业占比为31%。'))).toHaveLength(1);
  });

  it('confusable-words: the w23 entries stay quiet on the words they cross into', () => {
    const quiet = [
      '网格员在社区检查院落卫生和消防通道情况。',
      '物业公司在小区检查院内积水点12处。',
      '县财政拨离退休人员生活补贴320万元。',
      '疫苗接种点设在县防空办一楼大厅。',
      '部门复合材料产业产值增长12%。',
      '机构复合增长率达15%。',
      '经现场复合型人才评估，共有28人入选。',
      '专家复合肥试验田亩产提高8%。',
      '去除杂志社的不合理收费项目。',
    ];
    for (const body of quiet) expect(messagesOf('confusable-words', draft(body)), body).toEqual([]);
    expect(flagged('confusable-words', draft('市检查院对该案提起公诉。'))).toEqual(['检查院']);
    expect(flagged('confusable-words', draft('经专家复合，结论无误。'))).toEqual(['复合']);
    expect(flagged('confusable-words', draft('对小麦纹枯病开展统一防空。'))).toEqual(['防空']);
  });
});
