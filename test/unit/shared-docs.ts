/**
 * The documents the product grew from — the seed texts and the style guide with the rule catalogue — live in
 * ../shared beside the project. The tests use only the copy in test/fixtures/shared, so a result never depends on
 * what happens to sit beside the clone; shared-docs.test.ts compares the copy with ../shared when that folder
 * exists (copy the files again when ../shared changes).
 */
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
export const LIVE_SHARED = join(root, '..', 'shared');
export const COPIED_SHARED = join(root, 'test', 'fixtures', 'shared');

/** A path under the project's copy of ../shared. */
export function sharedPath(...parts: string[]): string {
  return join(COPIED_SHARED, ...parts);
}
