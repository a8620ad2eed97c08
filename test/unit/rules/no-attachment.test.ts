import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

describe('no-attachment', () => {
  it('fires on attachment wording', () => {
    expect(flagged('no-attachment', draft('共培训860人，详见附件。'))).toEqual(['详见附件']);
    expect(flagged('no-attachment', draft('共培训860人。\n附件：培训名单'))).toEqual(['附件：']);
    expect(flagged('no-attachment', draft('具体数据见附表2。'))).toEqual(['见附表2']);
    expect(flagged('no-attachment', draft('名单附件1：略。'))).toEqual(['附件1：']);
  });

  it('fires on 附 + a colon anywhere and on 附 saying where something is attached', () => {
    const cases: [string, string][] = [
      ['新增市场主体4860户，附：分行业统计表。', '附：'],
      ['确定“最美家庭”12户，名单附后。', '附后'],
      ['鉴定结果另附。', '另附'],
      ['其事迹材料随文附上。', '随文附'],
      ['检查记录附在文后。', '附在文后'],
      ['分配表一并附送。', '一并附'],
      ['具体项目见后附清单。', '后附'],
    ];
    for (const [text, marked] of cases) expect(flagged('no-attachment', draft(text)), text).toEqual([marked]);
  });

  it('marks a parenthesis that says something is attached, and offers to delete it for confirmation', () => {
    const text = draft('表彰先进个人36名（名单附后）。');
    expect(flagged('no-attachment', text)).toEqual(['（名单附后）']);
    expect(flagged('no-attachment', draft('发放资料3200份（附现场照片3张）。'))).toEqual(['（附现场照片3张）']);
    expect(flagged('no-attachment', draft('确定帮扶对象412户（具体名单见后附）。'))).toEqual(['（具体名单见后附）']);
    const [m] = messagesOf('no-attachment', text);
    expect(m!.fixes).toHaveLength(1);
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(m!.fixes[0]!.title).toBe('删去这段括注（需要的内容已写进正文时）');
    expect(fixedBy('no-attachment', text, { unsafe: true })).toBe(draft('表彰先进个人36名。'));
    expect(fixedBy('no-attachment', text)).toBe(text);
  });

  it('leaves words that hold 附: 附近, 附属, 附加, 附着, 依附, 附设, 附赠', () => {
    for (const text of [
      '县人民医院附近新设公交站点2个。',
      '清河县第一中学附属小学新招收学生360名。',
      '县供电公司对新装用户不收取附加费。',
      '组织群众清理河道两岸附着的杂草12公里。',
      '柳塘乡对依附山体搭建的3处简易棚进行了拆除。',
      '县医院附设的老年病房新增床位40张。',
      '城关街道为新办营业执照的商户免费附赠印章126套。',
      '对14座小型水库的附属设施开展检修。',
    ]) {
      expect(messagesOf('no-attachment', draft(text)), text).toEqual([]);
    }
  });

  it('fires on links to files and on images', () => {
    expect(flagged('no-attachment', draft('名单见[培训名单](名单.xlsx)。'))).toEqual(['[培训名单](名单.xlsx)']);
    expect(flagged('no-attachment', draft('现场照片![照片](a.jpg)。'))).toEqual(['![照片](a.jpg)']);
  });

  it('is an error, without a fix when the words are part of a sentence', () => {
    const [m] = messagesOf('no-attachment', draft('详见附件。'));
    expect(m!.severity).toBe('error');
    expect(m!.fixes).toEqual([]);
  });

  it('does not fire on ordinary words, web links or code', () => {
    expect(messagesOf('no-attachment', draft('附近村民参与，附加条件已取消，网址[政府网](https://www.gov.cn)。'))).toEqual([]);
    expect(messagesOf('no-attachment', draft('命令 `附件：x` 不算。'))).toEqual([]);
  });
});

describe('no-attachment: bare addresses of files', () => {
  it('fires on a bare URL of a document, not on a web page', () => {
    expect(flagged('no-attachment', draft('名单见https://www.qinghe.gov.cn/files/名单.xlsx，请查阅。'))).toEqual(['https://www.qinghe.gov.cn/files/名单.xlsx']);
    expect(messagesOf('no-attachment', draft('详情见www.qinghe.gov.cn/news/1.html，请查阅。'))).toEqual([]);
  });
});
