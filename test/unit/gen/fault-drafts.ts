/**
 * Drafts full of faults, for the property that fixes never create faults (test/unit/property-fixes.test.ts). Small on
 * purpose: the realistic general generator is test/unit/gen/drafts.ts (a-harness); this one only has to make every
 * fixable rule offer its fixes, in the company of other rules' faults.
 *
 * Material, all from the project:
 * - the 错误示例 blocks of every rule doc (rules/<id>.md), `\uXXXX` escapes decoded (docs write invisible characters so);
 * - the body sentences and titles of examples/;
 * - the sentences of the seed texts (test/fixtures/shared/seeds: real web pages, with their mess).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { KINDS } from '../../../src/index.js';

const root = join(__dirname, '..', '..', '..');

/** The team config of the drafts that use one: the team-terms doc's own table, so its fixes are offered. */
export const TEAM_CONFIG = {
  terms: {
    forbidden: [
      { wrong: '贫困户', right: '脱贫户', note: '脱贫攻坚完成后的提法' },
      { wrong: '一把手' },
      { wrong: '第([一二三四])季度', right: '$1季度', regex: true },
    ],
    accepted: ['其它事项'],
  },
};

export interface DocExample {
  rule: string;
  text: string;
  /** A whole draft (front matter or a heading of its own), a front-matter fragment, or body text. */
  shape: 'draft' | 'front-matter' | 'body';
}

const decode = (s: string) => s.replace(/\\u\{?([0-9a-fA-F]{4,5})\}?/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));

/** The fenced blocks of each doc's 错误示例 section. */
export function docExamples(): DocExample[] {
  const out: DocExample[] = [];
  for (const file of readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const doc = readFileSync(join(root, 'rules', file), 'utf8');
    // The section runs to the next heading outside a code block (a block may show a `## ` heading itself).
    const lines = doc.split('\n');
    const first = lines.indexOf('## 错误示例');
    if (first < 0) continue;
    let last = first + 1;
    for (let fenced = false; last < lines.length; last++) {
      if (lines[last]!.startsWith('```')) fenced = !fenced;
      else if (!fenced && lines[last]!.startsWith('## ')) break;
    }
    const section = lines.slice(first, last).join('\n');
    for (const m of section.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)) {
      const text = decode(m[2]!);
      const shape = m[1] === 'yaml' ? 'front-matter' : /^(?:---\n|#{1,6} )/m.test(text) ? 'draft' : 'body';
      out.push({ rule: file.slice(0, -3), text, shape });
    }
  }
  return out;
}

/** The example drafts of examples/ as they are. */
export function exampleDrafts(): { path: string; text: string }[] {
  return readdirSync(join(root, 'examples'))
    .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
    .map((f) => ({ path: f, text: readFileSync(join(root, 'examples', f), 'utf8') }));
}

/** Sentences (to 。！？ or a line end) of a text, 6 to 160 characters. */
function sentencesOf(text: string): string[] {
  return (text.match(/[^。！？\n]+[。！？]?/gu) ?? []).map((s) => s.trim()).filter((s) => s.length >= 6 && s.length <= 160);
}

/** Body sentences of the examples (front matter, titles and sign-offs left out) and of the seeds. */
export function sentencePool(): string[] {
  const pool: string[] = [];
  for (const { text } of exampleDrafts()) {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^#.*$/gm, '').replace(/（签发[\s\S]*$/, '');
    pool.push(...sentencesOf(body));
  }
  const seeds = join(root, 'test', 'fixtures', 'shared', 'seeds');
  for (const f of readdirSync(seeds).sort()) pool.push(...sentencesOf(readFileSync(join(seeds, f), 'utf8')));
  return pool;
}

/** Titles: those of the examples and the ones the docs show as faults. */
export function titlePool(examples: readonly DocExample[]): string[] {
  const titles = exampleDrafts().map(({ text }) => /^# (.+)$/m.exec(text)?.[1]).filter((t): t is string => !!t);
  for (const e of examples) for (const m of e.text.matchAll(/^# (.+)$/gm)) titles.push(m[1]!);
  return [...new Set(titles)];
}

function frontMatter(kind: string, extra = ''): string {
  const emergency = kind.startsWith('紧急')
    ? `事发时间: 2026-11-19 15:20\n报送时间: 2026-11-19 21:00\n${kind === '紧急首报' ? '' : '上次报送时间: 2026-11-19 17:05\n续报序号: 2\n'}`
    : '';
  return `---\n类型: ${kind}\n单位: 清河县农业农村局\n日期: 2026-11-20\n${emergency}${extra}---\n\n`;
}

/** A doc example as a draft of `kind`: body text goes under a title, a front-matter fragment into the front matter. */
export function draftOfExample(e: DocExample, kind: string, title = '清河县秋粮收购进度情况'): string {
  switch (e.shape) {
    case 'draft':
      return /^---\n/.test(e.text) ? e.text : `${frontMatter(kind)}${e.text}`;
    case 'front-matter':
      return `---\n类型: ${kind}\n${e.text.replace(/\n?$/, '\n')}---\n\n# ${title}\n\n全县共收购秋粮18.6万吨。\n`;
    default:
      return `${frontMatter(kind)}# ${title}\n\n${e.text.replace(/\n+$/, '')}\n`;
  }
}

/** Kinds under which every example is tried: plain items, a problem item and the emergency reports. */
export const EXAMPLE_KINDS = ['动态', '问题', '紧急首报', '紧急续报'] as const;

export interface FaultDraft {
  text: string;
  path: 'a.md' | 'a.txt';
  team: boolean;
}

/**
 * Random drafts: a front matter of any kind (sometimes none), a title (sometimes faulty), one to three paragraphs of
 * doc faults mixed with sentences of the examples and seeds, sometimes a sign-off; Markdown or plain text; sometimes
 * with the team's word list.
 */
export function faultDraftArb(): fc.Arbitrary<FaultDraft> {
  const examples = docExamples();
  const bodies = examples.filter((e) => e.shape === 'body').map((e) => e.text.replace(/\n+$/, ''));
  const pool = sentencePool();
  const titles = titlePool(examples);
  const sentence = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...bodies) }, { weight: 3, arbitrary: fc.constantFrom(...pool) });
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(''));
  return fc
    .record({
      kind: fc.constantFrom(...KINDS),
      header: fc.constantFrom('front-matter', 'front-matter', 'front-matter', 'none'),
      title: fc.option(fc.constantFrom(...titles), { freq: 6 }),
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
      signoff: fc.boolean(),
      path: fc.constantFrom('a.md' as const, 'a.md' as const, 'a.txt' as const),
      team: fc.boolean(),
    })
    .map(({ kind, header, title, paragraphs, signoff, path, team }) => {
      const head = header === 'front-matter' ? frontMatter(kind) : '';
      const heading = title === null ? '' : path === 'a.md' ? `# ${title}\n\n` : `${title}\n\n`;
      const sign = signoff ? '\n\n（签发：刘建国　执笔：陈晓燕　电话：0551-6283417）' : '';
      return { text: `${head}${heading}${paragraphs.join('\n\n')}${sign}\n`, path, team };
    });
}
