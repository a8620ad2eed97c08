/**
 * Validation and scoring: raw records (drafts and ledgers) are checked against the office's scoring table and unit
 * list, then scored per period. What goes where:
 *
 *   - a submission counts in the period of its 报送日期 (报送 points, and 约稿 points for a commissioned item);
 *   - an adoption counts in the period of its date (the publication's points): an item submitted on 30 October and
 *     adopted on 2 November is one submission in October and one adoption in November;
 *   - an instruction (批示) and a penalty (扣分) count in the period of their dates.
 *
 * A fault in an item (no unit, a unit not in the list, no or a malformed submission date, the same item twice) keeps
 * the whole item out; a fault in one adoption, instruction or penalty keeps out only that entry. Each is listed with
 * its file and line. A missing adoption or instruction date is taken as the submission date, with a warning.
 */
import type { Problem, Scored, ScoringTable, Unit } from './config.js';
import { findScored, findUnit, nameKey } from './config.js';
import { chineseDate, inPeriod, parseDate, type Day, type Period } from './dates.js';
import type { Milli } from './points.js';
import type { RawItem } from './record.js';

export interface Adoption {
  publication: string;
  date: Day;
  /** The date was not written: the submission date was taken. */
  dateAssumed?: boolean;
  issue?: string;
  line?: number;
}

export interface Instruction {
  level: string;
  leader?: string;
  date: Day;
  dateAssumed?: boolean;
  line?: number;
}

export interface Penalty {
  type: string;
  date: Day;
  note?: string;
  line?: number;
}

export interface Item {
  unit: string;
  title: string;
  /** Undefined for a penalty-only entry (漏报: nothing was submitted). */
  submitted?: Day;
  commissioned: boolean;
  adoptions: Adoption[];
  instructions: Instruction[];
  penalties: Penalty[];
  source: { kind: 'draft' | 'ledger'; file: string; line?: number };
}

export interface Ledger {
  items: Item[];
  /** Everything found wrong, configuration included, in file and line order. */
  problems: Problem[];
  table: ScoringTable;
  /** The units ranked: the configured list, or (without one) every unit met in the records. */
  units: string[];
}

export interface ValidateOptions {
  /** Dates after this day get a warning (a typo such as 2062). */
  today?: Day;
}

const TRUE = /^(?:true|yes|y|1|是|有|已完成|完成|✓|√|✔)$/iu;
const FALSE = /^(?:false|no|n|0|否|无|没有|未|)$/iu;

function boolOf(value: unknown): boolean | undefined {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 ? value === 1 || undefined : false;
  const t = String(value).trim();
  if (TRUE.test(t)) return true;
  if (FALSE.test(t)) return false;
  return undefined;
}

function names(list: readonly Scored[]): string {
  return list.map((s) => s.name).join('、') || '（无）';
}

/** Split “市 张三”, “市领导张三”, “省：李四” into a configured level (or penalty type) and the rest. */
function splitHead(head: string, list: readonly Scored[], kind: 'level' | 'penalty'): { entry?: Scored; rest?: string; word: string } {
  const tokens = head.split(/[\s:：,，、]+/u).filter(Boolean);
  const first = tokens[0] ?? '';
  const direct = findScored(list, first, kind);
  if (direct) return { entry: direct, rest: tokens.slice(1).join(' ') || undefined, word: first };
  const compact = head.replace(/\s+/gu, '');
  const candidates = list
    .flatMap((s) => [s.name, ...s.aliases].flatMap((n) => (kind === 'level' ? [`${n}级领导`, `${n}领导`, `${n}级`, n] : [n])).map((n) => ({ s, n })))
    .sort((a, b) => b.n.length - a.n.length);
  for (const { s, n } of candidates) {
    if (compact.startsWith(n)) {
      const rest = compact.slice(n.length).replace(/^[:：,，、]+/u, '').replace(/批示$/u, '');
      return { entry: s, rest: rest || undefined, word: n };
    }
  }
  return { word: first || head };
}

/** A level or penalty type written apart (级别: 市) or at the head of a text entry (“市 张三”). */
function resolveEntry(list: readonly Scored[], written: string | undefined, head: string | undefined, kind: 'level' | 'penalty'): { entry?: Scored; rest?: string; word: string } {
  if (written) return { entry: findScored(list, written, kind), word: written };
  if (head) return splitHead(head, list, kind);
  return { word: '' };
}

