/**
 * The labels of a sign-off line (签发人：王强、拟稿：吴佳、联系电话：…): one inventory for the draft model (the sign-off
 * block at the end of the body, draft.ts) and the rules that read such lines — single-paragraph (a sign-off is not a
 * paragraph of the body), paragraph-end (a sign-off or routing line needs no full stop) and the names helper (a
 * person's name follows a person's label: 签发：於文君).
 */

/** Labels whose value is a person, each also with 人 (签发人、拟稿人、审核人). */
export const PERSON_LABELS = ['签发', '审签', '签批', '审核', '核稿', '审稿', '拟稿', '执笔', '撰稿', '供稿', '编辑', '责任编辑', '校对'] as const;
/** Labels of a person that exist only with 人. */
export const PERSON_ONLY_LABELS = ['联系人', '责任人', '负责人'] as const;
/** Labels whose value is a number. */
export const CONTACT_LABELS = ['联系电话', '电话', '手机'] as const;
/** Labels of where the item goes. */
export const ROUTING_LABELS = ['报送', '主送', '抄送', '抄报', '分送', '发送'] as const;

/** `a|b|c` of the labels, longest first (责任编辑 before 编辑). */
export function labelAlternation(labels: readonly string[]): string {
  return [...labels].sort((a, b) => b.length - a.length).join('|');
}

/** A person's label at the end of a stretch, with its colon: the name starts right after it (签发：|於文君). */
export const PERSON_LABEL_BEFORE = new RegExp(
  `(?:(?:${labelAlternation(PERSON_LABELS)})人?|${labelAlternation(PERSON_ONLY_LABELS)})[ \\t]*[:：][ \\t]*$`,
  'u',
);

/** A line of a sign-off: a person's, a contact's or a routing label and its colon (签发人：、拟稿：、联系电话：…). */
const SIGNOFF_LABEL = new RegExp(
  `^(?:${labelAlternation([...PERSON_LABELS, '联系', '报送'])})人?(?:电话)?[ \\t\\u3000]*[：:]|^(?:${labelAlternation([...PERSON_ONLY_LABELS, ...CONTACT_LABELS])})[ \\t\\u3000]*[：:]`,
  'u',
);

/**
 * Is the paragraph a sign-off: every line a label and a name or number (（拟稿：吴佳；审核：周敏）, 签发人：孙立新⏎拟稿：吴佳),
 * none a sentence (拟稿人：全县共拟定方案3个，已全部印发。 is body text)?
 */
export function isSignoff(value: string): boolean {
  // No line of a sign-off holds 。！？ (below): a paragraph of the body, which has them, is left at once (speed).
  if (/[。！？]/u.test(value)) return false;
  const inner = value.trim().replace(/^[（(]/u, '').replace(/[）)]$/u, '');
  const lines = inner.split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.every((l) => SIGNOFF_LABEL.test(l) && [...l].length <= 60);
}
