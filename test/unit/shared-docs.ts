/**
 * The documents the product grew from — the seed texts and the style guide with the rule catalogue — live in
 * ../shared beside the project. A copy is kept in test/fixtures/shared so that the tests built on them also run where
 * ../shared is absent (a fresh clone in CI); shared-docs.test.ts keeps the copy equal to ../shared when both exist.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
export const LIVE_SHARED = join(root, '..', 'shared');
export const COPIED_SHARED = join(root, 'test', 'fixtures', 'shared');

/** A path under ../shared when that folder is present, else under the copy. */
export function sharedPath(...parts: string[]): string {
  return join(existsSync(join(LIVE_SHARED, 'seeds')) ? LIVE_SHARED : COPIED_SHARED, ...parts);
}
