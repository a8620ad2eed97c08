/**
 * A generator of realistic drafts for property tests (fast-check): front matter of every kind, a title, a body of
 * sentences taken from the bundled examples and the seed texts (real pasted web text), with faults of every rule
 * injected — the faults are the lines of the “错误示例” blocks of rules/<id>.md — plus now and then the odd
 * characters and Markdown that bad input brings (emoji, zero-width spaces, tables, code, HTML comments).
 *
 *   import { draftArb, FAULTS } from './gen/drafts';
 *   fc.assert(fc.property(draftArb(), (d) => { lint(d.text, { path: d.path, config: d.config, rules: allRules }) … }));
 *
 * Each draft says which rules' faults went into it (`faults`) and carries the config it needs (team-terms reads its
 * word list from `.xinxirc`, so a draft with that fault comes with the word list of rules/team-terms.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { emptyConfig, ruleSettingFor, validateConfig } from '../../../src/core/config.js';
import { KINDS, type Kind, type ResolvedConfig, type Rule } from '../../../src/index.js';
import { rulesById } from '../../../src/index.js';
import { sharedPath } from '../shared-docs';

const ROOT = join(__dirname, '..', '..', '..');

// ---- faults from the rule docs ------------------------------------------------------------------------------------

/** A fault taken from a rule doc's wrong examples, classified by where it goes in a draft. */
export type Fault =
  /** One line of prose: inline in a paragraph, on a line of its own, or as a paragraph of its own. */
  | { ruleId: string; kind: 'sentence'; text: string }
  /** A title line (`# …` in Markdown, the first line in plain text). */
  | { ruleId: string; kind: 'title'; text: string }
  /** Front-matter lines (`key: value`) added to or replacing the generated ones. */
  | { ruleId: string; kind: 'meta'; lines: string[] }
  /** Paragraphs that belong together (a heading and a list, an attachment line): added to the body as they are. */
  | { ruleId: string; kind: 'paragraphs'; paragraphs: string[] }
  /**
   * A whole draft or its start: its own front matter when it has one, its own title line (or none: then the draft has
   * no title), its paragraphs. The generated draft is built around it.
   */
  | { ruleId: string; kind: 'draft'; frontMatter?: string; title: string | null; paragraphs: string[] };

/**
 * The fenced blocks of a doc's “## 错误示例” section (a `## ` line inside a fence does not end the section), without
 * the blocks the docs test does not take as faults: a rule's known gap (`<!-- 已知缺口：… -->` before the fence) and
 * the text after the fixes (introduced by a line starting with 修复后) — see src/rules/README.md.
 */
/** Docs write invisible characters as `\\uXXXX` escapes (rules/invisible-chars.md): the drafts carry the characters. */
const decodeEscapes = (s: string) => s.replace(/\\u\{?([0-9a-fA-F]{4,5})\}?/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));

