/**
 * `npm run demo` (scripts/demo.mjs, the README's main job): each step prints once — the problems left after the
 * fix are listed once, not again by a later check — and the run ends by saying where every output is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

describe('npm run demo', () => {
  let dir: string;
  let out: string;
  /** Standard output: the steps, the CLI's problem lists, the closing list of outputs. */
  let lines: string[];
  /** Standard error: the CLI's one-line reports (已导出, 未导出, 已写入审稿报告). */
  let errors: string[];
  let status: number | null;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xinxi-demo-'));
    out = join(dir, 'demo-out');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'demo.mjs'), out], { cwd: ROOT, encoding: 'utf8' });
    status = r.status;
    lines = r.stdout.split('\n');
    errors = r.stderr.split('\n');
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs every step once, in order', () => {
    expect(status).toBe(0);
    const steps = lines.filter((l) => l.startsWith('━━ '));
    expect(steps.map((l) => /^━━ (\d)\./.exec(l)?.[1])).toEqual(['1', '2', '3', '4', '5']);
  });

  it('lists the problems of each fixed draft once', () => {
    // A file header of the fixed copy (`…/demo-out/11-pasted-mess.md`) starts its list of problems.
    const headers = lines.filter((l) => l.startsWith(out) && /\.(md|txt)(?:  |$)/.test(l));
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.filter((h, i) => headers.indexOf(h) !== i)).toEqual([]);
    // The gate step still says what blocks the faulty draft, and the report step only reports.
    expect(errors.some((l) => l.startsWith('未导出') && l.includes('07-dongtai-faulty.md'))).toBe(true);
    expect(errors.filter((l) => l.startsWith('已写入审稿报告'))).toHaveLength(1);
  });

  it('ends by saying where the outputs are, and they are there', () => {
    const end = lines.findIndex((l) => l.startsWith('完成。输出都在这里'));
    expect(end).toBeGreaterThan(0);
    const listed = lines.slice(end + 1).filter((l) => l.trim());
    expect(listed.map((l) => l.trim().split(/\s+/)[0])).toEqual(['修复后的稿件', '报送稿', '信息刊物', '审稿报告']);
    for (const l of listed) {
      const path = l.trim().split(/\s+/)[1]!.replace(/（.*$/, '');
      expect({ path, exists: existsSync(path) }).toEqual({ path, exists: true });
    }
    expect(existsSync(join(out, '清河信息第12期.docx'))).toBe(true);
    expect(existsSync(join(out, '审稿报告.html'))).toBe(true);
  });
});
