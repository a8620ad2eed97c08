// Injected typos (issue 14 §5): correct sentences from the seed texts and the example drafts, each copied with one
// character replaced by a member of its confusion set; the engine's typo detectors should find the replaced
// character, and stay silent on the untouched sentence.
//
// The confusion function is pluggable: `confusions(ch) → string[]` (the characters a writer may type for `ch`).
// Today the driver runs with the small interim look-alike table in ./confusion-interim.mjs; the lexical layer
// (branch f-lexicon) brings the real confusion sets (same and similar sound, similar shape): pass a module that
// exports `confusions` with `npm run eval -- --confusion <module.mjs>`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { rng } from './random.mjs';

/** The rules that detect wrong characters; only these count as finding an injected typo or as a false flag. */
export const DETECTORS = ['typo', 'confusable-words', 'de-di-de'];

let t2s;
const simplified = (s) => (t2s ??= OpenCC.Converter({ from: 't', to: 'cn' }))(s);


const ALLOWED = /^[\p{Script=Han}0-9A-Za-z“”‘’《》（）、，：；。！？—…·%～\-]+$/u;
const SPAM = /久久|精品|文库|范文|下载|本文|转载|小编|会员上传|相关推荐|学习啦|写写帮/;

/**
 * Is this a clean, simplified sentence worth injecting into? Traditional script, pasted garbage (U+FFFD, ?, pinyin,
 * half-width marks inside Chinese, site boilerplate), template placeholders (XX, **, ××) and fragments are left out.
 */
export function isClean(s) {
  if (s.length < 12 || s.length > 160) return false;
  if (!/[。！？]$/.test(s)) return false;
  if (!ALLOWED.test(s)) return false;
  if (SPAM.test(s)) return false;
  if (/XX|xx|××|ⅩⅩ|某某/.test(s)) return false;
  if ((s.match(/\p{Script=Han}/gu) ?? []).length < s.length * 0.6) return false;
  if (simplified(s) !== s) return false;
  // Quotations and titles must pair inside the sentence (a fragment cut from a longer quotation is not clean).
  for (const [a, b] of ['“”', '《》', '（）']) if (s.split(a).length !== s.split(b).length) return false;
  return true;
}

