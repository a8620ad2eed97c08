// Generated data must match its source: src/rules/lib/office-words-data.ts is counted from the project's own correct
// texts (scripts/build-office-words.mjs). A trap or corrected text added without regenerating it leaves the typo rule
// reading stale counts, which no other test notices.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('generated data', () => {
  it('office-words-data.ts is up to date with the corpus (node scripts/build-office-words.mjs)', () => {
    let out = '';
    let status = 0;
    try {
      out = execFileSync(process.execPath, ['scripts/build-office-words.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    } catch (e) {
      const err = e as { status?: number; stdout?: string; stderr?: string };
      status = err.status ?? 1;
      out = `${err.stdout ?? ''}${err.stderr ?? ''}`;
    }
    expect(status, out).toBe(0);
    expect(out).toContain('up to date');
  }, 60_000);
});
