/**
 * The office's ledger for items it keeps no draft of: `.xinxi/ledger.yaml`, or `.xinxi/ledger.csv` kept in WPS or
 * Excel (UTF-8 with a BOM when this tool writes it; GBK files as WPS saves them are decoded by the caller).
 *
 * CSV: one row per item, Chinese headers (English aliases accepted):
 *
 *   单位,标题,报送日期,采用,批示,约稿,扣分,备注
 *   清河县应急管理局,清河县开展……,2026-11-03,《昨日要情》2026-11-05 第213期；《报省信息》2026-11-12,市 张三 2026-11-08,是,,
 *
 * A column may also be named after a configured publication (《昨日要情》): its cell holds the adoption date (and
 * issue), or 是/✓ when the date is not known. Several entries in one cell are separated by ；. A row with 扣分 and no
 * 报送日期 records a penalty only (漏报: nothing was submitted).
 */
import type { Problem } from './config.js';
import { adoptionFromText, instructionFromText, issueOf, penaltyFromText, readLedgerYaml, splitEntries, type RawAdoption, type RawItem } from './record.js';
import { DATE_IN_TEXT } from './dates.js';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

/** RFC 4180 CSV: quoted fields with "" escapes and line breaks, CRLF or LF, a leading BOM dropped. */
export function parseCsv(text: string): CsvRecord[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let any = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (any || cells.some((c) => c !== '')) records.push({ line: start, cells });
    cells = [];
    any = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      any = true;
    } else if (c === ',') {
      endCell();
      any = true;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) endRecord();
  return records;
}

type Field = 'unit' | 'title' | 'submitted' | 'adopted' | 'instructions' | 'commissioned' | 'penalties' | 'ignored';

const HEADERS: Record<Exclude<Field, 'ignored'>, string[]> = {
  unit: ['单位', '报送单位', '单位名称', 'unit'],
  title: ['标题', '信息标题', 'title'],
  submitted: ['报送日期', '报送时间', 'submitted'],
  adopted: ['采用', '采用情况', 'adopted'],
  instructions: ['批示', '领导批示', 'instructions'],
  commissioned: ['约稿', 'commissioned'],
  penalties: ['扣分', 'penalties'],
};
const IGNORED = ['备注', '序号', '说明', 'note', 'no', '#'];

export const CSV_LEDGER_HEADER = ['单位', '标题', '报送日期', '采用', '批示', '约稿', '扣分', '备注'];

function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

function fieldOf(header: string): Field | undefined {
  const k = headerKey(header);
  for (const [field, names] of Object.entries(HEADERS) as [Exclude<Field, 'ignored'>, string[]][]) {
    if (names.some((n) => headerKey(n) === k)) return field;
  }
  if (IGNORED.some((n) => headerKey(n) === k)) return 'ignored';
  return undefined;
}

const YES = /^(?:是|有|已采用|采用|✓|√|✔|y|yes|true|1)$/iu;

/** A per-publication cell: dates (and issues), or a mark without a date. */
function publicationCell(publication: string, text: string, line: number): RawAdoption[] {
  const out: RawAdoption[] = [];
  for (const part of splitEntries(text)) {
    if (YES.test(part)) {
      out.push({ publication, line });
      continue;
    }
    const m = DATE_IN_TEXT.exec(part);
    const rest = m ? (part.slice(0, m.index) + ' ' + part.slice(m.index + m[0].length)).trim() : part;
    out.push({ publication, date: m ? m[0] : part, issue: rest && m ? issueOf(rest) : undefined, line });
  }
  return out;
}

export interface LedgerReadOptions {
  /** Is a column header the name of a configured publication? */
  isPublication?: (name: string) => boolean;
}

/** A ledger column: a field of the record, or a publication (its cells are adoption dates). */
type LedgerColumn = { field?: Field; publication?: string };

