/**
 * Review of a folder of drafts: the report model and its HTML and CSV renderers. Editor-agnostic (no
 * `vscode`, no Node built-ins): the CLI's `--report` and the extension's workspace check both use it.
 */
export * from './report.js';
export { renderReportHtml, reportCsp, escapeHtml, safeHref, type HtmlOptions } from './html.js';
export { renderReportCsv, csvCell, CSV_HEADER, type CsvOptions } from './csv.js';
export { portablePaths, checkedFolders, isAbsolutePath, type PortablePaths } from './paths.js';
