/**
 * Fixes the editor offers beyond the engine's (issue 19 §3): 缺少标题 gets “把第一行设为标题” (insert `# ` before
 * a short first line) and “插入标题行” (a title line to fill, 【标题】, before the body). Both need the writer's
 * eye (never applied by 修复全部 or `xinxi fix`), so they are `safe: false` fixes, applied exactly as written here.
 *
 * This is the one place in src/extension that knows a rule id for a fix; the architecture work moves these fixes
 * into the rule (src/rules/form/title-required.ts), which then reports them itself. No `vscode` import.
 */
import type { Draft, Fix, LintMessage } from '../core/types.js';

/** A first line this short, not ending a sentence, reads as a title the writer forgot to mark. */
const TITLE_LIKE = 40;

function titleFixes(message: LintMessage, draft: Draft, eol: string): Fix[] {
  if (draft.title || message.fixes.length) return [];
  const first = draft.blocks[0];
  if (first && first.type !== 'paragraph') return [];
  // Offsets into the draft's text: the editor's text (an open document has no BOM).
  const bodyStart = first?.start ?? draft.frontMatter?.end ?? 0;
  const fixes: Fix[] = [];
  const markdown = draft.format === 'markdown';
  if (first && markdown) {
    const text = draft.text;
    let lineEnd = text.indexOf('\n', first.start);
    if (lineEnd < 0 || lineEnd > first.end) lineEnd = first.end;
    const line = text.slice(first.start, lineEnd).replace(/\r$/, '').trim();
    if (line && [...line].length <= TITLE_LIKE && !/[。；，、：！？.;,:!?]$/u.test(line)) {
      fixes.push({ title: '把第一行设为标题', titleEn: 'Make the first line the title', safe: false, edits: [{ start: first.start, end: first.start, text: '# ' }] });
    }
  }
  fixes.push({
    title: '插入标题行（待填写）',
    titleEn: 'Insert a title line to fill in',
    safe: false,
    edits: [{ start: bodyStart, end: bodyStart, text: `${markdown ? '# ' : ''}【标题】${eol}${eol}` }],
  });
  return fixes;
}

/** The messages with the editor's extra fixes added (a new array; the engine's messages are not changed). */
export function withEditorFixes(messages: readonly LintMessage[], draft: Draft, eol = '\n'): LintMessage[] {
  return messages.map((m) => {
    if (m.ruleId !== 'title-required') return m;
    const extra = titleFixes(m, draft, eol);
    return extra.length ? { ...m, fixes: [...m.fixes, ...extra] } : m;
  });
}
