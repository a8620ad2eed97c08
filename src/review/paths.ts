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

/**
 * Map display paths to paths a report can show. Relative paths stay; absolute ones (files outside the working
 * folder) are shown relative to the parent of the deepest folder they share with the other absolute paths on the
 * same root, so the last shared folder's name stays visible and nothing above it does.
 */
export function portablePaths(paths: Iterable<string>): PortablePaths {
  const byRoot = new Map<string, string[][]>();
  for (const path of paths) {
    if (!isAbsolutePath(path)) continue;
    const root = rootOf(path);
    // The folder of each file (a file is never its own common folder).
    const dir = pathSegments(path).slice(0, -1);
    const list = byRoot.get(root);
    if (list) list.push(dir);
    else byRoot.set(root, [dir]);
  }
  const keep = new Map<string, number>();
  for (const [root, dirs] of byRoot) {
    let common = dirs[0]!.length;
    for (const dir of dirs) {
      let i = 0;
      while (i < common && i < dir.length && dir[i] === dirs[0]![i]) i++;
      common = i;
    }
    // Keep the last shared folder's name: drop what lies above it.
    keep.set(root, Math.max(0, common - 1));
  }
  return {
    outside: isAbsolutePath,
    shown(path: string): string {
      if (!isAbsolutePath(path)) return path.replace(/\\/g, '/');
      const drop = keep.get(rootOf(path)) ?? Math.max(0, pathSegments(path).length - 2);
      return pathSegments(path).slice(drop).join('/');
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
