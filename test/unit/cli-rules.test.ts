/**
 * The CLI over the bundled examples and over drafts made from the seeds' paragraphs: the information-item rules
 * (style guide §3.1, §3.2) report the expected rule ids at the expected positions.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { sharedPath } from './shared-docs';

const root = join(__dirname, '..', '..');
const seeds = sharedPath('seeds');

type Message = { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string; fixable: boolean };
type Report = { file: string; messages: Message[] }[];

async function checkJson(cwd: string, args: string[]): Promise<Report> {
  let out = '';
  await main(['check', '--format', 'json', ...args], { out: (s) => (out += s), err: () => {}, color: false, cwd });
  return JSON.parse(out) as Report;
}

/** 1-based line and character column of the `nth` occurrence of `needle`. */
function at(text: string, needle: string, nth = 1) {
  let i = -1;
  for (let k = 0; k < nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`not found: ${needle}`);
  }
  const lines = text.slice(0, i).split(/\r?\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

const pick = (messages: Message[], ruleId: string) => messages.filter((m) => m.ruleId === ruleId).map((m) => ({ line: m.line, column: m.column }));

describe('the CLI over examples/: §3.1 and §3.2 rules', () => {
  let dir: string;
  let report: Report;
  const text = (name: string) => readFileSync(join(dir, 'examples', name), 'utf8');
  const messagesOf = (name: string) => report.find((f) => f.file === `examples/${name}`)!.messages;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xinxi-cli-rules-'));
    cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
    report = await checkJson(dir, ['examples/']);
  });

  it('09 (问题 without remedy): problem-needs-remedy at error on the problem sentence, self-reference, vague-time', () => {
    const t = text('09-wenti-no-remedy.md');
    const m = messagesOf('09-wenti-no-remedy.md');
    const problem = m.find((x) => x.ruleId === 'problem-needs-remedy')!;
    expect(problem.severity).toBe('error');
    expect(pick(m, 'self-reference')).toEqual([at(t, '我县', 1), at(t, '我县', 2)]);
    expect(pick(m, 'vague-time')).toEqual([at(t, '近日')]);
    expect(m.find((x) => x.ruleId === 'self-reference')!.message).toContain('江平县');
    expect(problem.line).toBe(at(t, '近日').line);
  });

  it('11 (pasted mess): paste-residue on the boilerplate line, pinyin, U+FFFD and ??; script-mix; repeated-char', () => {
    const t = text('11-pasted-mess.md');
    const m = messagesOf('11-pasted-mess.md');
    const residue = pick(m, 'paste-residue');
    expect(residue).toEqual(expect.arrayContaining([at(t, '本文来源'), at(t, '(xué)'), at(t, '(xí)'), at(t, '\ufffd'), at(t, '??')]));
    expect(pick(m, 'script-mix')).toEqual(expect.arrayContaining([at(t, '學'), at(t, '會議')]));
    expect(pick(m, 'repeated-char')).toEqual([{ line: at(t, '的的').line, column: at(t, '的的').column }]);
  });

  it('12 (紧急-续报): emergency-sequence on the title, emergency-clock on each 12-hour time, emergency-deadline on 报送时间', () => {
    const t = text('12-jinji-xubao-faulty.md');
    const m = messagesOf('12-jinji-xubao-faulty.md');
    expect(pick(m, 'emergency-sequence')).toHaveLength(1);
    expect(pick(m, 'emergency-sequence')[0]!.line).toBe(at(t, '# ').line);
    expect(pick(m, 'emergency-clock')).toEqual([at(t, '下午3点20分'), at(t, '晚上8点')]);
    expect(pick(m, 'emergency-deadline')).toEqual([at(t, '报送时间')]);
    expect(m.find((x) => x.ruleId === 'emergency-clock')!.fixable).toBe(true);
  });

  it('emergency rules stay silent on the other kinds, and the good drafts stay clean', () => {
    for (const f of report) {
      const kindIsEmergency = /jinji/.test(f.file);
      if (!kindIsEmergency) expect(f.messages.filter((x) => x.ruleId.startsWith('emergency-'))).toEqual([]);
      if (/good/.test(f.file)) expect(f.messages).toEqual([]);
    }
  });
});

describe('the CLI over drafts made from the seeds’ paragraphs', () => {
  let dir: string;
  let report: Report;
  const drafts: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xinxi-seed-drafts-'));
    const seed003 = readFileSync(join(seeds, '003_3d7f86a58b50a1f0.txt'), 'utf8').split('\n');
    const seed004 = readFileSync(join(seeds, '004_1b30a5c29317c2fd.txt'), 'utf8').split('\n');
    // A simplified paragraph from a meeting speech, made into a 动态 item.
    drafts['s003.md'] = `---\n类型: 动态\n单位: 清河县委办公室\n日期: 2026-11-20\n---\n\n# 全县党委系统信息工作会议召开\n\n${seed003[1]!.trim()}\n`;
    // A traditional paragraph pasted from the web, with pinyin annotations and half-width commas.
    drafts['s004.md'] = `---\n类型: 动态\n单位: 清河市委办公室\n---\n\n# 全市党委系统办公室主任会议召开\n\n${seed004[2]!.trim()}\n`;
    for (const [name, text] of Object.entries(drafts)) writeFileSync(join(dir, name), text);
    report = await checkJson(dir, ['.']);
  });
  const messagesOf = (name: string) => report.find((f) => f.file === name)!.messages;

  it('s003: placeholder on each XX, self-reference on 我县 (fix: 清河县), relative-date on 今天 and 今年', () => {
    const t = drafts['s003.md']!;
    const m = messagesOf('s003.md');
    expect(pick(m, 'placeholder')).toEqual([at(t, 'XX', 1), at(t, 'XX', 2)]);
    expect(pick(m, 'self-reference')).toEqual([at(t, '我县')]);
    expect(pick(m, 'relative-date')).toEqual([at(t, '今天'), at(t, '今年')]);
    expect(m.find((x) => x.ruleId === 'placeholder')!.severity).toBe('error');
  });

  it('s004: paste-residue on every pinyin annotation, script-mix, fullwidth-punctuation, placeholder on ×××, vague-time on 前不久', () => {
    const t = drafts['s004.md']!;
    const m = messagesOf('s004.md');
    const annotations = [...t.matchAll(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g)].length;
    expect(annotations).toBeGreaterThan(10);
    expect(m.filter((x) => x.ruleId === 'paste-residue')).toHaveLength(annotations);
    expect(pick(m, 'paste-residue')[0]).toEqual(at(t, '(lǐng)'));
    expect(m.filter((x) => x.ruleId === 'script-mix').length).toBeGreaterThan(5);
    expect(pick(m, 'fullwidth-punctuation')[0]).toEqual(at(t, ','));
    expect(pick(m, 'placeholder')).toEqual([at(t, '×××')]);
    expect(pick(m, 'vague-time')).toEqual([at(t, '前不久')]);
  });
});
