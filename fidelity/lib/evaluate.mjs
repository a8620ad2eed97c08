// Scoring the engine on the fidelity corpus: recall on fault cases, fix accuracy, false alarms on corrected texts
// and on traps, precision, per rule. Pure: the engine is passed in ({lint, allRules, validateConfig, rulesById}),
// the result is plain data (deterministic: same engine and corpus → same figures, in the same order).
import { PLANNED, wrap } from './corpus.mjs';

/**
 * Rules whose message is about the whole draft, not about a stretch of it: the body is too long (body-length), the
 * draft has no title or body (title-required), an emergency report lacks an element (emergency-elements). Where such a
 * message sits (the title, the first sentence, the stretch past the budget) is a convention of the rule, so a message of
 * the expected rule anywhere in the draft is a hit. A case of another rule says so with `anywhere: true`.
 */
export const DRAFT_LEVEL = new Set(['body-length', 'title-required', 'emergency-elements']);

/**
 * Rules that split one fault between them by the catalogue: a wrong character (错别字) is confusable-words' when the
 * word is in its high-precision table (the style guide puts commonly misspelt 成语 and 公文 words there: 按装→安装,
 * 迫不急待→迫不及待) and typo's when the dictionary finds it. The engine reports it once, under whichever rule has it;
 * a case labelled with one of them is caught when either marks the flagged text (counted apart as `siblingHits`).
 */
export const SIBLINGS = { typo: ['confusable-words'], 'confusable-words': ['typo'] };

function overlaps(m, start, end) {
  if (m.start === m.end) return m.start >= start && m.start <= end;
  return m.start < end && start < m.end;
}

function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function editsOverlap(edits) {
  const s = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < s.length; i++) if (s[i].start < s[i - 1].end) return true;
  return false;
}

