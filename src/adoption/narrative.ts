/**
 * The 通报 as a sequence of blocks that every renderer (Word, HTML, text) lays out in its own way: the addressee,
 * the opening sentence, 一、总体情况, 二、各单位得分排名 (the table), 三、采用信息目录, 四、计分办法, the entries not
 * counted, the issuing unit and date. The wording and the columns live here once.
 */
import { chineseDate } from './dates.js';
import type { Scored, ScoringTable } from './config.js';
import { formatChange, formatPoints, placesFor, type Milli } from './points.js';
import { shortDate, type AdoptedEntry, type TallyReport, type TallyRow } from './tally.js';

export type TallyBlock =
  | { type: 'to'; text: string }
  | { type: 'p'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'ranking' }
  | { type: 'adopted' }
  | { type: 'problems' }
  | { type: 'note'; text: string }
  | { type: 'signature'; issuer?: string; date: string };

const ZH_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 2 → “2”, a shared rank → “2（并列）”. */
export function rankText(row: Pick<TallyRow, 'rank' | 'tied'>): string {
  return row.tied ? `${row.rank}（并列）` : String(row.rank);
}

/** Against the previous period: “↑2” up two places, “↓1”, “持平”; “—” when the previous period has no records. */
export function changeText(row: Pick<TallyRow, 'rankChange'>): string {
  if (row.rankChange === undefined) return '—';
  if (row.rankChange > 0) return `↑${row.rankChange}`;
  if (row.rankChange < 0) return `↓${-row.rankChange}`;
  return '持平';
}

export function changeTextEn(row: Pick<TallyRow, 'rankChange'>): string {
  if (row.rankChange === undefined) return 'no previous data';
  if (row.rankChange > 0) return `up ${row.rankChange}`;
  if (row.rankChange < 0) return `down ${-row.rankChange}`;
  return 'same';
}

/** What the 通报 says about 较上期 under the ranking. */
export function changeNote(report: Pick<TallyReport, 'previous' | 'previousRecorded'>): string {
  return report.previousRecorded
    ? `“较上期”与${report.previous.label}相比，↑表示名次上升，↓表示名次下降。`
    : `${report.previous.label}没有报送和采用记录，“较上期”无从比较，记为“—”。`;
}

function join(list: readonly string[]): string {
  return list.join('、');
}

function grouped(list: readonly Scored[]): { names: string[]; points: Milli }[] {
  const out: { names: string[]; points: Milli }[] = [];
  for (const s of list) {
    const g = out.find((x) => x.points === s.points);
    if (g) g.names.push(s.name);
    else out.push({ names: [s.name], points: s.points });
  }
  return out;
}

/** The scoring table in words, as a 通报 states it. */
export function scoringDescription(table: ScoringTable): string {
  const p = (m: Milli) => `${formatPoints(m)}分`;
  const parts: string[] = [];
  if (table.submitted) parts.push(`报送信息每条计${p(table.submitted)}`);
  if (table.publications.length) parts.push(`被刊物采用每条计分：${table.publications.map((s) => `${s.name}${p(s.points)}`).join('，')}`);
  if (table.levels.length) {
    const names = table.levels.map((l) => l.name);
    parts.push(
      table.levels.length === 1
        ? `获${names[0]}领导批示的每条加${p(table.levels[0]!.points)}`
        : `获${join(names)}领导批示的，每条分别加${table.levels.map((l) => p(l.points)).join('、')}`,
    );
  }
  if (table.commissioned) parts.push(`完成约稿信息每条加${p(table.commissioned)}`);
  if (table.penalties.length) {
    parts.push(
      grouped(table.penalties)
        .map((g) => `${join(g.names)}的每条（次）扣${p(g.points)}`)
        .join('，'),
    );
  }
  return `${parts.join('；')}。`;
}

