/**
 * VS Code settings (`xinxi.*`) turned into config overrides for the engine.
 */
import * as vscode from 'vscode';
import type { RawConfig } from '../core/config.js';
import { normalizeKind } from '../index.js';

export interface ExtensionSettings {
  run: 'onType' | 'onSave';
  files: string[];
  language: 'auto' | 'zh-cn' | 'en';
  maxFileSize: number;
  /** Milliseconds to wait after a keystroke, or undefined for the automatic delay (see DraftLinter.delayFor). */
  delay: number | undefined;
  overrides: RawConfig;
}

export function readSettings(scope?: vscode.ConfigurationScope): ExtensionSettings {
  const c = vscode.workspace.getConfiguration('xinxi', scope);
  const overrides: RawConfig = {};
  const rules = c.get<Record<string, unknown>>('rules') ?? {};
  if (Object.keys(rules).length) overrides.rules = { ...rules };
  const budgets = c.get<Record<string, number>>('budgets') ?? {};
  const kinds: Record<string, { rules: Record<string, unknown> }> = {};
  for (const [name, warn] of Object.entries(budgets)) {
    if (typeof warn === 'number' && normalizeKind(name)) kinds[name] = { rules: { 'body-length': { warn } } };
  }
  if (Object.keys(kinds).length) overrides.kinds = kinds;
  const unit = c.get<string>('unit')?.trim();
  if (unit) overrides.unit = unit;
  const script = c.get<string>('script');
  if (script === 'simplified' || script === 'traditional') overrides.script = script;
  // Only a gate the user or workspace actually set overrides a team's `.xinxirc` (`export: { gate: warn }`).
  const gateSetting = c.inspect<string>('export.gate');
  const gate = gateSetting?.workspaceFolderValue ?? gateSetting?.workspaceValue ?? gateSetting?.globalValue;
  if (gate) overrides.export = { gate };
  return {
    run: c.get<'onType' | 'onSave'>('run') ?? 'onType',
    files: c.get<string[]>('files') ?? [],
    language: c.get<'auto' | 'zh-cn' | 'en'>('language') ?? 'auto',
    maxFileSize: c.get<number>('maxFileSize') ?? 200_000,
    delay: typeof c.get('delay') === 'number' ? Math.max(0, Math.min(5000, c.get<number>('delay')!)) : undefined,
    overrides,
  };
}

/** Whether rule messages should be shown in Chinese. */
export function useChinese(settings: ExtensionSettings): boolean {
  if (settings.language === 'zh-cn') return true;
  if (settings.language === 'en') return false;
  return vscode.env.language.toLowerCase().startsWith('zh');
}
