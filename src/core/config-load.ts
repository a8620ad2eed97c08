/**
 * Config discovery over any file system: the nearest `.xinxirc.json` / `.xinxirc.yaml` / `.xinxirc.yml` /
 * `.xinxirc` upward from the draft, its `extends` chain, then caller overrides. The host supplies file access, so
 * the same code serves the CLI (node:fs), the desktop extension and the web extension (vscode.workspace.fs).
 */
import { configFromOverrides, emptyConfig, mergeConfig, parseConfigText, validateConfig, type RawConfig } from './config.js';
import { builtinPreset, PRESET_NAMES } from './presets.js';
import type { ConfigProblem, ResolvedConfig, RuleModule } from './types.js';

export const CONFIG_NAMES = ['.xinxirc.json', '.xinxirc.yaml', '.xinxirc.yml', '.xinxirc'];

/** File access for config discovery. Paths are opaque strings the host understands (fs paths or URI strings). */
export interface ConfigHost {
  /** File text, or undefined when there is no such file. Throws with a `code` for other read errors. */
  read(path: string): Promise<string | undefined>;
  dirname(path: string): string;
  join(dir: string, name: string): string;
  /** Resolve `target` (relative or absolute) against the folder `dir`. */
  resolve(dir: string, target: string): string;
}

export interface LoaderOptions {
  /** Overrides on top of the files (VS Code settings, CLI flags). */
  overrides?: RawConfig;
  /** Do not look above this folder. */
  stopAt?: string;
  /** When given, `extends` targets for which this returns false are refused (restricted mode). */
  allowPath?: (path: string) => boolean;
}

export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<string | undefined>>();
  private readonly byFile = new Map<string, Promise<ResolvedConfig>>();
  /** The merged result per nearest config file: every draft under it shares one object (and the engine's caches). */
  private readonly merged = new Map<string, Promise<ResolvedConfig>>();
  private readonly rules: Map<string, RuleModule>;

  constructor(
    rules: readonly RuleModule[],
    private readonly host: ConfigHost,
    private options: LoaderOptions = {},
  ) {
    this.rules = new Map(rules.map((r) => [r.id, r]));
  }

  /** Forget cached files (after a config file changed) and optionally take new options. */
  clear(options?: LoaderOptions): void {
    this.byDir.clear();
    this.byFile.clear();
    this.merged.clear();
    if (options) this.options = options;
  }

  /** Path of the nearest config file for a folder, or undefined. */
  findConfigFile(dir: string): Promise<string | undefined> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = this.search(dir);
      this.byDir.set(dir, found);
    }
    return found;
  }

  private async search(dir: string): Promise<string | undefined> {
    for (const name of CONFIG_NAMES) {
      const path = this.host.join(dir, name);
      const text = await this.host.read(path).catch(() => undefined);
      if (text !== undefined) return path;
    }
    const parent = this.host.dirname(dir);
    if (parent === dir || (this.options.stopAt !== undefined && this.options.stopAt === dir)) return undefined;
    return this.findConfigFile(parent);
  }

  /** The configuration for a draft at `path` (it need not exist). */
  async forFile(path: string): Promise<ResolvedConfig> {
    const file = await this.findConfigFile(this.host.dirname(path));
    const key = file ?? '';
    let merged = this.merged.get(key);
    if (!merged) {
      merged = (async () => {
        const base = file ? await this.loadCached(file) : emptyConfig();
        const result = mergeConfig(base, configFromOverrides(this.options.overrides, this.rules));
        if (file) result.root = this.host.dirname(file);
        return result;
      })();
      this.merged.set(key, merged);
    }
    return merged;
  }

  private loadCached(file: string): Promise<ResolvedConfig> {
    let config = this.byFile.get(file);
    if (!config) {
      config = this.load(file, []);
      this.byFile.set(file, config);
    }
    return config;
  }

  /** Load one config file with its `extends` chain; `seen` detects loops. */
  async load(file: string, seen: string[]): Promise<ResolvedConfig> {
    let text: string | undefined;
    try {
      text = await this.host.read(file);
    } catch (error) {
      const code = (error as { code?: string }).code ?? String(error);
      const config = emptyConfig();
      config.problems.push({ file, message: `无法读取配置文件：${code}。`, messageEn: `Cannot read the configuration file: ${code}.` });
      return config;
    }
    if (text === undefined) {
      const config = emptyConfig();
      config.problems.push({ file, message: '配置文件不存在。', messageEn: 'The configuration file does not exist.' });
      return config;
    }
    const { data, problem } = parseConfigText(text, file);
    if (!data) {
      const config = emptyConfig();
      config.files = [file];
      if (problem) config.problems.push(problem);
      return config;
    }
    let base = emptyConfig();
    const problems: ConfigProblem[] = [];
    const targets = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    for (const target of targets) {
      const say = (message: string, messageEn: string) => problems.push({ file, key: 'extends', message, messageEn });
      if (typeof target !== 'string' || !target.trim()) {
        say('“extends”应为配置文件路径（或路径列表）。', '"extends" must be a file path or a list of paths.');
        continue;
      }
      const preset = builtinPreset(target);
      if (preset) {
        if ('unknown' in preset) say(`没有内置配置“${target}”，可用：${PRESET_NAMES.join('、')}。`, `There is no built-in configuration "${target}"; available: ${PRESET_NAMES.join(', ')}.`);
        else base = mergeConfig(base, { ...validateConfig(preset.data, preset.file, this.rules), files: [] });
        continue;
      }
      const path = this.host.resolve(this.host.dirname(file), target);
      if (this.options.allowPath && !this.options.allowPath(path)) {
        say(`受限模式下不读取工作区以外的配置“${target}”。`, `In restricted mode, configuration outside the workspace ("${target}") is not read.`);
        continue;
      }
      if ([...seen, file].includes(path)) {
        say(`“extends”形成循环引用：${target}，已跳过。`, `"extends" forms a loop: ${target}; skipped.`);
        continue;
      }
      const exists = await this.host.read(path).then((t) => t !== undefined).catch(() => true);
      if (!exists) {
        say(`“extends”指向的文件不存在：${target}。`, `The file named by "extends" does not exist: ${target}.`);
        continue;
      }
      base = mergeConfig(base, await this.load(path, [...seen, file]));
    }
    const own = validateConfig(data, file, this.rules);
    own.problems.unshift(...problems);
    return mergeConfig(base, own);
  }
}
