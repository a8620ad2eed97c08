/**
 * Config discovery over any file system: the nearest `.xinxirc.json` / `.xinxirc.yaml` / `.xinxirc.yml` /
 * `.xinxirc` upward from the draft, its `extends` chain, then caller overrides. The host supplies file access, so
 * the same code serves the CLI (node:fs), the desktop extension and the web extension (vscode.workspace.fs).
 *
 * A repository's configuration is input like any other (issue 20 §6, §9): each file is read and parsed once per
 * resolver (one CLI run, or until the editor's next `clear()`), every file of an `extends` graph is merged once (a
 * file extended eight times by each of six files is still six files), the graph is capped in depth and in size with
 * a message naming the file that broke the cap, and network (UNC) paths are never opened.
 *
 * It also holds the one definition of a draft that the editor and the CLI share (`isDraft`).
 */
import { configFromOverrides, emptyConfig, mergeConfig, parseConfigText, validateConfig } from './config.js';
import type { RawConfig } from './config.js';
import { describeFileError } from './fs-errors.js';
import { builtinPreset, PRESET_NAMES } from './presets.js';
import type { Rule } from './rule.js';
import type { ConfigProblem, ResolvedConfig } from './types.js';

export const CONFIG_NAMES = ['.xinxirc.json', '.xinxirc.yaml', '.xinxirc.yml', '.xinxirc'];

/** At most this many files in one `extends` chain (the config file itself counts). */
export const MAX_EXTENDS_DEPTH = 10;
/** At most this many distinct files in one configuration (the config file and everything it extends). */
export const MAX_EXTENDS_FILES = 50;

/** File access for config discovery. Paths are opaque strings the host understands (fs paths or URI strings). */
export interface ConfigHost {
  /**
   * File text, or undefined when there is no such file. Throws for other read errors (with a `code`, or a
   * Chinese `message` and `messageEn` as the CLI's safe reader does: too large, not a regular file, …).
   */
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

// ---------------------------------------------------------------------------------------------------------------
// What is a draft (the editor and the CLI)

const FRONT_MATTER_KIND = /^\uFEFF?---[ \t]*\r?\n(?:(?!---)[^\n]*\n)*?[ \t]*(?:类型|type|kind)[ \t]*:/u;

/** Does the front matter at the start of `text` name a kind (类型/type/kind)? Looks at the first 4000 characters. */
export function hasKindFrontMatter(text: string): boolean {
  return FRONT_MATTER_KIND.test(text.slice(0, 4000));
}

/** Team templates (`.xinxi/templates/`) are full of fields on purpose: they are never drafts. */
export function isTemplatePath(path: string): boolean {
  return /(?:^|[\\/])\.xinxi[\\/]templates[\\/]/.test(path);
}

/** What is known about a file when deciding whether it is a draft. */
export interface DraftEvidence {
  /** The configured file patterns name it (`xinxi.files`): a draft whatever its content. */
  byPattern?: boolean;
  /** The user marked it as a draft (the editor's “treat as draft” command). */
  marked?: boolean;
  /** The start of its text (a few KB is enough), or a function that reads it when needed. */
  head?: string | (() => string | undefined);
  /** An unsaved editor document: it has no folder, so no config file applies. */
  untitled?: boolean;
}

/** An `extends` target that names a network share (`//host/share/x.yaml`, `\\host\share\x.yaml`, `\\?\UNC\…`). */
export function isNetworkPath(target: string): boolean {
  return /^[\\/]{2}/.test(target.trim()) || /^file:[\\/]{2}[^\\/]/i.test(target.trim());
}

// ---------------------------------------------------------------------------------------------------------------

type ReadOutcome = { text: string } | { missing: true } | { error: { message: string; messageEn: string } };

interface ParsedFile {
  /** False when the file does not exist. */
  exists: boolean;
  /** The file's own settings, validated (its problems included), without its `extends`. */
  own: ResolvedConfig;
  /** The raw `extends` entries. */
  targets: unknown[];
}

export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<string | undefined>>();
  /** Each file's text, read once. */
  private readonly texts = new Map<string, Promise<ReadOutcome>>();
  /** Each file parsed and validated once. */
  private readonly parsed = new Map<string, Promise<ParsedFile>>();
  /** The configuration of each config file with its `extends` graph. */
  private readonly byFile = new Map<string, Promise<ResolvedConfig>>();
  /** The merged result per nearest config file: every draft under it shares one object (and the engine's caches). */
  private readonly merged = new Map<string, Promise<ResolvedConfig>>();
  private readonly rules: ReadonlyMap<string, Rule>;

