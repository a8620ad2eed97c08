/**
 * Config discovery on disk for the CLI and tests (node:fs host for ConfigResolver).
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { ConfigResolver, type ConfigHost, type LoaderOptions } from './config-load.js';
import type { ResolvedConfig, RuleModule } from './types.js';

export { CONFIG_NAMES } from './config-load.js';
export type { LoaderOptions } from './config-load.js';

export const nodeHost: ConfigHost = {
  async read(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
      throw error;
    }
  },
  dirname,
  join,
  resolve: (dir, target) => (isAbsolute(target) ? target : resolve(dir, target)),
};

/** ConfigResolver over node:fs with absolute paths. */
export class ConfigLoader {
  private readonly resolver: ConfigResolver;

  constructor(rules: readonly RuleModule[], options: LoaderOptions = {}) {
    // XINXI_CONFIG_STOP_AT: a folder above which no .xinxirc is looked for, when the caller gives none (the tests
    // set it to their temporary folder, so a stray .xinxirc in /tmp or / cannot change their results).
    const stopAt = options.stopAt || process.env.XINXI_CONFIG_STOP_AT || undefined;
    this.resolver = new ConfigResolver(rules, nodeHost, { ...options, stopAt: stopAt ? resolve(stopAt) : undefined });
  }

  clear(): void {
    this.resolver.clear();
  }

  findConfigFile(dir: string): Promise<string | undefined> {
    return this.resolver.findConfigFile(resolve(dir));
  }

  forFile(path: string): Promise<ResolvedConfig> {
    return this.resolver.forFile(resolve(path));
  }
}
