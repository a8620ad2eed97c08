#!/usr/bin/env node
// The safety net of behaviour-preserving refactors (issue 16): runs the built CLI and engine over four corpora and
// writes what they say, canonically, to a folder; `--compare` records again into a scratch folder and compares.
//
//   node scripts/snapshot.mjs <folder>              record (builds first; --no-build to use dist/ as it is)
//   node scripts/snapshot.mjs --compare <folder>    record into a temp folder and compare with <folder>
//   node scripts/snapshot.mjs --compare <folder> --except cli-kind   ignore the named differences (see EXCEPTIONS)
//
// The corpora:
//   examples   examples/ (with its .xinxirc.yaml)
//   seeds      drafts built from the seed texts (test/fixtures/shared/seeds): every paragraph as the body of a draft
//              of each kind in turn, and every seed as a whole plain-text draft
//   generated  the 1,000 drafts of scripts/corpus.mjs (the folder benchmark's corpus)
//   fidelity   every case (faulty and corrected text) and trap of fidelity/, wrapped as the evaluation wraps them,
//              with the entry's config
// For each corpus: `<corpus>.cli.json` is the CLI's `check --format json` output byte for byte (not for fidelity,
// whose entries carry their own config), `<corpus>.engine.jsonl` one line per draft: stats and every message with
// ruleId, severity, offsets, line/column, message zh/en, url and fixes (titles, safety, edits), and the text after
// `fixAll` (safe fixes, then with the fixes that need confirmation). Also `rules.txt` (`xinxi rules`),
// `examples.sarif.json` and `schema.json` (the .xinxirc JSON schema of the registry).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFolder } from './corpus.mjs';
import { loadCorpus, wrap } from '../fidelity/lib/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value ?? '';
};
const compareWith = flag('--compare');
const except = new Set((flag('--except') ?? '').split(',').filter(Boolean));
const noBuild = args.includes('--no-build');
const positional = args.filter((a) => !a.startsWith('--'));
const usage = '用法：node scripts/snapshot.mjs <文件夹> | --compare <文件夹> [--except 差异名,…] [--no-build]\n';
if (compareWith === undefined && positional.length !== 1) {
  process.stderr.write(usage);
  process.exit(2);
}
if (compareWith !== undefined && !existsSync(join(compareWith, 'MANIFEST'))) {
  process.stderr.write(`snapshot：${compareWith} 中没有快照（缺少 MANIFEST）。\n`);
  process.exit(2);
}

if (!noBuild) {
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 2);
}
const requireDist = createRequire(join(root, 'dist', 'x.js'));
const engine = requireDist('./core.js');
const bin = join(root, 'bin', 'xinxi.js');

