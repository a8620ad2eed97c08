/** Building fixes. */
import type { FixInput, MessageData } from '../../core/rule.js';
import type { Fix } from '../../core/types.js';

/** A fix made of one replacement (the shape before the rule contract; goes with src/rules/lib/legacy.ts). */
export function replaceFix(start: number, end: number, text: string, title: string, safe: boolean, titleEn?: string): Fix {
  return { title, titleEn, safe, edits: [{ start, end, text }] };
}

/**
 * A fix made of one replacement, for `ctx.report({ …, fix })`: its title is the rule's message `messageId` (filled
 * from `data`); `safe` fixes are applied by `xinxi fix` without asking.
 */
export function replaceWith<M extends string>(start: number, end: number, text: string, messageId: M, safe: boolean, data?: MessageData): FixInput<M> {
  return { messageId, ...(data ? { data } : {}), safe, edits: [{ start, end, text }] };
}
