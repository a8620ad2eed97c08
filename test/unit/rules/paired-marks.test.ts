import { describe, expect, it } from 'vitest';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const R = 'paired-marks';

describe('paired-marks', () => {
  it('reports the unmatched mark', () => {
    expect(flagged(R, draft('群众称赞“家门口的变化，纷纷点赞。'))).toEqual(['“']);
    expect(flagged(R, draft('印发《实施方案，全面推开。'))).toEqual(['《']);
    expect(flagged(R, draft('共12个（其中新建3个，已投用。'))).toEqual(['（']);
    expect(flagged(R, draft('共12个其中新建3个），已投用。'))).toEqual(['）']);
    expect(flagged(R, draft('依据清政发〔2024〕1号、【急件文件执行。'))).toEqual(['【']);
    expect(flagged(R, draft('他说：“实行‘一窗受理后方便多了。”'))).toEqual(['‘']);
  });

  it('offers the opening mark for the first of two closing quotes a few characters apart (”文明家庭” → “文明家庭”, confirm)', () => {
    const text = draft('全县评选出”文明家庭”45户。');
    expect(flagged(R, text)).toEqual(['”', '”']);
    expect(fixedBy(R, text, { unsafe: true })).toBe(draft('全县评选出“文明家庭”45户。'));
    expect(fixedBy(R, text)).toBe(text);
  });

  it('is an error without a fix, naming the missing partner', () => {
    const [m] = messagesOf(R, draft('群众称赞“家门口的变化。'));
    expect(m!.severity).toBe('error');
    expect(m!.message).toBe('本段中的这个前双引号没有对应的后双引号，请补全或删除。');
    expect(m!.fixes).toEqual([]);
  });

  it('checks the whole paragraph, not a line', () => {
    expect(messagesOf(R, draft('群众称赞“家门口\n的变化”。'))).toEqual([]);
    expect(flagged(R, draft('群众称赞“家门口\n\n的变化”。'))).toEqual(['“', '”']);
  });

  it('does not fire on matched marks, apostrophes, mixed-width brackets, code or a quotation over paragraphs', () => {
    expect(messagesOf(R, draft('他说：“实行‘一窗受理’后，《方案》（试行）【要点】〔2024〕1号都已落实。”'))).toEqual([]);
    expect(messagesOf(R, draft('会上播放了 Don’t Look Up 片段，the students’ day。'))).toEqual([]);
    expect(messagesOf(R, draft('共12个（其中新建3个)，已投用。'))).toEqual([]);
    expect(messagesOf(R, draft('代码`f(“x`不查。'))).toEqual([]);
    expect(messagesOf(R, draft('“第一段引文。\n\n“第二段引文。”'))).toEqual([]);
  });

  it('leaves a quotation that opens inside its first paragraph and runs over the next ones (GB/T 15834)', () => {
    expect(messagesOf(R, draft('一位群众在来信中写道：“下班已经是19时。\n\n“如果能在20时再开一班就好了。”县交通运输局已着手测算。'))).toEqual([]);
    expect(messagesOf(R, draft('商户说：“排水沟太窄。\n\n“一下雨就漫到摊位上。\n\n“希望加宽。”县住建局已派人查看。'))).toEqual([]);
    // Not when the next paragraph does not open with “, nor when the paragraph leaves two quotations open.
    expect(flagged(R, draft('群众写道：“下班已经是19时。\n\n县交通运输局已着手测算。'))).toEqual(['“']);
    expect(flagged(R, draft('群众称赞“家门口，又说“方便。\n\n“第二段引文。”'))).toEqual(['“', '“']);
  });
});

describe('paired-marks: double quotes written the wrong way round (b89 wave)', () => {
  it('offers to swap ”方案公平“ into “方案公平”, to confirm; no fix for a lone mark', () => {
    const text = draft('低层住户称”方案公平“，11月议定方案3个。');
    const ms = messagesOf('paired-marks', text);
    expect(ms).toHaveLength(2);
    expect(ms[0]!.fixes[0]!.safe).toBe(false);
    const edits = ms[0]!.fixes[0]!.edits;
    expect(edits.map((e) => e.text)).toEqual(['“', '”']);
    expect(messagesOf('paired-marks', draft('住户称“方案公平，11月议定方案3个。'))[0]!.fixes).toEqual([]);
  });
});

describe('paired-marks after blind set 13', () => {
  it('finds a bracket of a short form closed a clause later (（以下简称市委保密办11月开展…，覆盖单位62个）)', () => {
    for (const body of [
      '澜湾市委保密委员会办公室（以下简称市委保密办11月开展保密自查自评，覆盖单位62个）。',
      '柳河县医疗保障局（简称县医保局11月开展定点医药机构专项检查，检查机构46家）。',
    ]) {
      const ms = messagesOf('paired-marks', draft(body));
      expect(ms, body).toHaveLength(1);
      expect(draft(body).slice(ms[0]!.start, ms[0]!.end)).toBe('）');
    }
    for (const body of [
      '柳河县医疗保障局（以下简称“县医保局”）11月开展检查。',
      '柳河县医疗保障局（以下简称“县医保局”，下同）11月开展检查。',
      '县政府印发《清河县农村人居环境整治提升五年行动实施方案》（以下简称《方案》）。',
    ]) {
      expect(messagesOf('paired-marks', draft(body)), body).toEqual([]);
    }
  });
});
