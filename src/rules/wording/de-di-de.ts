/**
 * de-di-de: 的 where 地 or 得 belongs (style guide §3.6): an adverbial before a verb takes 地 (扎实的推进 → 扎实地推进),
 * a verb before a degree complement takes 得 (完成的很好 → 完成得很好). The patterns are deliberately narrow
 * (src/rules/lib/de-di-de.ts): a proofreader must agree with every hit. The fix changes the one character, to confirm.
 * Until issue 16 the check ran inside confusable-words at a fixed info level; as its own rule it is a warning, as the
 * style guide's row says.
 */
import { defineRule } from '../../core/rule.js';
import { deDiDe as hitsIn } from '../lib/de-di-de.js';
import { wordingSkip } from '../lib/phrases.js';
import { readingText } from '../lib/reading.js';

export const deDiDe = defineRule({
  id: 'de-di-de',
  category: 'wording',
  severity: 'warning',
  fixable: 'confirm',
  name: { zh: '的地得', en: 'Structural particle' },
  description: {
    zh: '“的、地、得”误用：修饰动词的状语后用“地”（扎实的推进 → 扎实地推进），动词后接程度补语用“得”（完成的很好 → 完成得很好）；只在前后词语足以判断时提示。',
    en: '的 where 地 or 得 belongs: an adverbial before a verb takes 地 (扎实的推进 → 扎实地推进), a verb before a degree complement takes 得 (完成的很好 → 完成得很好); reported only where the words around decide it.',
  },
  messages: {
    adverbial: { zh: '修饰动词的状语后面用“地”，此处“的”应改为“地”。', en: 'An adverbial before a verb takes 地, not 的.' },
    complement: { zh: '动词后面连接程度补语用“得”，此处“的”应改为“得”。', en: 'A verb followed by a degree complement takes 得, not 的.' },
    fixDe: { zh: '把“的”改为“{to}”', en: 'Change 的 to {to}' },
  },
  check(ctx) {
    const { draft, report } = ctx;
    const text = readingText(draft, ctx.config);
    const skip = wordingSkip(ctx);
    for (const seg of draft.proseSegments) {
      if (!seg.prose) continue;
      for (const hit of hitsIn(text.slice(seg.start, seg.end), seg.start)) {
        if (skip(hit.start, hit.end)) continue;
        report({
          start: hit.start,
          end: hit.end,
          messageId: hit.to === '地' ? 'adverbial' : 'complement',
          fix: { messageId: 'fixDe', data: { to: hit.to }, safe: false, edits: [{ start: hit.at, end: hit.at + 1, text: hit.to }] },
        });
      }
    }
  },
});
