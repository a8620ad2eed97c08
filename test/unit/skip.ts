/**
 * Skipping a test says why: the reason goes to the test's meta, which vitest writes into artifacts/vitest.json, and
 * the test command (scripts/test.mjs) lists every skipped test with its reason before the final total.
 */
import type { TestContext } from 'vitest';

declare module '@vitest/runner' {
  interface TaskMeta {
    /** Why the test was skipped (Chinese first, then English). */
    skipReason?: string;
  }
}

/** Skip the running test with a reason. Use it instead of it.runIf / it.skipIf, whose reason is lost. */
export function skipBecause(ctx: TestContext, reason: string): never {
  ctx.task.meta.skipReason = reason;
  return ctx.skip(reason);
}
