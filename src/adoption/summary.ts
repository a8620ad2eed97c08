/**
 * A draft's adoption at a glance, for the review report: where it was used and who instructed on it, as written in
 * its front matter (the draft model's meta), without the scoring table. The 通报 validates; this only shows.
 */
import type { DraftMeta } from '../core/types.js';
import { parseDate } from './dates.js';
import { adoptionFromText, instructionFromText, splitEntries } from './record.js';

export interface AdoptionSummary {
  submitted?: string;
  adoptions: { publication?: string; date?: string; issue?: string }[];
  instructions: { level?: string; leader?: string; date?: string; text?: string }[];
  commissioned: boolean;
  penalties: number;
  /** “报送 11月3日；采用：《昨日要情》11月5日（第213期）；批示：市 张三” */
  text: string;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return splitEntries(value);
  return [value];
}

function field(o: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const [k, v] of Object.entries(o)) {
    if (names.some((n) => n.toLowerCase() === k.trim().toLowerCase()) && v !== null && v !== undefined && v !== '') {
      return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
    }
  }
  return undefined;
}

function shortDay(value: string | undefined): string {
  if (!value) return '';
  const d = parseDate(value);
  return d.ok ? `${d.day.month}月${d.day.date}日` : value;
}

/** The summary of a draft's record, or undefined when its front matter records nothing. */
export function adoptionSummaryOf(meta: DraftMeta): AdoptionSummary | undefined {
  const adoptions = list(meta.adopted).map((e) => {
    if (typeof e === 'string') {
      const a = adoptionFromText(e);
      return { publication: a.publication, date: a.date as string | undefined, issue: a.issue };
    }
    const o = (e && typeof e === 'object' ? e : {}) as Record<string, unknown>;
    return { publication: field(o, ['刊物', 'publication', '刊名']), date: field(o, ['日期', 'date']), issue: field(o, ['期号', 'issue', '期']) };
  });
  const instructions = list(meta.instructions).map((e) => {
    if (typeof e === 'string') {
      const i = instructionFromText(e);
      return { text: i.head, date: i.date as string | undefined };
    }
    const o = (e && typeof e === 'object' ? e : {}) as Record<string, unknown>;
    return { level: field(o, ['级别', 'level']), leader: field(o, ['领导', 'leader', '批示领导']), date: field(o, ['日期', 'date']) };
  });
  const commissioned = meta.commissioned !== undefined && /^(?:true|yes|1|是|有|完成|已完成)$/iu.test(meta.commissioned.trim());
  const penalties = list(meta.penalties).length;
  if (!meta.submitted && adoptions.length === 0 && instructions.length === 0 && !commissioned && penalties === 0) return undefined;
  const parts: string[] = [];
  if (meta.submitted) parts.push(`报送 ${shortDay(meta.submitted)}`);
  if (adoptions.length) {
    parts.push(
      `采用：${adoptions
        .map((a) => `${a.publication ?? '（未写刊物）'}${a.date ? shortDay(a.date) : ''}${a.issue ? `（${/^\d/.test(a.issue) ? `第${a.issue}期` : a.issue}）` : ''}`)
        .join('、')}`,
    );
  }
  if (instructions.length) parts.push(`批示：${instructions.map((i) => i.text ?? [i.level, i.leader].filter(Boolean).join(' ')).join('、')}`);
  if (commissioned) parts.push('约稿');
  if (penalties) parts.push(`扣分 ${penalties} 次`);
  return { submitted: meta.submitted, adoptions, instructions, commissioned, penalties, text: parts.join('；') };
}
