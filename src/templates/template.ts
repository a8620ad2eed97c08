/**
 * Draft templates: parsing, filling and turning a draft back into a template. Editor-agnostic (no `vscode`, no
 * Node-only imports): the extension, the tests and the snippet generation share it.
 *
 * Template syntax (built-in templates in `templates/*.md` and team templates in `.xinxi/templates/*.md` alike):
 *
 * - `${名称}` is a field; `${名称:提示文字}` a field with the text shown until it is filled. Fields of the same
 *   name are one field (filling 签发 in the front matter fills the sign-off line too).
 * - Known names are filled from settings when a draft is created: 单位, 日期, 时间, 执笔, 电话, 签发, 标题
 *   (English aliases unit, date, time, writer, phone, signer, title).
 * - `【提示】` is a field too; its text stays until it is replaced, so an unfilled one is reported by the
 *   `placeholder` rule.
 * - `\$` is a literal dollar sign; a `$` not followed by `{` is literal anyway.
 */
import { parse as parseYaml } from 'yaml';
import { normalizeKind } from '../index.js';
import { escapeRegExp } from '../core/text.js';
import type { Kind } from '../core/types.js';

/** Variables filled from settings, with the prompt shown when no value is known. */
export const VARIABLES = ['单位', '日期', '时间', '执笔', '电话', '签发', '报送', '标题'] as const;
export type Variable = (typeof VARIABLES)[number];

const ALIASES: Record<string, Variable> = {
  unit: '单位',
  date: '日期',
  time: '时间',
  writer: '执笔',
  phone: '电话',
  signer: '签发',
  to: '报送',
  title: '标题',
};

const PROMPTS: Record<Variable, string> = {
  单位: '【单位名称】',
  日期: '【日期】',
  时间: '【时间】',
  执笔: '【执笔人】',
  电话: '【联系电话】',
  签发: '【签发人】',
  报送: '【报送单位】',
  标题: '【标题】',
};

/** The variable a field name stands for (单位, unit, UNIT → 单位), or undefined. */
export function variableOf(name: string): Variable | undefined {
  const n = name.trim();
  if ((VARIABLES as readonly string[]).includes(n)) return n as Variable;
  return ALIASES[n.toLowerCase()];
}

export type Token =
  | { type: 'text'; value: string; start: number }
  /** `${name}` / `${name:default}` */
  | { type: 'field'; name: string; default?: string; start: number; end: number }
  /** `【…】` */
  | { type: 'bracket'; value: string; start: number; end: number };

export interface TemplateProblem {
  /** File name or path as shown to the user. */
  file: string;
  message: string;
  messageEn: string;
}

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

const BRACKET = /【[^【】\n]{1,60}】/uy;

/** Split template text into literal text, fields and 【】 prompts. Throws TemplateSyntaxError on an unclosed `${`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let buf = '';
  let bufStart = 0;
  const flush = (at: number) => {
    if (buf) tokens.push({ type: 'text', value: buf, start: bufStart });
    buf = '';
    bufStart = at;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '$') {
      if (!buf) bufStart = i;
      buf += '$';
      i += 2;
      continue;
    }
    if (c === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      const newline = text.indexOf('\n', i + 2);
      const line = text.slice(0, i).split('\n').length;
      if (close < 0 || (newline >= 0 && newline < close)) {
        throw new TemplateSyntaxError(`第 ${line} 行的字段“\${”没有闭合的“}”。`, `The field "\${" on line ${line} has no closing "}".`);
      }
      const inner = text.slice(i + 2, close);
      const colon = inner.indexOf(':');
      const name = (colon < 0 ? inner : inner.slice(0, colon)).trim();
      if (!name || /[{$]/u.test(name)) {
        throw new TemplateSyntaxError(`第 ${line} 行的字段“\${${inner}}”没有名称。`, `The field "\${${inner}}" on line ${line} has no name.`);
      }
      flush(i);
      tokens.push({ type: 'field', name, default: colon < 0 ? undefined : inner.slice(colon + 1), start: i, end: close + 1 });
      i = close + 1;
      bufStart = i;
      continue;
    }
    if (c === '【') {
      BRACKET.lastIndex = i;
      const m = BRACKET.exec(text);
      if (m && /\p{Script=Han}/u.test(m[0])) {
        flush(i);
        tokens.push({ type: 'bracket', value: m[0], start: i, end: i + m[0].length });
        i += m[0].length;
        bufStart = i;
        continue;
      }
    }
    if (!buf) bufStart = i;
    buf += c;
    i++;
  }
  flush(text.length);
  return tokens;
}

/** The front matter block (`---` … `---` at the very start): its end offset, or undefined when there is none. */
export function frontMatterEnd(text: string): number | undefined {
  const m = /^---[ \t]*\r?\n/u.exec(text);
  if (!m) return undefined;
  const close = /^---[ \t]*(?:\r?\n|$)/mu;
  const rest = text.slice(m[0].length);
  const c = close.exec(rest);
  return c ? m[0].length + c.index + c[0].length : -1;
}

