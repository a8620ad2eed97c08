/**
 * The docs test (issue 16): the examples of every rule doc are executed. Each block under `## 错误示例` must make its
 * rule report, on the example's own text; each block under `## 正确示例` must leave the rule silent; a block introduced
 * by “修复后” must be what the rule's fixes make of the wrong example before it. How a block becomes a draft (the
 * convention) is written down in src/rules/README.md, “Examples in the docs”; `exampleDraft` below is that convention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/core/config.js';
import { fixAll, lint } from '../../src/core/engine.js';
import { allRules, rulesById, type ResolvedConfig, type Rule } from '../../src/index.js';
import { emptyConfig } from '../../src/core/config.js';

const docsDir = join(__dirname, '..', '..', 'rules');

export interface DocBlock {
  section: 'wrong' | 'right';
  /** The fence's language: `text` (a plain-text draft), `markdown`, `yaml` (front-matter lines). */
  lang: string;
  text: string;
  /** 1-based line of the opening fence in the doc. */
  line: number;
  /** The reason given by a `<!-- 已知缺口：… -->` comment on the line before the fence. */
  knownGap?: string;
  /** The block shows the wrong example before it after the rule's fixes (its introducing paragraph starts with 修复后). */
  fixed: boolean;
}

/** The fenced blocks of a doc's 错误示例 and 正确示例 sections (a `## ` line inside a fence does not end a section). */
export function exampleBlocks(doc: string): DocBlock[] {
  const lines = doc.replace(/\r\n?/g, '\n').split('\n');
  const out: DocBlock[] = [];
  let section: DocBlock['section'] | undefined;
  let fence: (Omit<DocBlock, 'text'> & { lines: string[] }) | undefined;
  let lastProse = '';
  lines.forEach((line, i) => {
    if (fence) {
      if (line.startsWith('```')) {
        const { lines: body, ...rest } = fence;
        out.push({ ...rest, text: body.join('\n') });
        fence = undefined;
        lastProse = '';
      } else fence.lines.push(line);
      return;
    }
    if (line.startsWith('## ')) {
      section = line.trim() === '## 错误示例' ? 'wrong' : line.trim() === '## 正确示例' ? 'right' : undefined;
      lastProse = '';
      return;
    }
    const open = /^```(\w*)\s*$/.exec(line);
    if (section && open) {
      const gap = /^<!--\s*已知缺口[：:]\s*([\s\S]*?)\s*-->$/.exec(lines[i - 1]?.trim() ?? '');
      fence = { section, lang: open[1] ?? '', line: i + 1, knownGap: gap?.[1], fixed: /^修复后/.test(lastProse), lines: [] };
      return;
    }
    if (line.trim() && !line.trim().startsWith('<!--')) lastProse = line.trim();
  });
  return out;
}

/** The doc's team configuration: a ```yaml block in `## 说明` is the .xinxirc.yaml its examples are linted under. */
function docConfig(doc: string): ResolvedConfig {
  const about = /^## 说明\n([\s\S]*?)^## /m.exec(doc.replace(/\r\n?/g, '\n'))?.[1] ?? '';
  const yaml = /^```yaml\n([\s\S]*?)^```/m.exec(about)?.[1];
  if (!yaml) return emptyConfig();
  const config = validateConfig(parseYaml(yaml) as Record<string, unknown>, 'rules/doc.xinxirc.yaml', rulesById);
  if (config.problems.length) throw new Error(config.problems.map((p) => p.message).join('; '));
  return config;
}

const decode = (s: string) => s.replace(/\\u\{?([0-9a-fA-F]{4,5})\}?/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));

const TITLE = '清河县完成秋粮收购任务';
const BODY = '全县秋粮收购进度过半。';

/**
 * The draft an example stands for, and where the example's own text lies in it. The kind is the rule's first kind
 * when it runs for some kinds only, 动态 otherwise (a block's own 类型 line wins).
 */
export function exampleDraft(rule: Rule, block: DocBlock): { text: string; path: string; start: number; end: number } {
  const example = decode(block.text).replace(/\s+$/u, '');
  const plain = block.lang === 'text';
  const path = plain ? 'draft.txt' : 'draft.md';
  const kind = rule.appliesTo?.[0] ?? '动态';
  const frontMatter = (lines = '') =>
    `---\n${/^(?:类型|type|kind)\s*:/mu.test(lines) ? '' : `类型: ${kind}\n`}单位: 清河县农业农村局\n日期: 2026-11-20\n${lines}---\n\n`;
  const title = plain ? `${TITLE}\n` : `# ${TITLE}\n\n`;
  if (block.lang === 'yaml') {
    const head = frontMatter(`${example}\n`);
    const at = head.indexOf(example);
    return { text: `${head}${title}${BODY}\n`, path, start: at, end: at + example.length };
  }
  if (example.startsWith('---\n')) return { text: `${example}\n`, path, start: 0, end: example.length };
  const head = /^#{1,6} /u.test(example) ? frontMatter() : frontMatter() + title;
  return { text: `${head}${example}\n`, path, start: head.length, end: head.length + example.length };
}

const docs = readdirSync(docsDir)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => ({ id: f.slice(0, -3), doc: readFileSync(join(docsDir, f), 'utf8') }));

describe('rule doc examples', () => {
  for (const { id, doc } of docs) {
    const rule = rulesById.get(id);
    if (!rule) continue; // docs.test.ts reports a doc without its module
    const blocks = exampleBlocks(doc);
    const config = docConfig(doc);

    it(`${id}: has a wrong and a right example to execute`, () => {
      expect(blocks.filter((b) => b.section === 'wrong' && !b.fixed && !b.knownGap).length).toBeGreaterThan(0);
      expect(blocks.filter((b) => b.section === 'right' && !b.knownGap).length).toBeGreaterThan(0);
    });

    blocks.forEach((block, k) => {
      const label = `${id}: line ${block.line}, ${block.section === 'right' ? '正确示例' : block.fixed ? '修复后' : '错误示例'}`;
      if (block.fixed) {
        it(`${label} is what the rule's fixes make of the wrong example before it`, () => {
          const before = blocks.slice(0, k).reverse().find((b) => b.section === 'wrong' && !b.fixed);
          expect(before, 'a 修复后 block follows a wrong example').toBeDefined();
          const draft = exampleDraft(rule, before!);
          const after = fixAll(draft.text, { path: draft.path, config, rules: allRules, unsafe: true, ruleIds: [id] }).text;
          const expected = exampleDraft(rule, block);
          expect(after).toBe(expected.text);
        });
        return;
      }
      it(`${label} ${block.section === 'wrong' ? 'makes the rule report' : 'leaves the rule silent'}${block.knownGap ? ' (known gap: the opposite)' : ''}`, () => {
        const draft = exampleDraft(rule, block);
        const messages = lint(draft.text, { path: draft.path, config, rules: allRules }).messages.filter((m) => m.ruleId === id);
        // A wrong example's message lies on the example itself, not on the front matter or title put around it.
        const onExample = messages.filter((m) => m.end >= draft.start && m.start <= draft.end);
        const shown = messages.map((m) => `${m.line}:${m.column} ${m.message}`);
        const fires = block.section === 'wrong' ? onExample.length > 0 : messages.length > 0;
        const expected = block.section === 'wrong' ? !block.knownGap : !!block.knownGap;
        expect(fires, `messages of ${id}: ${shown.join(' | ') || 'none'}`).toBe(expected);
      });
    });
  }

  it('reads the convention: sections, fences, 修复后 and known-gap comments', () => {
    const doc = [
      '# x', '## 错误示例', '```text', '甲', '## 不是标题', '```', '修复后：', '```text', '乙', '```',
      '<!-- 已知缺口：规则尚未识别 -->', '```markdown', '丙', '```', '## 正确示例', '```yaml', '类型: 动态', '```', '## 选项', '```text', '丁', '```',
    ].join('\n');
    expect(exampleBlocks(doc).map((b) => [b.section, b.lang, b.text, b.fixed, b.knownGap ?? null])).toEqual([
      ['wrong', 'text', '甲\n## 不是标题', false, null],
      ['wrong', 'text', '乙', true, null],
      ['wrong', 'markdown', '丙', false, '规则尚未识别'],
      ['right', 'yaml', '类型: 动态', false, null],
    ]);
  });
});
