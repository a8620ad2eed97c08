import { type Quantity, quantities } from '../lib/quantities.js';
import { CUES, maskedText } from '../lib/cues.js';
import { defineRule, type RuleContext } from '../../core/rule.js';

const MESSAGES = {
  sumOver: {
    zh: '分项之和为{sumShown}{unit}，超过总数{totalShown}{unit}，请核对数字。',
    en: 'The parts add up to {sum} ({unit}), more than the total {total}; check the figures.',
  },
  sumUnder: {
    zh: '分项之和为{sumShown}{unit}，与总数{totalShown}{unit}不符，请核对数字。',
    en: 'The parts add up to {sum} ({unit}), not the total {total}; check the figures.',
  },
  shareOver100: {
    zh: '占比为{pct}%，部分占整体的比例不会超过100%，请核对数字。',
    en: 'A share of {pct}% is impossible (a part is at most 100% of the whole); check the figures.',
  },
  shareMismatch: {
    zh: '{partShown}{partUnit}占{wholeShown}{wholeUnit}的比例应为{actual}%，与所写的{pct}%不符，请核对数字。',
    en: '{part} of {whole} is {actual}%, not {pct}%; check the figures.',
  },
} as const;

type Ctx = RuleContext<unknown, keyof typeof MESSAGES>;

const SENTENCE_END = /[。！？!?\u0000]/gu;
const PIECE_BREAK = /[、，；,;]/u;
/** Labels that start something else than a part: 另设…、完成…、占…、同比… */
const NOT_A_PART = /^(?:另|还|此外|同时|并|完成|占|比|较|同比|环比|共|合计|总计|累计|达|为|超|平均|人均|户均|每)|^(?:增长|下降|减少|增加|提高|降低)(?:了|至|到|为)?$/u;
const PERCENT_UNITS = new Set(['%', '个百分点']);

interface Part {
  label: string;
  quantity: Quantity;
}

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);
const shown = (q: Quantity) => (q.value >= 1e4 && q.value % 1e4 !== 0 ? `${fmt(q.value / 1e4)}万` : fmt(q.value));

/** The parts listed from `from` on: “label + number + unit” pieces separated by 、，； up to the sentence end. */
function partsAfter(text: string, from: number, end: number): Part[] {
  const parts: Part[] = [];
  let i = from;
  while (i < end) {
    let j = i;
    while (j < end && !PIECE_BREAK.test(text[j]!)) j++;
    const piece = text.slice(i, j);
    const qs = quantities(piece, i);
    const last = qs[qs.length - 1];
    if (!last || last.end !== j || qs.length !== 1) break;
    const label = piece.slice(0, last.start - i).replace(/^有/u, '');
    if (!/^\p{Script=Han}+$/u.test(label) || NOT_A_PART.test(label)) break;
    if (parts.length && parts[0]!.quantity.unit !== last.unit) break;
    parts.push({ label, quantity: last });
    i = j + 1;
  }
  return parts;
}

const includesAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

/** Parts that plainly cover the whole: 其他/其余 closes the list, or two complementary labels (城市/农村). */
function exhaustive(parts: Part[]): boolean {
  if (includesAny(parts[parts.length - 1]!.label, CUES.closing)) return true;
  if (parts.length !== 2) return false;
  const [a, b] = [parts[0]!.label, parts[1]!.label];
  return CUES.complements.some(([x, y]) => (a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x)));
}

