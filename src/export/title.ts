/**
 * Where a long title breaks (GB/T 9704-2012 §7.3.3: 标题回行时，要做到词意完整，排列对称，长短适宜，间距恰当，
 * 标题排列应当使用梯形或菱形). A title that does not fit one line of the type area is set on two lines as a
 * trapezoid (the first line no longer than the second) or on three as a diamond (the middle line the longest),
 * and it breaks only between words — never inside a word, a number, a quotation or a title in 《》.
 *
 * The choice of break points is in one function, `titleBreakPoints`: it uses Intl.Segmenter's Chinese words
 * today; the lexical layer (dictionary segmentation) can take its place there without touching the layout.
 */
import { cells } from './bulletin.js';

/** Characters of 2号 (22 pt) in the 156 mm type area: 442 pt ÷ 22 pt. */
export const TITLE_LINE_CELLS = 20;

/** A place where the title may break, with how good a place it is (lower is better). */
export interface BreakPoint {
  /** UTF-16 offset: the second line starts here. */
  offset: number;
  /** 0 for a clean break after a mark or a space, 1 between words, higher where a break reads badly. */
  penalty: number;
}

/** Marks that never start a line (GB/T 15834 and the usual line-breaking rule). */
const NO_LINE_START = new Set([...'，。、；：？！）》〉」』】〕”’…—%‰·．,.;:?!)]}']);
/** Marks that never end a line. */
const NO_LINE_END = new Set([...'（《〈「『【〔“‘([{']);
/** After these a break reads naturally. */
const SEPARATORS = new Set([...'，、；：　 ']);
/** Pairs inside which a title is not broken: a quotation or a title is one unit. */
const PAIRS: Record<string, string> = { '《': '》', '“': '”', '‘': '’', '（': '）', '〈': '〉', '「': '」', '『': '』', '【': '】', '〔': '〕' };
/**
 * Single characters that end a name (江平县, 石门镇, 县委办) or join a phrase: the break may follow them. Intl.Segmenter
 * often cuts 江平|县; a break before 县 would split the name, after it is fine.
 */
const SUFFIX = new Set([...'省市县区镇乡村州盟旗局委厅办处科站所院部会']);

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

function isHan(s: string): boolean {
  return /^\p{Script=Han}$/u.test(s);
}

/**
 * The places a title may break, each with a penalty. The lexical layer plugs in here: a better segmentation gives
 * better word boundaries; the shape (trapezoid, diamond) is chosen by `titleLines` from these points.
 */
export function titleBreakPoints(title: string): BreakPoint[] {
  const words = segmenter ? [...segmenter.segment(title)].map((s) => ({ start: s.index, text: s.segment })) : [...title].map((ch, i) => ({ start: i, text: ch }));
  // Depth of paired marks at each offset.
  const inside = new Array<boolean>(title.length + 1).fill(false);
  const open: string[] = [];
  for (let i = 0; i < title.length; i++) {
    const ch = title[i]!;
    if (open.length && ch === open[open.length - 1]) open.pop();
    else if (PAIRS[ch]) open.push(PAIRS[ch]!);
    inside[i + 1] = open.length > 0;
  }
  const points: BreakPoint[] = [];
  for (let w = 1; w < words.length; w++) {
    const offset = words[w]!.start;
    const before = title[offset - 1]!;
    const after = title[offset]!;
    if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) continue;
    if (/[0-9A-Za-z.]/.test(before) && /[0-9A-Za-z.%]/.test(after)) continue;
    let penalty = 1;
    if (SEPARATORS.has(before) || (SEPARATORS.has(after) && after !== ' ')) penalty = 0;
    if (inside[offset]) penalty += 6;
    const prev = words[w - 1]!.text;
    const next = words[w]!.text;
    // A one-character “word” next to the break is often a cut word (山|体, 江平|县): avoid it unless it ends a name.
    if (isHan(prev) && !SUFFIX.has(prev)) penalty += 3;
    if (isHan(next)) penalty += SUFFIX.has(next) ? 5 : 3;
    points.push({ offset, penalty });
  }
  return points;
}

function lineCells(title: string, from: number, to: number): number {
  return cells(title.slice(from, to).trim().replace(/^\u3000+|\u3000+$/g, ''));
}

function piece(title: string, from: number, to: number): string {
  return title.slice(from, to).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/**
 * The title as lines: one line when it fits, else a trapezoid (two lines, the first no longer than the second)
 * or a diamond (three lines, the middle one the longest), broken at the best word boundaries. Longer titles
 * are filled line by line at word boundaries. Joined, the lines give the title back (spaces at a break dropped).
 */
export function titleLines(title: string, width = TITLE_LINE_CELLS): string[] {
  const total = cells(title);
  if (total <= width) return [title];
  const points = titleBreakPoints(title);
  const end = title.length;
  const need = Math.ceil(total / width);
  if (need === 2) {
    let best: { cost: number; at: number } | undefined;
    for (const p of points) {
      const a = lineCells(title, 0, p.offset);
      const b = lineCells(title, p.offset, end);
      if (a > width || b > width) continue;
      // 正梯形: the first line shorter; an inverted one only at a price; as even as the words allow.
      const cost = p.penalty * 2 + (a > b ? 4 + (a - b) * 2 : b - a);
      if (!best || cost < best.cost) best = { cost, at: p.offset };
    }
    if (best) return [piece(title, 0, best.at), piece(title, best.at, end)];
  } else if (need === 3) {
    let best: { cost: number; at: [number, number] } | undefined;
    for (let i = 0; i < points.length; i++) {
      const a = lineCells(title, 0, points[i]!.offset);
      if (a > width) break;
      for (let j = i + 1; j < points.length; j++) {
        const b = lineCells(title, points[i]!.offset, points[j]!.offset);
        const c = lineCells(title, points[j]!.offset, end);
        if (b > width) break;
        if (c > width) continue;
        // 菱形: the middle line the longest, the outer ones alike.
        const shape = Math.max(0, a - b) * 3 + Math.max(0, c - b) * 3 + Math.abs(a - c);
        const cost = (points[i]!.penalty + points[j]!.penalty) * 2 + shape;
        if (!best || cost < best.cost) best = { cost, at: [points[i]!.offset, points[j]!.offset] };
      }
    }
    if (best) return [piece(title, 0, best.at[0]), piece(title, best.at[0], best.at[1]), piece(title, best.at[1], end)];
  }
  // Very long titles (or no fitting boundary): fill each line, breaking at the last good boundary that fits.
  const lines: string[] = [];
  let from = 0;
  while (lineCells(title, from, end) > width) {
    const fits = points.filter((p) => p.offset > from && lineCells(title, from, p.offset) <= width);
    const clean = fits.filter((p) => p.penalty <= 1);
    const at = (clean.length ? clean : fits).at(-1)?.offset ?? charFit(title, from, width);
    lines.push(piece(title, from, at));
    from = at;
  }
  lines.push(piece(title, from, end));
  return lines.filter(Boolean);
}

/** The last offset after `from` whose line still fits (no word boundary fits: break between characters). */
function charFit(title: string, from: number, width: number): number {
  let at = from;
  for (const ch of title.slice(from)) {
    if (lineCells(title, from, at + ch.length) > width) break;
    at += ch.length;
  }
  while (at > from + 1 && (NO_LINE_START.has(title[at]!) || NO_LINE_END.has(title[at - 1]!))) at--;
  return Math.max(at, from + 1);
}
