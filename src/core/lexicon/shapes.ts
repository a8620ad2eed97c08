/**
 * Look-alike characters (形近字): the curated table ./data/look-alike.yaml (compiled by this project), loaded once.
 * `parseLookAlikeGroups` also reads groups that a team adds (same shape: a list of strings of Han characters).
 */
import lookAlikeData from './data/look-alike.yaml';

export interface LookAlikeTable {
  /** The groups, each a list of two or more distinct characters. */
  readonly groups: readonly (readonly string[])[];
  /** For each character, the other characters of every group it is in (table order, no repeats). */
  readonly index: ReadonlyMap<string, readonly string[]>;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * Reads look-alike groups: `{groups: ["己已巳", "拨拔", …]}` or the bare list. Bad entries are reported in Chinese
 * (and English) in `errors` and left out; nothing throws.
 */
export function parseLookAlikeGroups(data: unknown, source = '形近字表'): { table: LookAlikeTable; errors: string[] } {
  const errors: string[] = [];
  const list = Array.isArray(data) ? data : (data as { groups?: unknown } | null)?.groups;
  const groups: string[][] = [];
  if (!Array.isArray(list)) {
    errors.push(`${source}：应有 groups 列表，每项是一组形近字，如“己已巳”。${source}: expected a list "groups" of strings such as "己已巳".`);
  } else {
    list.forEach((entry, i) => {
      const chars = typeof entry === 'string' ? [...entry.replace(/[\s/、,，]/g, '')] : null;
      if (!chars || chars.length < 2 || !chars.every((c) => HAN.test(c))) {
        errors.push(`${source} 第 ${i + 1} 项 ${JSON.stringify(entry)}：应是两个以上的汉字。` +
          `${source}, entry ${i + 1}: expected two or more Han characters.`);
        return;
      }
      if (new Set(chars).size !== chars.length) {
        errors.push(`${source} 第 ${i + 1} 项“${entry}”：有重复的字。${source}, entry ${i + 1}: a character is repeated.`);
        return;
      }
      groups.push(chars);
    });
  }
  const index = new Map<string, string[]>();
  for (const g of groups) {
    for (const c of g) {
      const others = index.get(c) ?? [];
      for (const o of g) if (o !== c && !others.includes(o)) others.push(o);
      index.set(c, others);
    }
  }
  return { table: { groups, index }, errors };
}

let table: LookAlikeTable | undefined;

/** The project's look-alike table (its errors, if any, are a defect caught by the tests). */
export function lookAlikeTable(): LookAlikeTable {
  if (!table) {
    const parsed = parseLookAlikeGroups(lookAlikeData);
    table = parsed.table;
  }
  return table;
}

/** Characters that look like `char` (形近字), in table order; [] if none is listed. */
export function lookAlikes(char: string): readonly string[] {
  return lookAlikeTable().index.get(char) ?? [];
}
