/**
 * The lexicon in the engine (src/core/words.ts): rules get `ctx.lexicon` and `ctx.words`; the dictionary is decoded
 * only when a rule asks, once; a draft's segmentation is computed once per lint and shared by every rule.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/core/engine.js';
import { draftWords, sharedSegmentations } from '../../src/core/words.js';
import { parseDraft } from '../../src/core/draft.js';
import { lexiconStatus, segment, type Token } from '../../src/core/lexicon/index.js';
import { defineRule, type Rule } from '../../src/core/rule.js';

const DRAFT = '---\n类型: 动态\n---\n\n# 清河县完成秋粮收购\n\n截至目前，全县已完成秋粮收购2.3万吨。石桥镇按排12名干部分包出租屋。\n';

/** A rule that records what it reads from the context. */
function recorder(id: string, seen: { sentence: readonly Token[]; title: readonly Token[] }[]): Rule {
  return defineRule({
    id,
    category: 'wording',
    severity: 'info',
    name: { zh: '记录', en: 'Recorder' },
    description: { zh: '测试用', en: 'For tests' },
    messages: {},
    check(ctx) {
      seen.push({ sentence: ctx.words.sentence(1), title: ctx.words.titleSentence(0) });
    },
  });
}

const quiet = defineRule({
  id: 'quiet',
  category: 'wording',
  severity: 'info',
  name: { zh: '安静', en: 'Quiet' },
  description: { zh: '测试用', en: 'For tests' },
  messages: {},
  check() {},
});

