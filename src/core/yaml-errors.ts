/**
 * YAML and JSON errors explained in Chinese (and English), with the line: a writer who left a full-width colon in
 * front matter or a config file should read what is wrong and what to do, not the YAML library's English text.
 * Used by the front matter (draft.ts) and by config parsing (config.ts `parseConfigText`, which the config loaders
 * call). A configuration file's explanation never quotes the file (`quote: false`): `extends` may point anywhere, and
 * a line of it must not end up in a terminal, a CI log or a SARIF file — it names the line, the column and the kind of
 * error only. The draft's own front matter is quoted: the writer sees it anyway.
 */
import type { YAMLError } from 'yaml';

export interface SyntaxExplanation {
  message: string;
  messageEn: string;
  /** 1-based line and column in the text that was parsed. */
  line: number;
  column: number;
  /** Offsets of the reported stretch in the text that was parsed. */
  start: number;
  end: number;
}

function lineOf(source: string, offset: number): { line: number; column: number; start: number; end: number } {
  const at = Math.max(0, Math.min(offset, source.length));
  let line = 1;
  let start = 0;
  for (let i = source.indexOf('\n'); i >= 0 && i < at; i = source.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  let end = source.indexOf('\n', start);
  if (end < 0) end = source.length;
  if (source[end - 1] === '\r') end--;
  return { line, column: at - start + 1, start, end };
}

const short = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

/** The offset of the bracket that opens the flow collection still open at `pos` (quotes skipped), if any. */
function openBracketBefore(source: string, pos: number, open: '[' | '{'): number | undefined {
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < pos && i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '#' && (i === 0 || /\s/u.test(source[i - 1]!))) {
      // A comment runs to the end of its line.
      while (i < source.length && source[i] !== '\n') i++;
    } else if ((ch === '"' || ch === "'") && (stack.length > 0 || /[\s:[{,]/u.test(source[i - 1] ?? ' '))) {
      for (i++; i < source.length && source[i] !== ch; i++) if (ch === '"' && source[i] === '\\') i++;
    } else if (ch === '[' || ch === '{') stack.push({ ch, at: i });
    else if ((ch === ']' || ch === '}') && stack.length > 0) stack.pop();
  }
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.ch === open) return stack[k]!.at;
  return undefined;
}

/** The offset of the quotation mark that opens the string still open at `pos` (escaped marks skipped), if any. */
function openQuoteBefore(source: string, pos: number, quote: '"' | "'"): number | undefined {
  for (let i = Math.min(pos, source.length) - 1; i >= 0; i--) {
    if (source[i] !== quote) continue;
    if (quote === '"' && source[i - 1] === '\\') continue;
    if (quote === "'" && (source[i - 1] === "'" || source[i + 1] === "'")) continue;
    return i;
  }
  return undefined;
}

/** The 1-based line (in `source`) of the key before the one at `start` with the same name in the same mapping. */
function earlierKeyLine(source: string, start: number, key: string): number | undefined {
  const lines = source.slice(0, start).split('\n');
  lines.pop();
  const indent = (s: string) => /^[ \t]*/u.exec(s)![0].length;
  const own = indent(source.slice(start, source.indexOf('\n', start) < 0 ? undefined : source.indexOf('\n', start)));
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.replace(/\r$/u, '');
    if (!/\S/u.test(line) || /^\s*#/u.test(line)) continue;
    if (indent(line) < own) return undefined;
    if (indent(line) === own && /^\s*([^:]+?)\s*:/u.exec(line)?.[1] === key) return i + 1;
  }
  return undefined;
}

/** Where the fault of a YAML error is: the error's place, unless that is only where the parser noticed it (an unclosed
 * bracket or quotation mark, an error at the end, a wrongly indented next line); `at` marks a single character. */
