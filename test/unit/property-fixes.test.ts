/**
 * Fixes never create faults (issue 15 §4): applying any one fix, safe or not, never makes another rule report a
 * message that was not there before. Drafts come from the rule docs' 错误示例, the examples and the seeds
 * (test/unit/gen/fault-drafts.ts), so every fixable rule's fixes are applied.
 *
 * A message after the fix is "new" when no message of the same rule was there before on the same stretch (its range
 * mapped back through the fix's edits, touching counts), and the rule reports more messages than before (a
 * document-level message may move: 缺少要素 on the first sentence becomes 缺少要素 on the title a fix made).
 * Three exceptions, by design:
 * - a fix that puts in a blank for the writer to fill (`Fix.placeholder`, such as 【X月X日】 for 近日) is reported by
 *   the placeholder rule until it is filled, and a mark right next to the blank reads differently until then (a ?
 *   between two Chinese characters is a lost character, before 【 a question mark);
 * - a fix that only deletes writes no words: removing noise (paste-residue taking out a pinyin annotation 臺(tái)階
 *   or a line of web boilerplate, single-paragraph joining two paragraphs) brings together text the noise kept apart,
 *   or takes away text that hid a fault. A message that touches the point where the pieces meet reads the writer's
 *   own words without the noise (再上新臺階 is the stock phrase it always was), so does a message on the sentence
 *   that ends where they meet (a verdict that reads the next sentence now reads the writer's own), and so does a verdict about the whole
 *   draft (a title, its opening and closing sentence, a cause, a measure, the elements of a report: WHOLE_DRAFT) that
 *   boilerplate had satisfied or hidden;
 * - a correction to the word the writer meant (typo, confusable-words, de-di-de: 反应 → 反映, 较大地改善 → 较大的改善)
 *   lets the content rules read that word: a claim without figures or a problem without its cause or measure whose
 *   stretch holds the corrected word was the writer's fault all along, hidden by the wrong character — revealed, not
 *   created (CONTENT_VERDICTS, only on a stretch that covers the fix's edit);
 * - body-length speaks about the whole draft: a fix that writes a date or a blank out in full (2026.11.18 →
 *   2026年11月18日, 近日 → 【X月X日】) may take a draft that was at its budget past it. (A fix that deletes the only
 *   paragraph, a line of paste residue, leaves a body that was empty of content already: title-required's 正文为空,
 *   a verdict about the whole draft.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, lint } from '../../src/core/engine.js';
import type { Fix, LintMessage, ResolvedConfig, TextEdit } from '../../src/core/types.js';
import { allRules } from '../../src/index.js';
import { breathe, configOf } from './helpers.js';
import { docExamples, draftOfExample, EXAMPLE_KINDS, exampleDrafts, faultDraftArb, TEAM_CONFIG } from './gen/fault-drafts.js';

const team = configOf(TEAM_CONFIG);
const plain = configOf();

export interface Violation {
  fixRule: string;
  fix: string;
  newRule: string;
  message: string;
  /** The text around the new message, after the fix. */
  around: string;
}

/** Map an offset of the fixed text back to the text before the fix. */
function backMapper(edits: readonly TextEdit[]): (at: number, side: 'start' | 'end') => number {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  return (at, side) => {
    let delta = 0;
    for (const e of sorted) {
      const s = e.start + delta;
      const end = s + e.text.length;
      if (at < s) return at - delta;
      if (at <= end) return side === 'start' ? Math.min(e.start, at - delta) : Math.max(e.end, e.start);
      delta += e.text.length - (e.end - e.start);
    }
    return at - delta;
  };
}

function inEdits(m: LintMessage, fix: Fix, before: string, after: string): boolean {
  let delta = 0;
  for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
    const s = e.start + delta;
    if (m.start >= s && m.end <= s + e.text.length) return true;
    delta += e.text.length - (e.end - e.start);
  }
  void before;
  void after;
  return false;
}

/**
 * Rules whose verdict is about the whole draft: whether it has a title, how it opens and closes, whether it gives a
 * cause, a measure, the report's elements.
 */