describe('ctx.words and ctx.lexicon', () => {
  it('decode nothing until a rule asks', () => {
    lint(DRAFT, { path: 'a.md', rules: [quiet] });
    expect(lexiconStatus().loaded).toBe(false);
  });

  it('give every rule of one lint the same segmentation, computed once, and the next lint of the same text the same', () => {
    const seen: { sentence: readonly Token[]; title: readonly Token[] }[] = [];
    lint(DRAFT, { path: 'a.md', rules: [recorder('a', seen), recorder('b', seen)] });
    expect(lexiconStatus()).toMatchObject({ loaded: true, loads: 1 });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.sentence).toBe(seen[0]!.sentence);
    expect(seen[0]!.sentence.map((t) => t.value).join('/')).toBe('石桥镇/按排/12/名/干/部分/包/出租屋/。') // jieba's own reading;
    expect(seen[0]!.title.map((t) => t.value).join('/')).toBe('清河县/完成/秋粮/收购');
    // Offsets are the draft's own.
    const first = seen[0]!.sentence[0]!;
    expect(DRAFT.slice(first.start, first.end)).toBe('石桥镇');
    expect(Object.isFrozen(seen[0]!.sentence)).toBe(true);

    // Segmentations are kept across lints by the stretch's text (the editor re-lints as one types): the same
    // sentence at the same place is not segmented again.
    lint(DRAFT, { path: 'a.md', rules: [recorder('c', seen)] });
    expect(seen[2]!.sentence).toBe(seen[0]!.sentence);
    expect(lexiconStatus().loads).toBe(1);
  });

  it('shift a kept segmentation to where the same sentence stands now, in this draft or another', () => {
    const seen: { sentence: readonly Token[]; title: readonly Token[] }[] = [];
    lint(DRAFT, { path: 'a.md', rules: [recorder('d', seen)] });
    // The same sentences further down (a longer title), and in another draft whose text differs around them.
    const moved = DRAFT.replace('# 清河县完成秋粮收购', '# 清河县石桥镇完成全年秋粮收购任务');
    const other = `${moved.replace('截至目前', '截至11月20日')}\n补记。\n`;
    for (const text of [moved, other]) {
      lint(text, { path: 'b.md', rules: [recorder('e', seen)] });
      const tokens = seen[seen.length - 1]!.sentence;
      const fresh = segment(text, tokens[0]!.start, tokens[tokens.length - 1]!.end);
      expect(tokens[0]!.start).not.toBe(seen[0]!.sentence[0]!.start);
      expect(tokens).toEqual(fresh);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
      expect(Object.isFrozen(tokens)).toBe(true);
    }
    expect(seen[seen.length - 1]!.title.map((t) => t.value).join('')).toBe('清河县石桥镇完成全年秋粮收购任务');
  });

  it('segment any stretch of the draft as the lexicon does, and nothing for an empty or outside range', () => {
    let tokens: readonly Token[] = [];
    let outside: readonly Token[] = [1 as unknown as Token];
    let out: readonly Token[] = [1 as unknown as Token];
    const at = DRAFT.indexOf('截至');
    const rule = defineRule({
      id: 'span',
      category: 'wording',
      severity: 'info',
      name: { zh: '片段', en: 'Span' },
      description: { zh: '测试用', en: 'For tests' },
      messages: {},
      check(ctx) {
        tokens = ctx.words.segment(at, at + 9);
        outside = ctx.words.segment(at + 3, at + 3);
        out = ctx.words.sentence(99);
        expect(ctx.lexicon.isWord('安排')).toBe(true);
      },
    });
    lint(DRAFT, { path: 'a.md', rules: [rule] });
    expect(tokens).toEqual(segment(DRAFT, at, at + 9));
    expect(outside).toEqual([]);
    expect(out).toEqual([]);
  });

  it('keeps at most 256k characters of segmentations across lints, and none of a stretch over 4,096 characters', () => {
    for (let i = 0; i < 300; i++) {
      const text = `${'清河县农业农村局'.repeat(200)}${i}。`;
      const words = draftWords(parseDraft(text, { path: 'a.md' }));
      expect(words.segment(0, text.length).length).toBeGreaterThan(0);
      expect(sharedSegmentations().chars).toBeLessThanOrEqual(256 * 1024);
    }
    const before = sharedSegmentations().chars;
    const long = `${'清河县农业农村局'.repeat(600)}。`;
    const tokens = draftWords(parseDraft(long, { path: 'a.md' })).segment(0, long.length);
    expect(tokens.map((t) => t.value).join('')).toBe(long);
    expect(sharedSegmentations().chars).toBe(before);
  });

  it('gives part of a sentence as segmenting that part alone would, whether or not it comes from the sentence', () => {
    // Cuts at marks that are tokens of their own (，。；“”（）…) and places that are none (inside a number, a space run,
    // a Latin word, a word): every sub-range of every sentence, compared with lexicon.segment of the range.
    const text =
      '---\n类型: 动态\n---\n\n# 标题\n\n' +
      '全县完成收购2.3万吨，增长12.5%；“石桥镇”（试点）按排12名干部……分包GDP增速、5G基站建设。第二句没有逗号却有  两个空格和1,000元。\n';
    const draft = parseDraft(text, { path: 'a.md' });
    const strip = (ts: readonly Token[]) => ts.map((t) => [t.start, t.end, t.value, t.pos, t.freq, t.kind]);
    let n = 0;
    for (const s of draft.sentences) {
      for (let a = s.start; a < s.end; a++) {
        for (let b = a + 1; b <= s.end; b++) {
          // A fresh draft's words each time: the sentence segmented first (as typo leaves it) or not, then the part asked.
          const words = draftWords(parseDraft(text, { path: 'a.md' }));
          if ((a + b) % 2 === 0) words.segment(s.start, s.end);
          expect(strip(words.segment(a, b)), `${a}-${b}`).toEqual(strip(segment(text, a, b)));
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(700);
    // And the part before the first comma does come from the sentence's tokens (the same objects), not from segmenting again.
    const words = draftWords(draft);
    const first = draft.sentences[0]!;
    const whole = words.segment(first.start, first.end);
    const part = words.segment(first.start, text.indexOf('，'));
    expect(part.length).toBeGreaterThan(1);
    expect(part.every((t, i) => t === whole[i])).toBe(true);
  });
});
