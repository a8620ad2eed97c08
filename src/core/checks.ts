/**
 * The engine's own checks: problems with the engine's input rather than faults of the style guide. The draft's front
 * matter could not be read, or names an unknown kind (`front-matter`); an inline control comment names a rule that
 * does not exist (`inline-config`, reported by the engine itself while it reads the comments). They are declared with
 * the rule contract, listed, configured and documented like the rules (rules/front-matter.md, rules/inline-config.md);
 * the entry (src/index.ts) puts them before the rule registry.
 */
import { isGenericEmergency, KINDS, normalizeKind, numberedFollowUp, stageFromTitle } from './kinds.js';
import { META_KEYS } from './draft.js';
import type { Draft } from './types.js';
import { defineRule, type Rule } from './rule.js';
import { pointAt } from './text.js';
import { shareSyllable } from './lexicon/pinyin.js';
import { lookAlikes } from './lexicon/shapes.js';
import { sharesComponent } from './lexicon/components.js';

const short = (s: string) => (s.length > 20 ? `${s.slice(0, 20)}…` : s);

const KIND_KEYS = new Set(META_KEYS.kind.map((k) => k.toLowerCase()));

/**
 * YAML's quotes around the 类型 value, by their opening mark ("…", '…'). Chinese quotes (“工作动态”) are no YAML quotes:
 * they are part of the value, and a fix replaces them with it.
 */
const CLOSING_QUOTE: Readonly<Record<string, string>> = { '"': '"', "'": "'" };
const BLANK = new Set([' ', '\t', '\u3000']);

/**
 * Where the 类型 value is written in the front matter (without quotes and a trailing comment), or undefined. Read by
 * walking the line once (a regular expression with a lazy group before optional blanks took quadratic time on a long
 * run of spaces).
 */