const WHOLE_DRAFT = new Set([
  'title-required',
  'single-paragraph',
  'no-opening-boilerplate',
  'no-closing-boilerplate',
  'problem-needs-cause',
  'problem-needs-remedy',
  'emergency-elements',
]);

/**
 * For a fix that only deletes: does the message touch a point (in the fixed text) where a deletion joined two pieces,
 * or give a verdict about the whole draft?
 */
function atJoin(m: LintMessage, fix: Fix, after: string): boolean {
  if (!fix.edits.every((e) => e.text === '')) return false;
  if (WHOLE_DRAFT.has(m.ruleId)) return true;
  let delta = 0;
  for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
    const join = e.start + delta;
    if (m.start <= join && join <= m.end) return true;
    // The sentence right before the join (only its end mark and spaces between): a verdict that reads the next
    // sentence (vague-suggestion's heading that the next sentence spells out) now reads the writer's own next sentence,
    // not the deleted noise (恳请上级部门给予关注和支持。將本文檔下載到自己電腦… with the web notice taken out).
    if (m.end <= join && /^[\s。！？；…”’」』）)]*$/u.test(after.slice(m.end, join))) return true;
    delta -= e.end - e.start;
  }
  return false;
}

/** Does the message touch (or overlap) the text one of the fix's edits wrote? */
function nextToEdits(m: LintMessage, fix: Fix): boolean {
  let delta = 0;
  for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
    const s = e.start + delta;
    if (m.start <= s + e.text.length && s <= m.end) return true;
    delta += e.text.length - (e.end - e.start);
  }
  return false;
}

const exercised = new Set<string>();

/** The rules whose fixes restore the word the writer meant (see the exceptions above). */
const WORD_FIXERS = new Set(['typo', 'confusable-words', 'de-di-de']);
/** Verdicts on what a sentence says, which read the writer's words (a claim, a problem and its cause or measure). */
const CONTENT_VERDICTS = new Set(['claim-needs-data', 'problem-needs-cause', 'problem-needs-remedy']);

/** Every fix of every message of `text`, applied alone: the messages of other rules it creates. */
export function newFaultsOfFixes(text: string, path: string, config: ResolvedConfig): Violation[] {
  const options = { path, config, rules: allRules };
  const before = lint(text, options).messages;
  const out: Violation[] = [];
  for (const m of before) {
    for (const fix of m.fixes) {
      const after = applyFixes(text, [{ ...m, fixes: [{ ...fix, safe: true }] }]).text;
      if (after === text) continue;
      exercised.add(m.ruleId);
      const back = backMapper(fix.edits);
      const afterMessages = lint(after, options).messages;
      const count = (list: LintMessage[], a: LintMessage) => list.filter((b) => b.ruleId === a.ruleId).length;
      for (const a of afterMessages) {
        if (a.ruleId === m.ruleId) continue;
        if (fix.placeholder && (a.ruleId === 'placeholder' ? inEdits(a, fix, text, after) : nextToEdits(a, fix))) continue;
        if (atJoin(a, fix, after)) continue;
        // Merging paragraphs (a fix to confirm) changes no character of the text it joins: a finding on characters the
        // merge left as they were is a fault the draft already had, seen once the paragraphs are one (三、 in one
        // paragraph and 四、 in the next are a run of level numbers) — revealed, not created.
        if (fix.edits.some((e) => /\n[ \t]*\n/u.test(text.slice(e.start, e.end)))) {
          const s0 = back(a.start, 'start');
          const e0 = back(a.end, 'end');
          if (fix.edits.every((ed) => e0 <= ed.start || s0 >= ed.end)) continue;
        }
        if (a.ruleId === 'body-length') continue;
        const s = back(a.start, 'start');
        const e = back(a.end, 'end');
        if (WORD_FIXERS.has(m.ruleId) && CONTENT_VERDICTS.has(a.ruleId) && fix.edits.every((ed) => s <= ed.start && ed.end <= e)) continue;
        if (before.some((b) => b.ruleId === a.ruleId && b.start <= e && s <= b.end)) continue;
        if (count(afterMessages, a) <= count(before, a)) continue;
        out.push({
          fixRule: m.ruleId,
          fix: `${fix.title}: ${JSON.stringify(text.slice(Math.max(0, m.start - 6), m.end + 6))}`,
          newRule: a.ruleId,
          message: a.message,
          around: after.slice(Math.max(0, a.start - 8), a.end + 8),
        });
      }
    }
  }
  return out;
}

