/**
 * Where templates come from and where new drafts go: the built-in templates (`templates/*.md` in the extension),
 * the team's folders (`.xinxi/templates/` in the workspace, `.xinxirc` key `templates`, a setting), and the drafts
 * folder (`.xinxirc` key `drafts`, a setting). Editor-agnostic: file access goes through a small host.
 */
import { parseConfigText } from '../core/config.js';
import type { ConfigHost } from '../core/config-load.js';
import { normalizeKind } from '../index.js';
import type { Kind } from '../core/types.js';
import { parseTemplate, type Template, type TemplateProblem } from './template.js';

/** A built-in template: `templates/<file>` in the extension, with the snippet it also becomes. */
export interface BuiltinTemplate {
  file: string;
  /** Name shown in the pick list and the snippet's name. */
  name: string;
  kind: Kind;
  /** Snippet prefixes: pinyin initials (where they are unique), full pinyin, Chinese. */
  prefixes: string[];
  description: string;
}

export const BUILTIN_TEMPLATES: BuiltinTemplate[] = [
  { file: 'dongtai.md', name: '动态信息', kind: '动态', prefixes: ['xx-dt', 'xx-dongtai', '动态信息'], description: '工作动态：一段成篇，写清时间、做法和数据' },
  { file: 'jingyan.md', name: '经验信息', kind: '经验', prefixes: ['xx-jy', 'xx-jingyan', '经验信息'], description: '经验做法：一是、二是……加成效数据' },
  { file: 'wenti.md', name: '问题信息', kind: '问题', prefixes: ['xx-wt', 'xx-wenti', '问题信息'], description: '问题＋原因＋建议（忧信息）' },
  { file: 'jianyi.md', name: '建议信息', kind: '建议', prefixes: ['xx-jianyi', '建议信息'], description: '情况＋原因＋具体建议（谁来做、做什么、何时）' },
  { file: 'sheqing.md', name: '社情民意', kind: '社情民意', prefixes: ['xx-sqmy', 'xx-sheqing', '社情民意'], description: '群众诉求＋原因＋建议' },
  { file: 'shoubao.md', name: '紧急首报', kind: '紧急首报', prefixes: ['xx-jjsb', 'xx-shoubao', '紧急首报'], description: '时间、地点、性质、伤亡、原因、措施、下一步' },
  { file: 'xubao.md', name: '紧急续报', kind: '紧急续报', prefixes: ['xx-jjxb', 'xx-xubao', '紧急续报'], description: '续报序号＋事态进展＋新措施' },
  { file: 'zhongbao.md', name: '紧急终报', kind: '紧急终报', prefixes: ['xx-jjzb', 'xx-zhongbao', '紧急终报'], description: '处置结果＋善后＋原因调查' },
  { file: 'zhuanbao.md', name: '专报', kind: '专报', prefixes: ['xx-zb', 'xx-zhuanbao', '专报信息'], description: '专题报告：可分段，不限篇幅' },
];

/** File access for templates. Paths are opaque strings the host understands (fs paths or URI strings). */
export interface TemplateHost {
  /** Names of the files in a folder, or undefined when there is no such folder. */
  list(dir: string): Promise<string[] | undefined>;
  /** File bytes; throws when the file cannot be read. */
  read(path: string): Promise<Uint8Array>;
  join(dir: string, name: string): string;
}

export interface TemplateList {
  templates: Template[];
  problems: TemplateProblem[];
}

const TEMPLATE_FILE = /\.(?:md|markdown|txt)$/iu;

/** Read the built-in templates from the extension's `templates/` folder. */
export async function loadBuiltinTemplates(dir: string, host: TemplateHost): Promise<TemplateList> {
  const out: TemplateList = { templates: [], problems: [] };
  for (const b of BUILTIN_TEMPLATES) {
    const path = host.join(dir, b.file);
    try {
      const result = parseTemplate(await host.read(path), { path, name: b.name, source: 'builtin', id: `builtin:${b.kind}` });
      if (result.template) out.templates.push(result.template);
      else out.problems.push(result.problem);
    } catch (error) {
      out.problems.push(unreadable(b.name, error));
    }
  }
  return out;
}

function unreadable(file: string, error: unknown): TemplateProblem {
  // The safe readers say why in words (不是普通文件…, 文件过大…); anything else is named by its code.
  const said = error as { message?: unknown; messageEn?: unknown };
  if (typeof said?.message === 'string' && typeof said.messageEn === 'string') {
    return { file, message: `无法读取：${said.message.replace(/。$/u, '')}。`, messageEn: `Cannot be read: ${said.messageEn.replace(/\.$/u, '')}.` };
  }
  const detail = (error as { code?: string })?.code ?? (error instanceof Error ? error.message : String(error));
  return { file, message: `无法读取：${detail}。`, messageEn: `Cannot be read: ${detail}.` };
}

/**
 * Read every template file in the team folders (`.md`, `.markdown`, `.txt`, sorted by name). A file that cannot be
 * used is reported by name and the others still load. The same file reached through two folders is read once.
 */
