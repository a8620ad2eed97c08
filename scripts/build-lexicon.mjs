#!/usr/bin/env node
// Derives the lexicon's compact data tables (src/core/lexicon/data/*.ts) from their open sources:
//   - jieba's dictionary (MIT): submodules/cppjieba/dict/jieba.dict.utf8 in the npm package nodejieba@3.5.8,
//     fetched with `npm pack` (the package itself is a native module and is never a dependency of this project);
//   - character readings from pinyin-pro (MIT, a devDependency: only this script uses it).
// The output is committed; run this script only to move to a new version of a source:
//   node scripts/build-lexicon.mjs                       # npm pack nodejieba@3.5.8 into a temporary folder
//   node scripts/build-lexicon.mjs --from nodejieba.tgz  # or a tarball, an unpacked package folder or the .utf8 file
// The dictionary's SHA-256 is pinned below; a different file is refused unless --accept-new is given (then update
// NOTICE and the pin). Format of the derived tables: see src/core/lexicon/README.md.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { frontCode } from './lib/front-code.mjs';

const PACKAGE = 'nodejieba@3.5.8';
const DICT_PATH = 'package/submodules/cppjieba/dict/jieba.dict.utf8';
const TRANS_PATH = 'package/submodules/cppjieba/dict/pos_dict/prob_trans.utf8';
const DICT_SHA256 = '3043b77068e09c9904f27cad82f12b6ebe9dbdb5aeff3b25e45ab7f9c1122b55';
const OUT_DIR = new URL('../src/core/lexicon/data/', import.meta.url);

// Frequency code of a word (one character of the FREQ stream): counts up to EXACT are kept exactly; above, the
// natural log is quantised in steps of 1/PER_NAT (±3.6% at most). Codes 0..93 are the ASCII characters 33..126,
// codes 94.. the Latin-1 characters from U+00A1 (no code needs more than 189 values).
const EXACT = 40;
const PER_NAT = 14;

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** The entries of a POSIX (ustar/pax) tar archive: Map<path, Buffer>. */
function untar(buf) {
  const files = new Map();
  let pax = {};
  for (let off = 0; off + 512 <= buf.length; ) {
    const header = buf.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, len) => header.subarray(start, start + len).toString('utf8').replace(/\0.*$/s, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    let name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const body = buf.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      // pax extended header: "len key=value\n" records; `path` overrides the next entry's name.
      pax = {};
      for (const rec of body.toString('utf8').split('\n')) {
        const m = /^\d+ ([^=]+)=(.*)$/s.exec(rec);
        if (m) pax[m[1]] = m[2];
      }
      continue;
    }
    if (type === 'g') continue;
    if (pax.path) name = pax.path;
    pax = {};
    if (type === '0' || type === '') files.set(name, Buffer.from(body));
  }
  return files;
}