function faultPlace(error: YAMLError, source: string): { line: number; start: number; end: number; column: number; at: number | undefined } {
  const where = lineOf(source, error.pos[0]);
  let { line, start, end, column } = where;
  let at: number | undefined;
  const moveTo = (offset: number, mark = false) => {
    ({ line, start, end, column } = lineOf(source, offset));
    if (mark) at = offset;
  };
  // An unclosed bracket or quotation mark is noticed on a later line (or at the end): name the line it opens on.
  const flow = error.code === 'BAD_INDENT' && /Flow (sequence|map)/u.exec(error.message);
  const unclosedQuote = error.code === 'MISSING_CHAR' && /quote/u.test(error.message);
  const opening = flow
    ? openBracketBefore(source, error.pos[0], flow[1] === 'map' ? '{' : '[')
    : unclosedQuote
      ? openQuoteBefore(source, error.pos[0], /'/u.test(error.message.replace(/^[^'"]*/u, '').charAt(0)) ? "'" : '"')
      : undefined;
  if (opening !== undefined) moveTo(opening, true);
  // Another error at the very end is about the last line with text.
  else if (start === end && line > 1 && error.pos[0] >= source.trimEnd().length) {
    moveTo(source.trimEnd().length - 1);
    column = 1 + /^[ \t]*/u.exec(source.slice(start, end))![0].length;
  }
  // “类型: 动态” followed by an indented “  单位: x”: the fault is the indentation of the next line.
  if ((error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') && end < source.length) {
    const next = lineOf(source, source.indexOf('\n', end) + 1);
    const indent = (s: string) => /^[ \t]*/u.exec(s)![0].length;
    const nextText = source.slice(next.start, next.end);
    if (/\S/u.test(nextText) && indent(nextText) > indent(source.slice(start, end))) {
      ({ line, start, end } = next);
      column = 1 + indent(nextText);
    }
  }
  return { line, start, end, column, at };
}

/** The explanation of the error on the line `text` (its offset `start` in `source`), said through `say`. */
function explainLine(
  error: YAMLError,
  source: string,
  start: number,
  text: string,
  firstLine: number,
  quote: boolean,
  say: (zh: string, en: string) => SyntaxExplanation,
): SyntaxExplanation {
  // What the messages quote of the line: the line itself in front matter, nothing in a configuration file.
  const quoted = quote ? `“${short(text.trim())}”` : '';
  const quotedEn = quote ? `"${short(text.trim())}"` : 'the line';
  const fullWidthColon = /^\s*[^\s:：#][^:：]*：/u.test(text) && !/^\s*[^\s:#][^:]*:(?:\s|$)/u.test(text);
  if (fullWidthColon) {
    return say(`${quoted}用了全角冒号“：”，请改为半角冒号加一个空格（如“类型: 动态”）。`, `${quotedEn} uses a full-width colon; write a half-width colon and a space ("类型: 动态").`);
  }
  if (error.code === 'TAB_AS_INDENT' || /^\t/u.test(text)) {
    return say('用制表符缩进，YAML 只能用空格缩进，请把行首的制表符改为空格。', 'is indented with a tab; YAML indents with spaces only.');
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*([^:]+?)\s*:/u.exec(text)?.[1];
    const first = key !== undefined ? earlierKeyLine(source, start, key) : undefined;
    const before = first !== undefined ? `第 ${first + firstLine - 1} 行` : '前面';
    const beforeEn = first !== undefined ? `line ${first + firstLine - 1}` : 'an earlier line';
    return quote && key !== undefined
      ? say(`的“${key}”与${before}的键重复，每个键只能写一次，请删去其中一行。`, `repeats the key "${key}" of ${beforeEn}; each key may appear once, delete one of the lines.`)
      : say(`的键与${before}的键重复，每个键只能写一次，请删去其中一行。`, `repeats the key of ${beforeEn}; each key may appear once, delete one of the lines.`);
  }
  if (error.code === 'MISSING_CHAR' && /quote/u.test(error.message)) {
    return say('的引号没有成对，请补上结束的引号，或去掉开头的引号。', 'has a quotation mark that is not closed; close it or remove the opening one.');
  }
  if (error.code === 'BAD_INDENT' && /Flow (?:sequence|map)/u.test(error.message)) {
    const bracket = /Flow map/u.test(error.message) ? ['花括号“{”', '“}”'] : ['方括号“[”', '“]”'];
    return say(`的${bracket[0]}没有闭合，请补上${bracket[1]}，或给整个值加上引号。`, `opens a bracket that is not closed; close it or quote the value.`);
  }
  if (error.code === 'BAD_SCALAR_START') {
    const ch = /reserved character (\S)/u.exec(error.message)?.[1] ?? '';
    return say(`的值以保留字符“${ch}”开头，请给这个值加上引号。`, `has a value starting with the reserved character "${ch}"; put the value in quotes.`);
  }
  if (error.code === 'BAD_DQ_ESCAPE') {
    return say('双引号里的反斜杠“\\”不是有效的转义，请改用单引号，或把“\\”写成“\\\\”。', 'has a backslash that is not a valid escape inside double quotes; use single quotes or write \\\\.');
  }
  if (error.code === 'MULTIPLE_DOCS') {
    return say('多了一行“---”，这里只能有一段 YAML，请删去这一行。', 'has an extra "---"; only one YAML document is allowed here, delete the line.');
  }
  if (/^\s+\S/u.test(text) && (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'BAD_INDENT')) {
    return say(`${quoted}的缩进有误，每一项应顶格写成“键: 值”，请删去行首的空格。`, `${quotedEn} is indented; write each entry as "key: value" at the start of the line.`);
  }
  if (/^\s*[^\s:#][^:]*:\S/u.test(text) && !/:\/\//u.test(text)) {
    return say(`${quoted}的冒号后缺少空格，请写成“键: 值”（冒号后空一格）。`, `${quotedEn} needs a space after the colon ("key: value").`);
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s.*:\s/u.test(text)) {
    return say(`${quoted}的值里有“: ”，请给这个值加上引号。`, `${quotedEn} has ": " inside its value; put the value in quotes.`);
  }
  if (text.trim() !== '' && !/:(?:\s|$)/u.test(text) && !/^\s*(?:-|#)/u.test(text)) {
    return say(`${quoted}不是“键: 值”的写法，请在键和值之间加半角冒号和一个空格。`, `${quotedEn} is not a "key: value" line; put a colon and a space between key and value.`);
  }
  return say('的写法不符合 YAML 格式，请检查冒号（半角，后加空格）、缩进（只用空格）和引号、括号是否成对。', 'is not valid YAML; check the colons (half-width, followed by a space), the indentation (spaces only) and that quotes and brackets are closed.');
}

/**
 * Explain the first error of a YAML parse of `source`. `firstLine` is the line number of source's first line in the
 * file (front matter starts on line 2, after the opening ---).
 */
export function explainYamlError(error: YAMLError, source: string, firstLine = 1, options: { quote?: boolean } = {}): SyntaxExplanation {
  const quote = options.quote !== false;
  const { line, start, end, column, at } = faultPlace(error, source);
  const text = source.slice(start, end);
  const n = line + firstLine - 1;
  // A configuration file is named by line and column; the draft's front matter by line (the editor marks the place).
  const place = quote ? `第 ${n} 行` : `第 ${n} 行第 ${column} 列`;
  const placeEn = quote ? `Line ${n}` : `Line ${n}, column ${column}`;
  const say = (zh: string, en: string): SyntaxExplanation => ({
    message: `${place}${zh}`,
    messageEn: `${placeEn}: ${en}`,
    line: n,
    column,
    start: at ?? start,
    end: at !== undefined ? at + 1 : Math.max(end, start + 1),
  });
  return explainLine(error, source, start, text, firstLine, quote, say);
}

/** Explain a JSON.parse error of `source` (Node reports the position in its message). */
export function explainJsonError(error: unknown, source: string): SyntaxExplanation {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/u.exec(detail);
  const lineColumn = /\(line (\d+) column (\d+)\)/u.exec(detail);
  let offset = source.length;
  if (position) offset = Number(position[1]);
  else if (lineColumn) {
    const lines = source.split('\n');
    offset = lines.slice(0, Number(lineColumn[1]) - 1).reduce((n, l) => n + l.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  const where = lineOf(source, offset);
  const atEnd = /end of JSON input|Unterminated/u.test(detail) || offset >= source.trimEnd().length;
  const ch = source[offset] ?? '';
  const base = { line: where.line, column: where.column, start: where.start, end: Math.max(where.end, where.start + 1) };
  if (atEnd) {
    return {
      ...base,
      message: 'JSON 内容不完整：结尾缺少括号“}”“]”或引号，请补全。',
      messageEn: 'The JSON is incomplete: a closing brace, bracket or quote is missing at the end.',
    };
  }
  const hint =
    ch === '}' || ch === ']'
      ? '括号前多了一个逗号（JSON 不允许末尾多余的逗号）'
      : ch === "'"
        ? 'JSON 的字符串要用双引号，不能用单引号'
        : ch === '/' || ch === '#'
          ? 'JSON 不能写注释'
          : /[\u201c\u201d\uff0c\uff1a]/u.test(ch)
            ? '这里用了中文标点，JSON 的引号、逗号和冒号都要用半角'
            : '请检查逗号、冒号、引号和括号';
  const hintEn =
    ch === '}' || ch === ']'
      ? 'there is a trailing comma before the bracket (JSON allows none)'
      : ch === "'"
        ? 'JSON strings take double quotes, not single quotes'
        : ch === '/' || ch === '#'
          ? 'JSON has no comments'
          : /[\u201c\u201d\uff0c\uff1a]/u.test(ch)
            ? 'a Chinese punctuation mark is used where JSON needs a half-width quote, comma or colon'
            : 'check the commas, colons, quotes and brackets';
  return {
    ...base,
    message: `第 ${where.line} 行第 ${where.column} 列的 JSON 格式有误：${hint}。`,
    messageEn: `Invalid JSON at line ${where.line}, column ${where.column}: ${hintEn}.`,
  };
}