export async function loadTeamTemplates(dirs: readonly string[], host: TemplateHost): Promise<TemplateList> {
  const out: TemplateList = { templates: [], problems: [] };
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    let names: string[] | undefined;
    try {
      names = await host.list(dir);
    } catch (error) {
      out.problems.push(unreadable(dir, error));
      continue;
    }
    if (!names) continue;
    for (const file of names.filter((n) => TEMPLATE_FILE.test(n) && !n.startsWith('.')).sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
      const path = host.join(dir, file);
      const name = file.replace(TEMPLATE_FILE, '');
      try {
        const result = parseTemplate(await host.read(path), { path, name, source: 'team' });
        if (result.template) out.templates.push(result.template);
        else out.problems.push({ ...result.problem, file });
      } catch (error) {
        out.problems.push(unreadable(file, error));
      }
    }
  }
  return out;
}

/** Find a template by what a caller passed: its id, its name, its file name or its kind (built-in first). */
export function findTemplate(templates: readonly Template[], key: string): Template | undefined {
  const k = key.trim();
  const kind = normalizeKind(k);
  return (
    templates.find((t) => t.id === k || t.path === k) ??
    templates.find((t) => t.name === k) ??
    templates.find((t) => t.path.endsWith(`/${k}`) || t.path.endsWith(`\\${k}`)) ??
    (kind ? templates.find((t) => t.source === 'builtin' && t.kind === kind) : undefined)
  );
}

export interface TemplateLocations {
  /** Template folders named by config files (nearest first), resolved. */
  templates: string[];
  /** The drafts folder named by the nearest config file that has `drafts`, resolved. */
  drafts?: string;
  /** Values for new drafts from `drafts: { 报送, 签发, 执笔, 电话 }` (the nearest config file that gives each). */
  fields: DraftFields;
  problems: TemplateProblem[];
}

/** What a team's `.xinxirc` may fill into every new draft. */
export type DraftFields = Partial<Record<'报送' | '签发' | '执笔' | '电话', string>>;

const DRAFT_KEYS: Record<string, keyof DraftFields | 'folder'> = {
  文件夹: 'folder',
  folder: 'folder',
  报送: '报送',
  to: '报送',
  签发: '签发',
  signer: '签发',
  执笔: '执笔',
  writer: '执笔',
  电话: '电话',
  phone: '电话',
};

/**
 * The `templates` and `drafts` keys of the config files a draft's configuration was read from (ResolvedConfig.files,
 * nearest first; `extends` targets after the file that names them). Relative paths are relative to the file that
 * names them. `templates` may be a folder or a list of folders. `drafts` may be a folder, or the settings of new
 * drafts: `drafts: { 文件夹: 稿件, 报送: 县委办公室信息科, 签发: 王强, 执笔: 赵敏, 电话: 0551-1234567 }`.
 */
export async function templateLocations(files: readonly string[], host: ConfigHost): Promise<TemplateLocations> {
  const out: TemplateLocations = { templates: [], fields: {}, problems: [] };
  for (const file of files) {
    let text: string | undefined;
    try {
      text = await host.read(file);
    } catch {
      continue;
    }
    if (text === undefined) continue;
    const { data } = parseConfigText(text, file);
    if (!data) continue;
    const dir = host.dirname(file);
    const say = (key: string) =>
      out.problems.push({
        file,
        message: `“${key}”应为文件夹路径${key === 'templates' ? '（或路径列表）' : ''}，已忽略。`,
        messageEn: `"${key}" must be a folder path${key === 'templates' ? ' (or a list of paths)' : ''}; ignored.`,
      });
    if (data.templates !== undefined && data.templates !== null) {
      const list = Array.isArray(data.templates) ? data.templates : [data.templates];
      for (const entry of list) {
        if (typeof entry === 'string' && entry.trim()) out.templates.push(host.resolve(dir, entry.trim()));
        else say('templates');
      }
    }
    if (data.drafts !== undefined && data.drafts !== null) {
      if (typeof data.drafts === 'string') {
        if (data.drafts.trim()) out.drafts ??= host.resolve(dir, data.drafts.trim());
        else say('drafts');
      } else if (typeof data.drafts === 'object' && !Array.isArray(data.drafts)) {
        for (const [key, value] of Object.entries(data.drafts as Record<string, unknown>)) {
          const field = DRAFT_KEYS[key.trim()] ?? DRAFT_KEYS[key.trim().toLowerCase()];
          const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
          if (!field || !text) {
            out.problems.push({
              file,
              message: `“drafts.${key}”无法识别或不是文字，已忽略；可写 文件夹、报送、签发、执笔、电话。`,
              messageEn: `"drafts.${key}" is unknown or not text; ignored. Use 文件夹 (folder), 报送, 签发, 执笔, 电话.`,
            });
          } else if (field === 'folder') out.drafts ??= host.resolve(dir, text);
          else out.fields[field] ??= text;
        }
      } else say('drafts');
    }
  }
  return out;
}
