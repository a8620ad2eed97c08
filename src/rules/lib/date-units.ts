/**
 * The units of a date or a clock time written wrong (the typo rule): a character of the same sound or shape in the
 * place of 年, 月, 日, 时, 分 or 点 after a number, where the figures around it leave no other reading.
 *
 * The evidence is the date's own shape, not word frequencies: a year of four figures followed by a month (2026撵10月 →
 * 2026年), a month followed by a day (11说19日 → 11月, 2026年3岳起 → 3月), a day after its month (11月20曰 → 20日), an
 * hour after its day before the minutes or a mark of time (20日18石前 → 18时), minutes after the hour (15时20粉，→
 * 20分), an hour before the minutes (下午3殿20分 → 3点). A slip of the input method here leaves a character that makes
 * no word with its figures, and a segmentation reads past it (the character is a word of its own, 说, 石), so the
 * dictionary's search never sees it. Each figure must be a possible value of its unit (a month 1–12, a day 1–31 …).
 *
 * Pure: the sentence and the lexicon's confusion sets in, findings out. One pass of each expression over the sentence.
 */

/** A slip of a date's or a time's unit: where it is (the number and the character), what is written, what is meant. */
export interface DateUnitSlip {
  /** The number and the wrong character: text[start, end). */
  start: number;
  end: number;
  /** The wrong character's offset. */
  at: number;
  from: string;
  /** The unit meant, first; others that read as well (点, or 时, before the minutes). */
  to: readonly string[];
}

/** Marks and words that may follow an hour or minutes (18时前, 20分许, 9时至, 20分，). */
const AFTER_TIME = '(?:[前后许起至到止左钟]|[，。、；！？）)]|$)';

interface Shape {
  /** The pattern: group 1 the number, group 2 the character; matched in the sentence (global, sticky to nothing). */
  re: RegExp;
  /** The units meant, the first the fix. */
  units: readonly string[];
  /** The largest value of the number (12 for a month, 31 for a day …), and the least. */
  min: number;
  max: number;
}

const HAN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff]';

const SHAPES: readonly Shape[] = [
  // A year of four figures, then a month: 2026撵10月, 2026捻1月.
  { re: new RegExp(`(?<![0-9０-９.．])((?:19|20)[0-9]{2})(${HAN})(?=[0-9]{1,2}月)`, 'gu'), units: ['年'], min: 1900, max: 2099 },
  // A month after the year or before a day: 2026年11说19日, 2026年3岳起, 11钥19日.
  { re: new RegExp(`(?<![0-9０-９.．])([0-9]{1,2})(${HAN})(?=[0-9]{1,2}[日号])`, 'gu'), units: ['月'], min: 1, max: 12 },
  { re: new RegExp(`(?<=[0-9]年)([0-9]{1,2})(${HAN})`, 'gu'), units: ['月'], min: 1, max: 12 },
  // A day after its month: 11月20曰.
  { re: new RegExp(`(?<=[0-9]月)([0-9]{1,2})(${HAN})`, 'gu'), units: ['日'], min: 1, max: 31 },
  // An hour after its day, before the minutes or a mark of time: 20日18石前, 19日15事20分.
  { re: new RegExp(`(?<=[0-9]日)([0-9]{1,2})(${HAN})(?=[0-9]{1,2}分|${AFTER_TIME})`, 'gu'), units: ['时'], min: 0, max: 24 },
  // Minutes after the hour: 15时20粉，.
  { re: new RegExp(`(?<=[0-9][时点])([0-9]{1,2})(${HAN})(?=${AFTER_TIME})`, 'gu'), units: ['分'], min: 0, max: 59 },
  // An hour before the minutes: 下午3殿20分 (点, or 时).
  { re: new RegExp(`(?<![0-9０-９.．])([0-9]{1,2})(${HAN})(?=[0-9]{1,2}分)`, 'gu'), units: ['点', '时'], min: 0, max: 24 },
];

/** The units of all the shapes, and the characters never taken for a slip (a unit itself, or 号 of a day). */
const SHAPE_UNITS = ['年', '月', '日', '时', '分', '点'] as const;
const UNIT_CHARS = '年月日时分点号秒';

/** A confusion set as a Set, made once per list (the lexicon hands out the same frozen list for a unit each time). */
const asSet = new WeakMap<readonly string[], ReadonlySet<string>>();
function setOf(list: readonly string[]): ReadonlySet<string> {
  let set = asSet.get(list);
  if (!set) asSet.set(list, (set = new Set(list)));
  return set;
}

/**
 * Whether text[start, end) holds a figure followed by a Han character that is no unit but is confusable with one: every
 * slip is one (a shape's number ends in a figure, its character follows). A guard for speed: most sentences have
 * none, and the seven patterns then need not run. The units' sets are asked for once, at the first candidate.
 */
function mayHoldSlip(text: string, start: number, end: number, confusable: (unit: string) => readonly string[]): boolean {
  let sets: ReadonlySet<string>[] | undefined;
  for (let i = start; i < end - 1; i++) {
    const d = text.charCodeAt(i);
    if (d < 0x30 || d > 0x39) continue;
    const h = text.charCodeAt(i + 1);
    if (!((h >= 0x3400 && h <= 0x4dbf) || (h >= 0x4e00 && h <= 0x9fff))) continue;
    const c = text[i + 1]!;
    if (UNIT_CHARS.includes(c)) continue;
    sets ??= SHAPE_UNITS.map((u) => setOf(confusable(u)));
    for (const set of sets) if (set.has(c)) return true;
  }
  return false;
}

/**
 * The units of dates and times written wrong in text[start, end): the character after the number is a same-sounding
 * or look-alike character of the unit (`confusable(unit)` lists them) and not the unit itself, nor another unit that
 * reads there (号 for a day).
 */
export function dateUnitSlips(text: string, start: number, end: number, confusable: (unit: string) => readonly string[]): DateUnitSlip[] {
  if (!mayHoldSlip(text, start, end, confusable)) return [];
  const sentence = text.slice(start, end);
  const out: DateUnitSlip[] = [];
  const seen = new Set<number>();
  for (const shape of SHAPES) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(sentence); m; m = shape.re.exec(sentence)) {
      const value = Number(m[1]);
      const c = m[2]!;
      if (value < shape.min || value > shape.max) continue;
      const at = start + m.index + m[1]!.length;
      if (seen.has(at) || '年月日时分点号秒'.includes(c)) continue;
      // The units the character may have been written for first, then the shape's others (9电30分: 点, or 时, the
      // unit of the house style's 24-hour clock).
      const meant = shape.units.filter((u) => confusable(u).includes(c));
      if (meant.length === 0) continue;
      const to = [...meant, ...shape.units.filter((u) => !meant.includes(u))];
      seen.add(at);
      out.push({ start: start + m.index, end: at + 1, at, from: c, to });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
