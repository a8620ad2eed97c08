/**
 * Once per vitest run (vitest.config.ts `globalSetup`): the tests' temporary folders all go under one fresh folder
 * that is removed at the end (os.tmpdir() reads TMPDIR, in the test workers and in the processes they start), and
 * config lookup stops at that folder (XINXI_CONFIG_STOP_AT, read by ConfigLoader), so a stray .xinxirc in /tmp or
 * in / cannot change a result.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'xinxi-tests-'));
  // mkdtemp makes it private (0700); the unreadable-file test runs the CLI as the user "nobody", who must enter it.
  chmodSync(root, 0o755);
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = root;
  process.env.XINXI_CONFIG_STOP_AT = root;
  return () => rmSync(root, { recursive: true, force: true });
}