export interface Template {
  /** Stable id: `builtin:问题` or the template file's path/URI. */
  id: string;
  /** Name shown in the pick list (file name without extension for team templates). */
  name: string;
  source: 'builtin' | 'team';
  /** Where it was read from (path or URI string). */
  path: string;
  /** The template text (BOM removed, line ends normalised to \n). */
  text: string;
  /** Kind from the front matter 类型, when it names a known kind. */
  kind?: Kind;
  /** The kind as written, when it does not name a known kind. */
  kindText?: string;
  /** `.md` or `.txt` (the new draft gets the same extension). */
  extension: '.md' | '.txt';
  /** Field names in tab order (variables included). */
  fields: string[];
}

const MAX_TEMPLATE_BYTES = 200_000;

/**
 * Read a template file's bytes into a Template, or say (Chinese and English) why it cannot be used: not text,
 * not UTF-8, empty, too large, an unclosed field, malformed front matter.
 */
export function parseTemplate(
  bytes: Uint8Array | string,
  info: { path: string; name: string; source: Template['source']; id?: string },
): { template: Template; problem?: undefined } | { template?: undefined; problem: TemplateProblem } {
  const fail = (message: string, messageEn: string) => ({ problem: { file: info.name, message, messageEn } });
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    if (bytes.length > MAX_TEMPLATE_BYTES) {
      return fail(`文件过大（${bytes.length} 字节），模板不应超过 ${MAX_TEMPLATE_BYTES} 字节。`, `The file is too large (${bytes.length} bytes); a template should stay under ${MAX_TEMPLATE_BYTES} bytes.`);
    }
    if (bytes.includes(0)) return fail('不是文本文件（含有二进制内容）。', 'Not a text file (it contains binary data).');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('不是 UTF-8 编码的文本，请另存为 UTF-8。', 'Not UTF-8 text; save it as UTF-8.');
    }
  }
  text = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (!text.trim()) return fail('文件是空的。', 'The file is empty.');
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch (error) {
    if (error instanceof TemplateSyntaxError) return fail(error.message, error.messageEn);
    throw error;
  }
  const fmEnd = frontMatterEnd(text);
  let kind: Kind | undefined;
  let kindText: string | undefined;
  if (fmEnd === -1) return fail('前置信息缺少结尾的“---”。', 'The front matter has no closing "---".');
  if (fmEnd !== undefined) {
    // Fields become a neutral word so that `${报送:县委办公室信息科}` does not upset YAML.
    const yamlText = tokens
      .filter((t) => t.start < fmEnd)
      .map((t) => (t.type === 'text' ? t.value.slice(0, fmEnd - t.start) : t.type === 'field' ? '字段' : t.value))
      .join('')
      .replace(/^---[ \t]*\n/u, '')
      .replace(/\n---[ \t]*\n?$/u, '\n');
    let data: unknown;
    try {
      data = parseYaml(yamlText, { prettyErrors: false });
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return fail(`前置信息无法解析：${detail}`, `The front matter cannot be parsed: ${detail}`);
    }
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
      return fail('前置信息应为“键: 值”的形式。', 'The front matter must be "key: value" lines.');
    }
    const record = (data ?? {}) as Record<string, unknown>;
    const raw = record['类型'] ?? record.type ?? record.kind;
    if (typeof raw === 'string' && raw !== '字段') {
      kind = normalizeKind(raw);
      if (!kind) kindText = raw;
    }
  }
  const extension = /\.txt$/iu.test(info.path) ? '.txt' : '.md';
  const template: Template = {
    id: info.id ?? info.path,
    name: info.name,
    source: info.source,
    path: info.path,
    text,
    kind,
    kindText,
    extension,
    fields: [],
  };
  template.fields = plan(template.text).order.map((f) => f.name ?? f.prompt);
  return { template };
}

