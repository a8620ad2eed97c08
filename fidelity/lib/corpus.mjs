// Reading and checking the fidelity corpus (fidelity/cases/*.yaml, fidelity/traps/*.yaml), and building a
// draft around each sentence. No engine import here: the caller hands the engine in (dist/ for `npm run eval`,
// src/ for the vitest floors), so both measure the same corpus the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Rules the style guide plans (§3.6) that may not be built yet, with the category they will belong to. */
export const PLANNED = { typo: 'wording', 'de-di-de': 'wording', 'organ-list': 'punctuation', 'paragraph-end': 'punctuation' };

export const KINDS = ['动态', '经验', '问题', '建议', '社情民意', '紧急-首报', '紧急-续报', '紧急-终报', '专报'];

/** A plausible, clean title for each kind (used when a case gives a sentence, not a whole draft). */
const TITLES = {
  动态: '清河县秋冬种生产进展情况',
  经验: '清河县推行村级事务积分管理',
  问题: '清河县农村道路养护情况反映',
  建议: '关于完善农村道路养护机制的建议',
  社情民意: '群众反映农村道路养护情况',
  '紧急-续报': '清河县石桥镇山洪处置情况续报二',
  专报: '清河县农村道路养护情况调研',
};

const CASE_KEYS = new Set(['id', 'rule', 'kind', 'text', 'draft', 'flag', 'nth', 'fix', 'right', 'class', 'note', 'unit', 'title', 'path', 'config', 'textbook', 'anywhere']);
const TRAP_KEYS = new Set(['id', 'kind', 'text', 'draft', 'note', 'unit', 'title', 'path', 'config']);

function readYamlDir(dir) {
  let names;
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    let data;
    try {
      data = parse(text);
    } catch (e) {
      return { name, entries: [], error: `${name}: YAML 读取失败 / unreadable YAML: ${e.message.split('\n')[0]}` };
    }
    if (!Array.isArray(data)) return { name, entries: [], error: `${name}: 文件应为列表 / the file must be a list` };
    return { name, entries: data };
  });
}

/**
 * Files whose name starts with "blind" hold a blind held-out set: written by someone who read neither the rules nor the
 * rest of the corpus. It is scored and reported on its own (bench/FIDELITY.md, eval-heldout) and stays out of the
 * corpus totals and the floors until the lead decides otherwise.
 */
export const isBlind = (entry) => /^blind/.test(entry.file ?? '');

/** The corpus split into `main` (everything the totals and floors count) and `blind` (the blind held-out set). */
export function splitBlind(corpus) {
  const part = (blind) => ({
    ...corpus,
    cases: corpus.cases.filter((e) => isBlind(e) === blind),
    traps: corpus.traps.filter((e) => isBlind(e) === blind),
  });
  return { main: part(false), blind: part(true) };
}

/**
 * Which blind set a blind entry belongs to, by its file name: blind-*.yaml is set 1, blind2-*.yaml set 2, blindN-*.yaml
 * set N; undefined for an entry that is not blind. Each set was written by another person at another time (set 2 after
 * the rules had been tuned partly against set 1's findings), so each is reported on its own.
 */
export function blindSetOf(entry) {
  const m = /^blind(\d*)/.exec(entry.file ?? '');
  return m ? Number(m[1] || 1) : undefined;
}

/** The blind held-out sets, each on its own, by number: [{ n, files, cases, traps }] (files as cases/… and traps/…). */
export function blindSets(corpus) {
  const sets = new Map();
  for (const kind of ['cases', 'traps']) {
    for (const e of corpus[kind]) {
      const n = blindSetOf(e);
      if (n === undefined) continue;
      if (!sets.has(n)) sets.set(n, { n, files: new Set(), cases: [], traps: [] });
      sets.get(n)[kind].push(e);
      sets.get(n).files.add(`${kind}/${e.file}`);
    }
  }
  return [...sets.values()].sort((a, b) => a.n - b.n).map((s) => ({ ...s, files: [...s.files].sort() }));
}

