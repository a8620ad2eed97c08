import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

describe('no-attachment', () => {
  it('fires on attachment wording', () => {
    expect(flagged('no-attachment', draft('共培训860人，详见附件。'))).toEqual(['详见附件']);
    expect(flagged('no-attachment', draft('共培训860人。\n附件：培训名单'))).toEqual(['附件：']);
    expect(flagged('no-attachment', draft('具体数据见附表2。'))).toEqual(['见附表2']);
    expect(flagged('no-attachment', draft('名单附件1：略。'))).toEqual(['附件1：']);
  });

  it('fires on links to files and on images', () => {
    expect(flagged('no-attachment', draft('名单见[培训名单](名单.xlsx)。'))).toEqual(['[培训名单](名单.xlsx)']);
    expect(flagged('no-attachment', draft('现场照片![照片](a.jpg)。'))).toEqual(['![照片](a.jpg)']);
  });

  it('is an error without a fix', () => {
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
