import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPIED_SHARED, LIVE_SHARED, sharedPath } from './shared-docs';
import { skipBecause } from './skip';

describe('the copy of ../shared in test/fixtures/shared', () => {
  it('has the seed texts and the style guide', () => {
    expect(readdirSync(join(COPIED_SHARED, 'seeds')).filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(0);
    expect(readFileSync(join(COPIED_SHARED, 'style-guide.md'), 'utf8')).toContain('| id |');
  });

  it('is what the tests read, whether or not ../shared exists beside the clone', () => {
    expect(sharedPath('seeds')).toBe(join(COPIED_SHARED, 'seeds'));
    expect(sharedPath('style-guide.md')).toBe(join(COPIED_SHARED, 'style-guide.md'));
  });

  it('is the same as ../shared (copy the files again when ../shared changes)', (ctx) => {
    if (!existsSync(join(LIVE_SHARED, 'seeds'))) skipBecause(ctx, '旁边没有 ../shared，无从比较 / no ../shared beside the clone to compare with');
    const files = ['style-guide.md', ...readdirSync(join(LIVE_SHARED, 'seeds')).map((f) => join('seeds', f))];
    for (const f of files) expect(readFileSync(join(COPIED_SHARED, f)).equals(readFileSync(join(LIVE_SHARED, f))), f).toBe(true);
    expect(readdirSync(join(COPIED_SHARED, 'seeds')).sort()).toEqual(readdirSync(join(LIVE_SHARED, 'seeds')).sort());
  });
});
