/**
 * The web extension's bundle (dist/web/extension.js) leaves `docx` and `iconv-lite` out (scripts/build.mjs): they are
 * reached only through dynamic imports that cannot work on the web anyway. This holds only while nothing the
 * extension loads at start imports them: evaluated as a web extension host would (no Node, `require` answering only
 * `vscode`, no `document` as in a web worker), the bundle must load and ask for nothing but `vscode`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { skipBecause } from './skip.js';

const root = join(__dirname, '..', '..');

describe('the web bundle', () => {
  it('loads asking only for vscode (docx and iconv-lite stay behind dynamic imports)', (ctx) => {
    const bundle = join(root, 'dist', 'web', 'extension.js');
    if (!existsSync(bundle)) skipBecause(ctx, '还没有构建（npm run build）/ not built yet (npm run build)');
    const code = readFileSync(bundle, 'utf8');
    // The externals are there, as requires (inside lazily run module wrappers).
    expect(code).toMatch(/require\("docx"\)/);
    expect(code).toMatch(/require\("iconv-lite"\)/);
    // A stand-in for the vscode API: every name @types/vscode exports, each an object that answers anything.
    const anything: unknown = new Proxy(function () {}, {
      get: (_t, k) => (k === Symbol.toPrimitive ? () => '' : k === 'then' ? undefined : anything),
      apply: () => anything,
      construct: () => anything as object,
    });
    const api: Record<string, unknown> = {};
    const types = readFileSync(join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
    for (const m of types.matchAll(/export (?:namespace|class|enum|const|function|let) ([A-Za-z]+)/g)) api[m[1]!] = anything;
    const asked: string[] = [];
    const require = (name: string) => {
      asked.push(name);
      if (name === 'vscode') return api;
      throw new Error(`Dynamic require of "${name}" is not supported`);
    };
    const module = { exports: {} as Record<string, unknown> };
    runInNewContext(
      code,
      {
        module,
        exports: module.exports,
        require,
        console,
        setTimeout,
        clearTimeout,
        queueMicrotask,
        TextEncoder,
        TextDecoder,
        URL,
        performance: { now: () => 0 },
        navigator: {},
        // No `document`: VS Code for the web runs extensions in a web worker (the build takes packages' `worker`
        // export, e.g. decode-named-character-reference's, whose browser build needs the DOM when it loads).
      },
      { filename: 'dist/web/extension.js' },
    );
    expect(Object.keys(module.exports).sort()).toEqual(['activate', 'deactivate']);
    expect([...new Set(asked)]).toEqual(['vscode']);
  });
});
