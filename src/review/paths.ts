/**
 * Paths as reports show them: never a path of the checking machine (issue 20 §12). A review report or a SARIF log
 * travels — it is mailed to the units, attached to a CI run, kept with the issue — and the folders of the
 * reviewer's machine (user name, private folders) must not travel with it.
 *
 * The callers give display paths: relative to the working folder when the file is inside it (kept as they are),
 * absolute when it is outside. Absolute ones are shown from the last folder they have in common: a check of
 * /home/zhang/收稿/乡镇/a.md and /home/zhang/收稿/部门/b.md shows 收稿/乡镇/a.md and 收稿/部门/b.md.
 *
 * Pure string work on forward slashes (Windows paths are accepted with either slash): no Node built-ins, so the
 * web extension can use it.
 */

/** `/x`, `C:/x`, `C:\x`, `\\server\share` */
export function isAbsolutePath(path: string): boolean {
  return /^(?:[\\/]|[A-Za-z]:[\\/])/.test(path);
}

function segments(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.');
}

/** The root of an absolute path (`/`, `c:/`, `//`), lower-cased drive letters so that C: and c: meet. */
function rootOf(path: string): string {
  const p = path.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(p);
  if (drive) return `${drive[1]!.toLowerCase()}:/`;
  return p.startsWith('//') ? '//' : '/';
}

function pathSegments(path: string): string[] {
  const p = path.replace(/\\/g, '/').replace(/^[A-Za-z]:\//, '');
  return segments(p);
}

export interface PortablePaths {
  /** The path as a report shows it (relative, forward slashes). */
  shown(path: string): string;
  /** True when the path was outside the working folder (shown from its last common folder). */
  outside(path: string): boolean;
}

/** How many leading folders to leave out so that the deepest folder `dirs` all share stays visible, and nothing above it. */
function dropFor(dirs: string[][]): number {
  let common = dirs[0]!.length;
  for (const dir of dirs) {
    let i = 0;
    while (i < common && i < dir.length && dir[i] === dirs[0]![i]) i++;
    common = i;
  }
  return Math.max(0, common - 1);
}

/**
 * Map display paths to paths a report can show. Relative paths stay; absolute ones (files outside the working
 * folder) are shown relative to the parent of the deepest folder they share with the other absolute paths on the
 * same root, so the last shared folder's name stays visible and nothing above it does. Files that share nothing but
 * the root (/tmp/收稿/a.md and /home/zhang/报送/b.md) are grouped by their first folder, each group shown from its own
 * last shared folder (收稿/a.md, 报送/b.md); where two files would then read the same, both groups show one more folder.
 */
export function portablePaths(paths: Iterable<string>): PortablePaths {
  const byRoot = new Map<string, Map<string, string[]>>();
  for (const path of paths) {
    if (!isAbsolutePath(path)) continue;
    const root = rootOf(path);
    // The folder of each file (a file is never its own common folder).
    const dir = pathSegments(path).slice(0, -1);
    const list = byRoot.get(root) ?? new Map<string, string[]>();
    list.set(path, dir);
    byRoot.set(root, list);
  }
  const groups: string[][] = [];
  const drop = new Map<string, number>();
  for (const files of byRoot.values()) {
    const all = [...files.values()];
    const shared = dropFor(all);
    const whole = all.every((dir) => dir.length > 0 && dir[0] === all[0]![0]);
    const parts = new Map<string, string[]>();
    for (const path of files.keys()) {
      const key = whole ? '' : (files.get(path)![0] ?? '');
      parts.set(key, [...(parts.get(key) ?? []), path]);
    }
    for (const members of parts.values()) {
      const n = whole ? shared : dropFor(members.map((p) => files.get(p)!));
      for (const path of members) drop.set(path, n);
      groups.push(members);
    }
  }
  const show = (path: string) => pathSegments(path).slice(drop.get(path) ?? 0).join('/');
  // Two files outside that would read the same: their groups show one more folder, until they differ.
  for (let changed = true; changed; ) {
    changed = false;
    const seen = new Map<string, string>();
    const clash = new Set<string>();
    for (const path of drop.keys()) {
      const other = seen.get(show(path));
      if (other !== undefined && other !== path) clash.add(path).add(other);
      seen.set(show(path), path);
    }
    for (const group of groups) {
      if (!group.some((p) => clash.has(p)) || !group.every((p) => drop.get(p)! > 0)) continue;
      for (const p of group) drop.set(p, drop.get(p)! - 1);
      changed = true;
    }
  }
  return {
    outside: isAbsolutePath,
    shown(path: string): string {
      if (!isAbsolutePath(path)) return path.replace(/\\/g, '/');
      return drop.has(path) ? show(path) : pathSegments(path).slice(Math.max(0, pathSegments(path).length - 2)).join('/');
    },
  };
}

/**
 * The folders a check covered, as a report names them: the folder of each file, reduced to the outermost ones
 * (a folder inside another named one is not repeated). `./` stands for the working folder itself.
 */
export function checkedFolders(shownPaths: Iterable<string>): string[] {
  const dirs = new Set<string>();
  for (const path of shownPaths) {
    const parts = segments(path);
    dirs.add(parts.slice(0, -1).join('/'));
  }
  const sorted = [...dirs].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const out: string[] = [];
  for (const dir of sorted) {
    if (out.some((o) => o === '' || dir === o || dir.startsWith(`${o}/`))) continue;
    out.push(dir);
  }
  return out.map((d) => (d === '' ? './' : `${d}/`)).sort((a, b) => a.localeCompare(b));
}