/** What to fill variables with. Missing or empty values leave the field for the writer. */
export interface FillValues {
  单位?: string;
  执笔?: string;
  电话?: string;
  签发?: string;
  /** 报送: where the item goes (a setting or the team's `.xinxirc`). */
  报送?: string;
  标题?: string;
  /** Now: 日期 and 时间 are taken from it. Omitted: they stay fields. */
  now?: Date;
}

interface PlannedField {
  /** Field name (variables by their Chinese name); undefined for a 【】 prompt. */
  name?: string;
  prompt: string;
  /** Tab stop number (1-based). */
  index: number;
}

interface Plan {
  tokens: Token[];
  fmEnd: number;
  /** The field of each field/bracket token, by token position. */
  byToken: Map<number, PlannedField>;
  order: PlannedField[];
}

/**
 * Tab order: the title and the body first (top to bottom, the sign-off line included), then the fields that only
 * the front matter has; a field named twice is one tab stop.
 */
function plan(text: string, skip: (name: string) => boolean = () => false): Plan {
  const tokens = tokenize(text);
  const fm = frontMatterEnd(text);
  const fmEnd = fm === undefined || fm < 0 ? 0 : fm;
  const byToken = new Map<number, PlannedField>();
  const named = new Map<string, { field: PlannedField; key: number }>();
  const all: { field: PlannedField; key: number }[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'text') return;
    const inFm = t.start < fmEnd;
    const key = (inFm ? 1e9 : 0) + t.start;
    if (t.type === 'bracket') {
      const entry = { field: { prompt: t.value, index: 0 }, key };
      all.push(entry);
      byToken.set(i, entry.field);
      return;
    }
    const name = variableOf(t.name) ?? t.name;
    if (skip(name)) return;
    const prompt = t.default ?? PROMPTS[name as Variable] ?? `【${name}】`;
    let entry = named.get(name);
    if (!entry) {
      entry = { field: { name, prompt, index: 0 }, key };
      named.set(name, entry);
      all.push(entry);
    } else entry.key = Math.min(entry.key, key);
    byToken.set(i, entry.field);
  });
  all.sort((a, b) => a.key - b.key);
  all.forEach((e, k) => (e.field.index = k + 1));
  return { tokens, fmEnd, byToken, order: all.map((e) => e.field) };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** 2026-11-22 (front matter). */