/** The columns the header names; a warning for an unknown column, an error for a missing required one. */
function ledgerColumns(header: CsvRecord, file: string, options: LedgerReadOptions, problems: Problem[]): LedgerColumn[] {
  const columns: LedgerColumn[] = header.cells.map((cell) => {
    const name = cell.trim();
    if (!name) return {};
    const field = fieldOf(name);
    if (field) return { field };
    if (options.isPublication?.(name) || /^[《〈<]/u.test(name)) return { publication: name };
    problems.push({
      severity: 'warning',
      file,
      line: header.line,
      message: `台账表头“${name}”无法识别，该列已忽略；表头可写 ${CSV_LEDGER_HEADER.join('、')}，或已配置的刊物名称。`,
      messageEn: `The ledger column "${name}" is not known and was ignored.`,
    });
    return {};
  });
  for (const required of ['unit', 'title', 'submitted'] as const) {
    if (!columns.some((c) => c.field === required)) {
      problems.push({
        severity: 'error',
        file,
        line: header.line,
        message: `台账第一行（表头）缺少“${HEADERS[required][0]}”列；请检查表头是否为 ${CSV_LEDGER_HEADER.join('、')}。`,
        messageEn: `The ledger's header row has no "${HEADERS[required][0]}" column.`,
      });
    }
  }
  return columns;
}

/** One row of the ledger (not blank) as a raw record; its problems carry its unit and title. */
function ledgerRow(record: CsvRecord, header: CsvRecord, columns: readonly LedgerColumn[], file: string): RawItem {
  const item: RawItem = { source: 'ledger', file, line: record.line, adoptions: [], instructions: [], penalties: [], problems: [], hasRecord: true };
  const line = record.line;
  if (record.cells.length > header.cells.length && record.cells.slice(header.cells.length).some((c) => c.trim())) {
    item.problems.push({
      severity: 'warning',
      file,
      line,
      message: `这一行比表头多出 ${record.cells.length - header.cells.length} 列，多出的内容已忽略（单元格里的逗号要放在引号中）。`,
      messageEn: 'This row has more cells than the header; the extra cells were ignored.',
    });
  }
  columns.forEach((col, i) => {
    const value = (record.cells[i] ?? '').trim();
    if (!value) return;
    if (col.publication) {
      item.adoptions.push(...publicationCell(col.publication, value, line));
      return;
    }
    switch (col.field) {
      case 'unit':
        item.unit = value;
        item.unitLine = line;
        break;
      case 'title':
        item.title = value;
        break;
      case 'submitted':
        item.submitted = value;
        item.submittedLine = line;
        item.submittedFrom = header.cells[i]!.trim();
        break;
      case 'adopted':
        for (const part of splitEntries(value)) item.adoptions.push(adoptionFromText(part, line));
        break;
      case 'instructions':
        for (const part of splitEntries(value)) item.instructions.push(instructionFromText(part, line));
        break;
      case 'penalties':
        for (const part of splitEntries(value)) item.penalties.push(penaltyFromText(part, line));
        break;
      case 'commissioned':
        item.commissioned = value;
        item.commissionedLine = line;
        break;
      default:
    }
  });
  for (const p of item.problems) {
    p.unit = item.unit;
    p.title = item.title;
  }
  return item;
}

export function readLedgerCsv(text: string, file: string, options: LedgerReadOptions = {}): { items: RawItem[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const records = parseCsv(text);
  if (records.length === 0) return { items: [], problems };
  const header = records[0]!;
  const columns = ledgerColumns(header, file, options, problems);
  if (problems.some((p) => p.severity === 'error')) return { items: [], problems };
  const items: RawItem[] = [];
  for (const record of records.slice(1)) {
    if (record.cells.every((c) => c.trim() === '')) continue;
    items.push(ledgerRow(record, header, columns, file));
  }
  return { items, problems };
}

/** Read a ledger file by its name: .csv, else YAML. */
export function readLedger(text: string, file: string, options: LedgerReadOptions = {}): { items: RawItem[]; problems: Problem[] } {
  return /\.csv$/i.test(file) ? readLedgerCsv(text, file, options) : readLedgerYaml(text, file);
}
