import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

// Wave w23b, group vocab (blind set 30: trade terms with one same-sound character): the trades' words of
// rules/data/typo.yaml `trade`, which jieba lacks or counts low, are intended words. Each test fails on the rules as
// they were before the change.
const QUIET: readonly string[] = [
  '县城污水处理厂出水氨氮、总磷指标稳定达到一级A标准。',
  '全县规模以上工业企业达到186家，比2025年末增加14家。',
  '企业罐区周边设置了围堰，事故废水可全部收集。',
  '县医保局开通异地就医备案线上办理，办理时间缩短到1天。',
  '粮食烘干季，全县烘干企业实行24小时值班。',
  '河湾镇不少散养户准备提前出栏生猪。',
  '全县春茶季收购茶青1.86万吨，收购均价每斤38元。',
  '县民政局对因病致困的87户家庭及时兜底保障。',
  '县农业农村局把防止耕地撂荒的工作部署到186个行政村。',
  '受春节消费带动，部分商超的年货一度脱销。',
];

describe('typo: the trades\' vocabulary, wave w23b', () => {
  it('a trade word the dictionary lacks or counts low is the intended word of a slip', () => {
    expect(flagged('typo', draft('2026年1月至10月，河口断面安氮平均浓度为0.38毫克/升。'))).toEqual(['安氮']);
    expect(flagged('typo', draft('县生态环境局对城东水厂下游3个国控段面开展加密监测。'))).toEqual(['国控段面']);
    expect(flagged('typo', draft('全县新增规模已上工业企业12家，总数达到168家。'))).toEqual(['规模已上']);
    expect(flagged('typo', draft('县里在高速公路服务区新建快速充电庄40个。'))).toEqual(['充电庄']);
    expect(flagged('typo', draft('全区一般工业固费综合利用率达到90%。'))).toEqual(['固费']);
    expect(flagged('typo', draft('水利局对8座小型水库的益洪道开展安全鉴定。'))).toEqual(['益洪道']);
    // Silent on the trade words written right, and on same-sound words of their own beside them.
    for (const body of QUIET) expect(messagesOf('typo', draft(body)), body).toEqual([]);
  });

  it('a trade word jieba tags as a name is no name: 许可证 after 排污', () => {
    expect(flagged('typo', draft('县生态环境局2026年核发排污许可症52张。'))).toEqual(['许可症']);
  });
});
