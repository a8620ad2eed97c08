/**
 * The snippet files (`snippets/markdown.json`, `snippets/plaintext.json`) are generated from the built-in templates
 * (`templates/*.md`), the one source of truth: test/unit/snippets.test.ts regenerates them and fails when the
 * committed files differ (`npx vitest run test/unit/snippets.test.ts -u` writes them).
 */
import { BUILTIN_TEMPLATES, type BuiltinTemplate } from './library.js';
import { renderTemplate } from './template.js';

export interface SnippetEntry {
  prefix: string[];
  description: string;
  body: string[];
  isFileTemplate: boolean;
}

/** Plain text drafts carry the title on its own line, without `# `. */
function toPlainText(text: string): string {
  return text.replace(/^# (?=\S)/mu, '');
}

/** The snippet file for `format`, from the built-in templates' texts (file name → text). */
export function snippetFile(texts: Record<string, string>, format: 'markdown' | 'plaintext'): Record<string, SnippetEntry> {
  const out: Record<string, SnippetEntry> = {};
  for (const b of BUILTIN_TEMPLATES) {
    const text = texts[b.file];
    if (text === undefined) throw new Error(`missing built-in template ${b.file}`);
    const source = format === 'plaintext' ? toPlainText(text) : text;
    out[b.name] = entry(b, renderTemplate(source.replace(/\r\n?/gu, '\n'), {}, 'snippet').snippet);
  }
  return out;
}

function entry(b: BuiltinTemplate, snippet: string): SnippetEntry {
  return {
    prefix: b.prefixes,
    description: `${b.name}：${b.description}`,
    body: snippet.replace(/\n+$/u, '').split('\n'),
    isFileTemplate: true,
  };
}