function countList(counts: Record<string, number>, unit: string): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name}${n}${unit}`)
    .join('、');
}

/** 一、总体情况: what was submitted, adopted, instructed; the leading units; the units that sent nothing. */
export function tallyParagraphs(report: TallyReport): { overview: string; leaders?: string; silent?: string } {
  const t = report.totals;
  const label = report.period.label;
  const scope = report.scope ?? '';
  let overview: string;
  if (t.submitted === 0 && t.adoptions === 0 && t.instructions === 0) {
    overview = `${label}，${scope}没有${report.category}报送和采用记录。`;
  } else {
    const pubs = countList(t.byPublication, '条次');
    overview =
      `${label}，${scope}共报送${report.category}${t.submitted}条，被各级刊物采用${t.adoptions}条次${pubs ? `（${pubs}）` : ''}，` +
      `获领导批示${t.instructions}条次${t.commissioned ? `，完成约稿${t.commissioned}条` : ''}${t.penalties ? `；扣分${t.penalties}次` : ''}。`;
  }
  const places = placesFor(report.rows.map((r) => r.score));
  const top = report.rows.filter((r) => r.rank <= 3 && r.score > 0);
  const leaders = top.length
    ? `按得分排名，前三名是：${top.map((r) => `${r.unit}（${formatPoints(r.score, places)}分${r.tied ? `，并列第${r.rank}名` : ''}）`).join('、')}。`
    : undefined;
  const silent = report.unitsConfigured && report.silent.length ? `本期没有报送信息的单位（${report.silent.length}个）：${join(report.silent)}。` : undefined;
  return { overview, leaders, silent };
}

/** The 通报's blocks in order. `forUnits`: the Word copy sent to the units (only the entries not counted, no files). */
export function tallyDocument(report: TallyReport): TallyBlock[] {
  const blocks: TallyBlock[] = [];
  if (report.to) blocks.push({ type: 'to', text: `${report.to.replace(/[：:]$/u, '')}：` });
  blocks.push({ type: 'p', text: `现将${report.period.label}${report.scope ?? ''}${report.category}报送采用情况通报如下。` });
  let n = 0;
  const heading = (text: string) => blocks.push({ type: 'heading', text: `${ZH_NUM[n++]}、${text}` });
  heading('总体情况');
  const { overview, leaders, silent } = tallyParagraphs(report);
  blocks.push({ type: 'p', text: [overview, leaders, silent].filter(Boolean).join('') });
  heading('各单位得分排名');
  blocks.push({ type: 'ranking' });
  blocks.push({
    type: 'note',
    text: `注：按得分从高到低排列，得分相同的并列；${changeNote(report)}${report.unitsConfigured ? '' : '未配置单位名单（units），只列出有记录的单位。'}`,
  });
  heading('采用信息目录');
  if (report.adopted.length) blocks.push({ type: 'adopted' });
  else blocks.push({ type: 'p', text: '本期没有被采用或获批示的信息。' });
  heading('计分办法');
  blocks.push({ type: 'p', text: scoringDescription(report.table) });
  if (report.problems.some((p) => p.severity === 'error')) {
    heading('未计分的记录');
    blocks.push({ type: 'p', text: '以下记录有误，未计入本期得分。请有关单位核对，更正后重新统计。' });
    blocks.push({ type: 'problems' });
  }
  blocks.push({ type: 'signature', issuer: report.issuer, date: chineseDate(report.issuedOn) });
  return blocks;
}

// -----------------------------------------------------------------------------------------------------------------
// Columns of the ranking table

export interface RankingColumn {
  /** Header (Chinese) and its English gloss. */
  zh: string;
  en: string;
  /** Short header for narrow tables (Word). */
  short?: string;
  numeric: boolean;
  cell(row: TallyRow): string;
  /** The totals row. */
  total?: string;
}

/**
 * The ranking table's columns. `compact` (the Word page, 156 mm wide): a publication only when it was used in the
 * period, 约稿 and 扣分 only when there are any, no 采用合计, the tie and the score change on a second line.
 */
export function rankingColumns(report: TallyReport, options: { compact?: boolean } = {}): RankingColumn[] {
  const compact = options.compact === true;
  const places = placesFor(report.rows.flatMap((r) => [r.score, r.scoreChange ?? 0, r.previous?.score ?? 0, -r.points.penalties]));
  const t = report.totals;
  const cols: RankingColumn[] = [
    { zh: '排名', en: 'Rank', numeric: false, cell: (r) => (compact && r.tied ? `${r.rank}\n并列` : rankText(r)) },
    { zh: '单位', en: 'Unit', numeric: false, cell: (r) => r.unit, total: '合计' },
    { zh: '报送（条）', en: 'Submitted', short: '报送', numeric: true, cell: (r) => String(r.submitted), total: String(t.submitted) },
  ];
  for (const p of report.table.publications) {
    if (compact && !t.byPublication[p.name]) continue;
    cols.push({ zh: p.name, en: `Adopted by ${p.name}`, short: p.name.replace(/^《(.*)》$/u, '$1'), numeric: true, cell: (r) => String(r.adoptions[p.name] ?? 0), total: String(t.byPublication[p.name] ?? 0) });
  }
  if (!compact) cols.push({ zh: '采用合计（条次）', en: 'Adoptions', numeric: true, cell: (r) => String(r.adoptionCount), total: String(t.adoptions) });
  if (report.table.levels.length) cols.push({ zh: '领导批示（条次）', en: 'Instructions', short: '批示', numeric: true, cell: (r) => String(r.instructionCount), total: String(t.instructions) });
  if ((report.table.commissioned && !compact) || t.commissioned) cols.push({ zh: '约稿（条）', en: 'Commissioned', short: '约稿', numeric: true, cell: (r) => String(r.commissioned), total: String(t.commissioned) });
  if ((report.table.penalties.length && !compact) || t.penalties) {
    cols.push({
      zh: '扣分',
      en: 'Penalties',
      numeric: true,
      cell: (r) => (r.points.penalties ? formatPoints(-r.points.penalties, places) : '0'),
      total: t.penalties ? `${t.penalties}次` : '0',
    });
  }
  cols.push({ zh: '得分', en: 'Score', numeric: true, cell: (r) => formatPoints(r.score, places) });
  cols.push({
    zh: '较上期',
    en: 'Change',
    numeric: false,
    cell: (r) => `${changeText(r)}${r.scoreChange ? `${compact ? '\n' : ' '}${formatChange(r.scoreChange, places)}${compact ? '' : '分'}` : ''}`,
  });
  return cols;
}

/** “《昨日要情》11月5日（第213期）” */
export function adoptionText(entry: AdoptedEntry, report: TallyReport): string {
  const parts = entry.adoptions.map((a) => `${a.publication}${shortDate(a.date, report.period)}${a.issue ? `（${/^\d/.test(a.issue) ? `第${a.issue}期` : a.issue}）` : ''}`);
  for (const i of entry.instructions) parts.push(`${i.level}领导批示${i.leader ? `（${i.leader}）` : ''}${shortDate(i.date, report.period)}`);
  return parts.join('；');
}

/** Where a problem is: “ledger.csv 第 12 行”. */
export function problemPlace(p: { file?: string; line?: number }): string {
  return p.file ? `${p.file}${p.line ? ` 第 ${p.line} 行` : ''}` : '';
}

/** What a problem is about: “清河县应急管理局《……》”. */
export function problemSubject(p: { unit?: string; title?: string }): string {
  return `${p.unit ?? ''}${p.title ? `《${p.title.replace(/^《|》$/gu, '')}》` : ''}`;
}

/** The reason as the 通报 sent to the units gives it: no file, no advice to the office. */
export function problemBrief(p: { message: string; brief?: string }): string {
  return p.brief ?? p.message.split(/，这条|，按|（已配置|，只计一次|，已忽略|；/u)[0]!.replace(/（units）/u, '').replace(/[。，；]+$/u, '');
}
