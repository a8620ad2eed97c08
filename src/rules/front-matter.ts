import { KINDS, type RuleModule } from '../core/types.js';

/** front-matter: the YAML block at the top of a draft can be read, and its 类型 is known. */
export const frontMatter: RuleModule = {
  id: 'front-matter',
  category: 'form',
  severity: 'error',
  fix: 'none',
  description: '稿件开头的前置信息（--- 之间的 YAML）应能正确读取，“类型”应为已知的信息类型。',
  descriptionEn: 'The front matter (YAML between --- lines) can be read and its 类型 (type) is a known kind.',
  defaults: {},
  check({ draft, report }) {
    const fm = draft.frontMatter;
    if (fm?.error) {
      const unclosed = fm.error.message === 'unclosed';
      report({
        start: fm.error.start,
        end: fm.error.end,
        message: unclosed
          ? '前置信息缺少结束行“---”，已按正文检查；请在前置信息末尾加一行“---”。'
          : `前置信息（YAML）格式有误，已忽略其中的设置：${fm.error.message}。请检查冒号、缩进和引号。`,
        messageEn: unclosed
          ? 'The front matter has no closing "---" line; it was checked as body text. Add a "---" line after it.'
          : `The front matter (YAML) is malformed and was ignored: ${fm.error.message}. Check colons, indentation and quotes.`,
      });
    }
    if (draft.kindProblem) {
      const { value, start, end } = draft.kindProblem;
      report({
        start,
        end,
        severity: 'warning',
        message: `未知的信息类型“${value}”，应为 ${KINDS.join('、')} 之一；已按${draft.kind}处理。`,
        messageEn: `Unknown kind "${value}"; use one of ${KINDS.join(', ')}. Treated as ${draft.kind}.`,
      });
    }
  },
};

/** inline-config: comments such as <!-- xinxi-disable rule-id --> name existing rules (reported by the engine). */
export const inlineConfig: RuleModule = {
  id: 'inline-config',
  category: 'form',
  severity: 'warning',
  fix: 'none',
  description: '行内控制注释（<!-- xinxi-disable 规则名 --> 等）中的规则名应存在。',
  descriptionEn: 'Inline control comments (<!-- xinxi-disable rule-id --> and the like) name rules that exist.',
  defaults: {},
  check() {
    // Reported by the engine after unified-message-control has read the comments.
  },
};