/** The index of the `nth` (0-based) occurrence of `needle` in `hay`, or -1. */
export function nthIndex(hay, needle, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Reads the corpus under `root` (the fidelity folder). Returns {cases, traps, errors}: every entry that breaks the
 * format is named in `errors` (Chinese first) and left out, so that a broken entry is never silently scored.
 */
export function loadCorpus(root) {
  const errors = [];
  const ids = new Set();
  const cases = [];
  const traps = [];
  const checkCommon = (file, e, keys, where) => {
    if (!e || typeof e !== 'object' || Array.isArray(e)) {
      errors.push(`${where}: 条目应为对象 / entry must be a mapping`);
      return false;
    }
    for (const k of Object.keys(e)) if (!keys.has(k)) errors.push(`${where}: 未知字段“${k}” / unknown key`);
    if (typeof e.id !== 'string' || !e.id) {
      errors.push(`${where}: 缺少 id / missing id`);
      return false;
    }
    if (ids.has(e.id)) errors.push(`${where}: id“${e.id}”重复 / duplicate id`);
    ids.add(e.id);
    if ((e.text === undefined) === (e.draft === undefined)) {
      errors.push(`${where}: text 与 draft 必须二选一 / give exactly one of text, draft`);
      return false;
    }
    const src = e.text ?? e.draft;
    if (typeof src !== 'string' || !src.trim()) {
      errors.push(`${where}: text/draft 为空 / empty text`);
      return false;
    }
    // The product's own names of the emergency kinds (紧急首报, README “稿件格式”) are read as the corpus's 紧急-首报.
    if (typeof e.kind === 'string' && /^紧急(首报|续报|终报)$/u.test(e.kind)) e.kind = `紧急-${e.kind.slice(2)}`;
    if (e.kind !== undefined && !KINDS.includes(e.kind)) errors.push(`${where}: 未知类型“${e.kind}” / unknown kind`);
    if (e.text !== undefined && (e.kind === '紧急-首报' || e.kind === '紧急-终报')) {
      errors.push(`${where}: 紧急-首报、紧急-终报的条目请给出整篇 draft / give a whole draft for 紧急-首报 and 紧急-终报`);
      return false;
    }
    return true;
  };
  for (const { name, entries, error } of readYamlDir(join(root, 'cases'))) {
    if (error) errors.push(error);
    entries.forEach((e, i) => {
      const where = `cases/${name}#${i + 1}${e && e.id ? ` (${e.id})` : ''}`;
      if (!checkCommon(name, e, CASE_KEYS, where)) return;
      if (typeof e.rule !== 'string' || !e.rule) return void errors.push(`${where}: 缺少 rule / missing rule`);
      if (typeof e.flag !== 'string' || !e.flag) return void errors.push(`${where}: 缺少 flag / missing flag`);
      if (e.anywhere !== undefined && typeof e.anywhere !== 'boolean') return void errors.push(`${where}: anywhere 应为 true 或 false / anywhere must be a boolean`);
      const src = e.text ?? e.draft;
      const at = nthIndex(src, e.flag, e.nth ?? 0);
      if (at < 0) return void errors.push(`${where}: flag“${e.flag}”不在原文中 / flag not found in the text`);
      let right = e.right;
      if (e.fix !== undefined) {
        if (typeof e.fix !== 'string') return void errors.push(`${where}: fix 应为字符串 / fix must be a string`);
        const derived = src.slice(0, at) + e.fix + src.slice(at + e.flag.length);
        if (right === undefined) right = derived;
        else if (right !== derived) errors.push(`${where}: right 与“flag→fix”替换的结果不同 / right differs from the text with flag replaced by fix`);
      }
      if (typeof right !== 'string' || !right.trim()) return void errors.push(`${where}: 缺少 right（改正后的文字）/ missing right`);
      if (right === src) return void errors.push(`${where}: right 与原文相同 / right equals the faulty text`);
      cases.push({ ...e, file: name, source: src, flagAt: at, right, intended: e.fix === undefined ? undefined : right });
    });
  }
  for (const { name, entries, error } of readYamlDir(join(root, 'traps'))) {
    if (error) errors.push(error);
    entries.forEach((e, i) => {
      const where = `traps/${name}#${i + 1}${e && e.id ? ` (${e.id})` : ''}`;
      if (!checkCommon(name, e, TRAP_KEYS, where)) return;
      if (typeof e.note !== 'string' || !e.note) errors.push(`${where}: 缺少 note（为什么这是陷阱）/ missing note`);
      traps.push({ ...e, file: name, source: e.text ?? e.draft });
    });
  }
  return { cases, traps, errors };
}

/**
 * The draft a case or trap is linted as, and where its own text starts in it. A `draft` entry is used as it is;
 * a `text` entry gets front matter (kind, unit, date, sign-off fields), a title and the sign-off line.
 */
export function wrap(entry, body = entry.source) {
  const path = entry.path ?? 'draft.md';
  if (entry.draft !== undefined) return { text: body, offset: 0, path };
  const kind = entry.kind ?? '动态';
  const unit = entry.unit ?? '清河县农业农村局';
  const title = entry.title ?? TITLES[kind];
  const emergency = kind.startsWith('紧急') ? '事发时间: 2026-11-19 15:20\n报送时间: 2026-11-19 18:40\n' : '';
  const head =
    `---\n类型: ${kind}\n单位: ${unit}\n报送: 县委办公室信息科\n日期: 2026-11-20\n签发: 刘建国\n执笔: 陈晓燕\n电话: 0551-6283417\n${emergency}---\n\n` +
    `# ${title}\n\n`;
  return { text: `${head}${body}\n\n（签发：刘建国　执笔：陈晓燕　电话：0551-6283417）\n`, offset: head.length, path };
}
