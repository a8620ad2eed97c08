/**
 * Helpers for the CLI tests: temporary folders (removed after each test file), the CLI in-process (`run`) and the
 * bundled CLI in a child process started with the running Node (`spawnCli`, for anything that could block).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/main.js';

export const root = join(__dirname, '..', '..');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path → text or bytes); removed when the test file ends. */
export function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinxi-cli-test-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export interface Ran {
  code: number | null;
  out: string;
  err: string;
}

/** The CLI in this process (the source, not the bundle). */
export async function run(args: string[], cwd: string): Promise<Ran> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), color: false, cwd });
  return { code, out, err };
}

/** dist/cli.js, built when missing (npm test builds before the suites run). */
export function ensureBundle(): void {
  if (!existsSync(join(root, 'dist', 'cli.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
}

/** The bundled CLI as a user runs it, in `cwd`, killed after `timeout` ms (then `timedOut`). */
export function spawnCli(args: string[], cwd: string, options: { timeout?: number; prefix?: string[] } = {}): Ran & { timedOut: boolean } {
  ensureBundle();
  const command = [...(options.prefix ?? []), process.execPath, join(root, 'bin', 'xinxi.js'), ...args];
  const p = spawnSync(command[0]!, command.slice(1), {
    cwd,
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: p.status, out: p.stdout, err: p.stderr, timedOut: (p.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' };
}

/** A Markdown draft with front matter naming its kind. */
export const DRAFT = '---\n类型: 动态\n---\n\n# 清河县完成秋粮收购\n\n全县完成收购,进度良好.\n';
/** The same draft after `xinxi fix`. */
export const DRAFT_FIXED = '---\n类型: 动态\n---\n\n# 清河县完成秋粮收购\n\n全县完成收购，进度良好。\n';
/** Markdown that is not a draft (no front matter), with the same faults. */
export const NOT_DRAFT = '# 项目说明\n\n本项目完成收购,进度良好.\n';