function checkPartition(ctx: Ctx, text: string, start: number, end: number): void {
  // Only the first list of a sentence is checked: with a second one, which total each divides is unclear.
  const m = /其中|分别为|分别是/u.exec(text.slice(start, end));
  if (m) {
    const at = start + m.index;
    if (ctx.isQuoted(at, at + m[0].length)) return;
    const parts = partsAfter(text, at + m[0].length, end);
    if (parts.length < 2) return;
    const unit = parts[0]!.quantity.unit;
    if (PERCENT_UNITS.has(unit) || parts.some((p) => p.quantity.approx)) return;
    const totals = quantities(text.slice(start, at), start).filter((q) => q.unit === unit);
    const total = totals[totals.length - 1];
    if (!total || total.approx) return;
    const complete = m[0] !== '其中' || exhaustive(parts);
    if (!complete && parts.some((p) => includesAny(p.label, CUES.overlapping))) return;
    const sum = parts.reduce((s, p) => s + p.quantity.value, 0);
    const slack = parts.reduce((s, p) => s + p.quantity.slack, 0) + total.slack + 1e-9;
    const last = parts[parts.length - 1]!.quantity;
    const sumText = fmt(sum >= 1e4 && total.value >= 1e4 ? sum / 1e4 : sum) + (sum >= 1e4 && total.value >= 1e4 && total.value % 1e4 !== 0 ? '万' : '');
    const data = { sumShown: sumText, totalShown: shown(total), sum: fmt(sum), total: fmt(total.value), unit };
    if (sum - total.value > slack) ctx.report({ start: total.start, end: last.end, messageId: 'sumOver', data });
    else if (complete && total.value - sum > slack) ctx.report({ start: total.start, end: last.end, messageId: 'sumUnder', data });
  }
}

const PCT = String.raw`([0-9]+(?:\.[0-9]+)?)[%％]`;
/** 占…的120%, 占比120%: a share cannot pass 100% (占计划、占目标 can). */
const SHARE = new RegExp(String.raw`(?:占(?:比)?(?:为|达|是)?([^，。；！？]{0,16}?的)?|比重(?:为|达|是)?|所占比例(?:为|达|是)?)${PCT}`, 'gu');

/** a，占…N的X%  /  N…中，…a，占X% */
const SHARE_OF = new RegExp(String.raw`，?占(?:比)?(?:为|达)?(?:([^，。；！？]{0,16}?)的)?${PCT}`, 'gu');

interface ShareIndex {
  /** The quantities of the sentence, in order (they never overlap, so their ends are in order too). */
  all: Quantity[];
  /** Offsets of the clause marks ，、；： in the sentence, in order. */
  marks: number[];
  /** Per quantity: the offset of a 中 that follows it within the clause (N户中), or -1. */
  zhong: number[];
  /** Per quantity index i: the largest index j ≤ i whose quantity is followed by 中, or -1. */
  lastWithZhong: number[];
}

/** What the share check looks up, computed once per sentence so that each 占 costs a binary search, not a scan. */
function shareIndex(text: string, slice: string, start: number): ShareIndex {
  const all = quantities(slice, start);
  const marks: number[] = [];
  for (const m of slice.matchAll(/[，、；：]/gu)) marks.push(start + m.index);
  const zhong = all.map((q) => {
    const m = /^[^，。；！？]{0,14}?中/u.exec(text.slice(q.end, q.end + 15));
    return m ? q.end + m[0].length - 1 : -1;
  });
  const lastWithZhong: number[] = [];
  zhong.forEach((z, i) => lastWithZhong.push(z >= 0 ? i : i > 0 ? lastWithZhong[i - 1]! : -1));
  return { all, marks, zhong, lastWithZhong };
}

