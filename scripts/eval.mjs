#!/usr/bin/env node
// `npm run eval`: scores the built engine (dist/core.js) on the fidelity corpus (fidelity/) and on injected typos,
// prints a table and writes bench/FIDELITY.md. Deterministic: the same engine and corpus give the same figures.
//
// Options:
//   --confusion <which>       confusion sets for the injected typos: `lexicon` (the lexical layer's, through
//                             fidelity/lib/confusion-lexicon.mjs), `interim` (the small look-alike table
//                             fidelity/lib/confusion-interim.mjs) or the path of a module exporting `confusions(ch)`.
//                             Default: `lexicon` when src/core/lexicon/confusion.ts exists, else `interim`.
//   --per-sentence <n>        injected copies per sentence, each with one wrong character at another position (30)
//   --no-write                print only, leave bench/FIDELITY.md alone
//   --json <file>             also write the raw figures as JSON
//   --write-floors            set fidelity/floors.json to today's figures (rounded down a little), for the lead
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { blindSets, loadCorpus, splitBlind } from '../fidelity/lib/corpus.mjs';
import { evaluate } from '../fidelity/lib/evaluate.mjs';
import { extractSentences, inject, loadKnownFaults, measureInjected, seedsDirOf } from '../fidelity/lib/injected.mjs';
import { checkFloors, floorsOf } from '../fidelity/lib/floors.mjs';
import { blindLabel, blindLine, blindTable, markdown, stillBlind, terminalTable, weakest } from '../fidelity/lib/report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const corePath = join(root, 'dist', 'core.js');
if (!existsSync(corePath)) {
  console.error('找不到 dist/core.js，请先运行 npm run build。/ dist/core.js is missing: run npm run build first.');
  process.exit(2);
}
const engine = createRequire(import.meta.url)(corePath);

const t0 = performance.now();
const corpus = loadCorpus(join(root, 'fidelity'));
if (corpus.errors.length) {
  console.error(`语料格式有误（${corpus.errors.length} 处）/ the corpus has format errors:`);
  for (const e of corpus.errors) console.error(`  ${e}`);
  process.exit(1);
}
// The blind held-out sets (fidelity/*/blind*.yaml: blind-* is set 1, blind2-* set 2, …) are each scored on their own and
// stay out of the totals and floors.
const { main } = splitBlind(corpus);
const result = evaluate(engine, main);
const blinds = blindSets(corpus).map((s) => ({
  n: s.n,
  label: blindLabel(s.n),
  files: s.files,
  result: evaluate(engine, { cases: s.cases, traps: s.traps, errors: [] }),
}));

const confusionArg = argValue('--confusion') ?? (existsSync(join(root, 'src', 'core', 'lexicon', 'confusion.ts')) ? 'lexicon' : 'interim');
const confusionPath =
  confusionArg === 'lexicon' || confusionArg === 'interim' ? join(root, 'fidelity', 'lib', `confusion-${confusionArg}.mjs`) : resolve(confusionArg);
let confusionModule;
try {
  confusionModule = await import(pathToFileURL(confusionPath).href);
} catch (e) {
  console.error(`无法载入混淆集 ${confusionArg}：${e.message}`);
  process.exit(2);
}
if (typeof confusionModule.confusions !== 'function') {
  console.error('混淆集模块必须导出函数 confusions(ch)。/ the confusion module must export confusions(ch).');
  process.exit(2);
}
const sentences = extractSentences({ seedsDir: seedsDirOf(root), examplesDir: join(root, 'examples') });
const perSentence = Number(argValue('--per-sentence') ?? 30);
const injected = measureInjected(engine, sentences, inject(sentences, confusionModule.confusions, { perSentence }), {
  knownFaults: loadKnownFaults(join(root, 'fidelity')),
});
injected.perSentence = perSentence;
injected.confusionName = confusionModule.name ?? confusionArg;
const ms = Math.round(performance.now() - t0);

console.log(terminalTable(result, injected));
console.log(`\n最弱的 10 条规则 the 10 weakest rules: ${weakest(result).map((r) => r.rule).join('、')}`);
for (const b of blinds) {
  // A set still blind shows its summary line only (which rules it finds weak is for nobody tuning rules to read).
  if (stillBlind(b.n)) {
    console.log(`\n${blindLine(b.result, b.label)}（仍是盲测，不列各规则 / still blind: no per-rule rows）`);
    continue;
  }
  console.log(`\n${blindTable(b.result, b.label)}\n最弱的 10 条规则（${b.label}）the 10 weakest rules on this set: ${weakest(b.result).map((r) => r.rule).join('、')}`);
}
console.log(`耗时 ${ms} ms`);

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'rules', 'fidelity', 'scripts/eval.mjs'], { cwd: root, encoding: 'utf8' }).trim();
  if (dirty) commit += '（工作区有未提交的改动 uncommitted changes）';
} catch {
  // not a git checkout: keep "unknown"
}
const meta = { date: new Date().toISOString().slice(0, 10), commit, ruleCount: engine.allRules.length, ms };
if (!args.includes('--no-write')) {
  writeFileSync(join(root, 'bench', 'FIDELITY.md'), markdown(result, injected, meta, blinds));
  console.log('已写入 bench/FIDELITY.md / wrote bench/FIDELITY.md');
}
const floorsPath = join(root, 'fidelity', 'floors.json');
if (args.includes('--write-floors')) {
  writeFileSync(floorsPath, `${JSON.stringify(floorsOf(result, injected), null, 2)}\n`);
  console.log('已写入 fidelity/floors.json / wrote fidelity/floors.json');
} else if (existsSync(floorsPath)) {
  const below = checkFloors(JSON.parse(readFileSync(floorsPath, 'utf8')), result, injected);
  if (below.length) {
    console.log(`\n低于底线（${below.length} 项）/ below the floors:`);
    for (const line of below) console.log(`  ${line}`);
  } else console.log('各项成绩均不低于 fidelity/floors.json 的底线 / all floors hold');
}
const jsonPath = argValue('--json');
if (jsonPath) {
  const { missed, ...inj } = injected;
  writeFileSync(resolve(jsonPath), `${JSON.stringify({ meta, totals: result.totals, rules: result.rules, injected: { ...inj, missed: missed.length }, blind: blinds.map((b) => ({ set: b.n, label: b.label, files: b.files, totals: b.result.totals, rules: b.result.rules })) }, null, 2)}\n`);
}