/** The CLI's stdout (exit code 0 or 1 expected: 1 means errors were found). */
function cli(cwd, argv) {
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`xinxi ${argv.join(' ')} (${cwd}): exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

/** One message, every field that says what the engine found, in a fixed key order. */
function canonicalMessage(m) {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    start: m.start,
    end: m.end,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    message: m.message,
    messageEn: m.messageEn,
    url: m.url,
    fixes: m.fixes.map((f) => ({
      title: f.title,
      titleEn: f.titleEn ?? null,
      safe: f.safe,
      placeholder: f.placeholder ?? false,
      edits: f.edits.map((e) => [e.start, e.end, e.text]),
    })),
  };
}

function canonicalStats(s) {
  return {
    kind: s.kind,
    kindSource: s.kindSource,
    bodyChars: s.bodyChars,
    budget: s.budget ?? null,
    paragraphs: s.paragraphs,
    title: s.title ?? null,
    errors: s.errors,
    warnings: s.warnings,
    infos: s.infos,
  };
}

/** One JSON line per draft. */
function engineLine(name, text, options) {
  const result = engine.lint(text, options);
  const safe = engine.fixAll(text, options);
  const all = engine.fixAll(text, { ...options, unsafe: true });
  return JSON.stringify({
    file: name,
    stats: canonicalStats(result.stats),
    messages: result.messages.map(canonicalMessage),
    fixed: safe.text === text ? null : safe.text,
    fixedApplied: safe.applied,
    fixedUnsafe: all.text === text ? null : all.text,
    fixedUnsafeApplied: all.applied,
  });
}

function configIn(dir) {
  for (const name of ['.xinxirc.yaml', '.xinxirc.yml', '.xinxirc.json', '.xinxirc']) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const { data, problem } = engine.parseConfigText(readFileSync(file, 'utf8'), name);
    if (problem) throw new Error(`${file}: ${problem.message}`);
    return engine.validateConfig(data ?? {}, name, engine.rulesById);
  }
  return undefined;
}

/** Drafts of a folder as the CLI listed them: [relative path, text]. */
function draftsOf(dir, cliJson) {
  return JSON.parse(cliJson).map((f) => [f.file, readFileSync(join(dir, f.file), 'utf8')]);
}

function folderCorpus(out, name, dir) {
  const cliJson = cli(dir, ['check', '--format', 'json', '--jobs', '1', '.']);
  writeFileSync(join(out, `${name}.cli.json`), cliJson);
  const config = configIn(dir);
  const lines = draftsOf(dir, cliJson).map(([file, text]) =>
    engineLine(file, text, { path: file, config, format: /\.txt$/i.test(file) ? 'text' : undefined }),
  );
  writeFileSync(join(out, `${name}.engine.jsonl`), `${lines.join('\n')}\n`);
  return lines.length;
}

const KINDS = ['动态', '经验', '问题', '建议', '社情民意', '紧急-首报', '紧急-续报', '紧急-终报', '专报'];

/** Drafts from the seed texts: every paragraph of every seed as a body, each seed whole as a plain-text draft. */
function writeSeedDrafts(dir) {
  const seeds = join(root, 'test', 'fixtures', 'shared', 'seeds');
  writeFileSync(join(dir, '.xinxirc.yaml'), 'unit: 清河县委办公室\n');
  let n = 0;
  for (const name of readdirSync(seeds).sort()) {
    const text = readFileSync(join(seeds, name), 'utf8');
    const base = name.replace(/\.txt$/, '');
    writeFileSync(join(dir, `${base}-whole.txt`), text);
    const paragraphs = text.split(/\n/).map((p) => p.trim()).filter((p) => p.length >= 8);
    paragraphs.forEach((p, i) => {
      const kind = KINDS[n++ % KINDS.length];
      const emergency = kind.startsWith('紧急') ? '事发时间: 2026-11-19 15:20\n报送时间: 2026-11-19 18:40\n' : '';
      const fm = `---\n类型: ${kind}\n单位: 清河县委办公室\n日期: 2026-11-20\n${emergency}---\n\n`;
      const title = `# 全县党委系统信息工作会议召开\n\n`;
      writeFileSync(join(dir, `${base}-p${String(i).padStart(3, '0')}.md`), `${fm}${title}${p}\n\n（签发：刘建国　执笔：陈晓燕　电话：0551-6283417）\n`);
    });
  }
}

function fidelityCorpus(out) {
  const corpus = loadCorpus(join(root, 'fidelity'));
  if (corpus.errors.length) throw new Error(`fidelity: ${corpus.errors.join('\n')}`);
  const configs = new Map();
  const configOf = (entry) => {
    if (!entry.config) return undefined;
    const key = JSON.stringify(entry.config);
    if (!configs.has(key)) configs.set(key, engine.validateConfig(entry.config, 'fidelity.xinxirc.yaml', engine.rulesById));
    return configs.get(key);
  };
  const lines = [];
  for (const entry of [...corpus.cases, ...corpus.traps]) {
    const bodies = entry.rule ? [['fault', entry.source], ['right', entry.right]] : [['trap', entry.source]];
    for (const [label, body] of bodies) {
      const w = wrap(entry, body);
      lines.push(engineLine(`${entry.id}#${label}`, w.text, { path: w.path, config: configOf(entry) }));
    }
  }
  writeFileSync(join(out, 'fidelity.engine.jsonl'), `${lines.join('\n')}\n`);
  return lines.length;
}