/** jieba.dict.utf8 and the licence texts, from --from or from `npm pack`. */
function readSource() {
  let from = opt('--from');
  let cleanup;
  if (!from) {
    const dir = mkdtempSync(join(tmpdir(), 'xinxi-lexicon-'));
    cleanup = () => rmSync(dir, { recursive: true, force: true });
    console.log(`npm pack ${PACKAGE} …`);
    execFileSync('npm', ['pack', PACKAGE, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`npm pack ${PACKAGE} produced no tarball`);
    from = join(dir, tgz);
  }
  try {
    if (!existsSync(from)) throw new Error(`${from}: no such file or folder`);
    if (statSync(from).isDirectory()) {
      const at = (p) => readFileSync(join(from, p.replace(/^package\//, '')));
      return { dict: at(DICT_PATH), trans: at(TRANS_PATH), licenses: licensesFrom(at), origin: from };
    }
    if (/\.(tgz|tar\.gz)$/.test(from)) {
      const files = untar(gunzipSync(readFileSync(from)));
      const at = (p) => {
        const f = files.get(p);
        if (!f) throw new Error(`${from}: ${p} not in the tarball`);
        return f;
      };
      return { dict: at(DICT_PATH), trans: at(TRANS_PATH), licenses: licensesFrom(at), origin: from };
    }
    return { dict: readFileSync(from), licenses: null, origin: from };
  } finally {
    cleanup?.();
  }
}

function licensesFrom(at) {
  return {
    nodejieba: at('package/LICENSE').toString('utf8'),
    cppjieba: at('package/submodules/cppjieba/LICENSE').toString('utf8'),
    version: JSON.parse(at('package/package.json').toString('utf8')).version,
  };
}

function freqCode(f) {
  if (f <= EXACT) return f;
  return EXACT + Math.round(Math.log(f / EXACT) * PER_NAT);
}
function codeChar(c) {
  if (c < 94) return String.fromCharCode(33 + c);
  if (c < 94 + 95) return String.fromCharCode(0xa1 + c - 94);
  throw new Error(`frequency code ${c} out of range`);
}

const HAN_RUN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;

function buildDictionary({ dict, licenses, origin }) {
  const sha = createHash('sha256').update(dict).digest('hex');
  if (sha !== DICT_SHA256 && !args.includes('--accept-new')) {
    throw new Error(`${origin}: SHA-256 ${sha} is not the pinned ${DICT_SHA256}; check the source, then run with --accept-new and update the pin and NOTICE`);
  }
  const lines = dict.toString('utf8').split(/\r?\n/);
  const entries = [];
  const seen = new Set();
  let total = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const parts = line.trim().split(/\s+/);
    if (parts.length !== 3 || !/^\d+$/.test(parts[1]) || !/^[a-z]+$/.test(parts[2])) {
      throw new Error(`jieba.dict.utf8:${i + 1}: expected "word freq pos", got ${JSON.stringify(line)}`);
    }
    const [word, f, pos] = parts;
    if (seen.has(word)) throw new Error(`jieba.dict.utf8:${i + 1}: ${word} twice`);
    seen.add(word);
    for (const ch of word) if (ch.length !== 1) throw new Error(`jieba.dict.utf8:${i + 1}: ${word} has a character outside the BMP`);
    const freq = Number(f);
    if (freq < 1) throw new Error(`jieba.dict.utf8:${i + 1}: frequency ${f}`);
    total += freq;
    entries.push({ word, freq, pos });
  });
  // UTF-16 code-unit order, as JavaScript compares strings (every word is in the BMP).
  entries.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));

  // Parts of speech, most frequent first (one code character each).
  const posCount = new Map();
  for (const e of entries) posCount.set(e.pos, (posCount.get(e.pos) ?? 0) + 1);
  const posList = [...posCount.keys()].sort((a, b) => posCount.get(b) - posCount.get(a) || (a < b ? -1 : 1));
  if (posList.length > 94) throw new Error('more than 94 parts of speech');
  const posIndex = new Map(posList.map((p, i) => [p, i]));

  // Words with characters other than Han (AT&T, B超, C++ …) sort before every Han word: they are listed whole;
  // the Han words form the front-coded stream WORDS: for each word, one ASCII character '0'+p (p = the number of
  // leading characters shared with the previous word) and then the rest of the word.
  const extra = entries.filter((e) => !HAN_RUN.test(e.word));
  const han = entries.filter((e) => HAN_RUN.test(e.word));
  if (extra.some((e) => e.word > han[0].word)) throw new Error('a non-Han word sorts after a Han word');
  const ordered = [...extra, ...han];
  const words = frontCode(han.map((e) => e.word));
  let freqs = '';
  let poss = '';
  let maxQuantError = 0;
  for (const e of ordered) {
    const c = freqCode(e.freq);
    const back = c <= EXACT ? c : EXACT * Math.exp((c - EXACT) / PER_NAT);
    maxQuantError = Math.max(maxQuantError, Math.abs(back - e.freq) / e.freq);
    freqs += codeChar(c);
    poss += String.fromCharCode(33 + posIndex.get(e.pos));
  }
  const meta = {
    source: `${PACKAGE} ${DICT_PATH.replace(/^package\//, '')}`,
    sha256: sha,
    words: ordered.length,
    chars: ordered.reduce((n, e) => n + e.word.length, 0),
    total,
    exact: EXACT,
    perNat: PER_NAT,
    pos: posList,
    extra: extra.map((e) => e.word),
  };
  const text = [
    '// Generated by scripts/build-lexicon.mjs: do not edit. Derived from jieba\'s dictionary (MIT), see NOTICE.',
    `// Source: ${meta.source} (SHA-256 ${sha}). Format: src/core/lexicon/README.md.`,
    `export const META = ${JSON.stringify(meta)};`,
    `export const WORDS = ${JSON.stringify(words)};`,
    `export const FREQ = ${JSON.stringify(freqs)};`,
    `export const POS = ${JSON.stringify(poss)};`,
    '',
  ].join('\n');
  writeFileSync(new URL('jieba-dict.ts', OUT_DIR), text);
  console.log(`jieba-dict.ts: ${ordered.length} words, total ${total}, ${posList.length} parts of speech, ` +
    `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB; largest frequency error ${(maxQuantError * 100).toFixed(2)}%`);
  return { entries: ordered, licenses, sha };
}

