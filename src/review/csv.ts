/**
 * The review report as CSV (UTF-8 with a BOM so that Excel and WPS open the Chinese correctly), one row per
 * draft and a final totals row. Cells that a spreadsheet would run as a formula are prefixed with `'`.
 */
import { kindName, ruleLabel } from '../index.js';
import { STATUS_LABELS, type ReviewReport, type RuleCount } from './report.js';

export interface CsvOptions {
  /** Start with a UTF-8 BOM (default true: Excel needs it to read UTF-8). */
  bom?: boolean;
}

export const CSV_HEADER = [
  '文件 File',
  '标题 Title',
  '类型 Kind',
  '单位 Unit',
  '正文字数 Body chars',
  '篇幅 Budget',
  '段落 Paragraphs',
  '错误 Errors',
  '警告 Warnings',
  '提示 Infos',
  '主要问题 Top rules',
  '结论 Verdict',
  '说明 Note',
];

/** One CSV field: quoted when needed; text that starts like a formula is neutralised. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** “全角标点（fullwidth-punctuation）×2；自称（self-reference）×1” */
function topRulesCell(rules: readonly Pick<RuleCount, 'ruleId' | 'count'>[]): string {
  return rules.map((t) => `${ruleLabel(t.ruleId)}×${t.count}`).join('；');
}

export function renderReportCsv(report: ReviewReport, options: CsvOptions = {}): string {
  const lines = [CSV_HEADER.map(csvCell).join(',')];
  for (const r of report.rows) {
    lines.push(
      [
        r.file,
        r.title,
        r.kind && kindName(r.kind),
        r.unit,
        r.bodyChars,
        r.budget,
        r.paragraphs,
        r.problem ? undefined : r.errors,
        r.problem ? undefined : r.warnings,
        r.problem ? undefined : r.infos,
        topRulesCell(r.topRules),
        STATUS_LABELS[r.status].zh,
        r.problem ? `无法检查：${r.problem}` : r.overBudget ? '超出篇幅' : undefined,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  const t = report.totals;
  lines.push(
    [
      `合计 Total：${t.drafts} 篇`,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      t.errors,
      t.warnings,
      t.infos,
      topRulesCell(report.byRule.slice(0, 3).map((s) => ({ ruleId: s.ruleId, count: s.total }))),
      `${t.ready} 篇可报送${t.readyWithWarnings ? `（其中 ${t.readyWithWarnings} 篇有警告）` : ''}`,
      t.unreadable ? `${t.unreadable} 篇无法检查` : undefined,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
