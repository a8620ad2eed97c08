/**
 * The engine's own checks: problems with the engine's input rather than faults of the style guide. The draft's front
 * matter could not be read, or names an unknown kind (`front-matter`); an inline control comment names a rule that
 * does not exist (`inline-config`, reported by the engine itself while it reads the comments). They are listed,
 * configured and documented like the rules (rules/front-matter.md, rules/inline-config.md); the entry (src/index.ts)
 * puts them before the rule registry.
 */
import { KINDS } from './kinds.js';
import type { RuleModule } from './types.js';

const short = (s: string) => (s.length > 20 ? `${s.slice(0, 20)}…` : s);

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
    const error = fm?.error;
    if (error?.message === 'unclosed') {
      const line = error.closingLine ?? 2;
      const after = error.lastEntry ? `第 ${line - 1} 行“${short(error.lastEntry)}”之后` : '';
      report({
        start: error.start,
        end: error.end,
        message: error.lastEntry
          ? `前置信息缺少结束行“---”，请在${after}（第 ${line} 行）加一行“---”。`
          : '第 1 行的“---”开始了前置信息，后面却没有“键: 值”和结束行“---”，请补全前置信息或删去这一行。',
        messageEn: error.lastEntry
          ? `The front matter has no closing "---"; add a "---" line after line ${line - 1} (as line ${line}).`
          : 'The "---" on line 1 opens a front matter, but no "key: value" lines or closing "---" follow; complete it or delete the line.',
        fixes:
          error.insertAt !== undefined
            ? [{ title: `在第 ${line} 行加入结束行“---”`, titleEn: `Add the closing "---" as line ${line}`, safe: false, edits: [{ start: error.insertAt, end: error.insertAt, text: `---${error.eol ?? '\n'}` }] }]
            : [],
      });
    } else if (error) {
      report({
        start: error.start,
        end: error.end,
        message: `前置信息（YAML）${error.message.replace(/。$/u, '')}；在改正之前，其中的设置（类型、日期等）不会生效。`,
        messageEn: `Front matter (YAML): ${(error.messageEn ?? error.message).replace(/\.$/u, '')}. Until it is fixed its settings (kind, date…) are ignored.`,
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

/** inline-config: comments such as <!-- xinxi-disable rule-id --> name existing rules (reported by the engine: engine.ts). */
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

/** The engine's own checks, in the order they are listed. */
export const engineChecks: readonly RuleModule[] = [frontMatter, inlineConfig];
