/**
 * A bulletin issue (一期信息刊物/简报, style guide §4): masthead, the items in order, the distribution block.
 * This module holds the model and the plain-text rendering; the Word rendering is in `docx.ts` (loaded lazily).
 *
 *   export:
 *     bulletin:
 *       刊名: 清河信息          # name
 *       编发单位: 中共清河县委办公室  # unit
 *       报: 市委办公室           # report
 *       送: 县委、县政府领导      # send
 *       发: 各乡镇党委、县直各单位 # distribute
 *       份数: 60                # copies
 *       标识: 内部资料　注意保存   # mark
 *       署名: 供稿单位           # credit: 供稿单位（默认）| 签发行 | 无
 *
 * Each item of an issue ends with the unit that contributed it, （清河县农业农村局供稿）, not with the sign-off
 * line of the draft (签发/执笔/电话 are for the office that receives a draft, not for the readers of a bulletin).
 * `署名: 签发行` keeps the sign-off lines, `署名: 无` prints neither.
 */
import { exportSafe, IDEOGRAPHIC_SPACE, itemLines, joinText, type Eol, type ExportItem } from './text.js';

export interface Distribution {
  /** 报：… */
  report?: string;
  /** 送：… */
  send?: string;
  /** 发：… */
  distribute?: string;
  /** （共印N份） */
  copies?: string;
}

export interface BulletinInfo {
  /** 刊名 */
  name: string;
  /** 期号, without 第…期 */
  issue: string;
  /** 总期号, without 总第…期 */
  total?: string;
  /** 编发单位 */
  unit: string;
  /** 日期 as printed: 2026年11月20日 */
  date: string;
  /** Top-left mark (default 内部资料　注意保存). */
  mark: string;
  distribution: Distribution;
  /** How each item is credited: 供稿单位 (`unit`, the default), the sign-off line (`signoff`) or nothing (`none`). */
  credit?: BulletinCredit;
}

export type BulletinCredit = 'unit' | 'signoff' | 'none';

const CREDIT_WORDS: Record<string, BulletinCredit> = {
  unit: 'unit',
  供稿单位: 'unit',
  单位: 'unit',
  signoff: 'signoff',
  'sign-off': 'signoff',
  签发行: 'signoff',
  签发: 'signoff',
  none: 'none',
  无: 'none',
  不署名: 'none',
};

/** A credit setting in words (供稿单位/签发行/无, unit/signoff/none); undefined when not understood. */
export function bulletinCredit(value: unknown): BulletinCredit | undefined {
  return typeof value === 'string' ? CREDIT_WORDS[value.trim().toLowerCase()] : undefined;
}

/** `署名` / `credit` of `export.bulletin` in the configuration (undefined when absent or not understood). */
export function bulletinCreditOf(exportConfig: Record<string, unknown> | undefined): BulletinCredit | undefined {
  const raw = exportConfig?.bulletin ?? exportConfig?.['刊物'];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const entry = Object.entries(raw as Record<string, unknown>).find(([k]) => ['署名', 'credit'].includes(k.trim().toLowerCase()));
  return entry ? bulletinCredit(entry[1]) : undefined;
}

/** （清河县农业农村局供稿）: the contributing unit of an item (front matter 单位, else the configured unit). */
export function creditLine(item: ExportItem): string | null {
  const unit = (item.unit ?? item.meta.unit)?.trim();
  return unit ? `（${unit}供稿）` : null;
}

/** The last line of an item in a bulletin, by the issue's credit setting (default: the contributing unit). */
export function itemClosing(item: ExportItem, credit: BulletinCredit = 'unit'): string | null {
  if (credit === 'signoff') return item.signoff;
  if (credit === 'none') return null;
  return creditLine(item);
}

export interface Bulletin {
  info: BulletinInfo;
  items: ExportItem[];
}

export const DEFAULT_MARK = `内部资料${IDEOGRAPHIC_SPACE}注意保存`;

/** Keys of `export.bulletin`, Chinese first, with English aliases. */
const CONFIG_KEYS: Record<keyof Omit<BulletinInfo, 'distribution' | 'date' | 'credit'> | keyof Distribution, string[]> = {
  name: ['刊名', 'name', 'title'],
  issue: ['期号', 'issue'],
  total: ['总期号', 'total'],
  unit: ['编发单位', '单位', 'unit', 'editor'],
  mark: ['标识', 'mark'],
  report: ['报', 'report'],
  send: ['送', 'send', 'cc'],
  distribute: ['发', 'distribute'],
  copies: ['份数', '印数', 'copies'],
};

