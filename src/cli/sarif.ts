/**
 * The SARIF 2.1.0 output of `xinxi check --format sarif` (formats.ts holds the other formats and the path helpers this
 * one shares). A module of its own so that node-sarif-builder (and fs-extra, graceful-fs under it) is loaded only for
 * a SARIF run, not at the start of every `xinxi` process.
 */
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import { portablePaths } from '../review/paths.js';
import { ruleName } from '../index.js';
import { fileUri, OUTSIDE, pathScrubber, SARIF_LEVEL, shownFrom, SRCROOT, type CheckedFile, type SarifOptions } from './formats.js';

/** A rule as SARIF describes it: names and descriptions in both languages, its level, where its documentation is. */
function sarifRule(rule: SarifOptions['rules'][number], docsUrl: SarifOptions['docsUrl']): SarifRuleBuilder {
  const name = ruleName(rule.id);
  const docs = docsUrl(rule.id);
  const r = new SarifRuleBuilder().initSimple({
    ruleId: rule.id,
    shortDescriptionText: `${name.zh}：${rule.description.zh}`,
    fullDescriptionText: `${rule.description.zh}\n${rule.description.en}`,
    ...(/^https:\/\//i.test(docs) ? { helpUri: docs } : {}),
  });
  Object.assign(r.rule, {
    name: name.zh,
    help: {
      text: `${name.zh}（${rule.id}）：${rule.description.zh}\n规则说明见 xinxi 安装包中的 rules/${rule.id}.md。\n${name.en}: ${rule.description.en} See rules/${rule.id}.md in the xinxi package.`,
    },
    defaultConfiguration: { level: rule.severity === 'off' ? 'none' : SARIF_LEVEL[rule.severity], enabled: rule.severity !== 'off' },
    properties: { category: rule.category, nameEn: name.en, descriptionEn: rule.description.en, fix: rule.fixable ?? 'none', docs: `rules/${rule.id}.md` },
  });
  return r;
}

/** SARIF 2.1.0 log (one run), built with node-sarif-builder. Columns count Unicode code points. */
export function sarif(files: readonly CheckedFile[], options: SarifOptions): string {
  const builder = new SarifBuilder();
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: 'xinxi',
    toolDriverVersion: options.version,
  });
  for (const rule of options.rules) run.addRule(sarifRule(rule, options.docsUrl));
  const configProblems = options.configProblems ?? [];
  // Files outside the working folder are shown from the last folder they share (not counting config files).
  const paths = portablePaths(files.map((f) => f.file));
  const shown = shownFrom(options.cwd, paths);
  const scrub = pathScrubber([...files.map((f) => f.file), ...files.map((f) => f.path), ...configProblems.map((p) => p.file), options.cwd], shown);
  let outsideUsed = false;
  const notifications: object[] = [];
  for (const f of files) {
    const location = fileUri(f.file, paths);
    if (location.uriBaseId === OUTSIDE) outsideUsed = true;
    if (f.problem) {
      notifications.push({
        level: 'error',
        message: { text: `${paths.shown(f.file)}：${scrub(f.problem)}` },
        locations: [{ physicalLocation: { artifactLocation: location } }],
        properties: { messageEn: scrub(f.problemEn ?? f.problem) },
      });
      continue;
    }
    for (const m of f.messages) {
      const result = new SarifResultBuilder().initSimple({
        level: SARIF_LEVEL[m.severity],
        messageText: m.message,
        ruleId: m.ruleId,
        fileUri: location.uri,
        startLine: m.line,
        startColumn: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
      });
      (result.result.locations![0]!.physicalLocation!.artifactLocation as { uriBaseId?: string }).uriBaseId = location.uriBaseId;
      result.result.properties = { ruleName: ruleName(m.ruleId).zh, messageEn: m.messageEn, fixable: m.fixable };
      run.addResult(result);
    }
  }
  const configNotifications = configProblems.map((p) => ({
    level: 'warning',
    message: { text: `${shown(p.file)}${p.key ? `（${p.key}）` : ''}：${scrub(p.message)}` },
    properties: { messageEn: scrub(p.messageEn) },
  }));
  Object.assign(run.run, {
    columnKind: 'unicodeCodePoints',
    // The bases are named, not located: their paths on the checking machine stay out of the log.
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: '检查时的工作文件夹（不写出本机路径）。The working folder of the check (its path is not written).' } },
      ...(outsideUsed
        ? { [OUTSIDE]: { description: { text: '工作文件夹之外、被检查文件共同所在的文件夹（不写出本机路径）。The folder shared by the checked files outside the working folder (its path is not written).' } } }
        : {}),
    },
    invocations: [
      {
        executionSuccessful: notifications.length === 0,
        ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
        ...(configNotifications.length ? { toolConfigurationNotifications: configNotifications } : {}),
      },
    ],
  });
  builder.addRun(run);
  const log = builder.buildSarifOutput() as unknown as { $schema: string };
  log.$schema = 'https://json.schemastore.org/sarif-2.1.0.json';
  return `${JSON.stringify(log, null, 2)}\n`;
}
