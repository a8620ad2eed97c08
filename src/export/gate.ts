/**
 * The export gate: a draft with error-level problems is not exported unless the writer insists
 * (「仍然导出」 in the editor, `--force` on the command line). Teams can make the gate warn only:
 *
 *   export:
 *     gate: warn        # error（默认，有错误时拒绝导出）| warn（只提醒，照常导出）
 */
import type { LintMessage, ResolvedConfig } from '../core/types.js';

export type GateMode = 'error' | 'warn';

const GATE_WORDS: Record<string, GateMode> = {
  error: 'error',
  错误: 'error',
  拒绝: 'error',
  block: 'error',
  warn: 'warn',
  warning: 'warn',
  警告: 'warn',
  提醒: 'warn',
  提示: 'warn',
};

export interface GateSetting {
  mode: GateMode;
  /** Set when the configured value was not understood (the default applies). */
  problem?: { message: string; messageEn: string };
}

/** `export.gate` from the configuration (`error` when absent or not understood). */
export function gateSetting(config: Pick<ResolvedConfig, 'export'> | undefined): GateSetting {
  const value = config?.export?.gate ?? config?.export?.['门槛'];
  if (value === undefined || value === null) return { mode: 'error' };
  const mode = typeof value === 'string' ? GATE_WORDS[value.trim().toLowerCase()] : undefined;
  if (mode) return { mode };
  return {
    mode: 'error',
    problem: {
      message: `配置项 export.gate 的值“${String(value)}”无效，应为 error 或 warn，已按 error 处理。`,
      messageEn: `export.gate must be error or warn (got “${String(value)}”); using error.`,
    },
  };
}

export interface GateResult {
  /** True when the export may go ahead. */
  pass: boolean;
  /** True when there are error-level problems (whether or not they block). */
  hasErrors: boolean;
  mode: GateMode;
  /** True when the export goes ahead only because it was forced. */
  forced: boolean;
  errors: LintMessage[];
}

/** Decide whether a draft with these lint messages may be exported. */
export function checkGate(messages: readonly LintMessage[], mode: GateMode = 'error', force = false): GateResult {
  const errors = messages.filter((m) => m.severity === 'error');
  const hasErrors = errors.length > 0;
  const pass = !hasErrors || mode === 'warn' || force;
  return { pass, hasErrors, mode, forced: hasErrors && mode === 'error' && force, errors };
}

/** “第3行第5列　缺少标题（title-required）” for each error (the first `limit`, then how many more). */
export function describeErrors(errors: readonly LintMessage[], limit = Infinity): string[] {
  const lines = errors.slice(0, limit).map((m) => `第${m.line}行第${m.column}列　${m.message}（${m.ruleId}）`);
  const fixable = errors.filter((m) => m.fixes.some((f) => f.safe)).length;
  if (errors.length > limit) lines.push(`……另有 ${errors.length - limit} 个，运行 xinxi check 查看全部`);
  if (fixable) lines.push(`其中 ${fixable} 个可用 xinxi fix 自动修复`);
  return lines;
}
