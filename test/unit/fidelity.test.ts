/**
 * The fidelity corpus (fidelity/, issue 14 §5): the corpus is well formed and covers every rule, the scoring and the
 * injected-typo driver do what they say, and today's figures hold the floors in fidelity/floors.json (they may only
 * get better). Figures themselves are reported by `npm run eval` in bench/FIDELITY.md, not here.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/core/config.js';
import { lint, allRules, rulesById } from '../../src/index.js';
// @ts-expect-error plain ES modules shared with scripts/eval.mjs (no type declarations)
import { isBlind, loadCorpus, PLANNED, splitBlind, wrap } from '../../fidelity/lib/corpus.mjs';
// @ts-expect-error plain ES module
import { evaluate } from '../../fidelity/lib/evaluate.mjs';
// @ts-expect-error plain ES module
import { checkFloors } from '../../fidelity/lib/floors.mjs';
// @ts-expect-error plain ES module
import { extractSentences, inject, isClean, loadKnownFaults, measureInjected, seedsDirOf } from '../../fidelity/lib/injected.mjs';
import { confusionSet } from '../../src/core/lexicon/confusion.js';

/**
 * The confusion sets `npm run eval` injects by default (fidelity/lib/confusion-lexicon.mjs: the lexical layer's,
 * same sound and look-alike, common characters, at most 12), so that the floors hold what eval reports.
 */
const confusions = (ch: string): string[] => [...confusionSet(ch, { sound: true, similarSound: false, shape: true, common: true, limit: 12 })];

const root = join(__dirname, '..', '..');
const fidelity = join(root, 'fidelity');
const engine = { lint, allRules, validateConfig, rulesById };

/* eslint-disable @typescript-eslint/no-explicit-any */
let corpus: any;
let result: any;
let sentences: any[];
let injected: any;

beforeAll(() => {
  corpus = loadCorpus(fidelity);
  // The blind held-out set is reported on its own (bench/FIDELITY.md) and is not held by the floors.
  result = evaluate(engine, splitBlind(corpus).main);
  sentences = extractSentences({ seedsDir: seedsDirOf(root), examplesDir: join(root, 'examples') });
  injected = measureInjected(engine, sentences, inject(sentences, confusions), { knownFaults: loadKnownFaults(fidelity) });
  // The whole corpus and the injected typos are linted once here: seconds on an idle machine, more on a busy one.
}, 180_000);

describe('fidelity corpus', () => {
  it('is well formed', () => {
    expect(corpus.errors).toEqual([]);
  });

  it('has at least 300 fault cases and 150 traps', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(300);
    expect(corpus.traps.length).toBeGreaterThanOrEqual(150);
  });

  it('covers every rule of the engine and every planned rule, mostly with natural variants', () => {
    const ids = new Set(corpus.cases.map((c: any) => c.rule));
    const missing = [...allRules.map((r) => r.id), ...Object.keys(PLANNED)].filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
    const natural = corpus.cases.filter((c: any) => !c.textbook).length;
    expect(natural / corpus.cases.length).toBeGreaterThan(0.8);
  });

  it('labels only known rule ids (engine or planned)', () => {
    const unknown = corpus.cases.map((c: any) => c.rule).filter((id: string) => !rulesById.has(id) && !(id in PLANNED));
    expect(unknown).toEqual([]);
  });

  it('wraps a sentence in a draft that is itself clean, for every kind a sentence may take', () => {
    for (const kind of [undefined, '动态', '经验', '建议', '紧急-续报', '专报']) {
      const w = wrap({ source: '2026年11月18日，清河县石桥镇完成冬小麦播种2.6万亩，占计划面积的92%。', kind });
      expect(lint(w.text, { path: w.path }).messages.map((m) => m.ruleId)).toEqual([]);
      expect(w.text.slice(w.offset)).toMatch(/^2026年11月18日/);
    }
  });
  it('reads the product’s names of the emergency kinds (紧急首报) as the corpus’s (紧急-首报)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinxi-corpus-'));
    mkdirSync(join(dir, 'cases'));
    mkdirSync(join(dir, 'traps'));
    const draft = '---\n类型: 紧急首报\n---\n\n# 某县发生山火\n\n正文。\n';
    const right = JSON.stringify(draft.replace('正文', '正文，暂无人员伤亡'));
    writeFileSync(join(dir, 'cases', 'k.yaml'), `- id: k-01\n  rule: emergency-elements\n  kind: 紧急首报\n  anywhere: true\n  draft: ${JSON.stringify(draft)}\n  flag: 山火\n  right: ${right}\n- id: k-02\n  rule: emergency-elements\n  kind: 紧急首发\n  anywhere: true\n  draft: ${JSON.stringify(draft)}\n  flag: 山火\n  right: ${right}\n`);
    const c = loadCorpus(dir);
    expect(c.cases.find((e: any) => e.id === 'k-01')?.kind).toBe('紧急-首报');
    expect(c.errors.join('\n')).toMatch(/k-02.*未知类型“紧急首发”/u);
    expect(c.errors.join('\n')).not.toMatch(/k-01/u);
  });
});

