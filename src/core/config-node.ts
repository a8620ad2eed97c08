/**
 * Config discovery on disk for the CLI and tests (node:fs host for ConfigResolver). Files are read with the safe
 * reader: a FIFO, device or folder named like a config file is refused without blocking, and nothing larger than
 * CONFIG_MAX_BYTES is read.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { ConfigResolver, type ConfigHost, type DraftEvidence, type LoaderOptions } from './config-load.js';
import { CONFIG_MAX_BYTES, FileError, readRegularFileSync } from './safe-file.js';
import type { Rule } from './rule.js';
import type { ResolvedConfig } from './types.js';

export { CONFIG_NAMES } from './config-load.js';
export type { LoaderOptions } from './config-load.js';

export const nodeHost: ConfigHost = {
  async read(path) {
    try {
      return readRegularFileSync(path, CONFIG_MAX_BYTES).toString('utf8');
    } catch (error) {
      const code = (error as FileError).code;
      // No such file (or a folder of that name): not a config file.
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

  constructor(rules: readonly Rule[], options: LoaderOptions = {}) {
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

  /** Is the file a draft (the definition shared with the editor; see ConfigResolver.isDraft)? */
  isDraft(path: string, evidence: DraftEvidence = {}): Promise<boolean> {
    return this.resolver.isDraft(resolve(path), evidence);
  }
}
