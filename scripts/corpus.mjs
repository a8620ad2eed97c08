// The folder of drafts the folder benchmarks check (bench/folder.mjs, bench/peers/folder.mjs and bench/word.mjs share
// it, so that their figures are for the same files; scripts/snapshot.mjs records the CLI's output on it): a seeded, deterministic composition of the example drafts' sentences, with
// faults injected in about a third of them — half-width commas, a missing title, an attachment, a second paragraph,
// three times the length, and a sentence pasted from one of the real web texts in ../shared/seeds (with their mess:
// pinyin annotations, odd spaces, half-width marks) when that folder is present beside the project.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from '../fidelity/lib/random.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Front matter, title and body sentences of each example draft. */
function loadExamples() {
  const dir = join(root, 'examples');
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.md$/.test(name) || name === 'README.md') continue;
    const text = readFileSync(join(dir, name), 'utf8');
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const rest = fm ? text.slice(fm[0].length) : text;
    const title = /^# (.+)$/m.exec(rest)?.[1];
    const body = rest
      .replace(/^# .+$/m, '')
      .replace(/（签发[\s\S]*$/, '')
      .trim();
    const sentences = body.split(/(?<=[。！？])/).map((s) => s.trim()).filter((s) => s.length > 4);
    out.push({ name, frontMatter: fm?.[1] ?? '', title, sentences, signoff: /（签发[^\n]*/.exec(rest)?.[0] });
  }
  return out;
}

/** Sentences of the seed texts (real pasted web text), or none when ../shared/seeds is absent. */
function loadSeedSentences() {
  const dir = join(root, '..', 'shared', 'seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/(?<=[。！？])/))
    .map((s) => s.replace(/\s*\n\s*/g, '').trim())
    .filter((s) => s.length >= 12 && s.length <= 200 && /\p{Script=Han}/u.test(s));
}

function faults(seedSentences) {
  return [
    ['半角逗号 half-width comma', (d, r) => ({ ...d, body: d.body.replace(/，/g, (m) => (r() < 0.3 ? ',' : m)) })],
    ['缺标题 no title', (d) => ({ ...d, title: undefined })],
    ['附件 attachment', (d) => ({ ...d, body: `${d.body}详见附件。` })],
    ['两段 two paragraphs', (d) => ({ ...d, body: d.body.replace(/。(?=[^。]{20,}$)/, '。\n\n') })],
    ['超长 too long', (d) => ({ ...d, body: d.body.repeat(3) })],
    ...(seedSentences.length
      ? [['粘贴的网页文字 pasted web text', (d, r) => ({ ...d, body: d.body + seedSentences[Math.floor(r() * seedSentences.length)] })]]
      : []),
  ];
}

function compose(examples, injections, seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const base = pick(examples);
  const pool = examples.flatMap((e) => e.sentences);
  const n = 3 + Math.floor(r() * 6);
  let draft = { frontMatter: base.frontMatter, title: base.title ?? pick(examples).title, body: Array.from({ length: n }, () => pick(pool)).join(''), signoff: base.signoff };
  const injected = [];
  for (const [label, inject] of injections) {
    if (r() < 0.2) {
      draft = inject(draft, r);
      injected.push(label);
    }
  }
  const text = `---\n${draft.frontMatter}\n---\n\n${draft.title ? `# ${draft.title}\n\n` : ''}${draft.body}\n${draft.signoff ? `\n${draft.signoff}\n` : ''}`;
  return { text, faults: injected };
}

/**
 * Writes `count` drafts into `dir` (unit-NN/draft-NNNN.md, 20 sub-folders; draft i from seed 0x5eed + i). Returns the
 * number with injected faults, the total characters, whether seed-text sentences were used, and a digest of the
 * corpus (the same digest means the same files).
 */
export function generateFolder(dir, count) {
  const examples = loadExamples();
  const seedSentences = loadSeedSentences();
  const injections = faults(seedSentences);
  const hash = createHash('sha256');
  let faulty = 0;
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const { text, faults: injected } = compose(examples, injections, 0x5eed + i);
    if (injected.length) faulty++;
    const sub = join(dir, `unit-${String(i % 20).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `draft-${String(i).padStart(4, '0')}.md`);
    writeFileSync(file, text);
    hash.update(`${relative(dir, file)}\0${text}\0`);
    chars += [...text].length;
  }
  return { faulty, chars, seedTexts: seedSentences.length > 0, digest: hash.digest('hex').slice(0, 16) };
}

/**
 * A folder whose drafts share no sentence (bench/folder.mjs --distinct, bench/rule-time.mjs --distinct): the drafts of
 * generateFolder draw on the examples' few hundred sentences, so a cache keyed by a sentence (the typo rule's search,
 * the segmentation) hits on nearly every one, which a unit's real folder does not allow. Here every distinct sentence
 * of the project's own fidelity corpus (trap texts and the corrected texts of cases, from every set that is not still
 * blind) and of the seed texts (../shared/seeds, when present) is used once, in corpus order, about 560 characters of
 * body per draft under a title and 类型: 动态. Returns the number of drafts written (fewer than `count` when the
 * sentences run out), the sentences used and the digest of the files.
 */
export async function generateDistinctFolder(dir, count) {
  const { loadCorpus, blindSetOf } = await import('../fidelity/lib/corpus.mjs');
  const { stillBlind } = await import('../fidelity/lib/report.mjs');
  const corpus = loadCorpus(join(root, 'fidelity'));
  const usable = (e) => {
    const n = blindSetOf(e);
    return n === undefined || !stillBlind(n);
  };
  const texts = [...corpus.traps.filter(usable).map((e) => e.source), ...corpus.cases.filter(usable).map((e) => e.right)];
  const seeds = join(root, '..', 'shared', 'seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds).sort()) texts.push(readFileSync(join(seeds, f), 'utf8'));
  const seen = new Set();
  const sentences = [];
  for (const t of texts) {
    if (typeof t !== 'string') continue;
    const body = t.replace(/^---[\s\S]*?\n---\n/u, '').replace(/^#.*$/gmu, '');
    for (const s of body.split(/(?<=[。！？])/u)) {
      const x = s.replace(/\s+/gu, '');
      if (x.length >= 8 && /\p{Script=Han}/u.test(x) && !seen.has(x)) {
        seen.add(x);
        sentences.push(x);
      }
    }
  }
  mkdirSync(dir, { recursive: true });
  const hash = createHash('sha256');
  let k = 0;
  let n = 0;
  while (n < count && k < sentences.length) {
    let body = '';
    while (body.length < 560 && k < sentences.length) body += sentences[k++];
    const text = `---\n类型: 动态\n---\n\n# 工作动态第${n + 1}期\n\n${body}\n`;
    const name = `distinct-${String(n).padStart(4, '0')}.md`;
    writeFileSync(join(dir, name), text);
    hash.update(`${name}\0${text}\0`);
    n++;
  }
  return { drafts: n, sentences: k, digest: hash.digest('hex').slice(0, 16) };
}