function itemKey(unit: string, title: string, submitted: Day | undefined): string {
  return `${nameKey(unit)}\u0000${nameKey(title)}\u0000${submitted?.iso ?? ''}`;
}

function where(item: Item | RawItem): string {
  const file = 'source' in item && typeof item.source === 'object' ? item.source.file : (item as RawItem).file;
  const line = 'source' in item && typeof item.source === 'object' ? item.source.line : (item as RawItem).line;
  return line ? `${file} 第 ${line} 行` : file;
}

/** Says a problem of one raw record (its file, line, unit and title as written). */
type SayProblem = (severity: Problem['severity'], line: number | undefined, message: string, messageEn: string, brief?: string) => void;
/** Says a problem of one entry of a kept item (its unit and title as resolved). */
type EntryProblem = (severity: Problem['severity'], line: number | undefined, message: string, messageEn: string) => void;
/** The date of an entry: written, or the submission date with a warning; undefined (with an error said) when unusable. */
type EntryDate = (value: unknown, line: number | undefined, what: string, whatEn: string, record: string) => { day: Day; assumed?: boolean } | undefined;

/** The unit, title and submission date of a raw record, checked; undefined (an error said) when it cannot be scored. */
function recordHead(r: RawItem, table: ScoringTable, options: ValidateOptions, dataUnits: string[], say: SayProblem): { unit: string; title: string; submitted: Day | undefined } | undefined {
  const isDraft = r.source === 'draft';

  // The unit.
  if (!r.unit) {
    say(
      'error',
      r.line,
      isDraft ? '稿件前置信息没有“单位”，配置中也没有 unit，这条信息未计分。' : '缺少“单位”，这条未计分。',
      isDraft ? 'The draft names no unit (单位) and the configuration has none; not counted.' : 'No unit (单位); not counted.',
    );
    return undefined;
  }
  let unit = r.unit.trim();
  if (table.units) {
    const found = findUnit(table.units, unit);
    if (!found) {
      say('error', r.unitLine, `单位“${unit}”不在单位名单（units）中，这条未计分；请改为名单中的名称，或在 .xinxirc 的 units 中加上它（也可作为别名）。`, `The unit "${unit}" is not in the configured list (units); not counted.`);
      return undefined;
    }
    unit = found.name;
  } else if (!dataUnits.includes(unit)) dataUnits.push(unit);

  const title = r.title?.trim() || (isDraft ? r.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') : '');
  if (!title) {
    say('error', r.line, '缺少“标题”，这条未计分。', 'No title (标题); not counted.');
    return undefined;
  }

  // The submission date.
  let submitted: Day | undefined;
  const hasScoredEntries = r.adoptions.length > 0 || r.instructions.length > 0 || boolOf(r.commissioned) === true;
  if (r.submitted === undefined || r.submitted === null || r.submitted === '') {
    if (hasScoredEntries || r.penalties.length === 0) {
      say('error', r.line, hasScoredEntries ? '有采用、批示或约稿记录，但缺少“报送日期”，这条未计分。' : '缺少“报送日期”，这条未计分。', 'No submission date (报送日期); not counted.');
      return undefined;
    }
  } else {
    const d = parseDate(r.submitted);
    if (!d.ok) {
      say('error', r.submittedLine, `${r.submittedFrom ?? '报送日期'}${d.message.replace(/^日期/u, '')}，这条未计分。`, `${r.submittedFrom ?? 'submitted'}: ${d.messageEn}; not counted.`);
      return undefined;
    }
    submitted = d.day;
    if (options.today && submitted.day > options.today.day) {
      say('warning', r.submittedLine, `报送日期 ${submitted.iso} 晚于今天，请核对。`, `The submission date ${submitted.iso} is after today; check it.`);
    }
  }
  return { unit, title, submitted };
}

/** The entry dater of one item: a missing date is the submission date (warned); an unusable one is an error. */
function entryDater(submitted: Day | undefined, options: ValidateOptions, entryProblem: EntryProblem): EntryDate {
  return (value, line, what, whatEn, record) => {
    if (value === undefined || value === null || value === '') {
      if (!submitted) {
        entryProblem('error', line, `${what}缺少日期，这条${record}未计分。`, `The ${whatEn} has no date; this entry is not counted (the submission still is).`);
        return undefined;
      }
      entryProblem('warning', line, `${what}没有写日期，按报送日期 ${submitted.iso} 计入。`, `The ${whatEn} has no date; counted on the submission date ${submitted.iso}.`);
      return { day: submitted, assumed: true };
    }
    const d = parseDate(value);
    if (!d.ok) {
      entryProblem('error', line, `${what}的${d.message}，这条${record}未计分。`, `The ${whatEn}: ${d.messageEn}; this entry is not counted (the submission still is).`);
      return undefined;
    }
    if (submitted && d.day.day < submitted.day) {
      entryProblem('error', line, `${what}日期 ${d.day.iso} 早于报送日期 ${submitted.iso}，这条${record}未计分（报送照常计分）；请核对两个日期。`, `The ${whatEn} is dated ${d.day.iso}, before the submission on ${submitted.iso}; this entry is not counted (the submission still is).`);
      return undefined;
    }
    if (options.today && d.day.day > options.today.day) {
      entryProblem('warning', line, `${what}日期 ${d.day.iso} 晚于今天，请核对。`, `The ${whatEn} date ${d.day.iso} is after today; check it.`);
    }
    return { day: d.day };
  };
}

/** The record's adoptions that can be scored, into the item. */
function addAdoptions(item: Item, r: RawItem, table: ScoringTable, entryDate: EntryDate, entryProblem: EntryProblem): void {
  for (const a of r.adoptions) {
    if (!a.publication) {
      entryProblem('error', a.line, '采用记录缺少刊物名称，这条采用记录未计分。', 'An adoption names no publication; not counted.');
      continue;
    }
    const pub = findScored(table.publications, a.publication);
    if (!pub) {
      entryProblem('error', a.line, `刊物“${a.publication}”不在计分办法中（已配置：${names(table.publications)}），这条采用记录未计分；请改为已配置的名称，或在 scoring.刊物 中加上它。`, `The publication "${a.publication}" is not in the scoring table; not counted.`);
      continue;
    }
    const date = entryDate(a.date, a.line, `${pub.name}采用`, 'adoption', '采用记录');
    if (!date) continue;
    if (item.adoptions.some((x) => x.publication === pub.name && x.date.day === date.day.day && (x.issue ?? '') === (a.issue ?? ''))) {
      entryProblem('error', a.line, `${pub.name} ${date.day.iso} 的采用记录重复，只计一次。`, `The adoption by ${pub.name} on ${date.day.iso} is recorded twice; counted once.`);
      continue;
    }
    item.adoptions.push({ publication: pub.name, date: date.day, dateAssumed: date.assumed, issue: a.issue, line: a.line });
  }
}

/** The record's instructions (批示) that can be scored, into the item. */
function addInstructions(item: Item, r: RawItem, table: ScoringTable, entryDate: EntryDate, entryProblem: EntryProblem): void {
  for (const ins of r.instructions) {
    const { entry: level, rest, word } = resolveEntry(table.levels, ins.level, ins.head, 'level');
    const leader = ins.leader ?? rest;
    if (!level) {
      entryProblem('error', ins.line, word ? `批示级别“${word}”不在计分办法中（已配置：${names(table.levels)}），这条批示记录未计分。` : `批示记录缺少级别（${names(table.levels)}），这条批示记录未计分。`, `Unknown instruction level "${word}"; not counted.`);
      continue;
    }
    const date = entryDate(ins.date, ins.line, `${level.name}领导批示`, 'instruction', '批示记录');
    if (!date) continue;
    if (item.instructions.some((x) => x.level === level.name && x.date.day === date.day.day && (x.leader ?? '') === (leader ?? ''))) {
      entryProblem('error', ins.line, `${level.name}领导 ${date.day.iso} 的批示记录重复，只计一次。`, 'The same instruction is recorded twice; counted once.');
      continue;
    }
    item.instructions.push({ level: level.name, leader, date: date.day, dateAssumed: date.assumed, line: ins.line });
  }
}

/** The record's penalties (扣分) that can be scored, into the item: a missing date is the submission date, unwarned. */
function addPenalties(item: Item, r: RawItem, table: ScoringTable, submitted: Day | undefined, entryProblem: EntryProblem): void {
  for (const p of r.penalties) {
    const { entry: type, rest, word } = resolveEntry(table.penalties, p.type, p.head, 'penalty');
    const note = [rest, p.note].filter(Boolean).join(' ') || undefined;
    if (!type) {
      entryProblem('error', p.line, word ? `扣分类型“${word}”不在计分办法中（已配置：${names(table.penalties)}），这条扣分记录未计分。` : `扣分记录缺少类型（${names(table.penalties)}），这条扣分记录未计分。`, `Unknown penalty type "${word}"; not counted.`);
      continue;
    }
    if (p.date === undefined || p.date === null || p.date === '') {
      if (!submitted) {
        entryProblem('error', p.line, `${type.name}扣分缺少日期，这条扣分记录未计分。`, 'The penalty has no date; not counted.');
        continue;
      }
    }
    const d = p.date === undefined || p.date === null || p.date === '' ? { ok: true as const, day: submitted! } : parseDate(p.date);
    if (!d.ok) {
      entryProblem('error', p.line, `${type.name}扣分的${d.message}，这条扣分记录未计分。`, `The penalty: ${d.messageEn}; not counted.`);
      continue;
    }
    item.penalties.push({ type: type.name, date: d.day, note, line: p.line });
  }
}

/** Problems by file and line, in the order said within a line. */
function sortProblems(problems: readonly Problem[]): Problem[] {
  const order = (p: Problem) => `${p.file ?? ''}\u0000${String(p.line ?? 0).padStart(8, '0')}`;
  const sorted = problems.map((p, i) => ({ p, i })).sort((a, b) => (order(a.p) < order(b.p) ? -1 : order(a.p) > order(b.p) ? 1 : a.i - b.i));
  return sorted.map((x) => x.p);
}

/** Check raw records against the table and unit list; keep what can be scored. */
export function validateRecords(raw: readonly RawItem[], table: ScoringTable, options: ValidateOptions = {}): Ledger {
  const problems: Problem[] = [...table.problems];
  const items: Item[] = [];
  const seen = new Map<string, Item>();
  const dataUnits: string[] = [];
  for (const r of raw) {
    problems.push(...r.problems);
    const say: SayProblem = (severity, line, message, messageEn, brief) =>
      problems.push({ severity, file: r.file, line: line ?? r.line, message, messageEn, unit: r.unit, title: r.title, ...(brief ? { brief } : {}) });
    const head = recordHead(r, table, options, dataUnits, say);
    if (!head) continue;
    const { unit, title, submitted } = head;

    const key = itemKey(unit, title, submitted);
    const first = seen.get(key);
    if (first) {
      say(
        'error',
        r.line,
        `与 ${where(first)} 是同一条信息（单位、标题、报送日期相同），未重复计分。`,
        `The same item as ${first.source.file}${first.source.line ? `:${first.source.line}` : ''} (same unit, title and date); not counted twice.`,
        '重复报送（单位、标题、报送日期与另一条相同），只计一次',
      );
      continue;
    }

    const item: Item = { unit, title, submitted, commissioned: false, adoptions: [], instructions: [], penalties: [], source: { kind: r.source, file: r.file, line: r.line } };
    const entryProblem: EntryProblem = (severity, line, message, messageEn) =>
      problems.push({ severity, file: r.file, line: line ?? r.line, message, messageEn, unit, title });

    const commissioned = boolOf(r.commissioned);
    if (commissioned === undefined) entryProblem('warning', r.commissionedLine, `约稿“${String(r.commissioned)}”无法识别（应为 是 或 否），按非约稿计。`, `约稿 "${String(r.commissioned)}" is neither yes nor no; not counted as commissioned.`);
    item.commissioned = commissioned === true;

    const entryDate = entryDater(submitted, options, entryProblem);
    addAdoptions(item, r, table, entryDate, entryProblem);
    addInstructions(item, r, table, entryDate, entryProblem);
    addPenalties(item, r, table, submitted, entryProblem);

    seen.set(key, item);
    items.push(item);
  }
  return { items, problems: sortProblems(problems), table, units: table.units ? table.units.map((u: Unit) => u.name) : dataUnits };
}

// -----------------------------------------------------------------------------------------------------------------
// Scoring

export interface UnitScore {
  unit: string;
  submitted: number;
  commissioned: number;
  /** Adoptions by publication name (every configured publication, zeros included). */
  adoptions: Record<string, number>;
  adoptionCount: number;
  /** Items with at least one adoption in the period. */
  adoptedItems: number;
  instructions: Record<string, number>;
  instructionCount: number;
  penalties: Record<string, number>;
  penaltyCount: number;
  /** Points: each part and the total, in thousandths. */
  points: { submitted: Milli; commissioned: Milli; adoptions: Milli; instructions: Milli; penalties: Milli };
  score: Milli;
  rank: number;
  /** Shares its rank with another unit (并列). */
  tied: boolean;
}

function emptyScore(unit: string, table: ScoringTable): UnitScore {
  return {
    unit,
    submitted: 0,
    commissioned: 0,
    adoptions: Object.fromEntries(table.publications.map((p) => [p.name, 0])),
    adoptionCount: 0,
    adoptedItems: 0,
    instructions: Object.fromEntries(table.levels.map((l) => [l.name, 0])),
    instructionCount: 0,
    penalties: Object.fromEntries(table.penalties.map((p) => [p.name, 0])),
    penaltyCount: 0,
    points: { submitted: 0, commissioned: 0, adoptions: 0, instructions: 0, penalties: 0 },
    score: 0,
    rank: 0,
    tied: false,
  };
}

/** Scores of every unit for a period, ranked: the highest score first, equal scores share a rank (1, 2, 2, 4). */
export function scorePeriod(ledger: Ledger, period: Period): UnitScore[] {
  const { table } = ledger;
  const byUnit = new Map<string, UnitScore>(ledger.units.map((u) => [u, emptyScore(u, table)]));
  const pointsOf = (list: readonly Scored[], name: string) => list.find((s) => s.name === name)?.points ?? 0;
  for (const item of ledger.items) {
    let s = byUnit.get(item.unit);
    if (!s) {
      s = emptyScore(item.unit, table);
      byUnit.set(item.unit, s);
    }
    if (item.submitted && inPeriod(item.submitted, period)) {
      s.submitted++;
      s.points.submitted += table.submitted;
      if (item.commissioned) {
        s.commissioned++;
        s.points.commissioned += table.commissioned;
      }
    }
    let adopted = false;
    for (const a of item.adoptions) {
      if (!inPeriod(a.date, period)) continue;
      s.adoptions[a.publication] = (s.adoptions[a.publication] ?? 0) + 1;
      s.adoptionCount++;
      s.points.adoptions += pointsOf(table.publications, a.publication);
      adopted = true;
    }
    if (adopted) s.adoptedItems++;
    for (const i of item.instructions) {
      if (!inPeriod(i.date, period)) continue;
      s.instructions[i.level] = (s.instructions[i.level] ?? 0) + 1;
      s.instructionCount++;
      s.points.instructions += pointsOf(table.levels, i.level);
    }
    for (const p of item.penalties) {
      if (!inPeriod(p.date, period)) continue;
      s.penalties[p.type] = (s.penalties[p.type] ?? 0) + 1;
      s.penaltyCount++;
      s.points.penalties += pointsOf(table.penalties, p.type);
    }
  }
  const scores = [...byUnit.values()];
  for (const s of scores) s.score = s.points.submitted + s.points.commissioned + s.points.adoptions + s.points.instructions - s.points.penalties;
  const order = new Map(ledger.units.map((u, i) => [u, i]));
  scores.sort((a, b) => b.score - a.score || (order.get(a.unit) ?? Infinity) - (order.get(b.unit) ?? Infinity) || a.unit.localeCompare(b.unit, 'zh-CN'));
  scores.forEach((s, i) => {
    const prev = scores[i - 1];
    s.rank = prev && prev.score === s.score ? prev.rank : i + 1;
  });
  for (const s of scores) s.tied = scores.some((o) => o !== s && o.rank === s.rank);
  return scores;
}

// -----------------------------------------------------------------------------------------------------------------
// The 通报's model

export interface TallyRow extends UnitScore {
  /** Rank and score in the previous period; undefined when that period has no records at all (nothing to compare). */
  previous?: { rank: number; score: Milli; tied: boolean };
  /** Places gained since the previous period (positive: up); undefined without previous records. */
  rankChange?: number;
  scoreChange?: Milli;
}

export interface AdoptedEntry {
  unit: string;
  title: string;
  file: string;
  line?: number;
  adoptions: Adoption[];
  instructions: Instruction[];
}

export interface TallyReport {
  title: string;
  period: Period;
  previous: Period;
  /** False when the previous period has no records (no submission, adoption, instruction or penalty): 较上期 is “—”. */
  previousRecorded: boolean;
  issuer?: string;
  scope?: string;
  category: string;
  to?: string;
  /** The date under the 通报. */
  issuedOn: Day;
  table: ScoringTable;
  rows: TallyRow[];
  totals: {
    submitted: number;
    adoptions: number;
    adoptedItems: number;
    byPublication: Record<string, number>;
    instructions: number;
    commissioned: number;
    penalties: number;
    units: number;
  };
  /** Units without a submission in the period. */
  silent: string[];
  /** Items adopted or instructed in the period, by unit order then date. */
  adopted: AdoptedEntry[];
  problems: Problem[];
  /** Drafts not counted because they have no record at all (no 报送日期): shown so nothing is lost silently. */
  unrecorded: { file: string; title?: string }[];
  /** False when no unit list is configured (units are those met in the records). */
  unitsConfigured: boolean;
}

export type ReportOptions = Pick<TallyReport, 'period' | 'previous' | 'issuer' | 'scope' | 'category' | 'to' | 'issuedOn'> & {
  /** 标题 with {期间}; default 关于{期间}{范围}{类别}报送采用情况的通报. */
  title?: string;
  unrecorded?: TallyReport['unrecorded'];
};

export function defaultTitle(period: Period, scope: string | undefined, category: string): string {
  return `关于${period.label}${scope ?? ''}${category}报送采用情况的通报`;
}

export function buildTallyReport(ledger: Ledger, options: ReportOptions): TallyReport {
  const current = scorePeriod(ledger, options.period);
  const earlier = scorePeriod(ledger, options.previous);
  // With no record at all in the previous period every unit would be tied at rank 1 there, and 较上期 would read
  // 持平 or ↓N for everyone: there is nothing to compare with.
  const previousRecorded = earlier.some((s) => s.submitted || s.adoptionCount || s.instructionCount || s.commissioned || s.penaltyCount);
  const before = new Map(earlier.map((s) => [s.unit, s]));
  const rows: TallyRow[] = current.map((s) => {
    if (!previousRecorded) return { ...s };
    const p = before.get(s.unit);
    const previous = p ? { rank: p.rank, score: p.score, tied: p.tied } : { rank: current.length, score: 0, tied: false };
    return { ...s, previous, rankChange: previous.rank - s.rank, scoreChange: s.score - previous.score };
  });
  const byPublication: Record<string, number> = Object.fromEntries(ledger.table.publications.map((p) => [p.name, 0]));
  for (const r of rows) for (const [k, v] of Object.entries(r.adoptions)) byPublication[k] = (byPublication[k] ?? 0) + v;
  const sum = (f: (r: TallyRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  const unitOrder = new Map(ledger.units.map((u, i) => [u, i]));
  const adopted: AdoptedEntry[] = [];
  for (const item of ledger.items) {
    const adoptions = item.adoptions.filter((a) => inPeriod(a.date, options.period));
    const instructions = item.instructions.filter((i) => inPeriod(i.date, options.period));
    if (adoptions.length || instructions.length) adopted.push({ unit: item.unit, title: item.title, file: item.source.file, line: item.source.line, adoptions, instructions });
  }
  const firstDay = (e: AdoptedEntry) => Math.min(...e.adoptions.map((a) => a.date.day), ...e.instructions.map((i) => i.date.day));
  adopted.sort((a, b) => (unitOrder.get(a.unit) ?? Infinity) - (unitOrder.get(b.unit) ?? Infinity) || a.unit.localeCompare(b.unit, 'zh-CN') || firstDay(a) - firstDay(b));
  const title = options.title ? options.title.replace(/\{期间\}|\{period\}/gu, options.period.label) : defaultTitle(options.period, options.scope, options.category);
  return {
    title,
    period: options.period,
    previous: options.previous,
    previousRecorded,
    issuer: options.issuer,
    scope: options.scope,
    category: options.category,
    to: options.to,
    issuedOn: options.issuedOn,
    table: ledger.table,
    rows,
    totals: {
      submitted: sum((r) => r.submitted),
      adoptions: sum((r) => r.adoptionCount),
      adoptedItems: sum((r) => r.adoptedItems),
      byPublication,
      instructions: sum((r) => r.instructionCount),
      commissioned: sum((r) => r.commissioned),
      penalties: sum((r) => r.penaltyCount),
      units: rows.length,
    },
    silent: ledger.units.filter((u) => !rows.find((r) => r.unit === u)?.submitted),
    adopted,
    problems: ledger.problems,
    unrecorded: options.unrecorded ?? [],
    unitsConfigured: ledger.table.units !== undefined,
  };
}

/** “11月5日” within the period's year, else the full date. */
export function shortDate(day: Day, period: Period): string {
  return day.year === period.start.year && day.year === period.end.year ? `${day.month}月${day.date}日` : chineseDate(day);
}
