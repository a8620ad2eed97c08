/**
 * The adoption ledger and the 通报 (issue 18), editor-agnostic: no `vscode`, no Node built-ins. The caller finds the
 * drafts and the ledger files and hands over their text; this module reads the records, validates them against the
 * office's scoring table and unit list, scores a period against the one before, and renders the 通报 as text, HTML
 * and CSV (Word in `docx.ts`, loaded on demand through `loadTallyDocx()`).
 */
import type { ResolvedConfig } from '../core/types.js';
import { ledgerSettingsOf, scoringTableOf, findScored, type Problem } from './config.js';
import { localDay, parsePeriod, previousPeriod, type Day, type Period, type PeriodOptions } from './dates.js';
import { readLedger } from './ledger.js';
import { readDraftRecord, type RawItem } from './record.js';
import { buildTallyReport, validateRecords, type TallyReport } from './tally.js';

export * from './points.js';
export * from './dates.js';
export * from './config.js';
export * from './record.js';
export * from './ledger.js';
export * from './tally.js';
export * from './edit.js';
export * from './summary.js';
export { renderTallyText } from './text.js';
export { renderTallyHtml, tallyCsp, type TallyHtmlOptions } from './html.js';
export { renderTallyCsv, renderLedgerTemplateCsv } from './csv.js';
export { tallyParagraphs, scoringDescription, rankText, changeText } from './narrative.js';

/** The Word renderer, loaded on first use (it needs the `docx` package). */
export function loadTallyDocx(): Promise<typeof import('./docx.js')> {
  return import('./docx.js');
}

export interface DraftSource {
  /** Path as shown in messages (relative, forward slashes). */
  file: string;
  /** The draft's text (a leading BOM is dropped). */
  text: string;
  /** The draft's configured unit (`unit` of its .xinxirc), used when its front matter has no 单位. */
  unit?: string;
}

export interface LedgerSource {
  file: string;
  text: string;
}

export interface TallyInput {
  drafts: readonly DraftSource[];
  ledgers: readonly LedgerSource[];
  /** The configuration of the office (the scoring table, units and 通报 settings). */
  config: ResolvedConfig;
  /** The period (default: the month before `today`). */
  period?: Period | PeriodOptions;
  /** Today (default: the local date): the default period, the date of the 通报, warnings about future dates. */
  today?: Day;
  /** The date printed under the 通报 (default today). */
  issuedOn?: Day;
  /** Files that could not be read: listed among the entries not counted. */
  unreadable?: readonly { file: string; message: string; messageEn: string }[];
}

export type TallyOutcome = { ok: true; report: TallyReport } | { ok: false; message: string; messageEn: string };

/** Read every record, validate it and build the 通报 for the period. */
export function tally(input: TallyInput): TallyOutcome {
  const today = input.today ?? localDay();
  const table = scoringTableOf(input.config);
  if (!table.configured) {
    return {
      ok: false,
      message: '没有找到计分办法：请在 .xinxirc 中写 extends: xinxi:preset/采用计分（示例办法），或写出 scoring（报送、刊物、批示、约稿、扣分）和 units（单位名单）。',
      messageEn: 'No scoring table: add `extends: xinxi:preset/采用计分` (the sample table) or a `scoring` section and `units` to .xinxirc.',
    };
  }
  let period: Period;
  if (input.period && 'kind' in input.period) period = input.period;
  else {
    const parsed = parsePeriod((input.period as PeriodOptions | undefined) ?? {}, today);
    if (!parsed.ok) return parsed;
    period = parsed.period;
  }
  const { settings, problems: settingProblems } = ledgerSettingsOf(input.config);
  const raw: RawItem[] = [];
  const problems: Problem[] = [...settingProblems];
  const unrecorded: { file: string; title?: string }[] = [];
  for (const draft of input.drafts) {
    const text = draft.text.charCodeAt(0) === 0xfeff ? draft.text.slice(1) : draft.text;
    const item = readDraftRecord(text, draft.file, { unit: draft.unit ?? input.config.unit });
    if (item) raw.push(item);
    else unrecorded.push({ file: draft.file });
  }
  const isPublication = (name: string) => findScored(table.publications, name) !== undefined;
  for (const ledger of input.ledgers) {
    const read = readLedger(ledger.text, ledger.file, { isPublication });
    raw.push(...read.items);
    problems.push(...read.problems);
  }
  for (const u of input.unreadable ?? []) problems.push({ severity: 'error', file: u.file, message: `无法读取：${u.message}`, messageEn: `Cannot read: ${u.messageEn}` });
  const ledger = validateRecords(raw, table, { today });
  ledger.problems.unshift(...problems);
  const report = buildTallyReport(ledger, {
    period,
    previous: previousPeriod(period),
    issuer: settings.issuer,
    scope: settings.scope,
    category: settings.category,
    to: settings.to,
    title: settings.title,
    issuedOn: input.issuedOn ?? today,
    unrecorded,
  });
  return { ok: true, report };
}
