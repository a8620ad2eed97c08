/**
 * 导入 Word 稿件为信息稿: a Markdown draft from a Word submission — front matter (类型 as inferred; 单位、签发、执笔、电话
 * from the sign-off when it has them), the title as `# …`, the body paragraphs verbatim, the sign-off line last.
 *
 * Verbatim means every character of every paragraph is in the Markdown and reads back as the same text: a character
 * that Markdown would take as syntax (`*`, `_`, `[`, `<`, a `#` or `1.` at the start of a line …) gets a backslash
 * before it and nothing else changes. Paragraphs before the title (a masthead, an issue number) and short closing
 * lines after the sign-off are kept as HTML comments, which the engine does not check.
 */
import { stringify } from 'yaml';
import type { Kind } from '../core/types.js';
import { lineAt, lintWordDraft, readWordDraft, type CheckOptions, type WordDraft } from './intake.js';

export interface SignoffFields {
  unit?: string;
  signer?: string;
  writer?: string;
  phone?: string;
}

const SIGNOFF_KEYS: [RegExp, keyof SignoffFields][] = [
  [/^(?:报送单位|供稿单位|来稿单位|单位)$/u, 'unit'],
  [/^(?:签发人?|审签|审核)$/u, 'signer'],
  [/^(?:执笔人?|撰稿人?|撰稿|供稿人)$/u, 'writer'],
  [/^(?:联系电话|电话|手机)$/u, 'phone'],
];

/** 单位、签发、执笔、电话 of a sign-off line such as （签发：王强　执笔：赵敏　电话：0551-12345678）. */
export function parseSignoff(line: string): SignoffFields {
  const out: SignoffFields = {};
  const inner = line.trim().replace(/^[（(]\s*/u, '').replace(/\s*[）)]$/u, '');
  // key：value pairs separated by spaces, full-width spaces or Chinese separators.
  const parts = inner.split(/[\s\u3000]*[；;，,、][\s\u3000]*|[\s\u3000]+(?=[^\s\u3000：:]{1,6}[：:])/u);
  let contact: string | undefined;
  for (const part of parts) {
    const m = /^([^：:]{1,6})[：:]\s*(.*)$/u.exec(part.trim());
    if (!m) continue;
    const key = m[1]!.trim();
    const value = m[2]!.trim();
    if (!value) continue;
    if (key === '联系人') contact = value;
    for (const [re, field] of SIGNOFF_KEYS) if (re.test(key) && !out[field]) out[field] = value;
  }
  if (!out.writer && contact) out.writer = contact;
  return out;
}

/** Characters Markdown would read as syntax anywhere in a line. */
const INLINE_SPECIAL = new Set(['\\', '`', '*', '_', '[', ']', '<', '~']);

/**
 * A paragraph's text as Markdown that reads back as exactly this text. Whitespace that Markdown drops and Word uses
 * only for layout is left out: spaces and tabs before the text, any whitespace after it. Full-width spaces that
 * indent a paragraph stay.
 */
export function escapeMarkdownLine(text: string): string {
  const trimmed = text.replace(/^[ \t]+/, '').replace(/\s+$/u, '');
  let out = '';
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i]!;
    if (INLINE_SPECIAL.has(ch)) out += `\\${ch}`;
    else if (ch === '&' && /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/.test(trimmed.slice(i))) out += '\\&';
    else out += ch;
  }
  // Block syntax at the start of a line: headings, quotes, lists, rules, setext underlines, numbered items.
  const m = /^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|(\d{1,9})[.)](?=[ \t]|$))/.exec(out) ?? /^(?=(?:-[ \t]*){3,}$)/.exec(out);
  if (m) {
    const at = m[1] ? m[1].length : 0;
    out = `${out.slice(0, at)}\\${out.slice(at)}`;
  }
  return out;
}

/**
 * A line kept as an HTML comment (masthead, date line), verbatim: a Markdown HTML block of the comment kind runs to
 * the end of the line that holds `-->`, so `--` or even `-->` inside the text neither ends the comment early nor
 * lets the rest of the line be read as text; the line has no line break.
 */
function htmlComment(text: string): string {
  return `<!-- ${text} -->`;
}

export interface ImportResult {
  markdown: string;
  kind: Kind;
  kindSource: 'inferred' | 'default';
  title?: string;
  signoff?: SignoffFields;
  /** Paragraphs of the body, as read. */
  paragraphs: string[];
}

/** The Markdown draft of an opened Word draft. */
export function importDraft(draft: WordDraft, options: CheckOptions = {}): ImportResult {
  const check = lintWordDraft(draft, options);
  const stats = check.result.stats;
  const kindSource = stats.kindSource === 'inferred' ? 'inferred' : 'default';
  const leftOut = new Set(draft.leftOut);
  // The title is the engine's, as check and annotate read it (a first paragraph that reads like body text is none).
  const engineTitle = check.result.draft.title;
  const titleLine = engineTitle ? lineAt(draft, engineTitle.start) : undefined;
  const lines = draft.lines.map((l) => l.text);
  const signoffText = draft.signoff !== undefined ? lines[draft.signoff]! : undefined;
  const signoff = signoffText ? parseSignoff(signoffText) : undefined;

  const front: Record<string, string> = { 类型: stats.kind };
  if (signoff?.unit) front['单位'] = signoff.unit;
  if (signoff?.signer) front['签发'] = signoff.signer;
  if (signoff?.writer) front['执笔'] = signoff.writer;
  if (signoff?.phone) front['电话'] = signoff.phone;
  const yaml = stringify(front, { lineWidth: 0 }).trimEnd();
  const kindNote = kindSource === 'inferred' ? '按标题和正文推断，请核对' : '未能推断，默认为动态，请核对';
  const yamlLines = yaml.split('\n').map((l) => (l.startsWith('类型:') ? `${l}  # ${kindNote}` : l));

  const out: string[] = ['---', ...yamlLines, '---', ''];
  const paragraphs: string[] = [];
  let titleText: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === '') continue;
    if (leftOut.has(i)) {
      out.push(htmlComment(text.trim()), '');
      continue;
    }
    if (i === titleLine) {
      titleText = text.trim();
      out.push(`# ${escapeMarkdownLine(titleText).replace(/#(?=\s*$)/, '\\#')}`, '');
      continue;
    }
    paragraphs.push(text);
    out.push(escapeMarkdownLine(text), '');
  }
  return { markdown: `${out.join('\n').trimEnd()}\n`, kind: stats.kind, kindSource, title: titleText, signoff, paragraphs };
}

/** Read a Word file and make its Markdown draft. Throws WordError. */
export function importWord(bytes: Uint8Array, options: CheckOptions = {}): ImportResult {
  return importDraft(readWordDraft(bytes, options), options);
}
