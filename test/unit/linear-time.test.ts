/**
 * Inputs that stalled a lint when a path was quadratic (issue 15 §5, issue 20 §4). These are stall guards, not timings:
 * each input is sized so that the linear code finishes in about a second (at most 2 s on a busy 2-core machine) and the
 * quadratic code it replaced needed 30 s to minutes on the same machine (applyFixes 102 s; the URL pattern, digits,
 * strikethrough and claims over 70 s; shares 67 s; images 44 s; word segmentation 42 s; emphasis 33 s; repeated
 * characters 31 s), far beyond the time limit. How time grows with size is measured in bench/scaling.mjs.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, lint } from '../../src/core/engine.js';
import { segmentWords, wordSegmenter } from '../../src/core/prose.js';
import type { LintMessage } from '../../src/core/types.js';
import { allRules } from '../../src/index.js';

const LIMIT = 15_000;
const FM = '---\n类型: 问题\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n# 清河县秋粮收购进度\n\n';
const check = (body: string) => lint(`${FM}${body}\n`, { path: 'a.md', rules: allRules });
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('no quadratic path on long inputs', () => {
  it('applyFixes: 100,000 edits over 400,000 characters in one pass', { timeout: LIMIT }, () => {
    const text = repeat('甲,乙乙', 400_000);
    const messages: LintMessage[] = [];
    for (let i = 1; i < text.length; i += 4) {
      messages.push({
        ruleId: 'fullwidth-punctuation', severity: 'warning', message: '', messageEn: '', start: i, end: i + 1,
        line: 1, column: i + 1, endLine: 1, endColumn: i + 2, url: '',
        fixes: [{ title: '', safe: true, edits: [{ start: i, end: i + 1, text: '，' }] }],
      });
    }
    const out = applyFixes(text, messages);
    expect(out.applied).toBe(100_000);
    expect(out.text).toBe(text.replaceAll(',', '，'));
  });

  it.each([
    ['spaces', ' '],
    ['full-width spaces', '\u3000'],
    ['tabs', '\t'],
  ])('a run of 100,000 %s in one clause (enumeration-comma, ellipsis-dash, paste-residue, repeated-char, vague-suggestion)', { timeout: LIMIT }, (_, blank) => {
    // Look-behinds and blank runs tried from every position of the run: 20,000 took 2–5 s per rule, 100,000 minutes.
    expect(check(`建议进一步加强农村公路养护管理${blank.repeat(100_000)}。`).draft.paragraphs).toHaveLength(1);
  });

  it('the front matter\'s 类型 line with 100,000 spaces before a stray quote', { timeout: LIMIT }, () => {
    // The value's span was read by a regular expression with a lazy group before optional blanks (40,000: 10 s).
    const text = `---\n类型: 动态${' '.repeat(100_000)}"\n单位: 清河县农业农村局\n日期: 2026-11-20\n---\n\n# 清河县完成秋粮收购任务\n\n全县完成收购。\n`;
    expect(lint(text, { path: 'a.md', rules: allRules }).messages.some((m) => m.ruleId === 'front-matter')).toBe(true);
  });

  it('problem-needs-remedy on 乱倒 × 80,000 (a disorder looked up against the whole sentence before it)', { timeout: LIMIT }, () => {
    // Each 乱倒 searched its sentence from the start for 居民反映 (160,000 characters: 21 s).
    expect(check(`${'乱倒'.repeat(80_000)}。`).draft.paragraphs).toHaveLength(1);
  });

  it.each([
    ['解决问题 × 80,000 (a problem worked on: 解决…问题)', '解决问题', 80_000],
    ['困难群众 × 80,000 (a category: 困难 before people)', '困难群众', 80_000],
    ['对问题的 × 40,000 (a problem before the object of work: 对…的)', '对问题的', 40_000],
  ])('problem-needs-remedy and problem-needs-cause on %s in one clause', { timeout: LIMIT }, (_, unit, times) => {
    // Each skipped problem word read its sentence to the end (solved later? a verb of work after it? an office before
    // it?): 320,000 characters of 解决问题 took 22 s, of 困难群众 36 s; 160,000 of 对问题的 over a minute.
    const { messages } = check(`${unit.repeat(times)}。`);
    expect(messages.some((m) => m.ruleId === 'problem-needs-cause')).toBe(true);
  });

  it('problem-needs-remedy on a 、 list of 20,000 objects of work led by 对 (对村务公开不及时的9个村、…的3个村逐一进行了督办)', { timeout: LIMIT }, () => {
    // The lead of a list of a measure's objects is read in the list's first item only: read from the list's start at
    // every item, 20,000 items took 43 s. Every problem of the list is still read as the measure's object (no alarm);
    // the same list with no measure after it states problems.
    const list = '村务公开不及时的9个村、'.repeat(20_000) + '财务报账不规范的3个村';
    // No front matter: a 问题 item is asked for a remedy whatever its sentences say; a plain body is asked per sentence.
    const remedy = (text: string) => lint(`${text}\n`, { path: 'a.md', rules: allRules }).messages.filter((m) => m.ruleId === 'problem-needs-remedy');
    expect(remedy(`县纪委监委对${list}逐一进行了督办。`)).toEqual([]);
    expect(remedy(`全县有${list}。`)).toHaveLength(1);
  });

  it('problem-needs-remedy and problem-needs-cause on a 、 list of 32,000 items after 解决 (解决甲、困难、甲、困难…)', { timeout: LIMIT }, () => {
    // Each 困难 walked the list back to its first item and read it for 解决 (80,000 characters: about 30 s).
    const { messages } = check(`解决${'甲、困难、'.repeat(16_000)}。`);
    expect(messages.some((m) => m.ruleId === 'problem-needs-cause')).toBe(true);
  });

  it.each([
    ['检查3起甲甲问题 × 30,000 (findings counted before the problem word)', '检查3起甲甲问题', 30_000],
    ['检查问题1处 × 30,000 (findings counted after it)', '检查问题1处', 30_000],
    ['对意见较大的 × 30,000 (a complaint in the topic of a measure)', '对意见较大的', 30_000],
    // An inspection named after a hazard, its finding looked for once a sentence (h-b11-content).
    ['开展隐患排查 × 30,000 (an inspection named after a hazard, no finding)', '开展隐患排查', 30_000],
  ])('problem-needs-remedy on %s in one clause: every problem word skipped', { timeout: LIMIT }, (_, unit, times) => {
    // Each word is read for its count, the verb of finding before it, a word saying it is still open after it, and the
    // topic before it: looked up in the sentence once, or in a bounded stretch before the word.
    expect(check(`${unit.repeat(times)}。`).draft.paragraphs).toHaveLength(1);
  });

  it('problem-needs-remedy on 被县公安局约谈 × 20,000 after 全县 in one sentence (a sanction on the writer\'s own area)', { timeout: LIMIT }, () => {
    // Each sanction walked back to its sentence's start and read that stretch for 全县 (140,000 characters: about 30 s).
    const { messages } = check(`全县问题突出${'被县公安局约谈'.repeat(20_000)}。`);
    expect(messages.some((m) => m.ruleId === 'problem-needs-remedy')).toBe(true);
  });

  it('claim-needs-data on 持续 × 100,000 (an unbounded repeated group of trend adverbs)', { timeout: LIMIT }, () => {
    expect(check(`全县${'持续'.repeat(100_000)}。`).draft.paragraphs).toHaveLength(1);
  });

  it('the URL pattern on `1.` × 100,000', { timeout: LIMIT }, () => {
    expect(check('1.'.repeat(100_000)).messages.length).toBeGreaterThan(0);
  });

  it('number rules on 100,000 digits', { timeout: LIMIT }, () => {
    const { messages } = check(repeat('1234567890', 100_000));
    expect(messages.length).toBeGreaterThan(0);
  });

  it('word segmentation of 150,000 Han characters without a mark', { timeout: LIMIT }, () => {
    // A doubled 的 makes repeated-char segment the (one) sentence.
    const han = repeat('清河县农业农村局会同县发展改革委在全县设立收购网点指导农户科学晾晒和储存玉米的的', 150_000);
    const { messages } = check(han);
    expect(messages.filter((m) => m.ruleId === 'repeated-char').length).toBeGreaterThan(1000);
  });

  it.each([
    ['*a*b × 20,000 (emphasis)', '*甲*乙'.repeat(20_000)],
    ['![a]( × 40,000 (images and links)', '![甲]('.repeat(40_000)],
    ['~~a × 40,000 (strikethrough)', '~~甲'.repeat(40_000)],
  ])('Markdown delimiters in one paragraph: %s', { timeout: LIMIT }, (_, body) => {
    expect(check(body).draft.paragraphs).toHaveLength(1);
  });

  it('typo on one paragraph of 80,000 characters without a sentence end (甲(乙 × 20,000; 、 lists; Han characters)', { timeout: LIMIT }, () => {
    // typo's guards searched the whole text for every candidate (a second use of the written form, the token after the
    // stretch, the colon before a name, the ends of a 、 unit): 18 s for 60,000 characters of 甲(乙, minutes at 80,000.
    const typo = allRules.filter((r) => r.id === 'typo');
    for (const body of ['甲(乙'.repeat(20_000), repeat('提速、提质、提效、', 80_000), repeat('清河县推进冬修水利建设', 80_000)]) {
      const { messages } = lint(`${FM}${body}\n`, { path: 'a.md', rules: typo });
      expect(Array.isArray(messages)).toBe(true);
    }
  });

  it('sum-consistency: 20,000 shares in one sentence', { timeout: LIMIT }, () => {
    const body = `全县网点共${20_000 * 2}个中，${repeat('已有17个暂停供餐，占21.8%，', 20_000 * 17)}。`;
    expect(check(body).messages.some((m) => m.ruleId === 'sum-consistency')).toBe(true);
  });

  it('claim-needs-data: 20,000 claims in one long sentence', { timeout: LIMIT }, () => {
    const body = `${repeat('收购工作成效显著，', 20_000 * 9)}。`;
    expect(check(body).messages.filter((m) => m.ruleId === 'claim-needs-data')).toHaveLength(20_000);
  });

  it('repeated-char: 60,000 sentences with a doubled 的 in one paragraph', { timeout: LIMIT }, () => {
    const body = repeat('收购的的进度加快。', 60_000 * 9);
    expect(check(body).messages.filter((m) => m.ruleId === 'repeated-char')).toHaveLength(60_000);
  });

  it('repeated-char: 30,000 doubles that start a word (共共计) in one sentence', { timeout: LIMIT }, () => {
    const body = `${repeat('共共计发放，', 30_000 * 6)}。`;
    expect(check(body).messages.filter((m) => m.ruleId === 'repeated-char')).toHaveLength(30_000);
  });

  it('de-di-de: 提供了周到地 × 40,000 in one clause', { timeout: LIMIT }, () => {
    // The object after each 提供了…地 was read to the end of its clause: 100,000 characters took 5 s, 240,000 about 30 s.
    const deDiDe = allRules.filter((r) => r.id === 'de-di-de');
    const { messages } = lint(`${FM}${'提供了周到地'.repeat(40_000)}上门服务。\n`, { path: 'a.md', rules: deDiDe });
    expect(messages.map((m) => m.ruleId)).toEqual(['de-di-de']);
  });

  it('paired-marks: 40,000 unmatched opening brackets, then 40,000 unmatched closing quotation marks, in one paragraph', { timeout: LIMIT }, () => {
    // Every unmatched mark sorted the paragraph's unmatched marks again to find its neighbours (reversedPair,
    // closingAsOpening): 10,000 took 2.9 s, 40,000 about 45 s.
    const pairedMarks = allRules.filter((r) => r.id === 'paired-marks');
    expect(lint(`${FM}${'（甲'.repeat(40_000)}\n`, { path: 'a.md', rules: pairedMarks }).messages).toHaveLength(40_000);
    expect(lint(`${FM}${'甲”'.repeat(40_000)}\n`, { path: 'a.md', rules: pairedMarks }).messages).toHaveLength(40_000);
  });

  it('quote-marks: 40,000 『…』 pairs in one paragraph', { timeout: LIMIT }, () => {
    // Whether each 『』 stands inside 「」 or “” was found by scanning the paragraph up to it for every pair: 100,000
    // characters took 7 s, 200,000 about 30 s.
    const quoteMarks = allRules.filter((r) => r.id === 'quote-marks');
    const { messages } = lint(`${FM}${'『连心桥』'.repeat(40_000)}\n`, { path: 'a.md', rules: quoteMarks });
    expect(messages).toHaveLength(40_000);
    expect(messages[0]!.fixes![0]!.edits.map((e) => e.text)).toEqual(['“', '”']);
  });

  it('quote-marks: 60,000 「 and then 60,000 』 in one paragraph', { timeout: LIMIT }, () => {
    // Each 』 searched all the open 「 for a 『, in the parser (quoted spans) and in the rule: 40,000 of each took 22 s.
    const quoteMarks = allRules.filter((r) => r.id === 'quote-marks');
    const { messages } = lint(`${FM}${'「甲'.repeat(60_000)}${'』'.repeat(60_000)}\n`, { path: 'a.md', rules: quoteMarks });
    expect(messages).toHaveLength(120_000);
  });

  it('quote-marks: 30,000 ＂…＂ pairs after as many “…” in one paragraph (h-b18-mend)', { timeout: LIMIT }, () => {
    // Each ＂ pair counted the curly quotes before it all over again (filter per pair): quadratic in the quotes.
    const quoteMarks = allRules.filter((r) => r.id === 'quote-marks');
    const { messages } = lint(`${FM}${'“甲”＂乙＂'.repeat(30_000)}\n`, { path: 'a.md', rules: quoteMarks });
    expect(messages).toHaveLength(30_000);
    expect(messages[messages.length - 1]!.fixes![0]!.edits.map((e) => e.text)).toEqual(['“', '”']);
  });

  it("quote-marks: 80,000 straight double pairs, then as many single ones (h-b18-mend)", { timeout: LIMIT }, () => {
    // Each single pair searched every double pair for one that encloses it: quadratic in the pairs.
    const quoteMarks = allRules.filter((r) => r.id === 'quote-marks');
    const { messages } = lint(`${FM}${'"甲"'.repeat(80_000)}${"'乙'".repeat(80_000)}\n`, { path: 'a.md', rules: quoteMarks });
    expect(messages).toHaveLength(160_000);
  });
});

describe('segmentWords', () => {
  it('gives the segmenter bounded pieces and the same words as one call on ordinary text', () => {
    const sentence = '清河县农业农村局会同县发展改革委、县粮食和物资储备中心在全县8个乡镇共设立收购网点46个。';
    const once = [...wordSegmenter().segment(sentence)].map((s) => [s.segment, s.index]);
    expect(segmentWords(sentence).map((s) => [s.segment, s.index])).toEqual(once);
    // A long stretch: words cover it exactly, in order, and no word crosses a piece's end by more than a word.
    const long = repeat(sentence.replace(/[、。]/gu, ''), 50_000);
    const words = segmentWords(long, 7, long.length - 3);
    expect(words.map((w) => w.segment).join('')).toBe(long.slice(7, -3));
    let at = 0;
    for (const w of words) {
      expect(w.index).toBe(at);
      at += w.segment.length;
    }
    // Nearly the same words as the whole stretch segmented in one call (which takes seconds): only the words at
    // the seams between pieces may differ.
    const whole = [...wordSegmenter().segment(long.slice(7, 20_007))].map((s) => `${s.index}:${s.segment}`);
    const mine = new Set(segmentWords(long, 7, 20_007).map((s) => `${s.index}:${s.segment}`));
    expect(whole.filter((w) => !mine.has(w)).length).toBeLessThan(whole.length / 100);
  });
});