describe('scoring', () => {
  it('counts a hit only for a message of the expected rule on the flagged text, and a false alarm on a trap', () => {
    const mini = {
      errors: [],
      cases: [
        // vague-time flags 近日: a hit, and its fix (a blank to fill, never the draft's date) is the intended correction.
        { id: 'a', rule: 'vague-time', source: '近日，清河县召开秋粮收购调度会。', text: '近日，清河县召开秋粮收购调度会。', flag: '近日', flagAt: 0, right: '2026年11月20日，清河县召开秋粮收购调度会。', intended: '【X月X日】，清河县召开秋粮收购调度会。', file: 't' },
        // The flag points at a clean stretch: a miss, even though the rule fires elsewhere in the text.
        { id: 'b', rule: 'vague-time', source: '清河县召开调度会，近日完成收购。', text: '清河县召开调度会，近日完成收购。', flag: '清河县', flagAt: 0, right: '清河县召开调度会，2026年11月18日完成收购。', file: 't' },
        // A rule the engine does not have (planned, not built): always a miss.
        { id: 'c', rule: 'not-built-yet', source: '各乡镇再接再励，完成收购。', text: '各乡镇再接再励，完成收购。', flag: '再接再励', flagAt: 3, right: '各乡镇再接再厉，完成收购。', file: 't' },
      ],
      traps: [{ id: 't1', source: '清河县完成收购，详见附件。', text: '清河县完成收购，详见附件。', note: 'not a trap at all', file: 't' }],
    };
    const r = evaluate(engine, mini);
    const vt = r.rules.find((x: any) => x.rule === 'vague-time');
    expect(vt.hits).toBe(1);
    expect(vt.cases).toBe(2);
    expect(vt.fixOk).toBe(1);
    expect(r.misses.map((m: any) => m.id)).toEqual(['b', 'c']);
    expect(r.misses[0].elsewhere.join()).toContain('近日');
    expect(r.misses[1].planned).toBe(true);
    expect(r.falseAlarms.map((f: any) => [f.id, f.rule])).toEqual([['t1', 'no-attachment']]);
    expect(r.rules.find((x: any) => x.rule === 'no-attachment').faTrap).toBe(1);
  });

  it('counts the distinct causes of trap alarms: one fault of the tool in several traps is one cause', () => {
    const trap = (id: string, text: string) => ({ id, source: text, text, file: 't' });
    const mini = {
      errors: [],
      cases: [],
      traps: [trap('t1', '清河县完成收购，详见附件。'), trap('t2', '清河县完成秋播，详见附件。'), trap('t3', '清河县完成收购。附件：名单。')],
    };
    const r = evaluate(engine, mini);
    expect(r.totals.trapAlarms).toBe(r.falseAlarms.length);
    const marked = new Set(r.falseAlarms.map((f: any) => f.marked));
    expect(marked.size).toBeLessThan(r.falseAlarms.length);
    expect(r.totals.trapAlarmCauses).toBe(marked.size);
  });
});

