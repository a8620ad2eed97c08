/**
 * Issue 5 acceptance over the seed texts (../shared/seeds/*.txt, real pasted web text): the punctuation rules'
 * safe fixes turn every half-width , . ; : ( ) in Chinese context full-width, and change nothing but what they
 * report. The checker below is written independently of the rules it checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, lint } from '../../src/core/engine.js';
import type { LintMessage } from '../../src/core/types.js';
import { allRules } from '../../src/index.js';
import { sharedPath } from './shared-docs';

const seedsDir = sharedPath('seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const rules = allRules.filter((r) => r.category === 'punctuation');
const ruleIds = rules.map((r) => r.id);

const HAN = /\p{Script=Han}/u;
/** Full-width and Chinese punctuation marks. */
const CJK_MARK = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/u;
const chinese = (c: string | undefined) => c !== undefined && (HAN.test(c) || CJK_MARK.test(c));
const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Half-width , . ; : ( ) left in Chinese context, with what legitimately keeps them half-width taken out. */
function halfwidthInChinese(text: string): string[] {
  const keep = new Set<number>();
  const mark = (re: RegExp, from = 0, to = 0) => {
    for (const m of text.matchAll(re)) for (let i = m.index! + from; i < m.index! + m[0].length - to; i++) keep.add(i);
  };
  // URLs, hosts and e-mail addresses.
  mark(/(?:https?:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef“”‘’<>]+/giu);
  mark(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu);
  mark(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|com|org|net|edu|cn)\b[^\s\u3000-\u303f\uff00-\uffef“”]*/giu);
  // Pinyin annotations pasted from the web: 學(xué) (paste-residue's business).
  mark(/(?<=\p{Script=Han})\([a-zA-Z\u00e0-\u00fc\u0101-\u01dc\u0300-\u036f]{1,8}\)/gu);
  // Arabic sequence numbers take a full point: “1.” at a line start or after a sentence.
  mark(/(?<=^|[\s。；：！？])\d{1,2}\./gmu);
  // File names.
  mark(/\.(?:docx?|xlsx?|pdf|txt|wps|zip|jpe?g|png)\b/giu, 0, 3);
  const left: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!',.;:()'.includes(c) || keep.has(i)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (!chinese(before) && !chinese(after)) continue;
    if (',.:'.includes(c) && digit(before) && digit(after)) continue; // 3.14, 1,000, 10:30
    left.push(text.slice(Math.max(0, i - 10), i + 10));
  }
  return left;
}

/** Ranges the rules reported in a pass: each message's range and its fixes' edit ranges. */
function reportedRanges(messages: LintMessage[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of messages) {
    spans.push({ start: m.start, end: m.end });
    for (const f of m.fixes) for (const e of f.edits) spans.push({ start: e.start, end: e.end });
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * Does `after` differ from `before` only inside the reported ranges? The text outside them must come through
 * unchanged and in order; each range may be replaced by at most its own length plus two characters (…→……).
 */
function changesOnlyInside(before: string, after: string, ranges: { start: number; end: number }[]): string | null {
  let p = 0; // position in `after`
  let q = 0; // position in `before`
  let slack = 0;
  const all = [...ranges, { start: before.length, end: before.length }];
  for (const [k, r] of all.entries()) {
    const outside = before.slice(q, r.start);
    // The last stretch is the end of the text; the others are found leftmost within the allowed slack.
    const found = k === all.length - 1 ? (after.endsWith(outside) ? after.length - outside.length : -1) : after.indexOf(outside, p);
    if (found < p) return `changed near offset ${q}: ${JSON.stringify(before.slice(q, q + 30))}`;
    if (found > p + slack) return `changed near offset ${q}: ${JSON.stringify(before.slice(q, q + 30))}`;
    p = found + outside.length;
    q = r.end;
    slack = r.end - r.start + 2;
  }
  return p === after.length ? null : `unexpected text at the end: ${JSON.stringify(after.slice(p, p + 30))}`;
}

describe('seeds: punctuation fixes (issue 5)', () => {
  it('the five seed texts are there, with half-width marks in Chinese to fix', () => {
    expect(seeds).toHaveLength(5);
    const faults = seeds.map((name) => halfwidthInChinese(readFileSync(join(seedsDir, name), 'utf8')).length);
    expect(faults.filter((n) => n > 100).length).toBeGreaterThanOrEqual(3);
  });

  for (const name of seeds) {
    it(`${name}: every half-width , . ; : ( ) in Chinese context becomes full-width, and nothing else changes`, () => {
      const original = readFileSync(join(seedsDir, name), 'utf8');
      let text = original;
      let passes = 0;
      for (; passes < 10; passes++) {
        const { messages } = lint(text, { path: name, rules });
        const ours = messages.filter((m) => ruleIds.includes(m.ruleId));
        const next = applyFixes(text, ours, { ruleIds }).text;
        if (next === text) break;
        expect(changesOnlyInside(text, next, reportedRanges(ours.filter((m) => m.fixes.some((f) => f.safe))))).toBeNull();
        text = next;
      }
      expect(passes).toBeLessThan(10);
      expect(halfwidthInChinese(text)).toEqual([]);
      // Fixing again changes nothing.
      const again = lint(text, { path: name, rules });
      expect(applyFixes(text, again.messages, { ruleIds }).text).toBe(text);
    });
  }
});

describe('punctuation rules: near-misses from issue 5', () => {
  it('no punctuation rule fires on numbers, hosts, English sentences, ordinal 顿号 or 文号', () => {
    const body = [
      '圆周率约3.14，收入1,000元，10:30开会，详见www.gov.cn，邮箱name@example.com。',
      '获一、二等奖各1项，二、三产业占比提高，依据清政发〔2024〕1号文件执行。',
      'He said: "Hello, world." It\'s fine... isn\'t it?',
    ].join('\n');
    const text = `---\n类型: 动态\n---\n\n# 清河县完成秋粮收购任务\n\n${body}\n`;
    const { messages } = lint(text, { path: 'draft.md', rules });
    expect(messages.map((m) => `${m.ruleId}: ${text.slice(m.start, m.end)}`)).toEqual([]);
  });
});