const short = (s, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** One line per message: rule, the text it marks. */
export function describe(text, m) {
  return `${m.ruleId}“${short(text.slice(m.start, m.end).replace(/\n/g, '⏎'), 24)}”`;
}

/**
 * Evaluate. `corpus` comes from loadCorpus. Returns {rules, totals, misses, falseAlarms, fixProblems}.
 */
export function evaluate(engine, corpus) {
  const known = new Map(engine.allRules.map((r) => [r.id, r]));
  const configs = new Map();
  const configOf = (entry) => {
    if (!entry.config) return undefined;
    const key = JSON.stringify(entry.config);
    if (!configs.has(key)) {
      const c = engine.validateConfig(entry.config, 'fidelity.xinxirc.yaml', engine.rulesById);
      if (c.problems.length) throw new Error(`${entry.id}: 配置有误 / bad config: ${c.problems.map((p) => p.message).join('；')}`);
      configs.set(key, c);
    }
    return configs.get(key);
  };
  const lintEntry = (entry, body) => {
    const w = wrap(entry, body);
    const result = engine.lint(w.text, { path: w.path, config: configOf(entry) });
    return { ...w, messages: result.messages };
  };

  const stats = new Map();
  const row = (id) => {
    if (!stats.has(id)) {
      const rule = known.get(id);
      stats.set(id, {
        rule: id,
        category: rule?.category ?? PLANNED[id] ?? '?',
        built: Boolean(rule),
        planned: !rule && id in PLANNED,
        cases: 0,
        hits: 0,
        natural: 0,
        naturalHits: 0,
        textbook: 0,
        textbookHits: 0,
        caughtByOther: 0,
        siblingHits: 0,
        fixCases: 0,
        fixOk: 0,
        fixNone: 0,
        fixWrong: 0,
        faRight: 0,
        faTrap: 0,
      });
    }
    return stats.get(id);
  };
  for (const r of engine.allRules) row(r.id);
  for (const id of Object.keys(PLANNED)) row(id);

  const misses = [];
  const falseAlarms = [];
  const fixProblems = [];
  const caseResults = [];

  for (const c of corpus.cases) {
    const s = row(c.rule);
    s.cases++;
    if (c.textbook) s.textbook++;
    else s.natural++;
    const faulty = lintEntry(c);
    const fs = faulty.offset + c.flagAt;
    const fe = fs + c.flag.length;
    const onFlag = faulty.messages.filter((m) => overlaps(m, fs, fe));
    const anywhere = c.anywhere === true || DRAFT_LEVEL.has(c.rule);
    const own = anywhere ? faulty.messages.filter((m) => m.ruleId === c.rule) : onFlag.filter((m) => m.ruleId === c.rule);
    const sibling = own.length ? [] : onFlag.filter((m) => SIBLINGS[c.rule]?.includes(m.ruleId));
    const hits = own.length ? own : sibling;
    const others = [...new Set(onFlag.filter((m) => !hits.includes(m) && m.ruleId !== c.rule).map((m) => m.ruleId))];
    const hit = hits.length > 0;
    caseResults.push({ id: c.id, rule: c.rule, hit });
    if (hit) {
      s.hits++;
      if (!own.length) s.siblingHits++;
      if (c.textbook) s.textbookHits++;
      else s.naturalHits++;
    } else {
      if (others.length) s.caughtByOther++;
      const sameElsewhere = faulty.messages.filter((m) => m.ruleId === c.rule);
      misses.push({
        id: c.id,
        rule: c.rule,
        file: c.file,
        class: c.class,
        flag: c.flag,
        textbook: Boolean(c.textbook),
        planned: !known.has(c.rule),
        context: short(c.source.replace(/\n/g, '⏎'), 60),
        elsewhere: sameElsewhere.map((m) => describe(faulty.text, m)),
        others,
      });
    }
    if (hit && c.intended !== undefined) {
      s.fixCases++;
      const target = wrap(c, c.intended).text;
      const fixes = hits.flatMap((m) => m.fixes);
      if (!fixes.length) {
        s.fixNone++;
        fixProblems.push({ id: c.id, rule: c.rule, kind: 'none', flag: c.flag, fix: c.fix });
      } else {
        const candidates = fixes.map((f) => f.edits);
        const firsts = hits.map((m) => m.fixes[0]).filter(Boolean).flatMap((f) => f.edits);
        if (hits.length > 1 && !editsOverlap(firsts)) candidates.push(firsts);
        const outs = candidates.map((edits) => applyEdits(faulty.text, edits));
        if (outs.includes(target)) s.fixOk++;
        else {
          s.fixWrong++;
          // Show what the first fix makes of the flagged stretch (the text around the flag, after the edit).
          const out = outs[0];
          const delta = out.length - faulty.text.length;
          const got = out.slice(Math.max(0, fs - 4), Math.max(fs, fe + delta) + 4);
          fixProblems.push({ id: c.id, rule: c.rule, kind: 'wrong', flag: c.flag, fix: c.fix, got: got.replace(/\n/g, '⏎') });
        }
      }
    }
    const right = lintEntry(c, c.right);
    for (const m of right.messages) {
      row(m.ruleId).faRight++;
      falseAlarms.push({ id: c.id, on: 'right', rule: m.ruleId, file: c.file, marked: describe(right.text, m), message: m.message, context: short(c.right.replace(/\n/g, '⏎'), 60) });
    }
  }

  let trapsWithAlarm = 0;
  for (const t of corpus.traps) {
    const r = lintEntry(t);
    if (r.messages.length) trapsWithAlarm++;
    for (const m of r.messages) {
      row(m.ruleId).faTrap++;
      falseAlarms.push({ id: t.id, on: 'trap', rule: m.ruleId, file: t.file, marked: describe(r.text, m), message: m.message, context: short(t.source.replace(/\n/g, '⏎'), 60), note: t.note });
    }
  }

  const rules = [...stats.values()]
    .filter((s) => s.cases || s.faRight || s.faTrap || s.built)
    .map((s) => {
      const fa = s.faRight + s.faTrap;
      return {
        ...s,
        recall: s.cases ? s.hits / s.cases : null,
        naturalRecall: s.natural ? s.naturalHits / s.natural : null,
        precision: s.hits + fa ? s.hits / (s.hits + fa) : null,
        fixAccuracy: s.fixCases ? s.fixOk / s.fixCases : null,
      };
    })
    .sort((a, b) => a.category.localeCompare(b.category) || a.rule.localeCompare(b.rule));

  const sum = (k, f = () => true) => rules.filter(f).reduce((n, r) => n + r[k], 0);
  const builtOnly = (r) => r.built;
  const naturalCases = sum('natural');
  const trapAlarms = sum('faTrap');
  const rightAlarms = sum('faRight');
  const totals = {
    cases: corpus.cases.length,
    naturalCases,
    textbookCases: sum('textbook'),
    traps: corpus.traps.length,
    hits: sum('hits'),
    naturalHits: sum('naturalHits'),
    textbookHits: sum('textbookHits'),
    naturalRecall: naturalCases ? sum('naturalHits') / naturalCases : 0,
    naturalRecallBuilt: sum('natural', builtOnly) ? sum('naturalHits', builtOnly) / sum('natural', builtOnly) : 0,
    naturalCasesBuilt: sum('natural', builtOnly),
    textbookRecall: sum('textbook') ? sum('textbookHits') / sum('textbook') : 0,
    caughtByAny: sum('hits') + sum('caughtByOther'),
    siblingHits: sum('siblingHits'),
    plannedCases: sum('cases', (r) => r.planned),
    trapAlarms,
    trapsWithAlarm,
    // One invented name flagged in every trap that uses it decides a set's rate; the distinct causes (rule and marked
    // text) say how many different faults of the tool the alarms are.
    trapAlarmCauses: new Set(falseAlarms.filter((f) => f.on === 'trap').map((f) => f.marked)).size,
    trapAlarmsPer100: corpus.traps.length ? (100 * trapAlarms) / corpus.traps.length : 0,
    rightAlarms,
    rightAlarmsPer100: corpus.cases.length ? (100 * rightAlarms) / corpus.cases.length : 0,
    precision: sum('hits') + trapAlarms + rightAlarms ? sum('hits') / (sum('hits') + trapAlarms + rightAlarms) : 0,
    fixCases: sum('fixCases'),
    fixOk: sum('fixOk'),
    fixAccuracy: sum('fixCases') ? sum('fixOk') / sum('fixCases') : 0,
  };
  return { rules, totals, misses, falseAlarms, fixProblems, caseResults };
}
