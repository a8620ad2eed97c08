/**
 * A name with a serial number in quotation marks (“鑫源66”轮、“鹭渡3号”渡船、“恒顺18”): a vessel's, a machine's or a
 * team's own name, which typo does not read as a slip of a common word (blind set 26: “鑫源66”轮 → 信源, “鹭渡3号” → 路渡).
 * The name is the writer's (a firm's, a place's), so a reading of its characters as another word is no correction.
 */
import type { Slip } from './slips.js';

/** Opening and closing quotation marks (straight ones too: a draft not yet mended). */
const OPEN = '“‘"\'「';
const CLOSE = '”’"\'」';
/** The longest own name looked at before its number (“江渚油12”: 3). */
const NAME_MAX = 6;
/** After the slip: more of the name, its serial number (arabic digits), perhaps 号, and the closing mark. */
const SERIAL_AFTER = new RegExp(`^\\p{Script=Han}{0,${NAME_MAX}}[0-9０-９]{1,4}号?[${CLOSE}]`, 'u');
/** Before the slip: the opening mark and the name's characters before it. */
const NAME_BEFORE = new RegExp(`[${OPEN}]\\p{Script=Han}{0,${NAME_MAX}}$`, 'u');

/** Whether the slip's stretch lies in a quoted name of Han characters followed by a serial number (“鑫源66”). */
export function serialName(text: string, slip: Pick<Slip, 'start' | 'end'>): boolean {
  const { start, end } = slip;
  if (!/^\p{Script=Han}+$/u.test(text.slice(start, end))) return false;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, start - NAME_MAX - 1), start));
  if (!before) return false;
  const after = SERIAL_AFTER.exec(text.slice(end, end + NAME_MAX + 8));
  if (!after) return false;
  // The whole name within NAME_MAX characters.
  const nameLength = before[0].length - 1 + (end - start) + (after[0].match(/^\p{Script=Han}*/u)?.[0].length ?? 0);
  return nameLength <= NAME_MAX;
}
