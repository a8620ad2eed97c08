// The build's two source plugins, shared by esbuild (scripts/build.mjs, benchmarks, the fidelity driver) and vitest
// (vitest.config.ts), so the bundles and the tests see the same modules:
// - `yaml`: rules/data/*.yaml tables import as data (no YAML parsing at run time);
// - `dictionary-from-file` (only the extension's bundles, not shared with vitest): see dictionaryFromFile;
// - `rules`: the virtual module `xinxi:rule-modules` lists every rule module, src/rules/<category>/<id>.ts, category
//   by category in the order of the README table and by id within a category. Adding a rule is adding its module
//   (with its doc, test and data table): nothing registers it by hand. src/rules/index.ts checks what it finds.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const RULE_MODULES = 'xinxi:rule-modules';
/** The categories (folders of src/rules) in the README table's order: 形式、内容、紧急信息、文字清理、标点、数字、用词. */
export const RULE_CATEGORIES = ['form', 'content', 'emergency', 'hygiene', 'punctuation', 'number', 'wording'];
/** Folders of src/rules that are not categories. */
const NOT_CATEGORIES = new Set(['lib']);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The source of `xinxi:rule-modules`: one entry per module file, with the folder it lives in. */
export function ruleModulesSource(rulesDir = join(root, 'src/rules')) {
  const folders = readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory() && !NOT_CATEGORIES.has(d.name)).map((d) => d.name);
  const stray = folders.filter((f) => !RULE_CATEGORIES.includes(f));
  if (stray.length > 0) throw new Error(`src/rules/${stray[0]}/ is not a rule category (${RULE_CATEGORIES.join(', ')}, or lib)`);
  const imports = [];
  const entries = [];
  for (const category of RULE_CATEGORIES) {
    if (!folders.includes(category)) continue;
    const files = readdirSync(join(rulesDir, category))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .sort();
    for (const f of files) {
      const name = `m${imports.length}`;
      imports.push(`import * as ${name} from ${JSON.stringify(join(rulesDir, category, f).split('\\').join('/'))};`);
      entries.push(`{ category: ${JSON.stringify(category)}, file: ${JSON.stringify(f.slice(0, -3))}, exports: ${name} }`);
    }
  }
  return `${imports.join('\n')}\nexport default [\n  ${entries.join(',\n  ')},\n];\n`;
}

/** esbuild plugins: [yaml, rules]. */
export function esbuildPlugins() {
  return [
    {
      name: 'yaml',
      setup(b) {
        b.onLoad({ filter: /\.ya?ml$/ }, (args) => ({ contents: JSON.stringify(parse(readFileSync(args.path, 'utf8'))), loader: 'json' }));
      },
    },
    {
      name: 'rules',
      setup(b) {
        b.onResolve({ filter: /^xinxi:rule-modules$/ }, () => ({ path: RULE_MODULES, namespace: 'xinxi-rules' }));
        b.onLoad({ filter: /.*/, namespace: 'xinxi-rules' }, () => ({
          contents: ruleModulesSource(),
          loader: 'js',
          resolveDir: root,
          watchDirs: [join(root, 'src/rules'), ...RULE_CATEGORIES.map((c) => join(root, 'src/rules', c))],
        }));
      },
    },
  ];
}

/** vite/vitest plugins: [yaml, rules]. */
export function vitePlugins() {
  const resolved = `\0${RULE_MODULES}`;
  return [
    {
      name: 'yaml',
      transform(code, id) {
        if (!/\.ya?ml$/.test(id)) return null;
        return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
      },
    },
    {
      name: 'rules',
      resolveId(id) {
        return id === RULE_MODULES ? resolved : null;
      },
      load(id) {
        return id === resolved ? ruleModulesSource() : null;
      },
    },
  ];
}

/**
 * For the extension's two bundles (desktop and web): src/core/lexicon/data/external.ts in place of ./source.ts, so the
 * dictionary's 2.6 MB of data stays out of both bundles (tree-shaking keeps only META) and the .vsix carries it once,
 * in dist/lexicon-data.json, which the extension reads when it activates (src/extension/dictionary.ts). That saves
 * about 1.3 MB of the .vsix (compressed).
 */
export function dictionaryFromFile() {
  return {
    name: 'xinxi-dictionary-from-file',
    setup(b) {
      b.onResolve({ filter: /^\.\/data\/source\.js$/ }, (args) =>
        /[\\/]src[\\/]core[\\/]lexicon$/.test(args.resolveDir) ? { path: join(args.resolveDir, 'data', 'external.ts') } : undefined,
      );
    },
  };
}
