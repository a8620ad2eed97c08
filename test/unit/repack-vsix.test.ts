import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
// @ts-expect-error: a plain .mjs script without types
import { repack } from '../../scripts/repack-vsix.mjs';

describe('scripts/repack-vsix.mjs (npm run package re-compresses the .vsix at level 9)', () => {
  it('keeps every entry, its order and its bytes, and comes out smaller than a stored zip', async () => {
    const zin = new JSZip();
    const text = '县应急管理局11月组织开展冬季森林防火应急演练，参演人员86人。\n'.repeat(400);
    const bytes = new Uint8Array(3000).map((_, i) => (i * 7919) % 251);
    zin.file('extension.vsixmanifest', '<PackageManifest/>');
    zin.file('[Content_Types].xml', '<Types/>');
    zin.file('extension/dist/extension.js', text);
    zin.file('extension/images/icon.png', bytes);
    const stored = await zin.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const out: Uint8Array = await repack(stored);
    expect(out.length).toBeLessThan(stored.length);
    const back = await JSZip.loadAsync(out);
    const names = Object.values(back.files).filter((f) => !f.dir).map((f) => f.name);
    expect(names).toEqual(['extension.vsixmanifest', '[Content_Types].xml', 'extension/dist/extension.js', 'extension/images/icon.png']);
    expect(await back.files['extension/dist/extension.js']!.async('string')).toBe(text);
    expect(Array.from(await back.files['extension/images/icon.png']!.async('uint8array'))).toEqual(Array.from(bytes));
  });
});
