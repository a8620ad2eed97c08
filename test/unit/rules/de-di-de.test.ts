import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/core/config.js';
import { rulesById } from '../../../src/index.js';
import { draft, fixedBy, flagged, messagesOf } from '../helpers.js';

const id = 'de-di-de';

describe('de-di-de', () => {
  it('flags adverbial 的 before a verb, with a fix to confirm', () => {
    const text = draft('全县扎实的推进各项工作，干部认真的学习贯彻会议精神。');
    const messages = messagesOf(id, text);
    expect(messages.map((m) => text.slice(m.start, m.end))).toEqual(['扎实的推进', '认真的学习']);
    expect(messages[0]!.message).toBe('修饰动词的状语后面用“地”，此处“的”应改为“地”。');
    expect(messages[0]!.messageEn).toBe('An adverbial before a verb takes 地, not 的.');
    expect(messages[0]!.fixes.map((f) => [f.title, f.titleEn, f.safe])).toEqual([['把“的”改为“地”', 'Change 的 to 地', false]]);
    expect(fixedBy(id, text)).toBe(text);
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('全县扎实地推进各项工作，干部认真地学习贯彻会议精神。'));
  });

  it('flags complement 的 after a verb', () => {
    const text = draft('这项工作做的很好，任务完成的比较好。');
    expect(flagged(id, text)).toEqual(['做的很好', '完成的比较好']);
    expect(messagesOf(id, text)[0]!.message).toBe('动词后面连接程度补语用“得”，此处“的”应改为“得”。');
    expect(fixedBy(id, text, { unsafe: true })).toBe(draft('这项工作做得很好，任务完成得比较好。'));
  });

  it('leaves 的 before nouns and noun readings alone', () => {
    const ok = '打下扎实的基础，保持认真的学习态度，通过认真的学习，迈向发展的更高阶段，他们所做的很好，完成的很多项目。';
    expect(flagged(id, draft(ok))).toEqual([]);
  });

  it('never fires inside quotations, 《》 titles or code, nor on terms the team accepts', () => {
    expect(flagged(id, draft('他说“扎实的推进各项工作”有误，印发《关于扎实的推进各项工作的通知》，`做的很好。`'))).toEqual([]);
    expect(flagged(id, draft('全县扎实的推进各项工作。'), { config: { terms: { accepted: ['扎实的推进'] } } })).toEqual([]);
  });

  it('reads traditional characters as simplified, as the other wording rules do', () => {
    expect(flagged(id, draft('全縣紮實的推進各項工作。'))).toEqual(['紮實的推進']);
  });

  it('is a rule of its own: a warning by default (style guide §3.6), configurable, and independent of confusable-words', () => {
    const text = draft('全县扎实的推进各项工作。');
    expect(messagesOf(id, text).map((m) => m.severity)).toEqual(['warning']);
    expect(messagesOf(id, text, { config: { rules: { [id]: 'info' } } }).map((m) => m.severity)).toEqual(['info']);
    expect(flagged(id, text, { config: { rules: { [id]: 'off' } } })).toEqual([]);
    expect(flagged(id, text, { config: { rules: { 'confusable-words': 'off' } } })).toEqual(['扎实的推进']);
  });

  it("tells a team that still sets confusable-words' old deDiDe option that it is gone", () => {
    const config = validateConfig({ rules: { 'confusable-words': { deDiDe: false } } }, 'x.yaml', rulesById);
    expect(config.problems.map((p) => p.message)).toEqual(['规则 confusable-words 没有选项“deDiDe”，已忽略。']);
  });

  it('fires on every line of its doc’s 错误示例 and stays silent on its 正确示例', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'rules', `${id}.md`), 'utf8');
    const block = (title: string) => /```markdown\n([\s\S]*?)```/u.exec(doc.slice(doc.indexOf(title)))![1]!;
    expect(flagged(id, draft(block('## 错误示例')))).toEqual(['扎实的推进', '认真的落实', '完成的很好']);
    expect(flagged(id, draft(block('## 正确示例')))).toEqual([]);
  });
});
