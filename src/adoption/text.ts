/**
 * The 通报 as plain text: for a quick look in a terminal, for pasting into a mail, and as the office's working copy
 * (every entry not counted and every warning, with its file and line).
 */
import { tallyDocument, rankingColumns, adoptionText, problemBrief, problemPlace, problemSubject } from './narrative.js';
import type { TallyReport } from './tally.js';

const INDENT = '\u3000\u3000';

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** A table with columns padded to their widest cell. */
export function textTable(head: string[], rows: string[][], numeric: boolean[]): string[] {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, numeric[i]!)).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function renderTallyText(report: TallyReport): string {
  const out: string[] = [report.title, ''];
  for (const block of tallyDocument(report)) {
    switch (block.type) {
      case 'to':
        out.push(block.text);
        break;
      case 'p':
        out.push(INDENT + block.text);
        break;
      case 'note':
        out.push(block.text);
        break;
      case 'heading':
        out.push(INDENT + block.text);
        break;
      case 'ranking': {
        // The narrow columns of the Word table: a terminal is rarely wider than 120 characters.
        const cols = rankingColumns(report, { compact: true });
        const rows = report.rows.map((r) => cols.map((c) => c.cell(r).replace(/\n/g, ' ')));
        rows.push(cols.map((c) => c.total ?? ''));
        out.push('', ...textTable(cols.map((c) => c.short ?? c.zh), rows, cols.map((c) => c.numeric)), '');
        break;
      }
      case 'adopted':
        report.adopted.forEach((e, i) => out.push(`${INDENT}${i + 1}. ${e.unit}：${e.title}（${adoptionText(e, report)}）`));
        break;
      case 'problems':
        for (const p of report.problems.filter((x) => x.severity === 'error')) out.push(`${INDENT}${problemSubject(p) || problemPlace(p)}：${problemBrief(p)}。`);
        break;
      case 'signature':
        out.push('', ...(block.issuer ? [block.issuer] : []), block.date);
        break;
    }
  }
  // The office's working notes: not part of the 通报 sent out.
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length || warnings.length || report.unrecorded.length) {
    out.push('', '——以下为核对清单，不属于通报正文——');
    if (errors.length) {
      out.push(`未计分的记录（${errors.length} 条）：`);
      for (const p of errors) out.push(`  ${problemPlace(p)}：${problemSubject(p)}${problemSubject(p) ? ' ' : ''}${p.message}`);
    }
    if (warnings.length) {
      out.push(`请核对（${warnings.length} 条，已计分）：`);
      for (const p of warnings) out.push(`  ${problemPlace(p)}：${problemSubject(p)}${problemSubject(p) ? ' ' : ''}${p.message}`);
    }
    if (report.unrecorded.length) {
      out.push(`没有报送日期和采用记录的稿件（${report.unrecorded.length} 篇，未计入）：`);
      for (const d of report.unrecorded) out.push(`  ${d.file}`);
    }
  }
  return `${out.join('\n')}\n`;
}