/**
 * Readings that are in use although no dictionary word shows them (function words, colloquial forms); every other
 * reading pinyin-pro lists beyond a character's first is marked rare unless some dictionary word is read with it.
 * Curated by this project.
 */
const USED_READINGS = {
  地: ['de5'], 这: ['zhei4'], 那: ['nei4', 'na5'], 哪: ['na5', 'nei3'], 么: ['ma5'], 啊: ['a2', 'a3', 'a4'],
  熟: ['shou2'], 盛: ['cheng2'], 咱: ['za2'],
};

/** A GB 2312 Hanzi (levels 1 and 2: 6,763 characters), by its GBK code: lead byte B0–F7, trail byte A1–FE. */
function isGb2312Hanzi(iconv, ch) {
  const b = iconv.encode(ch, 'gbk');
  return b.length === 2 && b[0] >= 0xb0 && b[0] <= 0xf7 && b[1] >= 0xa1 && b[1] <= 0xfe;
}

/**
 * Readings of every Han character of the dictionary and the look-alike table, from pinyin-pro. A reading is rare
 * when it is neither the character's first reading, nor the reading of the character in some dictionary word
 * (pinyin-pro reads words in context), nor in USED_READINGS. Characters come common first — GB 2312's 6,763 Hanzi,
 * then the rest — each part ordered by the summed frequency of the dictionary words that contain the character.
 */
