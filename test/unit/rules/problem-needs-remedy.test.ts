import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const ID = 'problem-needs-remedy';

describe(ID, () => {
  it('fires on a problem with no suggestion or measure, pointing at the problem sentence', () => {
    const text = draft('全县共有农村客运班线47条。部分班线停运问题较为突出，沿线群众出行存在困难。经调查，原因主要是客流下降。', { kind: '问题' });
    expect(flagged(ID, text)).toEqual(['部分班线停运问题较为突出，沿线群众出行存在困难。']);
    const [m] = messagesOf(ID, text);
    expect(m!.severity).toBe('error');
    expect(m!.message).toMatch(/^本句反映了问题，/);
    expect(m!.fixes).toEqual([]);
  });

  it('is an error for 问题, 建议 and 社情民意, a warning otherwise', () => {
    const body = '秋粮收购进度偏慢，烘干能力不足。';
    expect(messagesOf(ID, draft(body, { kind: '建议' }))[0]!.severity).toBe('error');
    expect(messagesOf(ID, draft(body, { kind: '社情民意' }))[0]!.severity).toBe('error');
    expect(messagesOf(ID, draft(body, { kind: '动态' }))[0]!.severity).toBe('warning');
    expect(messagesOf(ID, draft(body, { kind: '经验' }))[0]!.severity).toBe('warning');
  });

  it('judges the whole item: a suggestion or a measure anywhere passes', () => {
    for (const remedy of [
      '建议由县财政局安排应急资金。',
      '县里已采取三项措施，下一步将增开班次。',
      '下一步，县交通运输局将调整线路。',
      '县交通运输局拟于12月恢复3条班线。',
      '县政府已责成县交通运输局限期整改。',
      '县交通运输局正在协调企业恢复运营。',
      '县政府要求各乡镇尽快恢复班线运营。',
      '应尽快出台农村客运财政补贴办法。',
      '群众希望尽快恢复班线。',
    ]) {
      expect(messagesOf(ID, draft(`部分班线停运问题较为突出。${remedy}`, { kind: '问题' })), remedy).toEqual([]);
    }
  });

  it('does not take handled, denied or settled problems, nor categories of people, for problem statements', () => {
    for (const body of [
      '县里帮助企业解决了用工难问题，新增岗位120个。',
      '检查组共检查企业36家，没有发现问题。',
      '上次督查发现的问题整改完成。',
      '县委常委会研究解决秋粮收购资金问题。',
      '为困难群众发放取暖补贴86万元。',
      '开展安全隐患排查，覆盖企业120家。',
      '补齐农村供水短板，新建水厂2座。',
      '办理时间不足1天。',
      '县里组织风险评估，完成12个项目。',
      '问题已全部整改到位。',
      '会议指出，要防范化解重大风险。',
    ]) {
      expect(messagesOf(ID, draft(body, { kind: '动态' })), body).toEqual([]);
    }
  });

  it('skips quoted words and code', () => {
    expect(messagesOf(ID, draft('县里印发《关于解决农村饮水问题的通知》。', { kind: '动态' }))).toEqual([]);
    expect(messagesOf(ID, draft('群众说“这是老问题了”，县里随即回访。', { kind: '动态' }))).toEqual([]);
    expect(messagesOf(ID, draft('系统提示 `风险` 字样。', { kind: '动态' }))).toEqual([]);
  });

  it('points at the first sentence of a 问题 item with no problem word', () => {
    const text = draft('全县7条农村客运班线停运。沿线1.1万名群众出行受影响。', { kind: '问题' });
    expect(flagged(ID, text)).toEqual(['全县7条农村客运班线停运。']);
  });

  it('takes extra words from options', () => {
    const text = draft('全县7条农村客运班线停运。', { kind: '动态' });
    expect(messagesOf(ID, text)).toEqual([]);
    expect(flagged(ID, text, { config: { rules: { [ID]: { problemWords: ['停运'] } } } })).toEqual(['全县7条农村客运班线停运。']);
    const fixed = draft('部分班线停运问题较为突出，拟请市交通运输局支持。', { kind: '问题' });
    expect(messagesOf(ID, fixed)).toEqual([]);
  });
});