/** Index of the last item of sorted `items` whose key is below `limit`, or -1. */
function lastBelow<T>(items: readonly T[], limit: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < limit) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function checkShares(ctx: Ctx, text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  // Most sentences carry no percentage at all.
  if (!slice.includes('%') && !slice.includes('％')) return;
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(slice); m; m = SHARE.exec(slice)) {
    const value = Number(m[2]);
    if (value <= 100 || /计划|目标|任务|预算|同期|上年|去年/u.test(m[1] ?? '')) continue;
    const s = start + m.index;
    ctx.report({ start: s, end: s + m[0].length, messageId: 'shareOver100', data: { pct: m[2]! } });
  }
  const share = SHARE_OF;
  share.lastIndex = 0;
  let index: ShareIndex | undefined;
  for (let m = share.exec(slice); m; m = share.exec(slice)) {
    const { all, marks, zhong, lastWithZhong } = (index ??= shareIndex(text, slice, start));
    const at = start + m.index;
    // The part is the last figure of the clause before 占 (已有17个暂停供餐，占21.8%).
    const scanFrom = at - (text[at] === '，' ? 1 : 0);
    const mark = lastBelow(marks, scanFrom, (p) => p);
    const from = mark >= 0 ? marks[mark]! + 1 : start;
    const k = lastBelow(all, at + 1, (q) => q.end);
    const part = k >= 0 && all[k]!.start >= from ? all[k] : undefined;
    if (!part || part.approx || PERCENT_UNITS.has(part.unit)) continue;
    let whole: Quantity | undefined;
    if (m[1] !== undefined) {
      const limit = at + m[0].length;
      for (let j = lastBelow(all, limit + 1, (q) => q.end); j >= 0 && all[j]!.start >= at; j--) {
        if (!PERCENT_UNITS.has(all[j]!.unit)) {
          whole = all[j];
          break;
        }
      }
    } else {
      // N单位…中：the whole named before the part in the same sentence (its 中 before the part).
      for (let j = lastWithZhong[lastBelow(all, part.start + 1, (q) => q.end)] ?? -1; j >= 0; j = lastWithZhong[j - 1] ?? -1) {
        if (zhong[j]! < part.start) {
          whole = all[j];
          break;
        }
      }
    }
    if (!whole || whole.approx || whole.unit !== part.unit || whole.value <= 0) continue;
    const pct = Number(m[2]);
    const decimals = m[2]!.includes('.') ? m[2]!.split('.')[1]!.length : 0;
    const pctSlack = 0.5 * 10 ** -decimals + 1e-9;
    const lo = ((part.value - part.slack) / (whole.value + whole.slack)) * 100;
    const hi = ((part.value + part.slack) / (whole.value - whole.slack)) * 100;
    if (pct + pctSlack >= lo && pct - pctSlack <= hi) continue;
    const actual = (part.value / whole.value) * 100;
    ctx.report({
      start: part.start,
      end: start + m.index + m[0].length,
      messageId: 'shareMismatch',
      data: {
        partShown: shown(part),
        partUnit: part.unit,
        wholeShown: shown(whole),
        wholeUnit: whole.unit,
        part: fmt(part.value),
        whole: fmt(whole.value),
        actual: actual.toFixed(Math.max(decimals, 1)),
        pct: m[2]!,
      },
    });
  }
}

/** sum-consistency: parts that do not add up to their total, impossible shares (核实数据, seed 001). */
export const sumConsistency = defineRule({
  id: 'sum-consistency',
  name: { zh: '分项不符', en: 'Parts do not add up' },
  category: 'content',
  severity: 'warning',
  description: {
    zh: '“共N…其中a、b…”分项之和与总数不符、占比超过100%或与分项数字不符时提示。',
    en: 'Parts that do not add up to the total (共N…其中a、b…), shares over 100% or shares that do not match the figures.',
  },
  messages: MESSAGES,
  check(ctx) {
    const { draft } = ctx;
    const text = maskedText(draft, ctx.config);
    for (const p of draft.paragraphs) {
      // Whole sentences (to 。！？): a list of parts may run on over ；.
      const paragraph = text.slice(p.start, p.end);
      let s = 0;
      while (s < paragraph.length) {
        SENTENCE_END.lastIndex = s;
        const e = SENTENCE_END.exec(paragraph)?.index ?? paragraph.length;
        if (e > s && !ctx.isExcluded(p.start + s, p.start + e)) {
          checkPartition(ctx, text, p.start + s, p.start + e);
          checkShares(ctx, text, p.start + s, p.start + e);
        }
        s = e + 1;
      }
    }
  },
});