describe('injected typos', () => {
  it('takes clean simplified sentences only (no traditional script, no pasted garbage)', () => {
    expect(sentences.length).toBeGreaterThan(80);
    for (const s of sentences) expect(isClean(s.text)).toBe(true);
    expect(isClean('在信息工作會議上的講話稿，全文如下。')).toBe(false);
    expect(isClean('各乡镇同步组织学习交流会议�24场。')).toBe(false);
    expect(isClean('学(xué)习交流会议由县委办公室组织召开。')).toBe(false);
    expect(isClean('XX副书记的讲话非常实在，操作性非常强。')).toBe(false);
    expect(sentences.some((s: any) => s.source.startsWith('seeds/'))).toBe(true);
    expect(sentences.some((s: any) => s.source.startsWith('examples/'))).toBe(true);
  });

  it('injects one confusable character per copy, deterministically', () => {
    const a = inject(sentences, confusions);
    const b = inject(sentences, confusions);
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(100);
    for (const x of a) {
      expect(x.text.length).toBe(x.original.length);
      expect(x.original.slice(x.at, x.at + x.from.length)).toBe(x.from);
      expect(x.text.slice(x.at, x.at + x.to.length)).toBe(x.to);
      expect(confusions(x.from)).toContain(x.to);
      expect(x.text.slice(0, x.at) + x.from + x.text.slice(x.at + x.to.length)).toBe(x.original);
    }
  });

  it('counts a detector message on the replaced character as found (pluggable confusion sets)', () => {
    const swap = (ch: string) => (ch === '县' ? ['悬'] : []);
    const copies = inject([{ source: 's', text: '清河县召开秋粮收购调度会。' }], swap);
    expect(copies.map((c: any) => c.text)).toEqual(['清河悬召开秋粮收购调度会。']);
    // A stand-in engine whose “typo” rule flags 悬 wherever it appears.
    const fake = {
      allRules: [{ id: 'typo' }],
      lint: (text: string) => ({
        messages: [...text.matchAll(/悬/g)].map((m) => ({ ruleId: 'typo', start: m.index!, end: m.index! + 1 })),
      }),
    };
    const m = measureInjected(fake, [{ source: 's', text: '清河县召开秋粮收购调度会。' }], copies);
    expect(m.found).toBe(1);
    expect(m.detection).toBe(1);
    expect(m.falseFlags).toEqual([]);
    expect(m.missingDetectors).toEqual(['confusable-words', 'de-di-de']);
  });

  it('does not count a known real slip of an original sentence as a false flag', () => {
    const text = '它能起到其它信息所起不到的作用。';
    const fake = { allRules: [{ id: 'confusable-words' }], lint: (t: string) => ({ messages: [{ ruleId: 'confusable-words', start: t.indexOf('其它'), end: t.indexOf('其它') + 2 }] }) };
    expect(measureInjected(fake, [{ source: 's', text }], []).falseFlags.length).toBe(1);
    const known = measureInjected(fake, [{ source: 's', text }], [], { knownFaults: [{ text: '其它' }] });
    expect(known.falseFlags).toEqual([]);
    expect(known.realFaults.length).toBe(1);
  });
});

describe('blind held-out set', () => {
  it('is loaded, and kept out of what the totals and floors count', () => {
    const { main, blind } = splitBlind(corpus);
    expect(blind.cases.length).toBeGreaterThan(0);
    expect(blind.traps.length).toBeGreaterThan(0);
    expect([...main.cases, ...main.traps].filter(isBlind)).toEqual([]);
    expect([...blind.cases, ...blind.traps].every((e: any) => /^blind/.test(e.file))).toBe(true);
    expect(main.cases.length + blind.cases.length).toBe(corpus.cases.length);
    expect(main.traps.length + blind.traps.length).toBe(corpus.traps.length);
    expect(result.totals.cases).toBe(main.cases.length);
  });

  it('goes by file name only: blind-*.yaml is blind, other held-out files are not', () => {
    const mini = {
      errors: [],
      cases: [{ id: 'a', file: 'blind-heldout.yaml' }, { id: 'b', file: 'form-heldout.yaml' }, { id: 'c', file: 'form.yaml' }],
      traps: [{ id: 'd', file: 'blind-heldout.yaml' }, { id: 'e', file: 'drafts.yaml' }],
    };
    const { main, blind } = splitBlind(mini);
    expect(blind.cases.map((e: any) => e.id)).toEqual(['a']);
    expect(blind.traps.map((e: any) => e.id)).toEqual(['d']);
    expect(main.cases.map((e: any) => e.id)).toEqual(['b', 'c']);
    expect(main.traps.map((e: any) => e.id)).toEqual(['e']);
  });
});

describe('floors (fidelity/floors.json)', () => {
  it('today’s figures are not below the floors', () => {
    const floors = JSON.parse(readFileSync(join(fidelity, 'floors.json'), 'utf8'));
    expect(checkFloors(floors, result, injected)).toEqual([]);
  });

  it('a rule that stops firing falls below its floor', () => {
    const floors = JSON.parse(readFileSync(join(fidelity, 'floors.json'), 'utf8'));
    const silenced = allRules.filter((r) => r.id !== 'title-punctuation');
    const some = { ...corpus, cases: corpus.cases.filter((c: any) => c.rule === 'title-punctuation'), traps: [] };
    const worse = evaluate({ ...engine, lint: (t: string, o: any) => lint(t, { ...o, rules: silenced }), allRules: silenced }, some);
    expect(checkFloors(floors, worse, injected).join('\n')).toContain('title-punctuation');
  });
});
