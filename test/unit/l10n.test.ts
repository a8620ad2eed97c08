/**
 * Localisation is complete: every runtime string has its Chinese translation, every manifest key both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

function runtimeStrings(): string[] {
  const dir = join(root, 'src', 'extension');
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1]!);
  }
  return [...found].sort();
}

describe('localisation', () => {
  it('every vscode.l10n.t string has a zh-cn translation, and no translation is stale', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json')) as Record<string, string>;
    const strings = runtimeStrings();
    expect(strings.length).toBeGreaterThan(10);
    expect(strings.filter((s) => !(s in bundle))).toEqual([]);
    expect(Object.keys(bundle).filter((k) => !strings.includes(k))).toEqual([]);
    for (const [k, v] of Object.entries(bundle)) {
      if (k === '{0} ({1})') continue;
      expect({ k, chinese: /\p{Script=Han}/u.test(v) }).toEqual({ k, chinese: true });
    }
  });

  it('every %key% of package.json exists in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const zh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;
    expect(keys.filter((k) => !(k in en))).toEqual([]);
    expect(keys.filter((k) => !(k in zh))).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const k of Object.keys(zh)) expect({ k, chinese: /\p{Script=Han}/u.test(zh[k]!) }).toEqual({ k, chinese: true });
  });
});