  constructor(
    rules: readonly Rule[],
    private readonly host: ConfigHost,
    private options: LoaderOptions = {},
  ) {
    this.rules = new Map(rules.map((r) => [r.id, r]));
  }

  /** Forget cached files (after a config file changed) and optionally take new options. */
  clear(options?: LoaderOptions): void {
    this.byDir.clear();
    this.texts.clear();
    this.parsed.clear();
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
      // A config file that exists but cannot be read (too large, a FIFO, no permission) is still the nearest one:
      // its problem is reported, rather than silently using a file further up.
      if (!('missing' in (await this.readText(path)))) return path;
    }
    const parent = this.host.dirname(dir);
    if (parent === dir || (this.options.stopAt !== undefined && this.options.stopAt === dir)) return undefined;
    return this.findConfigFile(parent);
  }

  /**
   * Is the file at `path` a draft? The one definition the editor and the CLI share: a file the configured patterns
   * name or the user marked; otherwise not a team template, and either under a folder (or ancestor) with a config
   * file, or with front matter naming a kind (类型/type).
   */
  async isDraft(path: string, evidence: DraftEvidence = {}): Promise<boolean> {
    if (evidence.byPattern || evidence.marked) return true;
    if (isTemplatePath(path)) return false;
    if (!evidence.untitled && (await this.findConfigFile(this.host.dirname(path))) !== undefined) return true;
    const head = typeof evidence.head === 'function' ? evidence.head() : evidence.head;
    return head !== undefined && hasKindFrontMatter(head);
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
      config = this.load(file);
      this.byFile.set(file, config);
    }
    return config;
  }

  private readText(path: string): Promise<ReadOutcome> {
    let outcome = this.texts.get(path);
    if (!outcome) {
      outcome = this.host.read(path).then(
        (text): ReadOutcome => (text === undefined ? { missing: true } : { text }),
        (error: unknown): ReadOutcome => {
          const e = error as { message?: unknown; messageEn?: unknown };
          if (typeof e?.messageEn === 'string' && typeof e.message === 'string') {
            return { error: { message: e.message.replace(/[。.]$/, ''), messageEn: e.messageEn.replace(/\.$/, '') } };
          }
          return { error: describeFileError(error, 'read') };
        },
      );
      this.texts.set(path, outcome);
    }
    return outcome;
  }

  private parse(file: string): Promise<ParsedFile> {
    let parsed = this.parsed.get(file);
    if (!parsed) {
      parsed = this.readText(file).then((read) => this.parseOutcome(file, read));
      this.parsed.set(file, parsed);
    }
    return parsed;
  }

  private parseOutcome(file: string, read: ReadOutcome): ParsedFile {
    const own = emptyConfig();
    if ('missing' in read) {
      own.problems.push({ file, message: '配置文件不存在。', messageEn: 'The configuration file does not exist.' });
      return { exists: false, own, targets: [] };
    }
    if ('error' in read) {
      own.files = [file];
      own.problems.push({
        file,
        message: `无法读取配置文件：${read.error.message}；已按默认设置检查。`,
        messageEn: `Cannot read the configuration file: ${read.error.messageEn}; defaults are used.`,
      });
      return { exists: true, own, targets: [] };
    }
    const { data, problem } = parseConfigText(read.text, file);
    if (!data) {
      own.files = [file];
      if (problem) own.problems.push(problem);
      return { exists: true, own, targets: [] };
    }
    const targets = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    return { exists: true, own: validateConfig(data, file, this.rules), targets };
  }

  /**
   * Load one config file with its `extends` graph: depth first, each file's targets before the file itself, every
   * file once (the first place it appears), within MAX_EXTENDS_DEPTH and MAX_EXTENDS_FILES.
   */
  async load(file: string): Promise<ResolvedConfig> {
    const order: ResolvedConfig[] = [];
    const included = new Set<string>();
    const visit = async (path: string, stack: string[]): Promise<void> => {
      const parsed = await this.parse(path);
      const problems: ConfigProblem[] = [];
      const say = (message: string, messageEn: string) => problems.push({ file: path, key: 'extends', message, messageEn });
      for (const target of parsed.targets) {
        if (typeof target !== 'string' || !target.trim()) {
          say('“extends”应为配置文件路径（或路径列表）。', '"extends" must be a file path or a list of paths.');
          continue;
        }
        // xinxi:preset/… names a preset shipped with the tool (src/core/presets.ts), merged where it is named.
        const preset = builtinPreset(target);
        if (preset) {
          if ('unknown' in preset) say(`没有内置配置“${target}”，可用：${PRESET_NAMES.join('、')}。`, `There is no built-in configuration "${target}"; available: ${PRESET_NAMES.join(', ')}.`);
          else if (!included.has(preset.file)) {
            included.add(preset.file);
            order.push({ ...validateConfig(preset.data, preset.file, this.rules), files: [] });
          }
          continue;
        }
        if (isNetworkPath(target)) {
          say(`不读取网络路径（UNC）上的配置“${target}”，已跳过；请把共享配置复制到本机或仓库中。`, `Configuration on a network path (UNC) is never read: "${target}"; skipped. Copy the shared configuration into the repository.`);
          continue;
        }
        const next = this.host.resolve(this.host.dirname(path), target);
        if (this.options.allowPath && !this.options.allowPath(next)) {
          say(`受限模式下不读取工作区以外的配置“${target}”。`, `In restricted mode, configuration outside the workspace ("${target}") is not read.`);
          continue;
        }
        if (next === path || stack.includes(next)) {
          say(`“extends”形成循环引用：${target}，已跳过。`, `"extends" forms a loop: ${target}; skipped.`);
          continue;
        }
        if (included.has(next)) continue; // reached before through another path: merged once
        if (stack.length + 2 > MAX_EXTENDS_DEPTH) {
          say(
            `“extends”嵌套超过 ${MAX_EXTENDS_DEPTH} 层，未读取“${target}”；请减少继承的层数。`,
            `"extends" is nested more than ${MAX_EXTENDS_DEPTH} levels deep; "${target}" was not read. Use fewer levels.`,
          );
          continue;
        }
        if (included.size + stack.length + 2 > MAX_EXTENDS_FILES) {
          say(
            `“extends”引用的配置文件超过 ${MAX_EXTENDS_FILES} 个，未读取“${target}”；请合并共享配置。`,
            `"extends" reaches more than ${MAX_EXTENDS_FILES} configuration files; "${target}" was not read. Merge the shared configuration.`,
          );
          continue;
        }
        const child = await this.parse(next);
        if (!child.exists) {
          say(`“extends”指向的文件不存在：${target}。`, `The file named by "extends" does not exist: ${target}.`);
          continue;
        }
        await visit(next, [...stack, path]);
      }
      included.add(path);
      order.push(problems.length ? { ...parsed.own, problems: [...problems, ...parsed.own.problems] } : parsed.own);
    };
    await visit(file, []);
    return order.reduce((base, over) => mergeConfig(base, over), emptyConfig());
  }
}