export function wrongExampleBlocks(doc: string): { lang: string; text: string }[] {
  const lines = doc.split('\n');
  const blocks: { lang: string; text: string }[] = [];
  let inSection = false;
  let fence: { lang: string; lines: string[] } | undefined;
  let skip = false;
  let lastProse = '';
  for (const line of lines) {
    if (fence) {
      if (line.startsWith('```')) {
        if (!skip) blocks.push({ lang: fence.lang, text: decodeEscapes(fence.lines.join('\n')) });
        fence = undefined;
        lastProse = '';
      } else fence.lines.push(line);
      continue;
    }
    if (line.startsWith('## ')) {
      inSection = line.trim() === '## 错误示例';
      continue;
    }
    const open = /^```(\w*)\s*$/.exec(line);
    if (inSection && open) {
      fence = { lang: open[1] ?? '', lines: [] };
      skip = /^<!--\s*已知缺口/u.test(lastProse) || /^修复后/u.test(lastProse);
    }
    if (line.trim()) lastProse = line.trim();
  }
  return blocks;
}

/** “……正文……” stands for the rest of a draft in the docs; a leading “……” for text left out. */
const ELIDED = /^…….*……$/u;
const clean = (line: string) => line.replace(/^……/u, '');

export function faultsOfBlock(ruleId: string, block: { lang: string; text: string }): Fault[] {
  const text = block.text.replace(/\s+$/u, '');
  if (!text.trim()) return [];
  if (block.lang === 'yaml') return [{ ruleId, kind: 'meta', lines: text.split('\n') }];
  const structured = text.startsWith('---\n') || /^#{1,6} /u.test(text);
  if (structured) {
    let rest = text;
    let frontMatter: string | undefined;
    if (text.startsWith('---\n')) {
      const close = text.indexOf('\n---', 3);
      frontMatter = close < 0 ? text : text.slice(0, close + 4);
      rest = close < 0 ? '' : text.slice(close + 4).replace(/^\n+/u, '');
    }
    const [first = '', ...others] = rest.split('\n');
    const title = /^#{1,6} /u.test(first) ? first : null;
    const body = (title === null ? rest : others.join('\n')).trim();
    const paragraphs = body ? body.split(/\n{2,}/u).filter((p) => !ELIDED.test(p.trim())).map(clean) : [];
    if (frontMatter && !title && !paragraphs.length) return [{ ruleId, kind: 'draft', frontMatter, title: null, paragraphs: [] }];
    return [{ ruleId, kind: 'draft', frontMatter, title, paragraphs }];
  }
  if (/\n\s*\n/u.test(text)) {
    return [{ ruleId, kind: 'paragraphs', paragraphs: text.split(/\n\s*\n/u).map((p) => clean(p.trim())).filter((p) => p && !ELIDED.test(p)) }];
  }
  return text
    .split('\n')
    .filter((line) => line.trim() && !ELIDED.test(line.trim()))
    .map((line): Fault => (/^# /u.test(line) ? { ruleId, kind: 'title', text: line } : { ruleId, kind: 'sentence', text: clean(line) }));
}

const docsDir = join(ROOT, 'rules');
const docs = new Map(
  readdirSync(docsDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => [f.slice(0, -3), readFileSync(join(docsDir, f), 'utf8')]),
);

/** Every fault of every rule doc. */
export const FAULTS: readonly Fault[] = [...docs].flatMap(([id, doc]) => wrongExampleBlocks(doc).flatMap((b) => faultsOfBlock(id, b)));

/** The team word list of rules/team-terms.md (its first `terms:` YAML block), as .xinxirc data. */
export const TEAM_CONFIG: Record<string, unknown> = (() => {
  const doc = docs.get('team-terms') ?? '';
  const yaml = [...doc.matchAll(/```yaml\n([\s\S]*?)\n```/gu)].map((m) => m[1]!).find((y) => /^terms:/mu.test(y));
  return yaml ? (parseYaml(yaml) as Record<string, unknown>) : {};
})();

// ---- prose from the examples and the seeds --------------------------------------------------------------------------

function splitSentences(paragraph: string): string[] {
  return paragraph.match(/[^。！？]+(?:[。！？]+[”’）]?|$)/gu)?.map((s) => s.trim()).filter(Boolean) ?? [];
}

/** Body and title of an example draft (front matter, title line and sign-off removed). */
function exampleParts(text: string): { title?: string; sentences: string[] } {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/u, '');
  const lines = body.split('\n');
  const heading = lines.find((l) => /^# /u.test(l));
  const paragraphs = body
    .split(/\n{2,}/u)
    .map((p) => p.trim())
    .filter((p) => p && !/^# /u.test(p) && !/^（签发|^（执笔/u.test(p));
  return { title: heading?.slice(2), sentences: paragraphs.flatMap(splitSentences) };
}

const exampleFiles = readdirSync(join(ROOT, 'examples')).filter((f) => /^\d+-.*\.(md|txt)$/u.test(f));
const examples = exampleFiles.map((f) => ({ good: f.includes('-good'), ...exampleParts(readFileSync(join(ROOT, 'examples', f), 'utf8')) }));

/** Sentences of the good examples: clean prose. */
export const CLEAN_SENTENCES: readonly string[] = examples.filter((e) => e.good).flatMap((e) => e.sentences);
/** Sentences of the faulty examples: real mistakes in context. */
export const FAULTY_SENTENCES: readonly string[] = examples.filter((e) => !e.good).flatMap((e) => e.sentences);
export const TITLES: readonly string[] = examples.map((e) => e.title).filter((t): t is string => !!t);

/** Sentences of the seed texts (pasted web pages: traditional characters, pinyin, half-width marks, ⅩⅩ…). */
export const SEED_SENTENCES: readonly string[] = readdirSync(sharedPath('seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) =>
    readFileSync(sharedPath('seeds', f), 'utf8')
      .split(/\r?\n/u)
      .flatMap(splitSentences)
      .filter((s) => s.length >= 6 && s.length <= 160),
  )
  // Every 7th sentence: enough variety, a small table.
  .filter((_, i) => i % 7 === 0);

/** What bad input brings: odd characters, Markdown and HTML, numbers and URLs. */
export const NOISE: readonly string[] = [
  '，', '。', '、', '；', '：', '？', '！', '“', '”', '《', '》', '（', '）', '……', '——', '【', '】',
  ',', '.', ';', ':', '?', '!', '(', ')', '"', "'", '...', '--', '-', '~', '%', '％', '１２', 'ＡＢ',
  ' ', '  ', '\u3000', '\t', '\u200b', '\u00a0', '\ufffd', '??', 'xué', '學(xué)', '們',
  '3.14', '1,000', '10:30', '2026年1月5日', '2024.1.5', '15～30%', '3千人', '24年', '下午3点20分', '20大',
  'www.gov.cn', 'https://example.com/a,b', 'a@b.cn', 'Hello, world.', 'XX', '××', '某某', '${单位}', '$1',
  '的的', '常常', '一、二等奖', '三、四个', '〔2024〕1号', '😀', '𠀀', 'é',
  '**', '*', '_', '`code,x`', '[链接](http://a.cn/x.docx)', '![图](a.png)', '<!-- xinxi-disable -->', '<br>',
  '\n', '\n\n', '\r\n', '# ', '## ', '- ', '1. ', '> ', '| a | b |\n|---|---|\n| 1 | 2 |', '```\n代码,\n```',
];

// ---- kinds --------------------------------------------------------------------------------------------------------

const EMPTY = emptyConfig();

/**
 * Rules that look only at the body's first or last sentence: where their faults belong. vague-suggestion reads a bare
 * suggestion followed by another sentence as a heading that sentence spells out, so its fault ends the body.
 */
const SENTENCE_PLACE: Record<string, 'start' | 'end'> = { 'no-opening-boilerplate': 'start', 'no-closing-boilerplate': 'end', 'vague-suggestion': 'end' };

/** Does the rule run for drafts of this kind (by default)? */
export function ruleRunsFor(rule: Rule, kind: Kind): boolean {
  return (!rule.appliesTo || rule.appliesTo.includes(kind)) && ruleSettingFor(rule, kind, EMPTY).severity !== 'off';
}

/** The kinds for which all of these rules run (or, failing that, the first one). */
function kindsFor(ruleIds: string[]): Kind[] {
  const rules = ruleIds.map((id) => rulesById.get(id)).filter((r): r is Rule => !!r);
  const all = KINDS.filter((k) => rules.every((r) => ruleRunsFor(r, k)));
  if (all.length) return all;
  const first = KINDS.filter((k) => !rules[0] || ruleRunsFor(rules[0], k));
  return first.length ? first : [...KINDS];
}

// ---- the draft ------------------------------------------------------------------------------------------------------

export interface GeneratedDraft {
  text: string;
  path: string;
  /** Config file data (as in .xinxirc.yaml), when the draft needs one. */
  configData?: Record<string, unknown>;
  config?: ResolvedConfig;
  /** The rules whose faults were injected. */
  faults: string[];
  kind?: string;
}

const UNITS = ['清河县农业农村局', '桐溪县人民政府办公室', '江平县水利局', '南岭县应急管理局', '城关镇人民政府'];
const SIGNOFF = '（签发：王强　执笔：赵敏　电话：0551-12345678）';

interface Choices {
  format: 'md' | 'txt';
  faults: Fault[];
  kindPick: number;
  frontMatter: 'chinese' | 'english' | 'minimal' | 'none' | 'unknown-kind';
  titlePick: number;
  hasTitle: boolean;
  sentences: string[];
  placements: { at: number; how: 'inline' | 'line' | 'paragraph' | 'start' | 'end' }[];
  /** The body is the faults alone (the docs' examples are often a whole body). */
  solo: boolean;
  paragraphBreaks: number[];
  long: boolean;
  signoff: boolean;
  bom: boolean;
  eol: '\n' | '\r\n' | '\r';
  teamConfig: boolean;
}

const sentenceArb = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...CLEAN_SENTENCES) },
  { weight: 2, arbitrary: fc.constantFrom(...FAULTY_SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...SEED_SENTENCES) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NOISE), { minLength: 1, maxLength: 8 }).map((a) => a.join('')) },
);

/**
 * A fault: a rule first, then one of its doc's wrong examples. Drawing the examples themselves uniformly would let a
 * rule with one example go undrawn in a sample of hundreds of drafts once the docs hold hundreds of examples.
 */
const FAULTS_BY_RULE = new Map<string, Fault[]>();
for (const f of FAULTS) FAULTS_BY_RULE.set(f.ruleId, [...(FAULTS_BY_RULE.get(f.ruleId) ?? []), f]);
const faultArb: fc.Arbitrary<Fault> = fc.constantFrom(...FAULTS_BY_RULE.keys()).chain((id) => fc.constantFrom(...FAULTS_BY_RULE.get(id)!));

/** An inline-config comment is Markdown and works only as a block of its own (inside a line it is text). */
const isConfigComment = (f: Fault) => f.kind === 'sentence' && /^<!--/u.test(f.text);

const choicesArb: fc.Arbitrary<Choices> = fc.record({
  format: fc.constantFrom<'md' | 'txt'>('md', 'md', 'md', 'txt'),
  faults: fc.array(faultArb, { maxLength: 5 }),
  kindPick: fc.nat(),
  frontMatter: fc.constantFrom<Choices['frontMatter']>('chinese', 'chinese', 'chinese', 'english', 'minimal', 'none', 'unknown-kind'),
  titlePick: fc.nat(),
  hasTitle: fc.nat(3).map((n) => n !== 0),
  sentences: fc.array(sentenceArb, { minLength: 1, maxLength: 12 }),
  placements: fc.array(fc.record({ at: fc.nat(), how: fc.constantFrom<Choices['placements'][number]['how']>('inline', 'inline', 'line', 'paragraph', 'start', 'end') }), {
    minLength: 5,
    maxLength: 5,
  }),
  paragraphBreaks: fc.array(fc.nat(), { maxLength: 2 }),
  solo: fc.nat(3).map((n) => n === 0),
  long: fc.nat(9).map((n) => n === 0),
  signoff: fc.boolean(),
  bom: fc.nat(9).map((n) => n === 0),
  eol: fc.constantFrom<Choices['eol']>('\n', '\n', '\n', '\n', '\n', '\n', '\r\n', '\r'),
  teamConfig: fc.nat(4).map((n) => n === 0),
});

function frontMatterOf(c: Choices, kind: Kind, metaFaults: string[]): string {
  if (c.frontMatter === 'none' && !metaFaults.length) return '';
  const unit = UNITS[c.kindPick % UNITS.length]!;
  const english = c.frontMatter === 'english';
  const lines: string[] = [];
  lines.push(c.frontMatter === 'unknown-kind' ? '类型: 周报' : english ? `type: ${kind}` : `类型: ${kind}`);
  if (c.frontMatter !== 'minimal') {
    lines.push(english ? `unit: ${unit}` : `单位: ${unit}`, english ? 'date: 2026-11-20' : '日期: 2026-11-20');
  }
  if (kind.startsWith('紧急')) {
    lines.push('事发时间: 2026-11-19 15:20', '报送时间: 2026-11-19 17:05');
    if (kind === '紧急续报') lines.push('续报序号: 1');
  }
  // Fault lines replace the generated line with the same key.
  for (const line of metaFaults) {
    const key = line.split(':')[0]!;
    const at = lines.findIndex((l) => l.split(':')[0] === key);
    if (at >= 0) lines[at] = line;
    else lines.push(line);
  }
  return `---\n${lines.join('\n')}\n---\n\n`;
}

function build(c: Choices): GeneratedDraft {
  const draftFault = c.faults.find((f): f is Extract<Fault, { kind: 'draft' }> => f.kind === 'draft');
  const titleFault = c.faults.find((f): f is Extract<Fault, { kind: 'title' }> => f.kind === 'title');
  const metaLines = c.faults.flatMap((f) => (f.kind === 'meta' ? f.lines : []));
  const ruleIds = [...new Set(c.faults.map((f) => f.ruleId))];
  const kinds = kindsFor(ruleIds);
  const kind = kinds[c.kindPick % kinds.length]!;
  const md = c.format === 'md' || c.faults.some(isConfigComment);

  // Front matter: the fault's own, else generated; a draft whose faults need certain kinds always says its kind.
  let frontMatter: string;
  if (draftFault?.frontMatter !== undefined) frontMatter = `${draftFault.frontMatter}\n\n`;
  else if (c.frontMatter === 'none' && kinds.length < KINDS.length) frontMatter = frontMatterOf({ ...c, frontMatter: 'minimal' }, kind, metaLines);
  else frontMatter = frontMatterOf(c, kind, metaLines);

  // Title.
  // Plain text has no heading marks: its title is the first line (a level-2 heading stays a line of text).
  const asTitle = (line: string) => (md ? line : line.replace(/^# /u, ''));
  let title: string | null;
  if (draftFault) title = draftFault.title === null ? null : asTitle(draftFault.title);
  else if (titleFault) title = asTitle(titleFault.text);
  else title = c.hasTitle ? asTitle(`# ${TITLES[c.titlePick % TITLES.length]!}`) : null;

  // Body: the sentences in paragraphs, then the faults placed among them.
  const solo = c.solo && c.faults.some((f) => f.kind === 'sentence');
  const sentences = solo ? [] : [...c.sentences];
  // A long body (body-length): more of the clean sentences, from a place the choices pick; always when the draft
  // carries body-length's fault (its doc's wrong example, a draft without a body, gets a clean sentence below).
  const long = c.long || ruleIds.includes('body-length');
  for (let i = 0; long && sentences.join('').length < 1300; i++) sentences.push(CLEAN_SENTENCES[(c.kindPick + i) % CLEAN_SENTENCES.length]!);
  const paragraphs: string[][] = [sentences];
  for (const b of c.paragraphBreaks) {
    const last = paragraphs[paragraphs.length - 1]!;
    if (last.length < 2) break;
    const cut = 1 + (b % (last.length - 1));
    paragraphs.splice(paragraphs.length - 1, 1, last.slice(0, cut), last.slice(cut));
  }
  const extraParagraphs: string[] = draftFault ? [...draftFault.paragraphs] : [];
  let placement = 0;
  for (const f of c.faults) {
    if (f.kind === 'paragraphs') extraParagraphs.push(...f.paragraphs);
    if (f.kind !== 'sentence') continue;
    const chosen = c.placements[placement++ % c.placements.length]!;
    const { at } = chosen;
    // A rule that judges the body's first or last sentence gets its fault there when the choice was "somewhere
    // inside" (elsewhere it rightly stays silent, and the draft would test nothing of it).
    const how = isConfigComment(f)
      ? 'paragraph'
      : (chosen.how === 'inline' || chosen.how === 'line') && SENTENCE_PLACE[f.ruleId]
        ? SENTENCE_PLACE[f.ruleId]!
        : chosen.how;
    if (how === 'paragraph') {
      extraParagraphs.splice(at % (extraParagraphs.length + 1), 0, f.text);
      continue;
    }
    if (how === 'start') {
      paragraphs[0]!.unshift(f.text);
      continue;
    }
    if (how === 'end') {
      paragraphs[paragraphs.length - 1]!.push(f.text);
      continue;
    }
    const p = paragraphs[at % paragraphs.length]!;
    const k = at % (p.length + 1);
    p.splice(k, 0, how === 'line' ? `\n${f.text}\n` : f.text);
  }
  const bodyParagraphs = [...paragraphs.map((p) => p.join('').replace(/^\n+|\n+$/gu, '').replace(/\n{2,}/gu, '\n')), ...extraParagraphs].filter((p) => p.trim());
  if (draftFault && !draftFault.paragraphs.length && !bodyParagraphs.length) bodyParagraphs.push(CLEAN_SENTENCES[0]!);

  const parts = [frontMatter];
  if (title !== null) parts.push(`${title}\n\n`);
  parts.push(bodyParagraphs.join('\n\n'), '\n');
  if (c.signoff) parts.push(`\n${SIGNOFF}\n`);
  let text = parts.join('');
  if (c.eol !== '\n') text = text.replace(/\r?\n/gu, c.eol);
  if (c.bom) text = `\uFEFF${text}`;

  const configData = ruleIds.includes('team-terms') || c.teamConfig ? TEAM_CONFIG : undefined;
  const draft: GeneratedDraft = { text, path: md ? 'draft.md' : 'draft.txt', configData, faults: ruleIds, kind };
  // The resolved config stays out of fast-check's report of a counterexample (configData says it all).
  Object.defineProperty(draft, 'config', { value: configData ? configOf(configData) : undefined, enumerable: false });
  return draft;
}

const configCache = new Map<unknown, ResolvedConfig>();
function configOf(data: Record<string, unknown>): ResolvedConfig {
  let config = configCache.get(data);
  if (!config) {
    config = validateConfig(data, 'gen.xinxirc.yaml', rulesById);
    if (config.problems.length) throw new Error(`bad generated config: ${config.problems.map((p) => p.message).join('; ')}`);
    configCache.set(data, config);
  }
  return config;
}

/** Realistic drafts with faults of every rule. */
export function draftArb(): fc.Arbitrary<GeneratedDraft> {
  return choicesArb.map(build);
}

/** The rules that have at least one fault to inject. */
export const RULES_WITH_FAULTS: readonly string[] = [...new Set(FAULTS.map((f) => f.ruleId))].sort();