function kindValueSpan(draft: Draft): { start: number; end: number; value: string } | undefined {
  const key = draft.frontMatter?.keys.find((entry) => KIND_KEYS.has(entry.key.trim().toLowerCase()));
  if (!key) return undefined;
  const { text } = draft;
  const lineEnd0 = text.indexOf('\n', key.end);
  let lineEnd = lineEnd0 < 0 ? text.length : lineEnd0;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  let i = key.end;
  while (i < lineEnd && /\s/u.test(text[i]!)) i++;
  if (text[i] !== ':' && text[i] !== '：') return undefined;
  i++;
  while (i < lineEnd && BLANK.has(text[i]!)) i++;
  // A comment: from a # that starts the value or follows a blank.
  let end = lineEnd;
  for (let k = i; k < lineEnd; k++) {
    if (text[k] === '#' && (k === i || BLANK.has(text[k - 1]!))) {
      end = k;
      break;
    }
  }
  while (end > i && BLANK.has(text[end - 1]!)) end--;
  let start = i;
  const close = CLOSING_QUOTE[text[start]!];
  if (close !== undefined) {
    if (end - start < 2 || text[end - 1] !== close) return undefined;
    start++;
    end--;
  }
  const value = text.slice(start, end);
  if (!value || /["'#\r]/u.test(value)) return undefined;
  return { start, end, value };
}

/**
 * The kind a writer meant by another name: a Chinese alias the engine reads (动态信息、工作动态、经验做法、首报 → the kind), or
 * a value that names exactly one kind inside it (经验交流 → 经验, 工作动态信息 → 动态). Spellings that differ only by a hyphen
 * or a space (紧急-首报) and the English names are the kind as written.
 */
function meantKind(value: string): string | undefined {
  const v = value.trim();
  if (!/\p{Script=Han}/u.test(v) || (KINDS as readonly string[]).includes(v.replace(/[\s_\-－—–·]/gu, ''))) return undefined;
  const alias = normalizeKind(v);
  if (alias) return alias;
  const named = KINDS.filter((k) => v.includes(k) || (k.length > 2 && v.includes(k.slice(2)) && k.startsWith('紧急')));
  if (named.length) return named.length === 1 ? named[0] : undefined;
  const slipped = KINDS.filter((k) => slipOfKind(v, k));
  if (slipped.length) return slipped.length === 1 ? slipped[0] : undefined;
  // 紧急快报、突发事件快报、要情快报 report an emergency, whose stage the name does not say: no guess.
  if (/紧急|突发|要情|急报/u.test(v)) return undefined;
  const genres = GENRES.filter(([, re]) => re.test(v));
  return genres.length === 1 ? genres[0]![0] : undefined;
}

/**
 * Whether `value` is the kind's name with one character slipped (动太 → 动态, 专抱 → 专报): as long, one character
 * different, and the two of one syllable (tone aside) or alike in shape (the look-alike table, or a component they
 * share: src/core/lexicon/components.ts), as the typo rule finds a wrong character.
 */
function slipOfKind(value: string, kind: string): boolean {
  if (value.length !== kind.length) return false;
  let at = -1;
  for (let i = 0; i < kind.length; i++) {
    if (value[i] === kind[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  if (at < 0) return false;
  const written = value[at]!;
  const meant = kind[at]!;
  return shareSyllable(written, meant) || lookAlikes(written).includes(meant) || sharesComponent(written, meant);
}

/**
 * Names of a genre, a column or a bulletin that writers put in 类型 for the kind their item is: news items (快讯、简讯、
 * 快报、简报、消息、综合、政务信息) and the narrative genres of news writing that tell what was done or seen (报道、通讯、
 * 特写、侧记、纪实、见闻、游记) are 动态, a survey (调研报告、专题调研) is a 专报, people's voices (民情、舆情) are 社情民意.
 * Still no kind: the draft is checked as 动态 by default and the writer confirms the kind offered.
 */
const GENRES: readonly (readonly [string, RegExp])[] = [
  ['动态', /简讯|快讯|快报|简报|消息|新闻|资讯|综合|工作信息|日常信息|政务信息|报道|通讯|特写|侧记|纪实|见闻|游记/u],
  ['专报', /调研|专题|深度/u],
  ['社情民意', /民情|舆情|民声|群众反映/u],
];

/** The keys of the front matter, in both languages (单位, unit…), for a line written without its colon. */
const KNOWN_KEYS = new Set(Object.values(META_KEYS).flat().map((k) => k.toLowerCase()));

/**
 * A front-matter line written without its colon (单位 河西区市场监督管理局, 签发　秦立军): a known key, blanks, a value. Returns
 * the edit that writes “key: value” (the value quoted where YAML would read it as something else), or undefined.
 */
function colonFix(text: string, at: number): { start: number; end: number; key: string; value: string; line: string } | undefined {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  if (end - start > 200) return undefined;
  const m = /^([\p{L}_]{1,16})[ \t\u3000]+(\S(?:.*\S)?)[ \t\u3000]*$/u.exec(text.slice(start, end));
  if (!m || !KNOWN_KEYS.has(m[1]!.toLowerCase())) return undefined;
  const key = m[1]!;
  let value = m[2]!;
  if (/^[-?:,[\]{}#&*!|>'"%@`]|:\s|\s#|^0\d+$/u.test(value)) value = `"${value.replace(/[\\"]/gu, (c) => `\\${c}`)}"`;
  return { start, end, key, value, line: `${key}: ${value}` };
}

/** The keys whose value is text (not the lists of records 采用、批示、扣分 keep). */
const TEXT_KEYS = new Set(
  Object.entries(META_KEYS)
    .filter(([field]) => !['adopted', 'instructions', 'penalties'].includes(field))
    .flatMap(([, keys]) => keys.map((k) => k.toLowerCase())),
);

/**
 * An opening bracket left alone before a text value (报送: [县委办公室信息科): a key whose value is text, then “[”, then
 * the value with no other bracket, comma or quote on the line. The text is all there; the stray “[” is what YAML cannot
 * read, and deleting it (to confirm) keeps every character of the value. Returns the value, or undefined.
 */
function strayBracket(text: string, at: number): string | undefined {
  if (text[at] !== '[') return undefined;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  if (end - start > 200) return undefined;
  const m = /^([\p{L}_]{1,16})[ \t]*:[ \t]*$/u.exec(text.slice(start, at));
  if (!m || !TEXT_KEYS.has(m[1]!.toLowerCase())) return undefined;
  const value = text.slice(at + 1, end).trim();
  if (!value || /^[-?:,[\]{}#&*!|>'"%@`]|[[\]{},，'"]|:\s|\s#/u.test(value)) return undefined;
  return value;
}

/**
 * A kind written in full, not by another name: 紧急续报二, 续报（二） (the kind with its 续报 number, read as 续报序号);
 * 紧急信息 or 紧急 with a title that says which report it is (……（续报一）, ……（终报）). The draft is checked as that kind and
 * the front-matter rule says nothing. So is a kind's own name with 信息 after it (问题信息, 动态信息, 社情民意信息): every
 * item is a 信息, and writers name the kind so (the blind sets' writers, who read only the style guide, all did); other
 * names (工作动态, 经验做法, 首报, 社情) keep their hint.
 */
function writtenInFull(value: string, title: string): boolean {
  const v = value.trim().replace(/[\s_\-－—–·]/gu, '');
  if (numberedFollowUp(v) !== undefined) return true;
  if (v.endsWith('信息') && (KINDS as readonly string[]).includes(v.slice(0, -2))) return true;
  return isGenericEmergency(v) && stageFromTitle(title) !== undefined;
}

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
    unfenced: {
      zh: '稿件开头第 {first}—{last} 行（“{entry}”等）是前置信息，应写在两行“---”之间，每行写成“键: 值”（半角冒号加一个空格）；这些行已按前置信息读取。',
      en: 'Lines {first}–{last} at the top ("{entry}"…) are front matter: put them between two "---" lines as "key: value" (a half-width colon and a space). They are read as front matter.',
    },
    addFences: { zh: '在第 {first}—{last} 行前后加上“---”', en: 'Wrap lines {first}–{last} in "---" lines' },
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
    unknownKindMeant: {
      zh: '未知的信息类型“{value}”，应为 {kinds} 之一；是否应为“{meant}”？已按{kind}处理。',
      en: 'Unknown kind "{value}"; use one of {kinds}. Did you mean “{meant}”? Treated as {kind}.',
    },
    kindAlias: {
      zh: '信息类型“{value}”已按“{meant}”处理，请写规范的类型名“{meant}”。',
      en: 'The kind "{value}" is read as “{meant}”; write the kind’s name “{meant}”.',
    },
    fixKind: { zh: '改为“{meant}”', en: 'Write “{meant}”' },
    fixColon: { zh: '改为“{line}”', en: 'Write “{line}”' },
    fixBracket: { zh: '删去“[”，值改为“{value}”', en: 'Delete the “[”: the value becomes “{value}”' },
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
    } else if (error?.message === 'unfenced') {
      const first = pointAt(draft.lineStarts, error.start).line;
      const data = { first, last: error.closingLine ?? first, entry: short(error.lastEntry ?? '') };
      report({
        start: error.start,
        end: error.end,
        severity: 'warning',
        messageId: 'unfenced',
        data,
        fixes: error.edits ? [{ messageId: 'addFences', data, safe: false, edits: error.edits }] : [],
      });
    } else if (error) {
      const problem = { zh: error.message.replace(/。$/u, ''), en: (error.messageEn ?? error.message).replace(/\.$/u, '') };
      // A line without its colon (单位 河西区市场监督管理局): the fix writes “单位: 河西区市场监督管理局”.
      const colon = error.message.includes('不是“键: 值”的写法') ? colonFix(draft.text, error.start) : undefined;
      // An opening bracket alone before a text value (报送: [县委办公室信息科): the fix deletes it.
      const bracket = colon || !error.message.includes('方括号“[”没有闭合') ? undefined : strayBracket(draft.text, error.start);
      const fixes = colon
        ? [{ messageId: 'fixColon' as const, data: { line: short(colon.line) }, safe: false, edits: [{ start: colon.start, end: colon.end, text: colon.line }] }]
        : bracket !== undefined
          ? [{ messageId: 'fixBracket' as const, data: { value: short(bracket) }, safe: false, edits: [{ start: error.start, end: error.start + 1, text: '' }] }]
          : [];
      report({ start: error.start, end: error.end, messageId: 'unreadable', data: { problem }, fixes });
    }
    for (const twice of draft.frontMatter?.duplicates ?? []) {
      const line = pointAt(draft.lineStarts, twice.start).line;
      const first = pointAt(draft.lineStarts, twice.first.start).line;
      report({ start: twice.start, end: twice.end, severity: 'warning', messageId: 'duplicateKey', data: { line, key: short(twice.key), first, firstKey: short(twice.first.key) } });
    }
    const written = kindValueSpan(draft);
    if (draft.kindProblem) {
      const { value, start, end } = draft.kindProblem;
      const kinds = { zh: KINDS.join('、'), en: KINDS.join(', ') };
      const meant = meantKind(value);
      // A near miss of a kind is marked where it is written, with the kind it names to put in its place.
      if (meant && written && written.value === value.trim()) {
        const fix = { messageId: 'fixKind' as const, data: { meant }, safe: false, edits: [{ start: written.start, end: written.end, text: meant }] };
        report({ start: written.start, end: written.end, severity: 'warning', messageId: 'unknownKindMeant', data: { value, kinds, kind: draft.kind, meant }, fixes: [fix] });
      } else {
        // Marked on the value the writer has to change (类型: 工作简讯), when it stands as written; else on the key.
        const at = written && written.value === value.trim() ? written : { start, end };
        report({ start: at.start, end: at.end, severity: 'warning', messageId: 'unknownKind', data: { value, kinds, kind: draft.kind } });
      }
    } else if (draft.kindSource === 'front-matter' && written) {
      // A name the engine reads as a kind (动态信息 → 动态): the draft is checked as that kind; say its name.
      const meant = meantKind(written.value);
      if (meant && meant !== written.value && !writtenInFull(written.value, draft.title?.text ?? '')) {
        const fix = { messageId: 'fixKind' as const, data: { meant }, safe: false, edits: [{ start: written.start, end: written.end, text: meant }] };
        report({ start: written.start, end: written.end, severity: 'info', messageId: 'kindAlias', data: { value: written.value, meant }, fixes: [fix] });
      }
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
  fixable: 'confirm',
  messages: {
    unknownRule: { zh: '注释中的规则“{id}”不存在，请检查拼写。', en: 'The comment names an unknown rule "{id}"; check the spelling.' },
    unknownRuleMeant: {
      zh: '注释中的规则“{id}”不存在，是否应为“{meant}”？',
      en: 'The comment names an unknown rule "{id}"; did you mean “{meant}”?',
    },
    ruleName: {
      zh: '注释中的“{name}”是规则的中文名，注释要写规则 id，请改为“{id}”。',
      en: 'The comment names the rule by its Chinese name “{name}”; comments take the rule id: write “{id}”.',
    },
    fixRuleId: { zh: '改为“{id}”', en: 'Write “{id}”' },
  },
  check() {
    // Reported by the engine after unified-message-control has read the comments.
  },
});

/** The engine's own checks, in the order they are listed. */
export const engineChecks: readonly Rule[] = [frontMatter, inlineConfig];
