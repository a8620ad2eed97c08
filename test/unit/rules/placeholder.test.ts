import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/engine.js';
import { rulesById } from '../../../src/index.js';
import { draft, flagged, messagesOf } from '../helpers.js';
import { sharedPath } from '../shared-docs';

describe('placeholder', () => {
  it('fires on XX, xx, XXX, ＸＸ and 20XX in Chinese text, one message each', () => {
    expect(flagged('placeholder', draft('XX副书记、xxx同志和ＸＸ主任出席，20XX年全县完成任务。'))).toEqual(['XX', 'xxx', 'ＸＸ', 'XX']);
    const [m] = messagesOf('placeholder', draft('XX副书记出席。'));
    expect(m!.severity).toBe('error');
    expect(m!.message).toBe('模板占位符“XX”尚未填写，请替换为实际内容。');
    expect(m!.messageEn).toBe('The template placeholder “XX” has not been filled in; replace it with the actual content.');
    expect(m!.fixes).toEqual([]);
  });

  it('fires on ××, ⅩⅩ, ⅹⅹ, ＊＊ and stray ** in Chinese text', () => {
    expect(flagged('placeholder', draft('省委办公厅在×××召开会议，市ⅩⅩ局、ⅹⅹ副局长出席，＊＊县委致辞。'))).toEqual(['×××', 'ⅩⅩ', 'ⅹⅹ', '＊＊']);
    expect(flagged('placeholder', draft('我谨代表**县委表示祝贺。'))).toEqual(['**']);
  });

  it('fires on single X or × standing for a number in a date', () => {
    expect(flagged('placeholder', draft('2026年X月X日召开会议，×时完成。'))).toEqual(['X', 'X', '×']);
  });

  it('fires on 某某 outside quotations, but not on a quoted one, one in 《》 or an anonymised name', () => {
    expect(flagged('placeholder', draft('某某县某某局召开会议。'))).toEqual(['某某', '某某']);
    expect(messagesOf('placeholder', draft('群众反映“某某干部不作为”。'))).toEqual([]);
    expect(messagesOf('placeholder', draft('剧目《某某的故事》上演。'))).toEqual([]);
    expect(messagesOf('placeholder', draft('犯罪嫌疑人王某某、欧阳某某已被控制。'))).toEqual([]);
  });

  it('fires on 【…】 in the body, and in the title only for template fields', () => {
    expect(flagged('placeholder', draft('截至【日期】，【单位名称】共收购秋粮18.6万吨，【此处填写主要做法】。'))).toEqual([
      '【日期】',
      '【单位名称】',
      '【此处填写主要做法】',
    ]);
    expect(flagged('placeholder', draft('收购完成。', { title: '【单位名称】秋粮收购完成93%' }))).toEqual(['【单位名称】']);
    expect(messagesOf('placeholder', draft('收购完成。', { title: '【动态】清河县秋粮收购完成93%' }))).toEqual([]);
    // The 续报 template's sequence number left as its prompt.
    expect(flagged('placeholder', draft('收购完成。', { title: '南岭县石门镇山体塌方处置情况（续报【一】）' }))).toEqual(['【一】']);
    expect(messagesOf('placeholder', draft('网帖“【曝光】某小区停水”引发关注。'))).toEqual([]);
  });

  it('leaves column, source and byline tags in 【】: they are text, in the body and the title', () => {
    for (const tag of ['【本报讯】', '【清河讯】', '【乡镇动态】', '【一线传真】', '【简讯】', '【图片新闻】', '【基层声音】', '【通讯员 陈晓燕】']) {
      expect(messagesOf('placeholder', draft(`${tag}2026年11月18日，清河县召开冬季农村道路安全工作会议。`)), tag).toEqual([]);
      expect(messagesOf('placeholder', draft('收购完成。', { title: `${tag}清河县秋粮收购完成93%` })), tag).toEqual([]);
    }
    // A tag with the words of a template field is a blank all the same.
    expect(flagged('placeholder', draft('【XX讯】2026年11月18日，清河县召开会议。'))).toEqual(['【XX讯】']);
    expect(flagged('placeholder', draft('【单位名称动态】2026年11月18日，清河县召开会议。'))).toEqual(['【单位名称动态】']);
  });

  it('fires on runs of filler symbols, a lone * before a place name and bracketed blanks', () => {
    expect(flagged('placeholder', draft('○○镇排查隐患□□处，△△村和■■村已整改，◯◯个站点建成。'))).toEqual(['○○', '□□', '△△', '■■', '◯◯']);
    expect(flagged('placeholder', draft('2026年11月18日，*县人民医院开展义诊。'))).toEqual(['*']);
    expect(
      flagged('placeholder', draft('召开（会议名称），新增就业（请填写人数）人，卫生室（数量待定）个，于［具体日期］演练，接待游客[待补充]万人次，（此处插入图表）。')),
    ).toEqual(['（会议名称）', '（请填写人数）', '（数量待定）', '［具体日期］', '[待补充]', '（此处插入图表）']);
  });

  it('leaves brackets that hold text, a single filler symbol and stars used for emphasis', () => {
    for (const text of [
      '全县地区生产总值（单位：万元）增长6.2%。',
      '城关街道（含3个社区）新增就业860人。',
      '标题不超过22字（含标点和数字），正文不超过600字。',
      '清河县人民医院（以下简称“县医院”）新增床位40张。',
      '调查问卷设“□是□否”两个选项，收回问卷1200份。',
      '县医院获评“★★★★”级服务窗口。',
    ]) {
      expect(messagesOf('placeholder', draft(text)), text).toEqual([]);
    }
  });

  it('fires on ${…}, snippet tab stops and variables, empty 〔 〕 and blanks', () => {
    expect(flagged('placeholder', draft('${单位}共收购秋粮${1:数量}万吨，$2。'))).toEqual(['${单位}', '${1:数量}', '$2']);
    expect(flagged('placeholder', draft('日期：$CURRENT_YEAR年。'))).toEqual(['$CURRENT_YEAR']);
    expect(flagged('placeholder', draft('依据清政〔 〕12号文件，共（　）人参加，完成____吨。'))).toEqual(['〔 〕', '（　）', '____']);
  });

  it('checks the title, the body and the sign-off', () => {
    const text = draft('XX县共收购秋粮18.6万吨。\n\n（签发：XX　执笔：×××）', { title: 'XX县秋粮收购完成93%' });
    expect(messagesOf('placeholder', text).map((m) => m.line)).toEqual([7, 9, 11, 11]);
  });

  it('does not fire on Latin words, dollar amounts, URLs, code, front matter or Markdown bold', () => {
    expect(messagesOf('placeholder', draft('发放XXL码防寒服200件，X光机1台，XY轴。'))).toEqual([]);
    expect(messagesOf('placeholder', draft('出口额$100万，约$5亿。'))).toEqual([]);
    expect(messagesOf('placeholder', draft('详见 https://example.gov.cn/xx/XX.html 和 `${TM_FILENAME}`。'))).toEqual([]);
    expect(messagesOf('placeholder', draft('全县**共收购**秋粮18.6万吨，**一、**基本情况。'))).toEqual([]);
    expect(messagesOf('placeholder', '---\n类型: 动态\n单位: XX县\n---\n\n# 清河县秋粮收购\n\n共收购秋粮。\n')).toEqual([]);
    expect(messagesOf('placeholder', draft('某县、某单位、3×4米、7×24小时值守。'))).toEqual([]);
    expect(messagesOf('placeholder', draft('please fill XX in the form.'))).toEqual([]);
  });

  it('finds the placeholders of a draft built from seed paragraphs (seeds 002 and 003), at their exact positions', () => {
    // Seed 002 (traditional, half-width commas, pinyin residue) and seed 003, verbatim excerpts.
    const seed002 = '近年來,市ⅹⅹ局緊緊圍繞市委市政府決策部署,牢牢把握科學(xué)發(fā)展的時(shí)代主題,突出ⅹⅹ等重點(diǎn)工作。';
    const seed003 = '刚才，XX和XX两位副主任就我县党务信息工作分别作了情况通报和安排部署，我完全同意，希望大家认真领会抓好落实。';
    const text = draft(`${seed002}${seed003}`);
    const messages = messagesOf('placeholder', text);
    const expected: [string, number][] = [];
    for (const m of text.matchAll(/ⅹⅹ|XX/gu)) expected.push([m[0], m.index]);
    expect(expected).toHaveLength(4);
    expect(messages.map((m) => [text.slice(m.start, m.end), m.start])).toEqual(expected);
    const line = text.split('\n').indexOf(`${seed002}${seed003}`) + 1;
    expect(messages.map((m) => [m.line, m.column])).toEqual([
      [line, seed002.indexOf('ⅹⅹ') + 1],
      [line, seed002.lastIndexOf('ⅹⅹ') + 1],
      [line, seed002.length + seed003.indexOf('XX') + 1],
      [line, seed002.length + seed003.lastIndexOf('XX') + 1],
    ]);
  });

  const seeds = sharedPath('seeds');
  it('finds every ⅩⅩ and ⅹⅹ of the seed documents', () => {
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(seeds, file), 'utf8');
      // Only this rule: the seeds are long, and the other rules have nothing to do with this check.
      const { messages } = lint(text, { path: 'seed.txt', rules: [rulesById.get('placeholder')!] });
      const starts = new Set(messages.map((m) => m.start));
      // Message offsets count a BOM when there is one, as matchAll does.
      for (const m of text.matchAll(/[Ⅹⅹ]{2,}/gu)) expect(starts.has(m.index)).toBe(true);
    }
  });
});

describe('placeholder: a quoted form field described', () => {
  it('leaves the value of a quoted field (“申请人：×××”), not a blank of the draft', () => {
    for (const body of [
      '青岩区11月为居民办理加装电梯手续时，将申请表中“申请人：×××”一栏改为由系统自动填写。',
      '县民政局印发样表2000份，样表在“申请人姓名：XXX，联系电话：XXX”处标明填写要求。',
    ])
      expect(flagged('placeholder', draft(body)), body).toEqual([]);
  });

  it('still reports the same blanks unquoted, or quoted without a field label', () => {
    expect(flagged('placeholder', draft('申请人：×××，联系电话：XXX。'))).toEqual(['×××', 'XXX']);
    expect(flagged('placeholder', draft('会议要求“×××乡镇12月底前完成清查”。'))).toEqual(['×××']);
    expect(flagged('placeholder', draft('会议要求“各乡镇由×××负责”。'))).toEqual(['×××']);
  });
});