function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const parts = value.map(scalar).filter((v): v is string => Boolean(v));
    return parts.length ? parts.join('，') : undefined;
  }
  if (typeof value === 'object') return undefined;
  const s = String(value).trim();
  return s || undefined;
}

/** Read `export.bulletin` from the configuration (unknown keys ignored). */
export function bulletinConfig(exportConfig: Record<string, unknown> | undefined): Partial<Record<keyof typeof CONFIG_KEYS, string>> {
  const raw = exportConfig?.bulletin ?? exportConfig?.['刊物'];
  const out: Partial<Record<keyof typeof CONFIG_KEYS, string>> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const entries = Object.entries(raw as Record<string, unknown>);
  for (const [field, keys] of Object.entries(CONFIG_KEYS) as [keyof typeof CONFIG_KEYS, string[]][]) {
    for (const key of keys) {
      const hit = entries.find(([k]) => k.trim().toLowerCase() === key.toLowerCase());
      const value = hit ? scalar(hit[1]) : undefined;
      if (value !== undefined) {
        out[field] = value;
        break;
      }
    }
  }
  return out;
}

/** “2026-11-20”, “2026/11/20”, “2026.11.20”, “20261120”, “2026年11月20日” → “2026年11月20日” (GB/T 9704: no zero padding). */
export function formatChineseDate(input: string | Date): string | undefined {
  if (input instanceof Date) return `${input.getFullYear()}年${input.getMonth() + 1}月${input.getDate()}日`;
  const s = input.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  return `${y}年${mo}月${d}日`;
}

/** “12”, “第12期” → “12”. */
export function issueNumber(value: string, total = false): string {
  const re = total ? /^\s*(?:总第)?\s*(.+?)\s*(?:期)?\s*$/u : /^\s*(?:第)?\s*(.+?)\s*(?:期)?\s*$/u;
  return re.exec(value)?.[1] ?? value.trim();
}

/** “第12期（总第156期）” */
export function issueLine(info: BulletinInfo): string {
  return `第${info.issue}期${info.total ? `（总第${info.total}期）` : ''}`;
}

/** “（共印60份）” */
export function copiesLine(copies: string): string {
  const n = /^\s*(?:共印)?\s*(.+?)\s*(?:份)?\s*$/u.exec(copies)?.[1] ?? copies;
  return `（共印${n}份）`;
}

/** Distribution lines in print order: 报：… 送：… 发：… */
export function distributionLines(d: Distribution): string[] {
  const lines: string[] = [];
  if (d.report) lines.push(`报：${d.report}`);
  if (d.send) lines.push(`送：${d.send}`);
  if (d.distribute) lines.push(`发：${d.distribute}`);
  return lines;
}

/** Display width in full-width cells (ASCII and half-width forms count half). */
export function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u0020-\u007e\uff61-\uff9f]/.test(ch) ? 0.5 : 1;
  return n;
}

/** Characters per line of the GB/T 9704 type area. */
export const LINE_CELLS = 28;

function center(text: string, width = LINE_CELLS): string {
  const pad = Math.max(0, Math.floor((width - cells(text)) / 2));
  return IDEOGRAPHIC_SPACE.repeat(pad) + text;
}

function spread(left: string, right: string, width = LINE_CELLS): string {
  const gap = Math.max(2, Math.floor(width - cells(left) - cells(right)));
  return left + IDEOGRAPHIC_SPACE.repeat(gap) + right;
}

const RULE = '─'.repeat(LINE_CELLS);

/** The plain-text rendering of a bulletin issue. */
export function renderBulletinText(bulletin: Bulletin, options: { eol?: Eol } = {}): string {
  const { info } = bulletin;
  const lines: string[] = [];
  if (info.mark) lines.push(info.mark, '');
  lines.push(center(info.name), center(issueLine(info)), '');
  lines.push(spread(info.unit, info.date), RULE);
  for (const item of bulletin.items) {
    lines.push('');
    lines.push(...itemLines(item, itemClosing(item, info.credit)));
  }
  const dist = distributionLines(info.distribution);
  if (dist.length || info.distribution.copies) {
    lines.push('', RULE, ...dist);
    if (info.distribution.copies) {
      const c = copiesLine(info.distribution.copies);
      lines.push(IDEOGRAPHIC_SPACE.repeat(Math.max(0, LINE_CELLS - cells(c))) + c);
    }
    lines.push(RULE);
  }
  // Masthead and 版记 come from the configuration or the command line: clean them as the items are.
  return joinText(lines.map(exportSafe), options.eol);
}