const runs = Number(process.env.XINXI_PROPERTY_RUNS ?? 1500);

/**
 * The fast-check seed of a property run: XINXI_PROPERTY_SEED when given (`random` for a fresh one, to explore), else a
 * fixed seed, so that `npm test` and CI give the same verdict on the same code; a counterexample found by exploring is
 * fixed and its draft kept as a test of the rule at fault.
 */
export function propertySeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.XINXI_PROPERTY_SEED;
  if (given === undefined || given.trim() === '') return 20261205;
  if (given.trim() !== 'random') {
    const n = Number(given);
    if (!Number.isInteger(n)) throw new Error(`XINXI_PROPERTY_SEED 应为整数 / must be an integer: ${given}`);
    return n;
  }
  return (Date.now() ^ (Math.random() * 0x100000000)) | 0;
}

/** The first line of a failed property run's report: its seed and how to run it again. */
export function failureReport(seed: number, result: { numRuns: number; counterexamplePath?: string | null }): string {
  return `property failed after ${result.numRuns} runs with seed ${seed} (rerun: XINXI_PROPERTY_SEED=${seed} XINXI_PROPERTY_RUNS=${runs}; path ${result.counterexamplePath ?? '?'})`;
}

describe('fixes never create faults', { timeout: 600_000 }, () => {
  it('over every 错误示例 of the rule docs, under several kinds, and over the example drafts', async () => {
    const violations: Violation[] = [];
    for (const e of docExamples()) {
      await breathe();
      for (const kind of EXAMPLE_KINDS) {
        const text = draftOfExample(e, kind);
        violations.push(...newFaultsOfFixes(text, 'a.md', e.rule === 'team-terms' ? team : plain));
        if (e.shape === 'body') violations.push(...newFaultsOfFixes(text.replace(/^# /m, ''), 'a.txt', plain));
      }
    }
    for (const { path, text } of exampleDrafts()) violations.push(...newFaultsOfFixes(text, path.endsWith('.txt') ? 'a.txt' : 'a.md', plain));
    if (process.env.XINXI_DUMP) require('node:fs').writeFileSync(process.env.XINXI_DUMP, JSON.stringify(violations, null, 1));
    expect(violations).toEqual([]);
    // Every rule that offers fixes had them applied here.
    const fixable = allRules.filter((r) => r.fixable !== undefined).map((r) => r.id);
    expect(fixable.filter((id) => !exercised.has(id))).toEqual([]);
  });

  it('over random drafts of doc faults, example and seed sentences', async () => {
    // The seed is chosen here (or given by XINXI_PROPERTY_SEED) so that a failure names it: rerun with
    // XINXI_PROPERTY_SEED=<seed> to get the same drafts.
    const seed = propertySeed();
    const result = await fc.check(
      fc.asyncProperty(faultDraftArb(), async ({ text, path, team: withTeam }) => {
        await breathe();
        const found = newFaultsOfFixes(text, path, withTeam ? team : plain);
        if (found.length && process.env.XINXI_DUMP) require('node:fs').appendFileSync(`${process.env.XINXI_DUMP}.random`, `${JSON.stringify({ text, path, found })}\n`);
        if (found.length) throw new Error(`fixes created messages of other rules: ${JSON.stringify(found, null, 1)}`);
      }),
      { numRuns: Math.ceil(runs / 10), seed },
    );
    if (result.failed) {
      const cause = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance ?? '');
      throw new Error(`${failureReport(seed, result)}\n${fc.defaultReportMessage(result) ?? ''}\n${cause.slice(0, 4000)}`);
    }
  });
});
