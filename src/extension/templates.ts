/**
 * Templates in VS Code: 「新建信息稿」 (xinxi.newDraft) and 「另存为团队模板」 (xinxi.saveAsTeamTemplate). The
 * template logic is editor-agnostic (src/templates); this file finds the folders, asks the questions and edits.
 * Everything goes through vscode.workspace.fs, so it works on the web and in virtual workspaces too.
 *
 * Both commands take optional arguments so they can be run without UI (tests, keybindings, other extensions):
 * - `xinxi.newDraft({ template?, title?, folder?, list? })`: `template` is a template's name, id, file name or kind;
 *   `folder` the folder to create the draft in; `list: true` returns `{ templates, problems }` without any UI.
 *   Returns the new draft's URI.
 * - `xinxi.saveAsTeamTemplate({ name?, fields?, overwrite?, folder? })`: `fields` lists the values to turn back
 *   into fields (单位 日期 执笔 电话 签发 标题); `true` all, `false` none. Returns the template's URI.
 */
import * as vscode from 'vscode';
import { configFromOverrides } from '../core/config.js';
import { parseDraft } from '../core/draft.js';
import type { ResolvedConfig } from '../core/types.js';
import { allRules, kindName } from '../index.js';
import {
  draftFileName,
  fieldify,
  findTemplate,
  loadBuiltinTemplates,
  loadTeamTemplates,
  normalizeText,
  parseTemplate,
  renderTemplate,
  templateFileName,
  templateLocations,
  type FieldValues,
  type Template,
  type TemplateHost,
  type TemplateProblem,
} from '../templates/index.js';
import { vscodeHost } from './host.js';
import { readFileSafely, TEMPLATE_MAX_BYTES } from './read.js';
import { draftFormat, isDraftLanguage, type DraftLinter } from './linter.js';
import { useChinese } from './settings.js';
import { insideWorkspace, realLocation } from './trust.js';
import { createFile, saveFile } from './write.js';

export interface NewDraftArgs {
  template?: string;
  title?: string;
  folder?: string | vscode.Uri;
  list?: boolean;
}

export interface SaveTemplateArgs {
  name?: string;
  fields?: string[] | boolean;
  /** When the template exists: true replaces it, false refuses; absent asks. */
  overwrite?: boolean;
  folder?: string | vscode.Uri;
}

export interface TemplateListing {
  templates: { id: string; name: string; source: Template['source']; kind?: string; path: string; fields: string[] }[];
  problems: TemplateProblem[];
  /** Restricted Mode: folders that were not used because they are outside the workspace (see Where.restricted). */
  restricted: TemplateProblem[];
  /** Where 新建信息稿 would save and 另存为团队模板 would save (URI strings). */
  draftsFolder?: string;
  saveFolder?: string;
}

const FIELD_NAMES = ['单位', '日期', '执笔', '电话', '签发', '标题'] as const;

const isMissing = (error: unknown) =>
  error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound' || error.code === 'FileNotADirectory');