function buildReadings(entries) {
  const require = createRequire(import.meta.url);
  const { pinyin } = require('pinyin-pro');
  const iconv = require('iconv-lite');
  const pinyinVersion = require('pinyin-pro/package.json').version;
  const weight = new Map();
  const observed = new Map();
  for (const { word, freq } of entries) {
    const chars = [...word];
    for (const ch of new Set(chars)) if (HAN_RUN.test(ch)) weight.set(ch, (weight.get(ch) ?? 0) + freq);
    if (chars.length < 2 || !HAN_RUN.test(word)) continue;
    const read = pinyin(word, { type: 'array', toneType: 'num' });
    if (read.length !== chars.length) continue;
    chars.forEach((ch, i) => {
      if (!observed.has(ch)) observed.set(ch, new Set());
      observed.get(ch).add(read[i].replace(/0$/, '5'));
    });
  }
  const lookAlike = readFileSync(new URL('look-alike.yaml', OUT_DIR), 'utf8').replace(/#.*$/gm, '');
  for (const ch of lookAlike) if (HAN_RUN.test(ch) && !weight.has(ch)) weight.set(ch, 0);
  const common = new Set([...weight.keys()].filter((ch) => isGb2312Hanzi(iconv, ch)));
  const chars = [...weight.keys()].sort((a, b) =>
    Number(common.has(b)) - Number(common.has(a)) || weight.get(b) - weight.get(a) || (a < b ? -1 : 1));
  // First pass: every character's readings; the toned syllables get ids in alphabetical order.
  const perChar = [];
  const without = [];
  const syllables = new Set();
  for (const ch of chars) {
    const readings = pinyin(ch, { multiple: true, type: 'array', toneType: 'num' }).filter((r) => /^[a-zü]+[0-4]$/.test(r));
    if (readings.length === 0) {
      without.push(ch);
      continue;
    }
    // Neutral tone as 5 (ma5), the usual numeric notation.
    const numbered = [...new Set(readings.map((r) => r.replace(/0$/, '5')))];
    const used = new Set([numbered[0], ...(observed.get(ch) ?? []), ...(USED_READINGS[ch] ?? [])]);
    numbered.forEach((r) => syllables.add(r));
    perChar.push([ch, numbered.map((r) => [r, !used.has(r)])]);
  }
  const list = [...syllables].sort();
  if (list.length > 0x700) throw new Error('too many syllables for the reading codes');
  const idOf = new Map(list.map((s, i) => [s, i]));
  let table = '';
  let rare = 0;
  for (const [ch, readings] of perChar) {
    table += ch;
    for (const [r, isRare] of readings) {
      if (isRare) rare++;
      table += String.fromCharCode((isRare ? 0x800 : 0x100) + idOf.get(r));
    }
  }
  const listed = perChar.length;
  const commonCount = perChar.filter(([ch]) => common.has(ch)).length;
  const text = [
    '// Generated by scripts/build-lexicon.mjs: do not edit. Readings from pinyin-pro (MIT), see NOTICE.',
    `// Source: pinyin-pro@${pinyinVersion}: every reading of each Han character of the dictionary and the look-alike table.`,
    '// SYLLABLES: the toned syllables (letters, ü, tone digit 1-5, 5 = neutral), space-separated; their index is their id.',
    '// READINGS: each character followed by one code per reading, the most usual first: U+0100 + id, or U+0800 + id for',
    '// a rare reading. The first COMMON characters are GB 2312 Hanzi; each part most common first.',
    `export const READINGS_SOURCE = ${JSON.stringify(`pinyin-pro@${pinyinVersion}`)};`,
    `export const COMMON = ${commonCount};`,
    `export const SYLLABLES = ${JSON.stringify(list.join(' '))};`,
    `export const READINGS = ${JSON.stringify(table)};`,
    '',
  ].join('\n');
  writeFileSync(new URL('readings.ts', OUT_DIR), text);
  console.log(`readings.ts: ${listed} characters (${commonCount} in GB 2312; without a reading: ${without.join('') || 'none'}), ` +
    `${list.length} toned syllables, ${rare} rare readings, ${(Buffer.byteLength(text) / 1e3).toFixed(0)} kB`);
  return pinyinVersion;
}

/** Word-level transitions of jieba's part-of-speech HMM below this (natural log) are left out (read as the floor). */
const TRANS_FLOOR = -16;

/**
 * pos-bigram.ts: how likely a word of one part of speech follows a word of another, from the transition table of jieba's
 * part-of-speech HMM (pos_dict/prob_trans.utf8, MIT, People's Daily statistics): only the transitions from a word's
 * last state (E, or S for a word of one character) to the next word's first (B, or S), rounded to 0.1 nat; and the
 * natural log of each part of speech's total frequency in the dictionary (how likely a word is within its part of
 * speech). Format: src/core/lexicon/README.md.
 */
function buildPosBigram(trans, entries) {
  const rows = [];
  for (const line of trans.toString('utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([BEMS]),(\w+):([BEMS]),(\w+):(-?[\d.e-]+)$/.exec(line.trim());
    if (!m) throw new Error(`prob_trans.utf8: unexpected line ${JSON.stringify(line)}`);
    const [, a, x, b, y, p] = m;
    if (!'ES'.includes(a) || !'BS'.includes(b) || Number(p) < TRANS_FLOOR) continue;
    rows.push(`${a}${x} ${b}${y} ${(-Number(p)).toFixed(1)}`);
  }
  rows.sort();
  const totals = new Map();
  for (const e of entries) totals.set(e.pos, (totals.get(e.pos) ?? 0) + e.freq);
  const logTotals = [...totals].sort((p, q) => (p[0] < q[0] ? -1 : 1)).map(([pos, f]) => `${pos} ${Math.log(f).toFixed(2)}`);
  const text =
    '// Generated by scripts/build-lexicon.mjs: do not edit. Derived from jieba (MIT), see NOTICE.\n' +
    `// Source: nodejieba@3.5.8 submodules/cppjieba/dict/pos_dict/prob_trans.utf8 (word-level transitions, -ln p ≤ ${-TRANS_FLOOR}) and jieba.dict.utf8 (ln of each part of speech's total frequency). Format: src/core/lexicon/README.md.\n` +
    `export const POS_TRANS = ${JSON.stringify(rows.join(';'))};\n` +
    `export const POS_TOTALS = ${JSON.stringify(logTotals.join(';'))};\n`;
  writeFileSync(new URL('pos-bigram.ts', OUT_DIR), text);
  console.log(`pos-bigram.ts: ${rows.length} transitions, ${logTotals.length} parts of speech, ${(Buffer.byteLength(text) / 1e3).toFixed(0)} kB`);
}

const source = readSource();
const { entries, licenses, sha } = buildDictionary(source);
if (source.trans) buildPosBigram(source.trans, entries);
const pinyinVersion = buildReadings(entries);
if (licenses) {
  console.log(`\nSources: nodejieba ${licenses.version}, dictionary SHA-256 ${sha}, pinyin-pro ${pinyinVersion}.`);
  console.log('Check that NOTICE carries these licence texts unchanged:\n');
  console.log(`--- nodejieba/LICENSE ---\n${licenses.nodejieba.trim()}\n--- submodules/cppjieba/LICENSE ---\n${licenses.cppjieba.trim()}`);
}
