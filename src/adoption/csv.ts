/**
 * The 通报 as CSV for WPS and Excel: UTF-8 with a BOM, CRLF, cells that a spreadsheet would run as a formula
 * neutralised (src/review/csv.ts). Blocks one after the other: the ranking (its header the file's first row, one row
 * per unit, numbers as numbers, a totals row with the total score), the adopted items, the entries not counted, and
 * the 通报's title and period.
 */
import { csvCell } from '../review/csv.js';
import { pointsNumber } from './points.js';
import { CSV_LEDGER_HEADER } from './ledger.js';
import type { TallyReport } from './tally.js';

function line(cells: (string | number | undefined)[]): string {
  return cells.map((c) => csvCell(c)).join(',');
}

export function renderTallyCsv(report: TallyReport, options: { bom?: boolean } = {}): string {
  const pubs = report.table.publications.map((p) => p.name);
  const levels = report.table.levels.map((l) => l.name);
  const header = [
    '排名',
    '并列',
    '单位',
    '报送条数',
    ...pubs.map((p) => `${p}采用`),
    '采用合计',
    ...levels.map((l) => `${l}领导批示`),
    '批示合计',
    '约稿',
    '扣分次数',
    '扣分',
    '得分',
    `上期排名（${report.previous.label}）`,
    '名次变化',
    '上期得分',
    '得分变化',
  ];
  // The header is the first row, so that WPS and Excel take it as the table's header (sorting, filters); the title and
  // the period follow the tables.
  const lines: string[] = [line(header)];
  for (const r of report.rows) {
    lines.push(
      line([
        r.rank,
        r.tied ? '并列' : '',
        r.unit,
        r.submitted,
        ...pubs.map((p) => r.adoptions[p] ?? 0),
        r.adoptionCount,
        ...levels.map((l) => r.instructions[l] ?? 0),
        r.instructionCount,
        r.commissioned,
        r.penaltyCount,
        pointsNumber(r.points.penalties),
        pointsNumber(r.score),
        // Empty when the previous period has no records (nothing to compare).
        r.previous?.rank,
        r.rankChange,
        r.previous ? pointsNumber(r.previous.score) : undefined,
        r.scoreChange === undefined ? undefined : pointsNumber(r.scoreChange),
      ]),
    );
  }
  const t = report.totals;
  lines.push(
    line([
      '合计',
      '',
      `${t.units} 个单位`,
      t.submitted,
      ...pubs.map((p) => t.byPublication[p] ?? 0),
      t.adoptions,
      ...levels.map((l) => report.rows.reduce((n, r) => n + (r.instructions[l] ?? 0), 0)),
      t.instructions,
      t.commissioned,
      t.penalties,
      pointsNumber(report.rows.reduce((n, r) => n + r.points.penalties, 0)),
      pointsNumber(report.rows.reduce((n, r) => n + r.score, 0)),
    ]),
  );
  lines.push('', line(['采用信息目录']), line(['序号', '单位', '标题', '刊物或批示', '日期', '期号或领导']));
  let n = 0;
  for (const e of report.adopted) {
    n++;
    for (const a of e.adoptions) lines.push(line([n, e.unit, e.title, a.publication, a.date.iso, a.issue]));
    for (const i of e.instructions) lines.push(line([n, e.unit, e.title, `${i.level}领导批示`, i.date.iso, i.leader]));
  }
  const problems = report.problems;
  if (problems.length || report.unrecorded.length) {
    lines.push('', line(['核对清单']), line(['类别', '文件', '行', '单位', '标题', '说明']));
    for (const p of problems) lines.push(line([p.severity === 'error' ? '未计分' : '请核对', p.file, p.line, p.unit, p.title, p.message]));
    for (const d of report.unrecorded) lines.push(line(['未计入', d.file, undefined, undefined, d.title, '没有报送日期和采用记录']));
  }
  lines.push('', line([report.title]), line([`统计期间：${report.period.start.iso} 至 ${report.period.end.iso}`]));
  if (!report.previousRecorded) lines.push(line([`${report.previous.label}没有报送和采用记录，上期排名和变化空缺。`]));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/** An empty ledger for WPS/Excel: the header row (UTF-8 with a BOM). */
export function renderLedgerTemplateCsv(): string {
  return `\uFEFF${line(CSV_LEDGER_HEADER)}\r\n`;
}
