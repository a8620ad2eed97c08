/**
 * The office's scoring table, unit list and 通报 settings from `.xinxirc` (sections `scoring`, `units`, `ledger`,
 * already merged through `extends` by src/core/config.ts), validated with Chinese messages.
 *
 *   extends: xinxi:preset/采用计分       # presets/adoption-scoring.yaml, the seed's table
 *   scoring:
 *     报送: 0.2
 *     刊物: { 《昨日要情》: 2, 《信息短波》: 1, 《报省信息》: 3, 省政府办公厅: 10, 国务院办公厅: { 分值: 20, 别名: [国办] } }
 *     批示: { 市: 10, 省: 20, 国家: 30 }
 *     约稿: 5
 *     扣分: { 迟报: 10, 漏报: 10, 错报: 10, 失实: 10, 未完成约稿: 5 }
 *   units: [清河县农业农村局, { 名称: 清河县应急管理局, 别名: [县应急局] }]
 *   ledger: { 文件: .xinxi/ledger.csv, 发文单位: 清河县人民政府办公室, 范围: 全县, 信息类别: 政务信息 }
 */
import type { ResolvedConfig } from '../core/types.js';
import { parsePoints, type Milli } from './points.js';

export interface Problem {
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
  /** A short reason for the 通报 sent to the units (default: the message up to its consequence). */
  brief?: string;
  /** Where: a file (draft, ledger, configuration) and a 1-based line when known. */
  file?: string;
  line?: number;
  /** The item concerned, for the list of entries that failed validation. */
  unit?: string;
  title?: string;
}

/** One entry of a scoring table: a publication, an instruction level or a penalty type. */
export interface Scored {
  name: string;
  points: Milli;
  aliases: string[];
}

export interface Unit {
  name: string;
  aliases: string[];
}

export interface ScoringTable {
  /** False when the configuration has no scoring section at all. */
  configured: boolean;
  submitted: Milli;
  commissioned: Milli;
  publications: Scored[];
  levels: Scored[];
  penalties: Scored[];
  /** The configured units in their order; undefined when the configuration names none. */
  units?: Unit[];
  problems: Problem[];
}

export interface LedgerSettings {
  /** Ledger files as written (relative to the folder of the configuration file). */
  files?: string[];
  issuer?: string;
  scope?: string;
  category: string;
  to?: string;
  title?: string;
}

const SCORING_KEYS: Record<string, string[]> = {
  submitted: ['报送', 'submitted'],
  publications: ['刊物', 'publications'],
  levels: ['批示', 'instructions'],
  commissioned: ['约稿', 'commissioned'],
  penalties: ['扣分', 'penalties'],
};

function pick(data: Record<string, unknown>, names: readonly string[]): { key: string; value: unknown } | undefined {
  for (const key of names) if (data[key] !== undefined) return { key, value: data[key] };
  return undefined;
}

/** Names compare without spaces, in either width, and a publication's 《》 are optional. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[《》〈〉<>“”"'‘’]/gu, '')
    .toLowerCase();
}

/** 市级、市领导、市级领导 → 市 */
function levelKey(name: string): string {
  return nameKey(name).replace(/(?:级领导|领导|级)$/u, '') || nameKey(name);
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  return [];
}

function scoredTable(value: unknown, key: string, what: string, problems: Problem[], file: string): Scored[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({
      severity: 'error',
      file,
      message: `计分办法 scoring.${key} 应为“${what} → 分值”的键值对象，已忽略。`,
      messageEn: `scoring.${key} must map each ${what} to points; ignored.`,
    });
    return [];
  }
  const out: Scored[] = [];
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null) continue; // removed by a nearer file
    let raw: unknown = v;
    let aliases: string[] = [];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      raw = o['分值'] ?? o.points;
      aliases = stringList(o['别名'] ?? o.aliases);
    }
    const points = parsePoints(raw);
    if (points === undefined) {
      problems.push({
        severity: 'error',
        file,
        message: `计分办法 scoring.${key}.${name} 的分值“${String(raw)}”不是数字（最多三位小数），该项不计分。`,
        messageEn: `scoring.${key}.${name}: "${String(raw)}" is not a number with at most three decimals; not scored.`,
      });
      continue;
    }
    out.push({ name: name.trim(), points, aliases });
  }
  return out;
}

