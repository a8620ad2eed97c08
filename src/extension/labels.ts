/**
 * The names a writer reads in the editor: a rule's short name (全角标点, through src/rules/names.ts, the one
 * accessor) and a kind's name (紧急首报, through src/kinds.ts), in the writer's language. The rule id stays where
 * ids belong: settings keys, control comments, the hover's footer.
 */
import type { Kind } from '../core/types.js';
import { kindName, kindNameEn, ruleName } from '../index.js';

/** 全角标点 (Chinese) or Full-width punctuation (English). */
export function ruleLabel(ruleId: string, chinese: boolean): string {
  const name = ruleName(ruleId);
  return chinese ? name.zh : name.en;
}

/** 紧急首报 (Chinese) or 紧急首报 (emergency, first report) (English). */
export function kindLabel(kind: Kind, chinese: boolean): string {
  return chinese ? kindName(kind) : `${kindName(kind)} (${kindNameEn(kind)})`;
}
