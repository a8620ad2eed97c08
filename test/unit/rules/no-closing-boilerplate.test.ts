import { describe, expect, it } from 'vitest';
import { draft, flagged, messagesOf } from '../helpers.js';

const facts = '全县共培训农民860人次，参训农户玉米亩均单产提高42公斤。';

describe('no-closing-boilerplate', () => {
  it('fires on a wrap-up as the last sentence, marking the sentence', () => {
    expect(flagged('no-closing-boilerplate', draft(`${facts}总之，培训工作成效明显。`))).toEqual(['总之，培训工作成效明显。']);
    expect(flagged('no-closing-boilerplate', draft(`${facts}综上所述，培训达到预期目的。`))).toEqual(['综上所述，培训达到预期目的。']);
    expect(flagged('no-closing-boilerplate', draft(`${facts}通过此次培训，农民种植水平进一步提高。`))).toEqual(['通过此次培训，农民种植水平进一步提高。']);
    expect(flagged('no-closing-boilerplate', draft(`${facts}下一步，我们将继续加大工作力度，推动秋粮收购工作再上新台阶。`))).toEqual([
      '下一步，我们将继续加大工作力度，推动秋粮收购工作再上新台阶。',
    ]);
    expect(flagged('no-closing-boilerplate', draft(`${facts}下一步将继续努力，再创佳绩。`))).toEqual(['下一步将继续努力，再创佳绩。']);
    const [m] = messagesOf('no-closing-boilerplate', draft(`${facts}总之，培训工作成效明显。`));
    expect(m!.severity).toBe('warning');
    expect(m!.message).toBe('正文以总结语“总之，培训工作成效明显。”收尾，信息稿不要结尾，写完事实即止，请删去或改写。');
  });

  it('marks only the clause of “取得了良好的效果” and the words 特此报告', () => {
    expect(flagged('no-closing-boilerplate', draft('活动共吸引群众3000人参与，取得了良好的社会效果。'))).toEqual(['取得了良好的社会效果']);
    expect(flagged('no-closing-boilerplate', draft(`${facts}特此报告。`))).toEqual(['特此报告']);
  });

  it('does not fire on a factual last sentence, nor on the phrases earlier in the body', () => {
    expect(messagesOf('no-closing-boilerplate', draft(facts))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', draft(`总之，${facts}剩余任务计划在2026年11月底前完成。`))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', draft(`${facts}剩余1.4万吨收购任务计划在2026年11月底前完成。`))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', draft(`${facts}取得良好效果的3个乡镇将在全县推广。`))).toEqual([]);
  });

  it('does not count the sign-off as the last sentence', () => {
    expect(messagesOf('no-closing-boilerplate', draft(`${facts}\n\n（签发：刘建国　执笔：陈晓燕）`))).toEqual([]);
  });

  it('is off for 问题 and emergency items, which end with next steps', () => {
    const text = (kind: string) => draft(`${facts}下一步，我们将继续加大工作力度，推动工作再上新台阶。`, { kind });
    expect(messagesOf('no-closing-boilerplate', text('问题'))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', text('紧急-首报'))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', text('紧急-续报'))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', text('紧急-终报'))).toEqual([]);
    expect(messagesOf('no-closing-boilerplate', text('建议'))).toHaveLength(1);
  });
});