function singlePoints(value: unknown, key: string, problems: Problem[], file: string): Milli {
  if (value === undefined || value === null) return 0;
  const points = parsePoints(value);
  if (points === undefined) {
    problems.push({
      severity: 'error',
      file,
      message: `计分办法 scoring.${key} 的分值“${String(value)}”不是数字（最多三位小数），按 0 分计。`,
      messageEn: `scoring.${key}: "${String(value)}" is not a number with at most three decimals; counted as 0.`,
    });
    return 0;
  }
  return points;
}

function unitsOf(value: unknown[] | undefined, problems: Problem[], file: string): Unit[] | undefined {
  if (!value) return undefined;
  const out: Unit[] = [];
  const seen = new Map<string, string>();
  value.forEach((entry, i) => {
    let name: string | undefined;
    let aliases: string[] = [];
    if (typeof entry === 'string') name = entry.trim();
    else if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
      const o = entry as Record<string, unknown>;
      const n = o['名称'] ?? o.name;
      name = typeof n === 'string' ? n.trim() : undefined;
      aliases = stringList(o['别名'] ?? o.aliases);
    }
    if (!name) {
      problems.push({
        severity: 'error',
        file,
        message: `单位名单 units 第 ${i + 1} 项应为单位名称（或 {名称, 别名}），已忽略。`,
        messageEn: `units[${i}] must be a unit name (or {名称, 别名}); ignored.`,
      });
      return;
    }
    if (out.some((u) => u.name === name)) {
      problems.push({ severity: 'warning', file, message: `单位名单中“${name}”重复，只保留一次。`, messageEn: `"${name}" appears twice in units; kept once.` });
      return;
    }
    for (const n of [name, ...aliases]) {
      const k = nameKey(n);
      const other = seen.get(k);
      if (other !== undefined && other !== name) {
        problems.push({
          severity: 'error',
          file,
          message: `单位名单中“${n}”同时指“${other}”和“${name}”，请改为只属于一个单位。`,
          messageEn: `In units, "${n}" names both "${other}" and "${name}".`,
        });
      }
      seen.set(k, name);
    }
    out.push({ name, aliases });
  });
  return out;
}

/** The configuration file named in messages about scoring (the nearest file that has the section). */
function configFile(config: ResolvedConfig): string {
  return config.files[0] ?? '.xinxirc';
}

/** The scoring table and unit list of a resolved configuration, with what is wrong in them. */
export function scoringTableOf(config: ResolvedConfig): ScoringTable {
  const problems: Problem[] = [];
  const file = configFile(config);
  const data = config.scoring ?? {};
  const known = new Set(Object.values(SCORING_KEYS).flat());
  for (const key of Object.keys(data)) {
    if (!known.has(key)) {
      problems.push({
        severity: 'warning',
        file,
        message: `计分办法中的“${key}”无法识别，已忽略；可写 报送、刊物、批示、约稿、扣分。`,
        messageEn: `Unknown scoring key "${key}"; ignored. Use 报送, 刊物, 批示, 约稿, 扣分.`,
      });
    }
  }
  const get = (field: string) => pick(data, SCORING_KEYS[field]!);
  const table: ScoringTable = {
    configured: config.scoring !== undefined,
    submitted: singlePoints(get('submitted')?.value, get('submitted')?.key ?? '报送', problems, file),
    commissioned: singlePoints(get('commissioned')?.value, get('commissioned')?.key ?? '约稿', problems, file),
    publications: scoredTable(get('publications')?.value, get('publications')?.key ?? '刊物', '刊物名称', problems, file),
    levels: scoredTable(get('levels')?.value, get('levels')?.key ?? '批示', '批示级别', problems, file),
    penalties: scoredTable(get('penalties')?.value, get('penalties')?.key ?? '扣分', '扣分类型', problems, file),
    units: unitsOf(config.units, problems, file),
    problems,
  };
  // Penalties deduct: a table may write them as 10 or -10.
  table.penalties = table.penalties.map((p) => ({ ...p, points: Math.abs(p.points) }));
  if (table.configured && table.publications.length === 0) {
    problems.push({
      severity: 'warning',
      file,
      message: '计分办法中没有刊物（scoring.刊物），采用记录都无法计分。',
      messageEn: 'The scoring table lists no publications (scoring.刊物): no adoption can be scored.',
    });
  }
  return table;
}