const uriHost: TemplateHost = {
  async list(dir) {
    try {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(dir));
      // Everything but folders: a FIFO or a link to a device named like a template is read through the safe reader,
      // which refuses it and says why, rather than being left out without a word.
      return entries.filter(([, type]) => (type & vscode.FileType.Directory) === 0).map(([name]) => name);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  // A template is a regular file of at most TEMPLATE_MAX_BYTES (./read.ts); a FIFO or device is refused unread.
  read: (path) => readFileSafely(vscode.Uri.parse(path), TEMPLATE_MAX_BYTES),
  join: (dir, name) => vscode.Uri.joinPath(vscode.Uri.parse(dir), name).toString(),
};

const asUri = (value: string | vscode.Uri) => (typeof value === 'string' ? (/^[a-z][a-z0-9+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value)) : value);

interface Where {
  /** The folder the command works from: the active draft's folder, or the first workspace folder. */
  base?: vscode.Uri;
  workspaceFolder?: vscode.WorkspaceFolder;
  config: ResolvedConfig;
  teamFolders: vscode.Uri[];
  /** Where 「另存为团队模板」 saves. */
  saveFolder?: vscode.Uri;
  draftsFolder?: vscode.Uri;
  /** 执笔, 电话, 签发, 报送 for new drafts: the writer's settings first, then the team's `.xinxirc` (`drafts:`). */
  writer?: string;
  phone?: string;
  signer?: string;
  to?: string;
  problems: TemplateProblem[];
  /**
   * Restricted Mode (issue 20 §8): the folders of the workspace's own `.xinxirc` (`templates:`, `drafts:`), the
   * default `.xinxi/templates` and relative `xinxi.*Folder` settings are used only when they are inside the
   * workspace by real path; each one left out is named here, and the writer is told once why.
   */
  restricted: TemplateProblem[];
}

class Templates {
  /** The Restricted Mode notices already shown in this session: each is shown once. */
  private readonly told = new Set<string>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly linter: DraftLinter,
  ) {}

  private chinese(): boolean {
    return useChinese(this.linter.settings);
  }

  /** Folders and values for a command run from `base` (re-read every time: no reload needed after a change). */
  async where(base?: vscode.Uri): Promise<Where> {
    const active = vscode.window.activeTextEditor?.document.uri;
    if (!base && active && active.scheme !== 'untitled') base = vscode.Uri.joinPath(active, '..');
    const folders = vscode.workspace.workspaceFolders ?? [];
    const workspaceFolder = (base && vscode.workspace.getWorkspaceFolder(base)) || folders[0];
    if (!base) base = workspaceFolder?.uri;
    const overrides = this.linter.settings.overrides;
    let config: ResolvedConfig;
    if (base) {
      // The linter's resolver: the same trust rule and caches, cleared whenever a .xinxirc changes.
      config = await this.linter.configFor(vscode.Uri.joinPath(base, '新稿.md'));
    } else config = configFromOverrides(overrides, new Map(allRules.map((r) => [r.id, r])));
    const locations = await templateLocations(config.files, vscodeHost);
    const settings = vscode.workspace.getConfiguration('xinxi', workspaceFolder?.uri);
    // Restricted Mode: a folder named by the workspace is used only when it is really inside the workspace.
    const restricted: TemplateProblem[] = [];
    const trusted = vscode.workspace.isTrusted;
    const allowed = (uri: vscode.Uri, what: string, whatEn: string): boolean => {
      if (trusted || insideWorkspace(uri)) return true;
      const shown = uri.scheme === 'file' ? uri.fsPath : uri.toString();
      const real = realLocation(uri);
      restricted.push({
        file: shown,
        message: `受限模式下不使用${what}“${shown}”：它在工作区以外${real ? `（经符号链接指向“${real}”）` : ''}。信任此工作区后才会使用。`,
        messageEn: `In Restricted Mode, ${whatEn} "${shown}" is not used: it is outside the workspace${real ? ` (a symbolic link to "${real}")` : ''}. Trust the workspace to use it.`,
      });
      return false;
    };
    const settingPath = (key: string): vscode.Uri | undefined => {
      const value = settings.get<string>(key)?.trim();
      if (!value) return undefined;
      // Restricted settings: in Restricted Mode VS Code gives only the user's own value. An absolute one is the
      // user's choice; a relative one is resolved in the workspace, where a link may lead out of it.
      if (/^(?:[a-z]:[\\/]|\/)/i.test(value) && (!workspaceFolder || workspaceFolder.uri.scheme === 'file')) return vscode.Uri.file(value);
      if (/^[a-z][a-z0-9+.-]+:\/\//i.test(value)) return vscode.Uri.parse(value);
      if (!workspaceFolder) return undefined;
      const uri = vscode.Uri.joinPath(workspaceFolder.uri, value);
      return allowed(uri, `设置 xinxi.${key} 的文件夹`, `the folder of the setting xinxi.${key}`) ? uri : undefined;
    };
    const fromSetting = settingPath('templatesFolder');
    const fromConfig = locations.templates
      .map((p) => vscode.Uri.parse(p))
      .filter((u) => allowed(u, ' .xinxirc 中 templates 指定的模板文件夹', 'the templates folder named by templates in .xinxirc'));
    const defaults = folders
      .map((f) => vscode.Uri.joinPath(f.uri, '.xinxi', 'templates'))
      .filter((u) => allowed(u, '团队模板文件夹', 'the team templates folder'));
    const seen = new Set<string>();
    const teamFolders = [...(fromSetting ? [fromSetting] : []), ...fromConfig, ...defaults].filter((u) => !seen.has(u.toString()) && !!seen.add(u.toString()));
    const draftsFromConfig = locations.drafts ? vscode.Uri.parse(locations.drafts) : undefined;
    const draftsFolder =
      settingPath('draftsFolder') ??
      (draftsFromConfig && allowed(draftsFromConfig, ' .xinxirc 中 drafts 指定的稿件文件夹', 'the drafts folder named by drafts in .xinxirc') ? draftsFromConfig : undefined) ??
      base;
    const workspaceDefault = workspaceFolder ? vscode.Uri.joinPath(workspaceFolder.uri, '.xinxi', 'templates') : undefined;
    const text = (key: string) => settings.get<string>(key)?.trim() || undefined;
    return {
      base,
      workspaceFolder,
      config,
      teamFolders,
      saveFolder: fromSetting ?? fromConfig[0] ?? (workspaceDefault && defaults.some((d) => d.toString() === workspaceDefault.toString()) ? workspaceDefault : undefined),
      draftsFolder,
      writer: text('writer') ?? locations.fields.执笔,
      phone: text('phone') ?? locations.fields.电话,
      signer: text('signer') ?? locations.fields.签发,
      to: text('submitTo') ?? locations.fields.报送,
      problems: locations.problems,
      restricted,
    };
  }

  /** Tell the writer, once per session and folder, why a folder of the workspace was not used (Restricted Mode). */
  private tellRestricted(where: Where): void {
    const fresh = where.restricted.filter((p) => !this.told.has(p.message) && !!this.told.add(p.message));
    if (!fresh.length) return;
    const chinese = this.chinese();
    void vscode.window.showWarningMessage(fresh.map((p) => (chinese ? p.message : p.messageEn)).join(chinese ? '' : ' '));
  }

  /** Built-in and team templates, read afresh; the files that cannot be used are reported by name. */
  async load(where: Where): Promise<{ templates: Template[]; problems: TemplateProblem[] }> {
    const builtin = await loadBuiltinTemplates(vscode.Uri.joinPath(this.context.extensionUri, 'templates').toString(), uriHost);
    const team = await loadTeamTemplates(
      where.teamFolders.map((u) => u.toString()),
      uriHost,
    );
    return { templates: [...team.templates, ...builtin.templates], problems: [...where.problems, ...team.problems, ...builtin.problems] };
  }

  private reportProblems(problems: TemplateProblem[]): void {
    if (!problems.length) return;
    const chinese = this.chinese();
    const list = problems.map((p) => `${decodeURIComponent(p.file.replace(/^file:\/\//, ''))}${chinese ? '：' : ': '}${chinese ? p.message : p.messageEn}`).join(chinese ? '；' : '; ');
    void vscode.window.showWarningMessage(vscode.l10n.t('Some templates cannot be used ({0}). The other templates are available.', list));
  }

  /** The template named in the arguments, or the one the writer picks; undefined when there is none (said) or the
   * writer cancels. */
  private async chooseTemplate(args: NewDraftArgs, templates: Template[]): Promise<Template | undefined> {
    let template: Template | undefined;
    if (args.template) {
      template = findTemplate(templates, args.template);
      if (!template) {
        void vscode.window.showErrorMessage(vscode.l10n.t('There is no template named "{0}".', args.template));
        return undefined;
      }
    } else {
      template = await this.pick(templates);
      if (!template) return undefined;
    }
    return template;
  }

  /** The title in the arguments, or asked; undefined when empty (said) or when the writer cancels. */
  private async askTitle(args: NewDraftArgs, template: Template): Promise<string | undefined> {
    let title = args.title?.trim();
    if (!title) {
      if (args.title !== undefined) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The title of the new item is empty.'));
        return undefined;
      }
      title = (
        await vscode.window.showInputBox({
          title: vscode.l10n.t('New information item: {0}', template.name),
          prompt: vscode.l10n.t('Title of the item. The file is named after today and the title.'),
          placeHolder: '清河县秋粮收购进度偏慢需加快资金调度',
          ignoreFocusOut: true,
          validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a title.')),
        })
      )?.trim();
      if (!title) return undefined;
    }
    return title;
  }

  /** The values to turn back into fields: asked (all checked at first), or as the arguments say; undefined when the
   * writer cancels. */
  private async chooseFields(args: SaveTemplateArgs, found: readonly (typeof FIELD_NAMES)[number][], candidates: FieldValues): Promise<string[] | undefined> {
    let chosen: string[];
    if (args.fields === undefined) {
      chosen = [];
      if (found.length) {
        const picked = await vscode.window.showQuickPick(
          found.map((name) => ({ label: `\${${name}}`, description: candidates[name], name, picked: true })),
          {
            title: vscode.l10n.t('Save as team template'),
            placeHolder: vscode.l10n.t('Turn these values back into fields (unchecked values stay as written)'),
            canPickMany: true,
            ignoreFocusOut: true,
          },
        );
        if (!picked) return undefined;
        chosen = picked.map((p) => p.name);
      }
    } else if (typeof args.fields === 'boolean') chosen = args.fields ? [...found] : [];
    else chosen = args.fields.filter((f) => (found as readonly string[]).includes(f));
    return chosen;
  }

  /** Save the template (an existing one only when asked to, or when the writer agrees); undefined when cancelled or
   * when it cannot be saved (said). */
  private async writeTemplate(folder: vscode.Uri, target: vscode.Uri, body: string, overwrite: boolean | undefined): Promise<vscode.Uri | undefined> {
    try {
      await vscode.workspace.fs.createDirectory(folder);
      // An existing template is replaced only when asked to (overwrite: true) or when the writer agrees.
      const result = await saveFile(target, new TextEncoder().encode(body.endsWith('\n') ? body : `${body}\n`), { overwrite });
      if (result.status === 'cancelled') return undefined;
      if (result.status !== 'written') throw new Error(result.message);
      return result.uri;
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot save the template: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  }

  async newDraft(arg?: NewDraftArgs | vscode.Uri): Promise<vscode.Uri | TemplateListing | undefined> {
    const args: NewDraftArgs = arg instanceof vscode.Uri ? { folder: arg } : (arg ?? {});
    const folderArg = args.folder ? asUri(args.folder) : undefined;
    const where = await this.where(folderArg);
    const { templates, problems } = await this.load(where);
    if (args.list) {
      return {
        templates: templates.map((t) => ({ id: t.id, name: t.name, source: t.source, kind: t.kind ? kindName(t.kind) : t.kindText, path: t.path, fields: t.fields })),
        problems,
        restricted: where.restricted,
        draftsFolder: (folderArg ?? where.draftsFolder)?.toString(),
        saveFolder: where.saveFolder?.toString(),
      };
    }
    this.tellRestricted(where);
    this.reportProblems(problems);

    const template = await this.chooseTemplate(args, templates);
    if (!template) return undefined;

    const title = await this.askTitle(args, template);
    if (!title) return undefined;

    const now = new Date();
    const rendered = renderTemplate(template.text, {
      单位: where.config.unit,
      执笔: where.writer,
      电话: where.phone,
      签发: where.signer,
      报送: where.to,
      标题: title,
      now,
    });
    const folder = folderArg ?? where.draftsFolder;
    let document: vscode.TextDocument;
    if (!folder) {
      // No folder open and no file active: an untitled draft the writer saves where they like.
      document = await vscode.workspace.openTextDocument({ language: template.extension === '.txt' ? 'plaintext' : 'markdown', content: '' });
      this.linter.markFresh(document.uri);
    } else {
      try {
        await vscode.workspace.fs.createDirectory(folder);
        // A new file under the first free name: never over an existing file, never through a link.
        const created = await createFile(folder, draftFileName(title, now, template.extension), new TextEncoder().encode(rendered.text));
        if (created.status !== 'written') throw new Error(created.status === 'cancelled' ? 'cancelled' : created.message);
        // Until its first save, its unfilled fields are fields to fill, not a wall of errors (./present.ts).
        this.linter.markFresh(created.uri);
        document = await vscode.workspace.openTextDocument(created.uri);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot create the draft in {0}: {1}', folder.fsPath || folder.toString(), error instanceof Error ? error.message : String(error)));
        return undefined;
      }
    }
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const all = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    // The unfilled fields become tab stops; the cursor lands on the first one.
    await editor.insertSnippet(new vscode.SnippetString(rendered.snippet), all);
    if (!(await this.linter.isDraft(document))) await this.linter.markAsDraft(document);
    return document.uri;
  }

  private async pick(templates: Template[]): Promise<Template | undefined> {
    type Item = vscode.QuickPickItem & { template?: Template };
    const team = templates.filter((t) => t.source === 'team');
    const builtin = templates.filter((t) => t.source === 'builtin');
    const item = (t: Template): Item => ({
      label: t.name,
      description: t.kind ? kindName(t.kind) : (t.kindText ?? ''),
      detail: t.source === 'team' ? vscode.workspace.asRelativePath(vscode.Uri.parse(t.path)) : undefined,
      template: t,
    });
    const items: Item[] = [];
    if (team.length) items.push({ label: vscode.l10n.t('Team templates'), kind: vscode.QuickPickItemKind.Separator }, ...team.map(item));
    items.push({ label: vscode.l10n.t('Built-in templates'), kind: vscode.QuickPickItemKind.Separator }, ...builtin.map(item));
    const chosen = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('New information item'),
      placeHolder: vscode.l10n.t('Choose a template'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return chosen?.template;
  }

  async saveAsTeamTemplate(arg?: SaveTemplateArgs): Promise<vscode.Uri | undefined> {
    const args = arg ?? {};
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isDraftLanguage(editor.document)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Open the draft to save as a team template first.'));
      return undefined;
    }
    const document = editor.document;
    const base = document.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(document.uri, '..');
    const where = await this.where(base);
    this.tellRestricted(where);
    const folder = args.folder ? asUri(args.folder) : where.saveFolder;
    if (!folder && where.restricted.length) {
      void vscode.window.showErrorMessage(vscode.l10n.t('In Restricted Mode team templates are saved only inside the workspace, and the team templates folder is outside it. Trust the workspace, or set xinxi.templatesFolder.'));
      return undefined;
    }
    if (!folder) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Open the team folder first: team templates are kept in .xinxi/templates in the workspace.'));
      return undefined;
    }
    const text = normalizeText(document.getText());
    const draft = parseDraft(text, { format: draftFormat(document.uri, document.languageId) });
    const candidates: FieldValues = {
      单位: draft.meta.unit ?? where.config.unit,
      日期: draft.meta.date,
      执笔: draft.meta.writer ?? where.writer,
      电话: draft.meta.phone ?? where.phone,
      签发: draft.meta.signer ?? where.signer,
      标题: draft.title?.text,
    };
    const found = FIELD_NAMES.filter((name) => {
      const value = candidates[name]?.trim();
      return !!value && (name === '标题' || text.includes(value) || (name === '日期' && /^\d{4}-\d{1,2}-\d{1,2}$/u.test(value)));
    });

    const chosen = await this.chooseFields(args, found, candidates);
    if (!chosen) return undefined;
    const values: FieldValues = {};
    for (const name of chosen) values[name as keyof FieldValues] = candidates[name as keyof FieldValues];
    const title = chosen.includes('标题') && draft.title ? { start: draft.title.textStart, end: draft.title.textEnd } : undefined;
    const body = fieldify(text, values, title);

    const extension = draftFormat(document.uri, document.languageId) === 'text' ? '.txt' : '.md';
    let name = args.name;
    if (name === undefined) {
      name = await vscode.window.showInputBox({
        title: vscode.l10n.t('Save as team template'),
        prompt: vscode.l10n.t('Name of the template (the file name in {0})', vscode.workspace.asRelativePath(folder)),
        value: `${kindName(draft.kind)}信息`.replace(/^(.+)信息信息$/u, '$1信息'),
        ignoreFocusOut: true,
        validateInput: (v) => (templateFileName(v) ? undefined : vscode.l10n.t('Enter a name.')),
      });
      if (name === undefined) return undefined;
    }
    const file = templateFileName(name, extension);
    if (!file) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Enter a name.'));
      return undefined;
    }
    const target = vscode.Uri.joinPath(folder, file);
    const check = parseTemplate(body, { path: target.toString(), name: file, source: 'team' });
    if (check.problem) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The template would not be usable: {0}', this.chinese() ? check.problem.message : check.problem.messageEn));
      return undefined;
    }
    const saved = await this.writeTemplate(folder, target, body, args.overwrite);
    if (!saved) return undefined;
    const open = vscode.l10n.t('Open');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Saved the team template {0}. Commit it to git to share it with the team.', vscode.workspace.asRelativePath(saved)), open)
      .then((answer) => (answer === open ? vscode.window.showTextDocument(saved) : undefined));
    return saved;
  }
}

export function registerTemplates(context: vscode.ExtensionContext, linter: DraftLinter): void {
  const templates = new Templates(context, linter);
  context.subscriptions.push(
    vscode.commands.registerCommand('xinxi.newDraft', (arg?: NewDraftArgs | vscode.Uri) => templates.newDraft(arg)),
    vscode.commands.registerCommand('xinxi.saveAsTeamTemplate', (arg?: SaveTemplateArgs) => templates.saveAsTeamTemplate(arg)),
  );
}
