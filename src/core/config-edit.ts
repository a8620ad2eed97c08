/**
 * Editing a team's configuration file in place: a word added to `terms.accepted` (the team's accepted words: local
 * terms, names of places, firms and projects that the dictionary lacks). Spell checkers offer "add to dictionary" on
 * every unknown word; a writer who is told that 试块 looks like 石块 needs the same one step, and the word then travels
 * with the workspace (git) to the whole team.
 *
 * YAML files keep their comments, order and layout (the yaml library's document model edits the tree, not the text);
 * a JSON file is written back with two-space indentation. A file that does not parse, or whose `terms` or
 * `terms.accepted` has another shape, is left alone with a Chinese message (and its English) saying why.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

export interface AcceptedTermEdit {
  /** The file's new text (the old text when nothing changed). */
  readonly text: string;
  /** False when the word was already in the list. */
  readonly added: boolean;
}

/** An error the caller shows as it is: `message` in Chinese, `messageEn` in English. */
export class ConfigEditError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

/** Is this word worth writing to a team's list (a stretch of text, not an empty string or a line of its own)? */
export function acceptableTerm(word: string): boolean {
  const w = word.trim();
  return w.length > 0 && w.length <= 40 && !/[\r\n]/u.test(w);
}

/**
 * `text` (the file's content; '' for a file not written yet) with `word` added to `terms.accepted`. `json` for a
 * .xinxirc.json file; every other config file is YAML, as config.ts reads it (JSON is YAML: a .xinxirc holding a JSON
 * object, or a YAML flow mapping, is edited as YAML and stays readable). Throws ConfigEditError when the file cannot
 * take it. A file with CRLF line ends keeps them.
 */
export function addAcceptedTerm(text: string, word: string, json: boolean): AcceptedTermEdit {
  const w = word.trim();
  if (!acceptableTerm(w)) throw new ConfigEditError(`“${word.slice(0, 40)}”不能加入认可用语（应为一段不换行的文字，最多 40 个字）。`, `"${word.slice(0, 40)}" cannot be accepted: one line of at most 40 characters.`);
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const edit = json ? addToJson(body, w, bom) : addToYaml(body, w, bom);
  // A file written with CRLF (a Windows team's) keeps its line ends: otherwise every line would change in git.
  return edit.added && /\r\n/u.test(body) ? { text: edit.text.replace(/\r?\n/gu, '\r\n'), added: true } : edit;
}

function shapeError(where: string): ConfigEditError {
  return new ConfigEditError(`配置文件中的 ${where} 不是列表或映射，没有改动这个文件；请手工把词加入 terms.accepted。`, `${where} in the configuration file has another shape; the file was not changed. Add the word to terms.accepted by hand.`);
}

function addToYaml(body: string, word: string, bom: string): AcceptedTermEdit {
  const doc = parseDocument(body);
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigEditError(`配置文件不是有效的 YAML（${e.message.split('\n')[0]}），没有改动这个文件。`, `The configuration file is not valid YAML (${e.message.split('\n')[0]}); it was not changed.`);
  }
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) doc.contents = doc.createNode({}) as never;
  if (!isMap(doc.contents)) throw shapeError('顶层 top level');
  const terms = doc.get('terms', true);
  if (terms === undefined || (isScalar(terms) && terms.value === null)) {
    doc.set('terms', doc.createNode({ accepted: [word] }));
    return { text: bom + doc.toString(), added: true };
  }
  if (!isMap(terms)) throw shapeError('terms');
  const accepted = terms.get('accepted', true);
  if (accepted === undefined || (isScalar(accepted) && accepted.value === null)) {
    terms.set('accepted', doc.createNode([word]));
    return { text: bom + doc.toString(), added: true };
  }
  if (!isSeq(accepted)) throw shapeError('terms.accepted');
  if (accepted.items.some((item) => isScalar(item) && String(item.value).trim() === word)) return { text: bom + body, added: false };
  accepted.add(doc.createNode(word));
  return { text: bom + doc.toString(), added: true };
}

function addToJson(body: string, word: string, bom: string): AcceptedTermEdit {
  let data: unknown;
  try {
    data = body.trim() ? JSON.parse(body) : {};
  } catch (e) {
    throw new ConfigEditError(`配置文件不是有效的 JSON（${(e as Error).message}），没有改动这个文件。`, `The configuration file is not valid JSON (${(e as Error).message}); it was not changed.`);
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(data)) throw shapeError('顶层 top level');
  const terms = data.terms ?? (data.terms = {});
  if (!isObject(terms)) throw shapeError('terms');
  const accepted = terms.accepted ?? (terms.accepted = []);
  if (!Array.isArray(accepted)) throw shapeError('terms.accepted');
  if (accepted.some((x) => typeof x === 'string' && x.trim() === word)) return { text: bom + body, added: false };
  accepted.push(word);
  return { text: `${bom}${JSON.stringify(data, null, 2)}\n`, added: true };
}
