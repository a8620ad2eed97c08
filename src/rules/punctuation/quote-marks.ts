import { defineRule, type RuleContext, type RuleEnvironment } from '../../core/rule.js';
import type { RuleOptions, Segment, TextEdit } from '../../core/types.js';
import { isAsciiAlnum, isAsciiDigit, isAsciiLetter, isCjkContext, isHan } from '../../core/text.js';
import { freeAt, proseParagraphs } from '../lib/scan.js';

interface Mark {
  at: number;
  ch: string;
  /** Levels of Chinese double quotes “…” open at this mark. */
  depth: number;
}

const QUOTES = /[“”"']/g;
const CORNERS = /[「」『』]/g;
const CORNER_MARK = /[「」『』]/u;

/** The straight quotes of a paragraph that may be touched, in order. An apostrophe (don't, 5'6) is not a quote. */
function straightQuotes(ctx: Pick<RuleEnvironment, 'draft' | 'isExcluded'>, segments: Segment[], ch: '"' | "'"): Mark[] {
  const { text } = ctx.draft;
  const out: Mark[] = [];
  let depth = 0;
  for (const s of segments) {
    if (!s.prose) continue;
    // Visit only the quotation marks (curly ones for the nesting depth), not every character.
    const slice = text.slice(s.start, s.end);
    QUOTES.lastIndex = 0;
    for (let m = QUOTES.exec(slice); m; m = QUOTES.exec(slice)) {
      const i = s.start + m.index;
      if (text[i] === '“') depth++;
      else if (text[i] === '”' && depth > 0) depth--;
      if (text[i] !== ch || !freeAt(ctx, i)) continue;
      if (ch === "'" && isAsciiAlnum(text[i - 1]) && isAsciiLetter(text[i + 1])) continue; // don't
      if (ch === "'" && isAsciiLetter(text[i - 1]) && !isHan(text[i + 1]) && !isCjkContext(text[i + 1])) continue; // students'
      out.push({ at: i, ch, depth });
    }
  }
  return out;
}

/** A quoted stretch is Chinese when it holds a Han character or touches Chinese outside. */
function chinesePair(text: string, open: number, close: number): boolean {
  return /\p{Script=Han}/u.test(text.slice(open + 1, close)) || isCjkContext(text[open - 1]) || isCjkContext(text[close + 1]);
}

/** A straight quotation to change: its opening mark and its partner; or a lone straight double quote (no partner). */
interface StraightQuotation {
  open: number;
  partner?: number;
  ch: '"' | "'";
  /** Inside another quotation: it becomes ‘…’. */
  nested: boolean;
  /** A lone straight double quote that closes a curly “ left open before it (设立“积分超市"，): it becomes ”. */
  closesCurly?: boolean;
  /** A lone straight double quote that opens a quotation closed by the curly ” at this offset ("护林有我”): it becomes “. */
  opensCurly?: number;
}

/**
 * The curly ” that closes a quotation opened by the straight quote at `at`: the first ” after it with no “ or straight
 * quote between, within 40 characters (a quoted name or slogan) and within the quote's own prose segment — never across
 * code, a link target or the end of the paragraph. Called once per paragraph (its last straight quote), so at most 40
 * characters are read.
 */
function curlyCloser(text: string, segments: Segment[], at: number): number | undefined {
  const own = segments.find((sg) => sg.prose && sg.start <= at && at < sg.end);
  if (!own) return undefined;
  const end = Math.min(own.end, at + 41);
  for (let i = at + 1; i < end; i++) {
    if (text[i] === '“' || text[i] === '"') return undefined;
    if (text[i] === '”') return i;
  }
  return undefined;
}

/**
 * The straight quotations of a paragraph to change, in the order they are reported (double quotes first): the first
 * straight quote of a paragraph opens, the next closes, and so on; a straight double quote left over next to Chinese is
 * reported alone.
 */
function straightQuotations(ctx: Pick<RuleEnvironment, 'draft' | 'isExcluded'>, segments: Segment[]): StraightQuotation[] {
  const { text } = ctx.draft;
  const out: StraightQuotation[] = [];
  // The straight double pairs, in order and disjoint; the single pairs, also in order, look for the one that encloses
  // them with a pointer that only moves forward (no search of every pair for every pair).
  const doublePairs: [number, number][] = [];
  let enclosing = 0;
  for (const ch of ['"', "'"] as const) {
    const marks = straightQuotes(ctx, segments, ch);
    for (let k = 0; k + 1 < marks.length; k += 2) {
      const open = marks[k]!.at;
      const close = marks[k + 1]!.at;
      if (!chinesePair(text, open, close)) continue;
      if (ch === '"' && isAsciiDigit(text[open - 1]) && !isHan(text[open + 1])) continue; // 15" screen
      if (ch === '"') doublePairs.push([open, close]);
      // A double pair never encloses another double pair (they are disjoint and in order).
      let inDouble = false;
      if (ch === "'") {
        while (enclosing < doublePairs.length && doublePairs[enclosing]![1] < open) enclosing++;
        const pair = doublePairs[enclosing];
        inDouble = !!pair && pair[0] < open && close < pair[1];
      }
      const nested = marks[k]!.depth > 0 || inDouble;
      out.push({ open, partner: close, ch, nested });
    }
    if (ch === '"' && marks.length % 2 === 1) {
      const mark = marks[marks.length - 1]!;
      const last = mark.at;
      // “积分超市": a curly quotation left open and closed by a straight quote right after Chinese, with no ” later in
      // the paragraph that could close it.
      const later = segments.some((sg) => sg.prose && sg.end > last && text.slice(Math.max(sg.start, last + 1), sg.end).includes('”')); // one pass, once per paragraph
      const closesCurly = mark.depth === 1 && isHan(text[last - 1]) && !later;
      // "护林有我”: a straight quote opening a quotation that a curly ” closes, with no “ open before it and none between.
      const opensCurly = !closesCurly && mark.depth === 0 && isHan(text[last + 1]) ? curlyCloser(text, segments, last) : undefined;
      if (isCjkContext(text[last - 1]) || isCjkContext(text[last + 1]))
        out.push({ open: last, ch, nested: false, ...(closesCurly ? { closesCurly } : {}), ...(opensCurly !== undefined ? { opensCurly } : {}) });
    }
  }
  return out;
}

const CORNER: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** The corner brackets of a paragraph to change, in order: each opening bracket with its partner, or a bracket alone. */
function cornerGroups(ctx: Pick<RuleEnvironment, 'draft' | 'isExcluded'>, segments: Segment[]): number[][] {
  const { text } = ctx.draft;
  const corners: number[] = [];
  for (const s of segments) {
    if (!s.prose) continue;
    const slice = text.slice(s.start, s.end);
    CORNERS.lastIndex = 0;
    for (let m = CORNERS.exec(slice); m; m = CORNERS.exec(slice)) {
      const i = s.start + m.index;
      if (freeAt(ctx, i)) corners.push(i);
    }
  }
  const partner = new Map<number, number>();
  // The open brackets, and for each kind the places in `open` of its own (a closer pairs with the last of its kind
  // and drops whatever opened after it; kept per kind so that a run of 「 before a run of 』 is not searched again for each).
  const open: number[] = [];
  const byKind: Record<string, number[]> = { '「': [], '『': [] };
  for (const i of corners) {
    const ch = text[i]!;
    if (ch === '「' || ch === '『') {
      byKind[ch]!.push(open.length);
      open.push(i);
    } else {
      const mine = byKind[ch === '」' ? '「' : '『']!;
      const k = mine.pop();
      if (k === undefined) continue;
      partner.set(open[k]!, i);
      partner.set(i, open[k]!);
      open.length = k;
      for (const other of Object.values(byKind)) while (other.length && other[other.length - 1]! >= k) other.pop();
    }
  }
  const out: number[][] = [];
  for (const i of corners) {
    const other = partner.get(i);
    if (other !== undefined && other < i) continue; // goes with its opening bracket
    out.push(other === undefined ? [i] : [i, other]);
  }
  return out;
}

/**
 * The 『 of the groups that are quotations of their own, not ones inside another: no 「…」 encloses it and no curly “ is
 * open before it in the paragraph. A 『』 pair of its own is a first-level quotation: “”, not ‘’. One pass over the
 * paragraph (paired brackets nest: cornerGroups drops a bracket its partner's pairing crosses).
 */
function topLevelDoubleCorners(text: string, segments: Segment[], groups: number[][]): Set<number> {
  const openers = new Set<number>();
  const closers = new Set<number>();
  const wanted = new Set<number>();
  for (const [o, c] of groups) {
    if (c === undefined) continue;
    if (text[o!] === '「') {
      openers.add(o!);
      closers.add(c);
    } else if (text[o!] === '『') wanted.add(o!);
  }
  const out = new Set<number>();
  if (wanted.size === 0) return out;
  let curly = 0;
  let corner = 0;
  for (const sg of segments) {
    if (!sg.prose) continue;
    for (let i = sg.start; i < sg.end; i++) {
      const ch = text[i];
      if (ch === '“') curly++;
      else if (ch === '”' && curly > 0) curly--;
      else if (openers.has(i)) corner++;
      else if (closers.has(i)) corner--;
      else if (wanted.has(i) && curly === 0 && corner === 0) out.add(i);
    }
  }
  return out;
}

const MESSAGES = {
  straight: { zh: '中文里的引号应使用弯引号（{marks}），不用直引号（{ch}）。', en: 'Use Chinese quotation marks {marks} in Chinese text, not straight {ch}.' },
  nestedStraight: { zh: '引号里面再用引号时，应使用单引号（{marks}），不用直引号（{ch}）。', en: 'A quotation inside a quotation takes {marks}, not straight {ch}.' },
  closesCurly: { zh: '前面的左引号（“）用直引号（"）收尾，应改为右引号（”）。', en: 'A “ closed by a straight quote "; use ”.' },
  opensCurly: { zh: '引语用直引号（"）开头、右引号（”）收尾，开头应改为左引号（“）。', en: 'A quotation opened by a straight quote " and closed by ”; open it with “.' },
  unpairedStraight: { zh: '中文里的直引号（"）没有配对，请补全并改为弯引号（“”）。', en: 'A straight quote " in Chinese text has no partner; complete it and use “”.' },
  corners: { zh: '简体中文稿件的引号用（{marks}），不用直角引号（{corners}）。', en: 'Simplified Chinese uses {marks}, not the corner brackets {corners}.' },
  nestedDouble: {
    zh: '引号里面再用引号时，里面一层用单引号（‘’），不用双引号（“”）。',
    en: 'A quotation inside a quotation takes ‘’, not “”.',
  },
  fullwidthStraight: { zh: '中文里的引号应使用弯引号（{marks}），不用全角直引号（＂）。', en: 'Use Chinese quotation marks {marks}, not the full-width straight quote ＂.' },
  fixUse: { zh: '改为（{marks}）', en: 'Use {marks}' },
} as const;

type Ctx = RuleContext<RuleOptions, keyof typeof MESSAGES>;

/** Straight quotes in pairs become curly ones (‘’ inside a quotation); one without its partner is only reported. */
function reportStraight(ctx: Ctx, segments: Segment[]): void {
  const { report } = ctx;
  for (const q of straightQuotations(ctx, segments)) {
    // A straight double quote left without its partner next to Chinese: say so, do not guess.
    if (q.partner === undefined) {
      if (q.opensCurly !== undefined) {
        const edits: TextEdit[] = [{ start: q.open, end: q.open + 1, text: '“' }];
        report({ start: q.open, end: q.opensCurly + 1, messageId: 'opensCurly', fix: { messageId: 'fixUse', data: { marks: '“' }, safe: true, edits } });
      } else if (q.closesCurly) {
        const edits: TextEdit[] = [{ start: q.open, end: q.open + 1, text: '”' }];
        report({ start: q.open, end: q.open + 1, messageId: 'closesCurly', fix: { messageId: 'fixUse', data: { marks: '”' }, safe: true, edits } });
      } else report({ start: q.open, end: q.open + 1, messageId: 'unpairedStraight' });
      continue;
    }
    const [o, c] = q.nested ? ['‘', '’'] : ['“', '”'];
    const edits: TextEdit[] = [
      { start: q.open, end: q.open + 1, text: o },
      { start: q.partner, end: q.partner + 1, text: c },
    ];
    const pair = `${o}${c}`;
    report({
      start: q.open,
      end: q.partner + 1,
      messageId: q.nested ? 'nestedStraight' : 'straight',
      data: { marks: pair, ch: q.ch },
      fix: { messageId: 'fixUse', data: { marks: pair }, safe: true, edits },
    });
  }
}

/** A quotation inside a quotation written with “” becomes ‘’; returns the paragraph's curly double quotes. */
function reportNestedDoubles(ctx: Ctx, segments: Segment[]): number[] {
  const { report } = ctx;
  const { text } = ctx.draft;
  // “实行“一窗受理”后……”: a quotation inside a quotation written with double quotes, in a paragraph whose curly
  // double quotes pair up (depth never below zero, closed at the end): the inner pair becomes ‘’.
  const curly: number[] = [];
  for (const seg of segments) {
    if (!seg.prose) continue;
    for (let i = seg.start; i < seg.end; i++) if ((text[i] === '“' || text[i] === '”') && freeAt(ctx, i)) curly.push(i);
  }
  let depth = 0;
  let balanced = true;
  const inner: [number, number][] = [];
  let innerOpen = -1;
  for (const i of curly) {
    if (text[i] === '“') {
      depth++;
      if (depth === 2) innerOpen = i;
      if (depth > 2) balanced = false;
    } else {
      if (depth === 2 && innerOpen >= 0) inner.push([innerOpen, i]);
      depth--;
      if (depth < 0) balanced = false;
    }
  }
  if (balanced && depth === 0) {
    for (const [o, c] of inner) {
      report({
        start: o,
        end: c + 1,
        messageId: 'nestedDouble',
        fix: { messageId: 'fixUse', data: { marks: '‘’' }, safe: true, edits: [{ start: o, end: o + 1, text: '‘' }, { start: c, end: c + 1, text: '’' }] },
      });
    }
  }
  return curly;
}

/** Full-width straight quotes (＂) in pairs become “” (‘’ inside a quotation, read from the curly quotes `curly`). */
function reportFullwidth(ctx: Ctx, segments: Segment[], curly: readonly number[]): void {
  const { report } = ctx;
  const { text } = ctx.draft;
  // ＂15分钟便民生活圈＂: full-width straight quotes in pairs.
  const wide: number[] = [];
  for (const seg of segments) {
    if (!seg.prose) continue;
    for (let i = seg.start; i < seg.end; i++) if (text[i] === '＂' && freeAt(ctx, i)) wide.push(i);
  }
  // The curly quotes before each pair, counted with a pointer that only moves forward (not all of them again for each pair).
  let seen = 0;
  let open = 0;
  for (let k = 0; k + 1 < wide.length; k += 2) {
    const o = wide[k]!;
    const c = wide[k + 1]!;
    // Inside a “…” quotation it becomes ‘…’.
    for (; seen < curly.length && curly[seen]! < o; seen++) open += text[curly[seen]!] === '“' ? 1 : -1;
    const [a, b] = open > 0 ? ['‘', '’'] : ['“', '”'];
    report({
      start: o,
      end: c + 1,
      messageId: 'fullwidthStraight',
      data: { marks: `${a}${b}` },
      fix: { messageId: 'fixUse', data: { marks: `${a}${b}` }, safe: true, edits: [{ start: o, end: o + 1, text: a }, { start: c, end: c + 1, text: b }] },
    });
  }
}

/** Corner brackets become “” ‘’ in a simplified draft. */
function reportCorners(ctx: Ctx, segments: Segment[]): void {
  const { report } = ctx;
  const { text } = ctx.draft;
  // Corner brackets: traditional-Chinese usage; a simplified draft uses “” ‘’. A pair is changed as one (two
  // separate fixes would each leave a quotation half “ half 」 for a moment); a bracket without its partner alone.
  if (ctx.config.script === 'traditional') return;
  const groups = cornerGroups(ctx, segments);
  const topLevel = topLevelDoubleCorners(text, segments, groups);
  for (const at of groups) {
    const from = at.map((k) => text[k]!).join('');
    // 『积分超市』 standing alone is a first-level quotation: “积分超市”; inside 「…」 or “…” it is ‘…’.
    const top = topLevel.has(at[0]!);
    const map = (k: number) => (top ? (text[k] === '『' ? '“' : '”') : CORNER[text[k]!]!);
    const to = at.map(map).join('');
    report({
      start: at[0]!,
      end: at[at.length - 1]! + 1,
      messageId: 'corners',
      data: { marks: to, corners: from },
      fix: { messageId: 'fixUse', data: { marks: to }, safe: true, edits: at.map((k) => ({ start: k, end: k + 1, text: map(k) })) },
    });
  }
}

/** quote-marks: straight quotes and corner brackets in simplified Chinese text become “…” ‘…’. */
export const quoteMarks = defineRule({
  id: 'quote-marks',
  name: { zh: '引号形式', en: 'Quotation marks' },
  category: 'punctuation',
  severity: 'warning',
  fixable: 'safe',
  description: {
    zh: '中文中的直引号 "…" \'…\' 改为弯引号 “…”（引号内再用引号时用 ‘…’）；简体稿件中的直角引号「」『』改为 “” ‘’。',
    en: 'Straight quotes in Chinese text become “…” (‘…’ inside a quotation); corner brackets 「」『』 become “” ‘’ in simplified drafts.',
  },
  messages: MESSAGES,
  check(ctx) {
    // Each pass looks only at marks of its own: a draft without any is not read for that pass (speed; the same
    // reports). Without “ no quotation nests and the depth of a ＂ pair stays 0, as with no curly quotes at all.
    const { text } = ctx.draft;
    const straight = text.includes('"') || text.includes("'");
    const curlyOpen = text.includes('“');
    const wide = text.includes('＂');
    const corners = CORNER_MARK.test(text);
    if (!straight && !curlyOpen && !wide && !corners) return;
    for (const segments of proseParagraphs(ctx.draft)) {
      if (straight) reportStraight(ctx, segments);
      const curly = curlyOpen ? reportNestedDoubles(ctx, segments) : [];
      if (wide) reportFullwidth(ctx, segments, curly);
      if (corners) reportCorners(ctx, segments);
    }
  },
});
