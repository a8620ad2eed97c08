/**
 * Export of submission-ready text (style guide §4), editor-agnostic: plain text, Word (.docx, GB/T 9704) and
 * bulletin issues. Word output lives in `docx.ts`, which only `loadDocx()` imports, so whoever does not export
 * to Word never loads the `docx` package.
 */
import { emptyConfig } from '../core/config.js';
import { lint } from '../core/engine.js';
import type { LintResult, ResolvedConfig } from '../core/types.js';
import type { Rule } from '../core/rule.js';
import { allRules } from '../index.js';
import { checkGate, gateSetting, type GateResult, type GateSetting } from './gate.js';
import { exportItemOf, type ExportItem } from './text.js';

export * from './text.js';
export * from './gate.js';
export * from './bulletin.js';
export type { DocxOptions } from './docx.js';
export * from './fonts.js';
export { titleLines, titleBreakPoints, TITLE_LINE_CELLS, type BreakPoint } from './title.js';

/** The Word exporter, loaded on first use. */
export function loadDocx(): Promise<typeof import('./docx.js')> {
  return import('./docx.js');
}

export interface PrepareOptions {
  path?: string;
  format?: 'markdown' | 'text';
  config?: ResolvedConfig;
  rules?: readonly Rule[];
  docsUrl?: (ruleId: string) => string;
  /** 「仍然导出」 / --force: export despite error-level problems. */
  force?: boolean;
}

export interface PreparedItem {
  item: ExportItem;
  result: LintResult;
  gate: GateResult;
  setting: GateSetting;
}

/** Lint a draft, decide the gate and build its export model in one pass (one parse). */
export function prepareItem(text: string, options: PrepareOptions = {}): PreparedItem {
  const config = options.config ?? emptyConfig();
  const result = lint(text, {
    path: options.path,
    format: options.format,
    config,
    rules: options.rules ?? allRules,
    docsUrl: options.docsUrl,
  });
  const setting = gateSetting(config);
  const gate = checkGate(result.messages, setting.mode, options.force ?? false);
  const item = exportItemOf(result.draft);
  // The contributing unit (a bulletin's 供稿单位): the draft's 单位, else the configured one.
  if (!item.unit && config.unit) item.unit = config.unit;
  return { item, result, gate, setting };
}
