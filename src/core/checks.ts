/**
 * The engine's own checks: problems with the engine's input rather than faults of the style guide. The draft's front
 * matter could not be read, or names an unknown kind (`front-matter`); an inline control comment names a rule that
 * does not exist (`inline-config`, reported by the engine itself while it reads the comments). They are declared with
 * the rule contract, listed, configured and documented like the rules (rules/front-matter.md, rules/inline-config.md);
 * the entry (src/index.ts) puts them before the rule registry.
 */
import { KINDS } from './kinds.js';
import { defineRule, type Rule } from './rule.js';
import { pointAt } from './text.js';

const short = (s: string) => (s.length > 20 ? `${s.slice(0, 20)}…` : s);

/** front-matter: the YAML block at the top of a draft can be read, and its 类型 is known. */
export const frontMatter = defineRule({
  id: 'front-matter',
  category: 'form',
  severity: 'error',
  fixable: 'confirm',
  name: { zh: '前置信息', en: 'Front matter' },
  description: {
    zh: '稿件开头的前置信息（--- 之间的 YAML）应能正确读取，“类型”应为已知的信息类型。',
    en: 'The front matter (YAML between --- lines) can be read and its 类型 (type) is a known kind.',
  },
  messages: {
    unclosed: {
      zh: '前置信息缺少结束行“---”，请在第 {previous} 行“{entry}”之后（第 {line} 行）加一行“---”。',
      en: 'The front matter has no closing "---"; add a "---" line after line {previous} (as line {line}).',
    },
    opened: {
      zh: '第 1 行的“---”开始了前置信息，后面却没有“键: 值”和结束行“---”，请补全前置信息或删去这一行。',
      en: 'The "---" on line 1 opens a front matter, but no "key: value" lines or closing "---" follow; complete it or delete the line.',
    },
    addClosing: { zh: '在第 {line} 行加入结束行“---”', en: 'Add the closing "---" as line {line}' },
    unreadable: {
      zh: '前置信息（YAML）{problem}；在改正之前，其中的设置（类型、日期等）不会生效。',
      en: 'Front matter (YAML): {problem}. Until it is fixed its settings (kind, date…) are ignored.',
    },
    duplicateKey: {
      zh: '前置信息第 {line} 行的“{key}”与第 {first} 行的“{firstKey}”重复，按后写的第 {line} 行处理；请删去多余的一行。',
      en: 'Front matter line {line}: "{key}" repeats "{firstKey}" of line {first}; line {line}, written later, applies. Delete the extra line.',
    },
    unknownKind: {
      zh: '未知的信息类型“{value}”，应为 {kinds} 之一；已按{kind}处理。',
      en: 'Unknown kind "{value}"; use one of {kinds}. Treated as {kind}.',
    },
  },
  check({ draft, report }) {
    const error = draft.frontMatter?.error;
    if (error?.message === 'unclosed') {
      const line = error.closingLine ?? 2;
      report({
        start: error.start,
        end: error.end,
        ...(error.lastEntry
          ? { messageId: 'unclosed', data: { previous: line - 1, entry: short(error.lastEntry), line } }
          : { messageId: 'opened' }),
        fixes:
          error.insertAt !== undefined
            ? [{ messageId: 'addClosing', data: { line }, safe: false, edits: [{ start: error.insertAt, end: error.insertAt, text: `---${error.eol ?? '\n'}` }] }]
            : [],
      });
    } else if (error) {
      const problem = { zh: error.message.replace(/。$/u, ''), en: (error.messageEn ?? error.message).replace(/\.$/u, '') };
      report({ start: error.start, end: error.end, messageId: 'unreadable', data: { problem } });
    }
    for (const twice of draft.frontMatter?.duplicates ?? []) {
      const line = pointAt(draft.lineStarts, twice.start).line;
      const first = pointAt(draft.lineStarts, twice.first.start).line;
      report({ start: twice.start, end: twice.end, severity: 'warning', messageId: 'duplicateKey', data: { line, key: short(twice.key), first, firstKey: short(twice.first.key) } });
    }
    if (draft.kindProblem) {
      const { value, start, end } = draft.kindProblem;
      const kinds = { zh: KINDS.join('、'), en: KINDS.join(', ') };
      report({ start, end, severity: 'warning', messageId: 'unknownKind', data: { value, kinds, kind: draft.kind } });
    }
  },
});

/** inline-config: comments such as <!-- xinxi-disable rule-id --> name existing rules (reported by the engine: engine.ts). */
export const inlineConfig = defineRule({
  id: 'inline-config',
  category: 'form',
  severity: 'warning',
  name: { zh: '控制注释', en: 'Control comment' },
  description: {
    zh: '行内控制注释（<!-- xinxi-disable 规则名 --> 等）中的规则名应存在。',
    en: 'Inline control comments (<!-- xinxi-disable rule-id --> and the like) name rules that exist.',
  },
  messages: {
    unknownRule: { zh: '注释中的规则“{id}”不存在，请检查拼写。', en: 'The comment names an unknown rule "{id}"; check the spelling.' },
  },
  check() {
    // Reported by the engine after unified-message-control has read the comments.
  },
});

/** The engine's own checks, in the order they are listed. */
export const engineChecks: readonly Rule[] = [frontMatter, inlineConfig];
