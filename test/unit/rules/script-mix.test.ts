import { describe, expect, it } from 'vitest';
import { dataProblems } from '../../../src/index.js';
import { loadedTables } from '../../../src/rules/lib/data.js';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'script-mix';

describe('script-mix', () => {
  it('reads rules/data/script-mix.yaml through the one loader (src/rules/lib/data.ts), without a problem', () => {
    expect(loadedTables().get(R)).toBe(`rules/data/${R}.yaml`);
    expect(dataProblems().filter((p) => p.file === `rules/data/${R}.yaml`)).toEqual([]);
  });

  it('finds 著 where the standard writes 着 (着力、随着、沉着), by the dictionary, and leaves 显著、著名、执著', () => {
    expect(flagged(R, draft('清河县著力打造产业带，随著气温下降，干部沉著应对，本著“能简则简”的原则，处处为居民著想。'))).toEqual(['著', '著', '著', '著', '著']);
    expect(fixedBy(R, draft('清河县著力打造产业带，干部沉著应对。'))).toBe(draft('清河县着力打造产业带，干部沉着应对。'));
    expect(flagged(R, draft('取得显著成效，著名书法家，著作权登记86件，读名著，编著的县志，成效卓著，坚守执著，土著居民。'))).toEqual([]);
    // A quotation keeps its spelling (keepQuoted), a traditional draft is not asked for 着.
    expect(flagged(R, draft('他说“著力打造”。'))).toEqual([]);
  });

  it('finds runs of traditional characters in a simplified draft', () => {
    expect(flagged(R, draft('各乡镇组织學習交流會議24场。'))).toEqual(['學習', '會議']);
    const [m] = messagesOf(R, draft('组织學習。'));
    expect(m!.message).toBe('“學習”是繁体字，简体稿件中应写作“学习”。');
  });

  it('converts them safely with OpenCC', () => {
    expect(fixedBy(R, draft('各鄉鎮組織學習交流會議，發揮作用。'))).toBe(draft('各乡镇组织学习交流会议，发挥作用。'));
  });

  it('leaves characters that are also right in simplified text', () => {
    const body = '乾隆年间修建的乾县古桥、乾坤湾景区，张乾同志作了著名的讲话，给予慰藉，登上瞭望塔，覆盖全县。';
    expect(messagesOf(R, draft(body))).toEqual([]);
    // …but converts them inside a traditional word.
    expect(flagged(R, draft('环境乾淨整洁。'))).toEqual(['乾淨']);
  });

  it('leaves the standard characters of personal names alone in a name, not elsewhere', () => {
    const names = '护士长於晓燕测量血压，书记於建平介绍，教师王昇辅导，农技员李昇华带队，村民张陞返乡，於姓是大姓。';
    expect(messagesOf(R, draft(names))).toEqual([]);
    expect(flagged(R, draft('於是大家开会，旭日東昇。'))).toEqual(['於', '東昇']);
  });

  it('reads 於 as a surname in a list of people and after 干部、代表 (issue 14 §4)', () => {
    const names = [
      '青石镇干部於晓红、萧建华带队检查了燃气经营点。',
      '参加验收的有县水利局工程师萧海、於振华和设计单位代表2人。',
      '县农业农村局干部於红梅、萧志远、陈立新组成工作组。',
      '人大代表於建国到会。',
    ];
    for (const t of names) expect(messagesOf(R, draft(t)), t).toEqual([]);
    // 於 as the preposition stays a traditional character, also before a list.
    expect(flagged(R, draft('工作组位於城关、城南两个街道，对於群众反映的问题逐一回复。'))).toEqual(['於', '於']);
  });

  it('leaves quotations and 《》 titles alone unless keepQuoted is false', () => {
    const text = draft('学习《論語》和“學而時習之”。');
    expect(messagesOf(R, text)).toEqual([]);
    expect(flagged(R, text, { config: { rules: { [R]: { keepQuoted: false } } } })).toEqual(['論語', '學', '時習']);
  });

  it('checks a traditional draft for simplified characters when script is traditional', () => {
    const config = { script: 'traditional', rules: {} };
    const title = '清河縣完成秋糧收購任務';
    expect(flagged(R, draft('各鄉鎮組織学习交流會議。', { title }), { config })).toEqual(['学习']);
    expect(fixedBy(R, draft('組織学习。', { title }), { config })).toBe(draft('組織學習。', { title }));
  });

  it('does not touch code or URLs', () => {
    expect(messagesOf(R, draft('代码`學習`和 https://example.com/學習 不查。'))).toEqual([]);
  });
});

describe('script-mix: the surname 於 before a word that follows only a person (h-b10)', () => {
  it('keeps 将於晓东等3人、对於海峰同志、於志强涉嫌; still reports the preposition 於', () => {
    expect(flagged('script-mix', draft('县法院将於晓东等3人非法采砂案公开宣判，追缴违法所得12万元。'))).toEqual([]);
    expect(flagged('script-mix', draft('县委组织部对於海峰同志拟任职情况进行公示，公示期5个工作日。'))).toEqual([]);
    expect(flagged('script-mix', draft('县检察院依法对於志强涉嫌非法占用农用地案提起公诉。'))).toEqual([]);
    expect(flagged('script-mix', draft('会议将於建平县召开，参会人员120名。'))).toEqual(['於']);
    expect(flagged('script-mix', draft('县里对於违规行为一律严肃处理，11月处理3人。'))).toEqual(['於']);
    expect(flagged('script-mix', draft('项目将於本月底前完工，共投资86万元。'))).toEqual(['於']);
  });

  it('reads 麴 as a surname in a name\'s position, as 於 (通用规范汉字表 keeps it for surnames; h-s9-freshfa)', () => {
    expect(flagged('script-mix', draft('县侨办干部麴玉兰获评全市优秀基层统战干部，麴姓在本县有312户。'))).toEqual([]);
    expect(flagged('script-mix', draft('酒麴发酵车间11月投产。'))).toEqual(['麴']);
  });
});

describe('script-mix: 於 opening a village\'s or a town\'s name (h-w18-typofa)', () => {
  it('keeps 於家庄村、於溪镇 where a place begins; still reports the preposition before a place', () => {
    expect(flagged('script-mix', draft('10月，於家庄村完成通组公路硬化3.2公里，於溪镇新建村级卫生室2所。'))).toEqual([]);
    expect(flagged('script-mix', draft('活动位於石门镇，关键在於乡村振兴。'))).toEqual(['於', '於']);
    expect(flagged('script-mix', draft('该县於本镇召开现场会。'))).toEqual(['於']);
    // (After review.) A common word after it is the preposition's object, not a place's own name.
    expect(flagged('script-mix', draft('全县於农村地区推广清洁能源，全镇於每个社区设立服务点，本区於城区街道推行垃圾分类，全市於乡镇一级设立调解室。'))).toEqual(['於', '於', '於', '於']);
  });

  it('leaves the surname 於 in a sign-off field, and still reports a traditional character there (wave w22b)', () => {
    const signed = (who: string) => `# 县水利局完成水库检查\n\n11月，县水利局检查小型水库23座。\n\n（签发：${who}　执笔：林小雨　电话：0599-7321046）\n`;
    expect(flagged('script-mix', signed('於文君'))).toEqual([]);
    expect(flagged('script-mix', signed('劉海燕'))).toEqual(['劉']);
    expect(flagged('script-mix', '# 标题\n\n联系人：於丽，审核人：於晓峰。\n')).toEqual([]);
  });
});
