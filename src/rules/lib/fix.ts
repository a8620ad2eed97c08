/** Building fixes. */
import type { FixInput, MessageData } from '../../core/rule.js';

/**
 * A fix made of one replacement, for `ctx.report({ …, fix })`: its title is the rule's message `messageId` (filled
 * from `data`); `safe` fixes are applied by `xinxi fix` without asking.
 */
export function replaceWith<M extends string>(start: number, end: number, text: string, messageId: M, safe: boolean, data?: MessageData): FixInput<M> {
  return { messageId, ...(data ? { data } : {}), safe, edits: [{ start, end, text }] };
}