function sentencesOf(text) {
  return text
    .replace(/\r/g, '')
    .split('\n')
    .flatMap((line) => line.trim().split(/(?<=[。！？])(?![”’）])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Clean sentences from the seeds (`seedsDir`, simplified ones only) and the example drafts (`examplesDir`; front
 * matter, title and sign-off left out). Deduplicated, in a stable order.
 */
export function extractSentences({ seedsDir, examplesDir }) {
  const out = [];
  const seen = new Set();
  const add = (source, s) => {
    if (!seen.has(s) && isClean(s)) {
      seen.add(s);
      out.push({ source, text: s });
    }
  };
  if (seedsDir && existsSync(seedsDir)) {
    for (const f of readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()) {
      for (const s of sentencesOf(readFileSync(join(seedsDir, f), 'utf8'))) add(`seeds/${f}`, s);
    }
  }
  if (examplesDir && existsSync(examplesDir)) {
    for (const f of readdirSync(examplesDir).filter((n) => /\.(md|txt)$/.test(n) && n !== 'README.md').sort()) {
      let t = readFileSync(join(examplesDir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      t = t.replace(/^#.*$/m, '').replace(/（签发[^\n]*/g, '');
      if (f.endsWith('.txt')) t = t.replace(/^[^\n]*\n/, ''); // the title line of a plain-text draft
      for (const s of sentencesOf(t)) add(`examples/${f}`, s);
    }
  }
  return out;
}

/**
 * Injected copies of each sentence, one wrong character per copy: up to `perSentence` copies, each at a different
 * position, with a seeded choice of position and substitute (the same copies on every run). Only Han characters
 * that have a confusion set are replaced. Returns [{source, original, text, at, from, to}].
 */
export function inject(sentences, confusions, { seed = 0x7e57, perSentence = 30 } = {}) {
  const out = [];
  sentences.forEach((s, n) => {
    const r = rng(seed + n);
    const chars = [...s.text];
    const candidates = [];
    let offset = 0;
    for (let i = 0; i < chars.length; i++) {
      const subs = /\p{Script=Han}/u.test(chars[i]) ? [...new Set(confusions(chars[i]))].filter((c) => c && c !== chars[i]) : [];
      if (subs.length) candidates.push({ i, offset, subs });
      offset += chars[i].length;
    }
    for (let k = 0; k < perSentence && candidates.length; k++) {
      const pick = candidates.splice(Math.floor(r() * candidates.length), 1)[0];
      const to = pick.subs[Math.floor(r() * pick.subs.length)];
      const from = chars[pick.i];
      const text = s.text.slice(0, pick.offset) + to + s.text.slice(pick.offset + from.length);
      out.push({ source: s.source, original: s.text, text, at: pick.offset, from, to });
    }
  });
  return out;
}

const WRAP_HEAD = '---\n类型: 专报\n单位: 清河县人民政府办公室\n日期: 2026-11-20\n---\n\n# 清河县信息工作情况\n\n';

/**
 * Lint each untouched sentence and each injected copy (as the body of a 专报 draft, so that no length or paragraph
 * limit interferes). Found: a message of a detector rule covering the replaced character. False flag: a detector
 * message on the untouched sentence.
 */
export function measureInjected(engine, sentences, injected, { detectors = DETECTORS, knownFaults = [] } = {}) {
  const active = detectors.filter((id) => engine.allRules.some((r) => r.id === id));
  // Only the detector rules run (the others cannot change what is measured, and this keeps thousands of lints fast).
  const rules = engine.allRules.filter((r) => active.includes(r.id));
  const lintBody = (body) =>
    engine.lint(`${WRAP_HEAD}${body}\n`, { path: 'injected.md', rules }).messages.filter((m) => active.includes(m.ruleId));
  // A message inside a known fault of the original sentence (the seeds are real text with real slips) is a finding,
  // not a false flag.
  const isKnown = (text, m) => {
    const start = m.start - WRAP_HEAD.length;
    const end = m.end - WRAP_HEAD.length;
    return knownFaults.some((k) => {
      for (let at = text.indexOf(k.text); at >= 0; at = text.indexOf(k.text, at + 1)) {
        if (start >= at && end <= at + k.text.length) return true;
      }
      return false;
    });
  };
  const falseFlags = [];
  const realFaults = [];
  for (const s of sentences) {
    const ms = lintBody(s.text);
    const mark = (m) => `${m.ruleId}“${`${WRAP_HEAD}${s.text}`.slice(m.start, m.end)}”`;
    const known = ms.filter((m) => isKnown(s.text, m));
    const unknown = ms.filter((m) => !isKnown(s.text, m));
    if (known.length) realFaults.push({ source: s.source, text: s.text, marked: known.map(mark) });
    if (unknown.length) falseFlags.push({ source: s.source, text: s.text, marked: unknown.map(mark) });
  }
  let found = 0;
  const missed = [];
  for (const x of injected) {
    const at = WRAP_HEAD.length + x.at;
    const ms = lintBody(x.text).filter((m) => m.start <= at && m.end > at);
    if (ms.length) found++;
    else missed.push(x);
  }
  return {
    detectors: active,
    missingDetectors: detectors.filter((id) => !active.includes(id)),
    sentences: sentences.length,
    injected: injected.length,
    found,
    detection: injected.length ? found / injected.length : 0,
    falseFlags,
    realFaults,
    falseFlagRate: sentences.length ? falseFlags.length / sentences.length : 0,
    missed,
  };
}

/**
 * The real slips in the seed and example sentences (fidelity/injected/known-faults.yaml: {text, note}), so that a
 * detector finding one of them on an untouched sentence is not counted as a false flag.
 */
export function loadKnownFaults(fidelityRoot) {
  const file = join(fidelityRoot, 'injected', 'known-faults.yaml');
  if (!existsSync(file)) return [];
  const data = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data) || data.some((k) => !k || typeof k.text !== 'string' || !k.text)) {
    throw new Error('fidelity/injected/known-faults.yaml 应为 {text, note} 的列表 / must be a list of {text, note}');
  }
  return data;
}

/**
 * Where the seed texts are: the project's copy in test/fixtures/shared/seeds (a test keeps it equal to
 * ../shared/seeds), so that the figures belong to a commit; ../shared/seeds when the copy is absent.
 */
export function seedsDirOf(projectRoot) {
  const copy = join(projectRoot, 'test', 'fixtures', 'shared', 'seeds');
  return existsSync(copy) ? copy : join(projectRoot, '..', 'shared', 'seeds');
}
