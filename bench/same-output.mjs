#!/usr/bin/env node
// Do two builds say the same thing? For speed work that must not change behaviour: lints every draft of examples/
// (with its .xinxirc.yaml), every seed text (../shared/seeds, else test/fixtures/shared/seeds) whole and each of its
// paragraphs as the body of a draft, and every case (faulty and corrected text) and trap of fidelity/ wrapped as the
// evaluation wraps them (with the entry's config), with both builds' dist/core.js, and compares the whole result
// (every message with all its fields: ranges, line/column, texts, fixes and their edits; the stats) as JSON, and the
// text after fixAll (safe fixes, then all). Prints the number of drafts and of messages, and each difference.
//
// Usage: node bench/same-output.mjs <distA> <distB> [--folder <dir>]   (exit 1 when anything differs)
// (Also run `node scripts/eval.mjs --no-write` with each build: the injected-typo figures come from other texts.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, wrap } from '../fidelity/lib/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [da, db] = process.argv.slice(2);
if (!da || !db) {
  console.error('用法 usage: node bench/same-output.mjs <distA> <distB>');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const engines = [require(resolve(da, 'core.js')), require(resolve(db, 'core.js'))];

/** Each engine's whole answer for one draft, as a string. */
function answer(engine, text, options) {
  const { messages, stats } = engine.lint(text, options);
  const safe = engine.fixAll(text, options);
  const all = engine.fixAll(text, { ...options, unsafe: true });
  return { json: JSON.stringify({ messages, stats, safe: [safe.text, safe.applied], all: [all.text, all.applied] }), n: messages.length };
}

const drafts = [];
// examples/
const ex = join(root, 'examples');
const exConfig = (engine) => {
  const file = join(ex, '.xinxirc.yaml');
  if (!existsSync(file)) return undefined;
  const { data } = engine.parseConfigText(readFileSync(file, 'utf8'), '.xinxirc.yaml');
  return engine.validateConfig(data ?? {}, '.xinxirc.yaml', engine.rulesById);
};
for (const name of readdirSync(ex).filter((n) => /\.(md|txt)$/.test(n) && n !== 'README.md').sort()) {
  drafts.push({ name: `examples/${name}`, text: readFileSync(join(ex, name), 'utf8'), options: (e) => ({ path: name, config: exConfig(e), format: /\.txt$/.test(name) ? 'text' : undefined }) });
}
// seeds
const seeds = [join(root, '..', 'shared', 'seeds'), join(root, 'test', 'fixtures', 'shared', 'seeds')].find(existsSync);
const KINDS = ['动态', '经验', '问题', '建议', '社情民意', '紧急-首报', '紧急-续报', '紧急-终报', '专报'];
if (seeds) {
  let n = 0;
  for (const name of readdirSync(seeds).sort()) {
    const text = readFileSync(join(seeds, name), 'utf8');
    drafts.push({ name: `seeds/${name}`, text, options: () => ({ path: name, format: 'text' }) });
    drafts.push({ name: `seeds/${name}.md`, text, options: () => ({ path: `${name}.md` }) });
    text.split(/\n/).map((p) => p.trim()).filter((p) => p.length >= 8).forEach((p, i) => {
      const kind = KINDS[n++ % KINDS.length];
      const emergency = kind.startsWith('紧急') ? '事发时间: 2026-11-19 15:20\n报送时间: 2026-11-19 18:40\n' : '';
      const body = `---\n类型: ${kind}\n单位: 清河县委办公室\n日期: 2026-11-20\n${emergency}---\n\n# 全县党委系统信息工作会议召开\n\n${p}\n\n（签发：刘建国　执笔：陈晓燕　电话：0551-6283417）\n`;
      drafts.push({ name: `seeds/${name}#p${i}`, text: body, options: () => ({ path: 'p.md' }) });
    });
  }
}
// fidelity/
const corpus = loadCorpus(join(root, 'fidelity'));
if (corpus.errors.length) throw new Error(corpus.errors.join('\n'));
const configs = new Map();
const configOf = (engine, entry) => {
  if (!entry.config) return undefined;
  const key = `${engines.indexOf(engine)}${JSON.stringify(entry.config)}`;
  if (!configs.has(key)) configs.set(key, engine.validateConfig(entry.config, 'fidelity.xinxirc.yaml', engine.rulesById));
  return configs.get(key);
};
for (const entry of [...corpus.cases, ...corpus.traps]) {
  const bodies = entry.rule ? [['fault', entry.source], ['right', entry.right]] : [['trap', entry.source]];
  for (const [label, body] of bodies) {
    if (body === undefined) continue;
    const w = wrap(entry, body);
    drafts.push({ name: `fidelity/${entry.id}#${label}`, text: w.text, options: (e) => ({ path: w.path, config: configOf(e, entry) }) });
  }
}

// --folder <dir>: also every .md and .txt file under dir (generated drafts: scripts/corpus.mjs generateFolder), by its
// name, as the CLI would lint it with no configuration file.
const folderAt = process.argv.indexOf('--folder');
if (folderAt > 0) {
  const top = resolve(process.argv[folderAt + 1]);
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(md|txt)$/.test(e.name)) drafts.push({ name: full.slice(top.length + 1), text: readFileSync(full, 'utf8'), options: () => ({ path: e.name, format: /\.txt$/.test(e.name) ? 'text' : undefined }) });
    }
  };
  walk(top);
}

let differ = 0;
let messages = 0;
for (const d of drafts) {
  const [a, b] = engines.map((e) => answer(e, d.text, d.options(e)));
  messages += a.n;
  if (a.json !== b.json) {
    differ++;
    if (differ <= 20) {
      let i = 0;
      while (a.json[i] === b.json[i]) i++;
      console.log(`不同 differs: ${d.name}\n  A …${a.json.slice(Math.max(0, i - 80), i + 120)}\n  B …${b.json.slice(Math.max(0, i - 80), i + 120)}`);
    }
  }
}
console.log(`${drafts.length} 篇稿件，A 的提示 ${messages} 条；不同 ${differ} 篇 / ${drafts.length} drafts, ${messages} messages from A, ${differ} differ`);
process.exit(differ ? 1 : 0);
