import { describe, expect, it } from 'vitest';
import { draft, fixedAll, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'paragraph-end';
const SIGNOFF = '（签发：刘建国　执笔：陈晓燕　电话：0551-6283417）';

describe('paragraph-end', () => {
  it('fires on a body paragraph that ends without a sentence-final mark, and adds 。', () => {
    const text = draft('截至2026年11月18日，清河县完成冬小麦播种38.6万亩');
    expect(flagged(R, text)).toEqual(['小麦播种38.6万亩']);
    const [m] = messagesOf(R, text);
    expect(m!.message).toBe('段末没有句末点号，请以句号“。”（或问号、叹号）结束本段。');
    expect(m!.severity).toBe('warning');
    expect(m!.fixes[0]!.safe).toBe(true);
    expect(fixedBy(R, text)).toBe(draft('截至2026年11月18日，清河县完成冬小麦播种38.6万亩。'));
    // After a closing quote or bracket, in a middle paragraph, and in a plain-text draft.
    expect(fixedBy(R, draft('石桥镇在14个村推行村民议事制度，称为“小院议事”'))).toBe(draft('石桥镇在14个村推行村民议事制度，称为“小院议事”。'));
    expect(fixedBy(R, draft('清河县2026年举办农民工技能培训班12期（每期15天）'))).toBe(draft('清河县2026年举办农民工技能培训班12期（每期15天）。'));
    const two = draft('2026年11月，城关街道收到居民来电23件，反映小区供暖温度偏低\n\n经街道核实，主要原因是换热站循环泵故障。', { kind: '社情民意' });
    expect(fixedBy(R, two)).toBe(draft('2026年11月，城关街道收到居民来电23件，反映小区供暖温度偏低。\n\n经街道核实，主要原因是换热站循环泵故障。', { kind: '社情民意' }));
    const plain = `清河县完成冬季征兵体检\n\n　　2026年11月18日，清河县完成冬季征兵体检286人\n\n${SIGNOFF}\n`;
    expect(fixedBy(R, plain, { path: 'a.txt' })).toBe(plain.replace('286人', '286人。'));
    // A paragraph that opens with a decimal is no numbered list item.
    expect(fixedBy(R, draft('12.6万吨秋粮已全部入库'))).toBe(draft('12.6万吨秋粮已全部入库。'));
  });

  it('reads what follows a sign-off line line by line: running text after it still needs its end', () => {
    // Before, a 责任编辑 line excused every line after it, and deleting that pasted line (paste-residue's safe fix)
    // then revealed the unfinished line: the fix seemed to create a fault.
    const pasted = draft('白沙镇完成农村危房改造132户。\n责任编辑：王芳\n白沙镇将继续推进农房安全排查整治');
    expect(flagged(R, pasted)).toEqual(['推进农房安全排查整治']);
    expect(flagged(R, draft('白沙镇完成农村危房改造132户。\n责任编辑：王芳\n联系电话：0551-6283417'))).toEqual([]);
    // A bracketed source line that runs over two lines is one sign-off, not running text (（来源：…⏎记者 李明）).
    expect(flagged(R, draft('白沙镇完成农村危房改造132户。\n责任编辑：王芳\n（来源：县融媒体中心\n记者 李明）'))).toEqual([]);
    expect(flagged(R, draft('白沙镇完成农村危房改造132户。\n（来源：县融媒体中心\n白沙镇将继续推进农房安全排查整治'))).toEqual(['推进农房安全排查整治']);
  });

  it('changes a final comma, semicolon or colon to 。', () => {
    expect(flagged(R, draft('清河县共设立秋粮收购网点46个，'))).toEqual(['，']);
    expect(messagesOf(R, draft('白沙镇新建村级卫生室6个；'))[0]!.message).toBe('段末是“；”，段落应以句末点号结束，请改为句号“。”。');
    expect(fixedBy(R, draft('清河县共设立秋粮收购网点46个，'))).toBe(draft('清河县共设立秋粮收购网点46个。'));
    expect(fixedBy(R, draft('白沙镇新建村级卫生室6个；'))).toBe(draft('白沙镇新建村级卫生室6个。'));
    expect(fixedBy(R, draft('柳塘乡为86户独居老人更换燃气软管：'))).toBe(draft('柳塘乡为86户独居老人更换燃气软管。'));
    // 、: something is missing, no fix; half-width and stacked marks are other rules' to change first.
    expect(messagesOf(R, draft('参加培训的有农技员、'))[0]!.fixes).toEqual([]);
    expect(messagesOf(R, draft('全县共设立收购网点46个,'))[0]!.fixes).toEqual([]);
    expect(messagesOf(R, draft('全县共设立收购网点46个，；'))[0]!.fixes).toEqual([]);
    expect(fixedAll(draft('全县共设立收购网点46个,'))).toBe(draft('全县共设立收购网点46个。'));
  });

  it('stays silent on paragraphs that end right', () => {
    for (const body of [
      '截至2026年11月18日，清河县共收购秋粮18.6万吨。',
      '村民们说：“这条路修到了大家心坎上。”',
      '全县完成收购18.6万吨，较2025年同期增长5%。（数据来源：县统计局）',
      '剩余任务能否在月底前完成？',
      '宣传、培训、演练……',
      '县农业农村局会同县发展改革委开展联合检查（共检查网点46个）。',
      '会议印发了《清河县冬季安全生产工作方案》。',
      '主要做法如下：\n\n全县统一设立收购网点46个，配备快速检测仪。',
      '一是落实属地责任；\n\n二是强化隐患排查。',
      '主要措施包括：\n\n- 设立收购网点\n- 配备检测仪',
      '正文完成。\n\n| 乡镇 | 网点 |\n|---|---|\n| 石桥镇 | 6 |',
    ]) {
      expect(messagesOf(R, draft(body)), body).toEqual([]);
    }
  });

  it('leaves headings, sign-off, unit and date lines, lists, notes and code alone', () => {
    for (const body of [
      '一、基本情况\n\n全县完成收购18.6万吨。',
      '（二）强化保障，压实责任\n\n全县落实资金500万元。',
      '**主要做法**\n\n全县落实资金500万元。',
      '基本情况\n\n全县完成收购18.6万吨。',
      '全县完成收购18.6万吨。\n\n清河县农业农村局\n2026年11月20日',
      '全县完成收购18.6万吨。\n\n清河县农业农村局\n\n2026年11月20日',
      '全县完成收购18.6万吨。\n\n拟稿：张三　审核：李四　签发人：王五',
      '全县完成收购18.6万吨。\n\n报送：县委办公室信息科',
      '全县完成收购18.6万吨。\n\n（此件公开发布）',
      '全县完成收购18.6万吨。\n附件：收购网点名单',
      '全县完成收购18.6万吨。\n\n```\nxinxi check 草稿.md\n```',
      '> 群众反映的情况属实',
      '运行`xinxi check`',
    ]) {
      expect(messagesOf(R, draft(body)), body).toEqual([]);
    }
    // Plain text: bullets, and the lines of a hard-wrapped paragraph.
    const plain = `清河县完成秋粮收购\n\n　　全县共设立收购网点46个，其中国有企业网点14个、民营\n企业网点32个，每个网点配备检测仪。\n• 国有企业网点14个\n\n${SIGNOFF}\n`;
    expect(messagesOf(R, plain, { path: 'a.txt' })).toEqual([]);
  });

  it('never leaves a fault for another rule: ……等 and ?? are reported without a fix', () => {
    expect(messagesOf(R, draft('开展宣传、培训……等'))[0]!.fixes).toEqual([]);
    expect(fixedAll(draft('开展宣传、培训……等'))).toBe(draft('开展宣传、培训……'));
    expect(messagesOf(R, draft('全县完成收购??'))[0]!.fixes).toEqual([]);
    expect(messagesOf(R, draft('为什么要推进??'))).toEqual([]);
  });
});

describe('paragraph-end: a paragraph ending in 、 (b89 wave)', () => {
  it('offers 。 for confirmation only', () => {
    const text = draft('县里11月安装燃气泄漏报警器215台、');
    const [m] = messagesOf('paragraph-end', text);
    expect(m!.fixes[0]!.safe).toBe(false);
    expect(fixedBy('paragraph-end', text)).toBe(text);
    expect(fixedBy('paragraph-end', text, { unsafe: true })).toBe(draft('县里11月安装燃气泄漏报警器215台。'));
  });
});
