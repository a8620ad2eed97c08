/**
 * Config discovery on disk (Node only): the nearest `.xinxirc.json` / `.xinxirc.yaml` / `.xinxirc.yml` /
 * `.xinxirc` upward from the draft, its `extends` chain, then caller overrides. Cached per folder.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { configFromOverrides, emptyConfig, mergeConfig, parseConfigText, validateConfig, type RawConfig } from './config.js';
import type { ConfigProblem, ResolvedConfig, RuleModule } from './types.js';

export const CONFIG_NAMES = ['.xinxirc.json', '.xinxirc.yaml', '.xinxirc.yml', '.xinxirc'];

export interface LoaderOptions {
  /** Overrides on top of the files (VS Code settings, CLI flags). */
  overrides?: RawConfig;
  /** Do not look above this folder. */
  stopAt?: string;
  /** When given, `extends` targets for which this returns false are refused (restricted mode). */
  allowPath?: (path: string) => boolean;
}

export class ConfigLoader {
  private readonly byDir = new Map<string, string | null>();
  private readonly byFile = new Map<string, ResolvedConfig>();
  private readonly rules: Map<string, RuleModule>;

  constructor(
    rules: readonly RuleModule[],
    private readonly options: LoaderOptions = {},
  ) {
    this.rules = new Map(rules.map((r) => [r.id, r]));
  }

  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  /** Path of the nearest config file for a folder, or undefined. */
  findConfigFile(dir: string): string | undefined {
    const chain: string[] = [];
    let current = resolve(dir);
    let found: string | null | undefined;
    for (;;) {
      if (this.byDir.has(current)) {
        found = this.byDir.get(current);
        break;
      }
      chain.push(current);
      const hit = CONFIG_NAMES.map((n) => join(current, n)).find((p) => isFile(p));
      if (hit) {
        found = hit;
        break;
      }
      const parent = dirname(current);
      if (parent === current || (this.options.stopAt && resolve(this.options.stopAt) === current)) {
        found = null;
        break;
      }
      current = parent;
    }
    for (const d of chain) this.byDir.set(d, found ?? null);
    return found ?? undefined;
  }

  /** The configuration for a draft at `path` (a file path; it need not exist). */
  forFile(path: string): ResolvedConfig {
    const file = this.findConfigFile(dirname(resolve(path)));
    const base = file ? this.load(file, []) : emptyConfig();
    const over = configFromOverrides(this.options.overrides, this.rules);
    const merged = mergeConfig(base, over);
    if (file) merged.root = dirname(file);
    return merged;
  }

  /** Load one config file with its `extends` chain. `seen` detects loops. */
  load(file: string, seen: string[]): ResolvedConfig {
    const key = resolve(file);
    const cached = this.byFile.get(key);
    if (cached && seen.length === 0) return cached;
    let text: string;
    try {
      text = readFileSync(key, 'utf8');
    } catch (error) {
      const config = emptyConfig();
      config.problems.push({
        file: key,
        message: `无法读取配置文件：${(error as NodeJS.ErrnoException).code ?? String(error)}。`,
        messageEn: `Cannot read the configuration file: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
      });
      return config;
    }
    const { data, problem } = parseConfigText(text, key);
    if (!data) {
      const config = emptyConfig();
      config.files = [key];
      if (problem) config.problems.push(problem);
      return config;
    }
    let base = emptyConfig();
    const problems: ConfigProblem[] = [];
    const targets = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    for (const target of targets) {
      if (typeof target !== 'string' || !target.trim()) {
        problems.push({ file: key, key: 'extends', message: '“extends”应为配置文件路径（或路径列表）。', messageEn: '"extends" must be a file path or a list of paths.' });
        continue;
      }
      const path = isAbsolute(target) ? target : resolve(dirname(key), target);
      if (this.options.allowPath && !this.options.allowPath(path)) {
        problems.push({
          file: key,
          key: 'extends',
          message: `受限模式下不读取工作区以外的配置“${target}”。`,
          messageEn: `In restricted mode, configuration outside the workspace ("${target}") is not read.`,
        });
        continue;
      }
      if ([...seen, key].includes(path)) {
        problems.push({ file: key, key: 'extends', message: `“extends”形成循环引用：${target}，已跳过。`, messageEn: `"extends" forms a loop: ${target}; skipped.` });
        continue;
      }
      if (!isFile(path)) {
        problems.push({ file: key, key: 'extends', message: `“extends”指向的文件不存在：${target}。`, messageEn: `The file named by "extends" does not exist: ${target}.` });
        continue;
      }
      base = mergeConfig(base, this.load(path, [...seen, key]));
    }
    const own = validateConfig(data, key, this.rules);
    own.problems.unshift(...problems);
    const merged = mergeConfig(base, own);
    if (seen.length === 0) this.byFile.set(key, merged);
    return merged;
  }
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}