/** Find a configured entry by name or alias (《》, spaces and width do not matter). */
export function findScored(list: readonly Scored[], name: string, kind: 'publication' | 'level' | 'penalty' = 'publication'): Scored | undefined {
  const key = kind === 'level' ? levelKey : nameKey;
  const k = key(name);
  return list.find((s) => key(s.name) === k || s.aliases.some((a) => key(a) === k));
}

export function findUnit(units: readonly Unit[], name: string): Unit | undefined {
  const k = nameKey(name);
  return units.find((u) => nameKey(u.name) === k || u.aliases.some((a) => nameKey(a) === k));
}

const LEDGER_KEYS: Record<keyof Omit<LedgerSettings, 'category'> | 'category', string[]> = {
  files: ['文件', 'files', 'file'],
  issuer: ['发文单位', 'issuer'],
  scope: ['范围', 'scope'],
  category: ['信息类别', 'category'],
  to: ['主送', 'to'],
  title: ['标题', 'title'],
};

/** 清河县人民政府办公室 → 全县; 市委办公室 → 全市 */
export function scopeOf(issuer: string | undefined): string | undefined {
  if (!issuer) return undefined;
  const head = issuer.split(/人民政府|政府|党委|委员会|委/u)[0] ?? '';
  const m = /([省市县区旗州盟镇乡])[^省市县区旗州盟镇乡]*$/u.exec(head);
  return m ? `全${m[1]}` : undefined;
}

/** The 通报 settings (`ledger:`), with defaults from the configured unit. */
export function ledgerSettingsOf(config: ResolvedConfig): { settings: LedgerSettings; problems: Problem[] } {
  const problems: Problem[] = [];
  const data = config.ledger ?? {};
  const file = configFile(config);
  const known = new Set(Object.values(LEDGER_KEYS).flat());
  for (const key of Object.keys(data)) {
    if (!known.has(key)) {
      problems.push({
        severity: 'warning',
        file,
        message: `台账设置 ledger 中的“${key}”无法识别，已忽略；可写 文件、发文单位、范围、信息类别、主送、标题。`,
        messageEn: `Unknown ledger setting "${key}"; ignored.`,
      });
    }
  }
  const text = (field: keyof typeof LEDGER_KEYS): string | undefined => {
    const found = pick(data, LEDGER_KEYS[field]);
    if (!found) return undefined;
    if (typeof found.value === 'string' && found.value.trim()) return found.value.trim();
    problems.push({ severity: 'warning', file, message: `台账设置 ledger.${found.key} 应为文字，已忽略。`, messageEn: `ledger.${found.key} must be text; ignored.` });
    return undefined;
  };
  const filesEntry = pick(data, LEDGER_KEYS.files);
  let files: string[] | undefined;
  if (filesEntry) {
    files = stringList(filesEntry.value);
    if (files.length === 0) {
      problems.push({
        severity: 'warning',
        file,
        message: `台账设置 ledger.${filesEntry.key} 应为台账文件的路径（或路径列表），已按默认位置查找。`,
        messageEn: `ledger.${filesEntry.key} must be a path or a list of paths; the default places are used.`,
      });
      files = undefined;
    }
  }
  const issuer = text('issuer') ?? config.unit;
  const settings: LedgerSettings = {
    files,
    issuer,
    scope: text('scope') ?? scopeOf(issuer),
    category: text('category') ?? '政务信息',
    to: text('to'),
    title: text('title'),
  };
  return { settings, problems };
}

/** Default ledger files, relative to the configuration's folder. */
export const DEFAULT_LEDGER_FILES = ['.xinxi/ledger.yaml', '.xinxi/ledger.yml', '.xinxi/ledger.csv'];

/**
 * The ledger files of a configuration, relative to its folder (`config.root`): those `ledger.文件` names (a missing
 * one is an error the caller reports), or the default places (a missing one is simply not there).
 */
export function ledgerFilesOf(config: ResolvedConfig): { files: string[]; explicit: boolean } {
  const { settings } = ledgerSettingsOf(config);
  return settings.files ? { files: settings.files, explicit: true } : { files: DEFAULT_LEDGER_FILES, explicit: false };
}