export const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** 2026年11月22日 (prose, GB/T 15835: no zero padding). */
export const chineseDate = (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
const isoTime = (d: Date) => `${isoDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
const chineseTime = (d: Date) => `${d.getHours()}时${d.getMinutes()}分`;

/** Escape literal text for a VS Code snippet. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/gu, (c) => `\\${c}`);
}

export interface Rendered {
  /** VS Code snippet syntax: the unfilled fields are tab stops. */
  snippet: string;
  /** The same text with every unfilled field showing its prompt (what is written to disk before the snippet runs). */
  text: string;
  /** Offsets of the first tab stop in `text`, when there is one. */
  first?: { start: number; end: number };
}

/**
 * Fill a template's variables and turn the remaining fields into tab stops.
 *
 * `mode: 'snippet'` is for the static snippet files: 日期 and 时间 in the front matter become VS Code's
 * `$CURRENT_…` variables (resolved when the snippet is inserted) and nothing else is filled.
 */
export function renderTemplate(text: string, values: FillValues = {}, mode: 'draft' | 'snippet' = 'draft'): Rendered {
  const valueOf = (name: string, inFm: boolean): string | undefined => {
    const v = variableOf(name);
    if (!v) return undefined;
    if (mode === 'snippet') return undefined;
    if (v === '日期') return values.now ? (inFm ? isoDate(values.now) : chineseDate(values.now)) : undefined;
    if (v === '时间') return values.now ? (inFm ? isoTime(values.now) : chineseTime(values.now)) : undefined;
    const s = values[v]?.trim();
    return s ? s : undefined;
  };
  const snippetVariable = (name: string, inFm: boolean): string | undefined => {
    if (mode !== 'snippet' || !inFm) return undefined;
    const v = variableOf(name);
    if (v === '日期') return '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
    if (v === '时间') return '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE $CURRENT_HOUR:$CURRENT_MINUTE';
    return undefined;
  };
  // A variable with a value is not a tab stop; plan only what stays.
  const fmProbe = frontMatterEnd(text);
  const fmEnd = fmProbe === undefined || fmProbe < 0 ? 0 : fmProbe;
  const tokens0 = tokenize(text);
  const filledEverywhere = new Set<string>();
  for (const t of tokens0) {
    if (t.type !== 'field') continue;
    const inFm = t.start < fmEnd;
    const name = variableOf(t.name) ?? t.name;
    if (valueOf(t.name, inFm) !== undefined || snippetVariable(t.name, inFm) !== undefined) filledEverywhere.add(name);
  }
  // A name is skipped (not a tab stop) only when every occurrence gets a value.
  const stays = new Set<string>();
  for (const t of tokens0) {
    if (t.type !== 'field') continue;
    const inFm = t.start < fmEnd;
    if (valueOf(t.name, inFm) === undefined && snippetVariable(t.name, inFm) === undefined) stays.add(variableOf(t.name) ?? t.name);
  }
  const p = plan(text, (name) => filledEverywhere.has(name) && !stays.has(name));
  let snippet = '';
  let out = '';
  let first: Rendered['first'];
  p.tokens.forEach((t, i) => {
    if (t.type === 'text') {
      snippet += escapeSnippet(t.value);
      out += t.value;
      return;
    }
    const inFm = t.start < p.fmEnd;
    if (t.type === 'field') {
      const variable = snippetVariable(t.name, inFm);
      if (variable) {
        snippet += variable;
        out += variable;
        return;
      }
      const value = valueOf(t.name, inFm);
      if (value !== undefined) {
        snippet += escapeSnippet(value);
        out += value;
        return;
      }
    }
    const field = p.byToken.get(i)!;
    if (field.index === 1 && !first) first = { start: out.length, end: out.length + field.prompt.length };
    snippet += `\${${field.index}:${escapeSnippet(field.prompt)}}`;
    out += field.prompt;
  });
  return { snippet, text: out, first };
}

/** The values that can be turned back into fields, as found in a draft. */
export type FieldValues = Partial<Record<Exclude<Variable, '时间'>, string>>;

/** Escape a draft's text so that it reads literally as a template. */
export function escapeTemplate(text: string): string {
  return text.replace(/\$\{/gu, '\\${');
}


/** Normalise a draft for fieldify: BOM removed, line ends \n. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

/**
 * Turn a draft back into a template: each value chosen (unit name, date, writer, phone, signer) becomes its field
 * wherever it occurs; the title (when `title` gives its offsets) becomes `${标题}`. The date is matched as written
 * in the front matter (2026-11-20) and as written in prose (2026年11月20日). `text` must be normalised
 * (normalizeText) and `title` offsets refer to it.
 */
export function fieldify(text: string, values: FieldValues, title?: { start: number; end: number }): string {
  const pieces: { find: string; name: string }[] = [];
  for (const [name, raw] of Object.entries(values)) {
    const value = raw?.trim();
    if (!value || name === '标题') continue;
    pieces.push({ find: value, name });
    if (name === '日期') {
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(value);
      if (m) {
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        for (const find of [`${y}年${mo}月${d}日`, `${y}-${pad(mo)}-${pad(d)}`]) if (find !== value) pieces.push({ find, name });
      }
    }
  }
  pieces.sort((a, b) => b.find.length - a.find.length);
  const re = pieces.length ? new RegExp(pieces.map((x) => escapeRegExp(x.find)).join('|'), 'gu') : undefined;
  const replaceAll = (s: string) => {
    const escaped = escapeTemplate(s);
    return re ? escaped.replace(re, (m) => `\${${pieces.find((x) => x.find === m)!.name}}`) : escaped;
  };
  if (!title || title.end <= title.start) return replaceAll(text);
  return `${replaceAll(text.slice(0, title.start))}\${标题}${replaceAll(text.slice(title.end))}`;
}

/** A file name for a new draft: `2026-11-22-清河县秋粮收购进度偏慢.md` (characters Windows refuses removed). */
export function draftFileName(title: string, now: Date, extension = '.md'): string {
  let safe = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+|\.+$/gu, '');
  if ([...safe].length > 60) safe = [...safe].slice(0, 60).join('');
  return `${isoDate(now)}-${safe || '信息稿'}${extension}`;
}

/** A template file name from what the user typed (no folders, no characters Windows refuses). */
export function templateFileName(name: string, extension = '.md'): string | undefined {
  const safe = name
    .replace(/\.(md|txt)$/iu, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+|\.+$/gu, '');
  return safe ? `${safe}${extension}` : undefined;
}