function record(out) {
  mkdirSync(out, { recursive: true });
  const manifest = [];
  const scratch = mkdtempSync(join(tmpdir(), 'xinxi-snapshot-'));
  try {
    manifest.push(`examples ${folderCorpus(out, 'examples', join(root, 'examples'))}`);
    writeFileSync(join(out, 'examples.sarif.json'), cli(join(root, 'examples'), ['check', '--format', 'sarif', '--jobs', '1', '.']));
    const seeds = join(scratch, 'seeds');
    mkdirSync(seeds);
    writeSeedDrafts(seeds);
    manifest.push(`seeds ${folderCorpus(out, 'seeds', seeds)}`);
    const generated = join(scratch, 'generated');
    mkdirSync(generated);
    writeFileSync(join(generated, '.xinxirc.yaml'), 'unit: 清河县农业农村局\n');
    const { digest } = generateFolder(generated, 1000);
    manifest.push(`generated ${folderCorpus(out, 'generated', generated)} digest ${digest}`);
    manifest.push(`fidelity ${fidelityCorpus(out)}`);
    writeFileSync(join(out, 'rules.txt'), cli(root, ['rules']));
    writeFileSync(join(out, 'schema.json'), `${JSON.stringify(engine.configSchema(engine.allRules), null, 2)}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  writeFileSync(join(out, 'MANIFEST'), `${manifest.join('\n')}\n`);
  return manifest;
}

/**
 * Named differences a step may make on purpose (`--except`): each maps an old and a new value to comparable
 * forms. `cli-kind`: the CLI's `kind` value and the engine's stats.kind and messages naming a kind (紧急-首报 → 紧急首报).
 */
const EXCEPTIONS = {
  'cli-kind': (s) => s.replace(/紧急-(首报|续报|终报)/g, '紧急$1').replace(/紧急信息(首报|续报|终报)/g, '紧急$1'),
};

function compare(oldDir, newDir) {
  const normalise = (s) => [...except].reduce((acc, name) => (EXCEPTIONS[name] ? EXCEPTIONS[name](acc) : acc), s);
  const names = [...new Set([...readdirSync(oldDir), ...readdirSync(newDir)])].sort();
  let differing = 0;
  for (const name of names) {
    const a = existsSync(join(oldDir, name)) ? readFileSync(join(oldDir, name), 'utf8') : undefined;
    const b = existsSync(join(newDir, name)) ? readFileSync(join(newDir, name), 'utf8') : undefined;
    if (a === undefined || b === undefined) {
      console.log(`✖ ${name}: ${a === undefined ? '新增 / only in the new snapshot' : '缺少 / missing from the new snapshot'}`);
      differing++;
      continue;
    }
    if (a === b || normalise(a) === normalise(b)) {
      console.log(`✔ ${name}${a === b ? '' : `（按 ${[...except].join(', ')} 视为相同）`}`);
      continue;
    }
    differing++;
    const la = a.split('\n');
    const lb = b.split('\n');
    const diffs = [];
    for (let i = 0; i < Math.max(la.length, lb.length); i++) {
      if (normalise(la[i] ?? '') !== normalise(lb[i] ?? '')) diffs.push(i);
    }
    console.log(`✖ ${name}: ${diffs.length} 行不同 / lines differ (${la.length} → ${lb.length} lines)`);
    for (const i of diffs.slice(0, 5)) {
      console.log(`  line ${i + 1}\n  - ${(la[i] ?? '').slice(0, 600)}\n  + ${(lb[i] ?? '').slice(0, 600)}`);
    }
  }
  return differing;
}

const started = Date.now();
if (compareWith === undefined) {
  const out = positional[0];
  const manifest = record(out);
  console.log(`snapshot：已写入 ${relative(process.cwd(), out) || out}（${manifest.join('；')}），${((Date.now() - started) / 1000).toFixed(1)} s`);
} else {
  const fresh = mkdtempSync(join(tmpdir(), 'xinxi-snapshot-new-'));
  record(fresh);
  const differing = compare(compareWith, fresh);
  if (differing === 0) {
    rmSync(fresh, { recursive: true, force: true });
    console.log(`snapshot：与 ${compareWith} 完全一致 / identical (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } else {
    console.log(`snapshot：${differing} 个文件不同，新快照留在 ${fresh} / ${differing} files differ; the new snapshot is in ${fresh}`);
    process.exit(1);
  }
}
