#!/usr/bin/env node
// Dev and held-out figures side by side: the fidelity corpus split by file name (files whose name contains
// "heldout" hold cases and traps written before a rule was changed, to check that the change generalises; those whose
// name starts with "blind" are the blind held-out set, written without reading the rules, and are shown on their own).
// Usage: node scripts/eval-heldout.mjs [rule,rule…] [--list] [--list-blind]   (after npm run build; reads dist/core.js)
// --list prints the misses and false alarms of the dev and held-out sets; --list-blind also those of the blind sets.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindSetOf, isBlind, loadCorpus } from '../fidelity/lib/corpus.mjs';
import { evaluate } from '../fidelity/lib/evaluate.mjs';
import { stillBlind } from '../fidelity/lib/report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
// The blind sets' own misses and false alarms are listed only on request: whoever tunes rules must not read them by
// accident (a set stays blind until the lead decides to use it).
const listBlind = args.includes('--list-blind');
const only = args.find((a) => !a.startsWith('--'))?.split(',');
const corePath = join(root, 'dist', 'core.js');
if (!existsSync(corePath)) {
  console.error('找不到 dist/core.js，请先运行 npm run build。/ dist/core.js is missing: run npm run build first.');
  process.exit(2);
}
const engine = createRequire(import.meta.url)(corePath);
const corpus = loadCorpus(join(root, 'fidelity'));
if (corpus.errors.length) {
  console.error(`语料格式有误 / the corpus has format errors:\n  ${corpus.errors.join('\n  ')}`);
  process.exit(1);
}
const heldOut = (e) => /heldout/.test(e.file);
const pick = (r) => !only || only.includes(r.rule);
for (const [label, inSet] of [
  ['开发集 dev', (e) => !heldOut(e) && !isBlind(e)],
  ['留出集 held-out', (e) => heldOut(e) && !isBlind(e)],
  // Only the blind sets already used to tune: a set still blind shows nowhere here, not even inside a combined row
  // (one helper read a still-blind set's per-rule count off this row by comparing two builds). scripts/eval.mjs prints
  // its one summary line.
  ['盲测集（已用于调整）blind held-out, used sets only', (e) => isBlind(e) && !stillBlind(blindSetOf(e))],
]) {
  const r = evaluate(engine, { cases: corpus.cases.filter(inSet), traps: corpus.traps.filter(inSet), errors: [] });
  console.log(`== ${label}：用例 ${r.totals.cases} cases，陷阱 ${r.totals.traps} traps`);
  console.log('规则 rule                  命中/用例 hits  自然变体 natural  误报 改正文/陷阱 FA right/trap  修复 fix');
  for (const s of r.rules.filter(pick)) {
    if (!s.cases && !s.faRight && !s.faTrap) continue;
    console.log(`${s.rule.padEnd(26)}${`${s.hits}/${s.cases}`.padEnd(16)}${`${s.naturalHits}/${s.natural}`.padEnd(18)}${`${s.faRight}/${s.faTrap}`.padEnd(30)}${s.fixCases ? `${s.fixOk}/${s.fixCases}` : '—'}`);
  }
  if (!list || (label.startsWith('盲测集') && !listBlind)) continue;
  for (const m of r.misses.filter(pick)) console.log(`  漏报 miss ${m.id} [${m.rule}] ${m.flag} | ${m.context}`);
  for (const f of r.falseAlarms.filter(pick)) console.log(`  误报 false alarm ${f.id} (${f.on}) ${f.marked}`);
  for (const f of r.fixProblems.filter(pick)) console.log(`  修复 fix ${f.id} ${f.flag} → ${f.fix ?? ''}（得到 got ${f.got ?? '无 none'}）`);
}
