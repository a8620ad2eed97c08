/**
 * The review report as one standalone HTML page: summary, two inline-SVG charts (problems by rule, kinds of
 * items received) and a table with one row per draft. Built as a string, editor-agnostic.
 *
 * Security: a strict Content-Security-Policy (`default-src 'none'`), no remote resource, no script unless
 * the caller (the VS Code webview) passes one with a nonce; the one inline style block is allowed by its
 * SHA-256 hash (or by the nonce). All draft text is escaped. Rows carry `data-file` and a link so that a
 * webview can intercept clicks and open the draft.
 */
import { kindName, KINDS, ruleName } from '../index.js';
import { STATUS_LABELS, type ReviewReport, type ReviewRow, type ReviewStatus, type RuleSummary } from './report.js';
import { cspHash } from './sha256.js';

export interface HtmlOptions {
  /** Page title (default 审稿报告). */
  title?: string;
  /** Shown as the time of the check (the caller formats it; omitted when absent, which keeps output stable). */
  generatedAt?: string;
  /** Shown under the title, before the checked folders (e.g. the workspace's name). Never a path of the machine. */
  subtitle?: string;
  /** CSP nonce (webview): the style block and the scripts below use it instead of a hash. */
  nonce?: string;
  /** Extra CSP source for styles, scripts and images (the webview's `cspSource`). */
  cspSource?: string;
  /** Scripts to load (webview resource URIs); need `nonce`. */
  scriptUris?: readonly string[];
  /** An inline script (e.g. the webview's click handler); needs `nonce`. */
  inlineScript?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML content and quoted attributes. */
export function escapeHtml(text: string | number | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A link target that cannot run script: `javascript:`, `data:` and `vbscript:` become `#`. */
export function safeHref(href: string): string {
  return /^\s*(?:javascript|data|vbscript):/i.test(href) ? '#' : href;
}

const STYLE = `
:root{color-scheme:light dark;--fg:var(--vscode-foreground,#1f2328);--muted:var(--vscode-descriptionForeground,#59636e);
--bg:var(--vscode-editor-background,#fff);--line:var(--vscode-panel-border,#d0d7de);--err:var(--vscode-errorForeground,#c62828);
--warn:var(--vscode-editorWarning-foreground,#b26a00);--info:var(--vscode-editorInfo-foreground,#1565c0);--ok:#2e7d32;
--link:var(--vscode-textLink-foreground,#0969da);--bar:var(--vscode-charts-blue,#5b8def);--hl:var(--vscode-charts-orange,#e67e22)}
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;color:var(--fg);
background:var(--bg);margin:24px;line-height:1.5}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:0 0 8px}
.en{display:block;font-size:12px;color:var(--muted);font-weight:normal}
.sub{color:var(--muted);margin:0 0 16px}
.tiles{display:flex;flex-wrap:wrap;gap:12px;margin:0 0 20px;padding:0;list-style:none}
.tiles li{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:96px}
.tiles b{display:block;font-size:22px}
.tiles .bad b{color:var(--err)}.tiles .good b{color:var(--ok)}.tiles .warn b{color:var(--warn)}
.charts{display:flex;flex-wrap:wrap;gap:24px;margin:0 0 20px}
figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:12px;flex:1 1 420px}
figcaption{font-weight:bold;margin-bottom:6px}
svg{max-width:100%;height:auto}svg text{fill:var(--fg);font-size:12px;font-family:inherit}
.b-err{fill:var(--err)}.b-warn{fill:var(--warn)}.b-info{fill:var(--info)}.b-kind{fill:var(--bar)}.b-kind-hl{fill:var(--hl)}
.b-none{fill:var(--line)}
.note{border-left:4px solid var(--hl);padding:4px 10px;margin:8px 0 0}
.legend span{margin-right:12px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:-1px}
.legend .l-err{background:var(--err)}.legend .l-warn{background:var(--warn)}.legend .l-info{background:var(--info)}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{position:sticky;top:0;background:var(--bg);white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}
.file{display:block;font-size:12px;color:var(--muted);word-break:break-all}
.over{color:var(--err);font-weight:bold}.e{color:var(--err);font-weight:bold}.w{color:var(--warn)}
.yes{color:var(--ok);font-weight:bold}.no{color:var(--err);font-weight:bold}.yes-warn{color:var(--warn);font-weight:bold}
.rule{display:inline-block;margin:0 6px 2px 0;font-size:13px}
.rid{font-family:ui-monospace,Consolas,monospace;font-size:11px;color:var(--muted)}svg .rid{fill:var(--muted);font-size:10px}
tr.unreadable td{color:var(--muted)}tfoot td{font-weight:bold;border-top:2px solid var(--line)}
.inferred{color:var(--muted);font-size:12px}
footer{margin-top:20px;color:var(--muted);font-size:12px}
.adopted{display:block;font-size:12px;color:var(--ok)}
`;

function zhEn(zh: string, en: string): string {
  return `${zh}<span class="en">${en}</span>`;
}

function tile(label: string, en: string, value: number, cls = ''): string {
  return `<li class="${cls}" title="${escapeHtml(en)}"><b>${value}</b>${escapeHtml(label)}</li>`;
}

const SEV_ZH = { errors: '错误', warnings: '警告', infos: '提示' } as const;

/** A rule as the table shows it: its Chinese name, then its id in small type. */
function ruleChip(ruleId: string, count: number): string {
  return `<span class="rule" title="${escapeHtml(`${ruleName(ruleId).en} (${ruleId})`)}">${escapeHtml(ruleName(ruleId).zh)}<span class="rid">（${escapeHtml(ruleId)}）</span>×${count}</span>`;
}

/** Horizontal stacked bars: problems by rule (errors, warnings, infos), labelled with the rule's name and id. */
function ruleChart(rules: readonly RuleSummary[], limit = 12): string {
  const shown = rules.slice(0, limit);
  if (shown.length === 0) return '<p>没有发现问题。<span class="en">No problems found.</span></p>';
  const labelW = 270;
  const barW = 300;
  const rowH = 22;
  const max = Math.max(...shown.map((r) => r.total));
  const h = shown.length * rowH + 4;
  let body = '';
  shown.forEach((r, i) => {
    const y = i * rowH + 2;
    let x = labelW;
    const tip = `${r.name}（${r.ruleId}）：${r.description ?? ''} — ${r.errors} 个错误，${r.warnings} 个警告，${r.infos} 个提示，涉及 ${r.drafts} 篇稿件`;
    body += `<g><title>${escapeHtml(tip)}</title>`;
    body += `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(r.name)}<tspan class="rid">（${escapeHtml(r.ruleId)}）</tspan></text>`;
    for (const [key, cls] of [['errors', 'b-err'], ['warnings', 'b-warn'], ['infos', 'b-info']] as const) {
      const n = r[key];
      if (!n) continue;
      const w = Math.max(2, Math.round((n / max) * barW));
      body += `<rect class="${cls}" x="${x}" y="${y + 3}" width="${w}" height="${rowH - 8}"><title>${escapeHtml(`${r.name}（${r.ruleId}）：${n} 个${SEV_ZH[key]}`)}</title></rect>`;
      x += w;
    }
    body += `<text x="${x + 6}" y="${y + 15}">${r.total}</text></g>`;
  });
  const more = rules.length > limit ? `<p class="en">另有 ${rules.length - limit} 条规则未列出（${rules.length - limit} more rules not shown）。</p>` : '';
  const legend = '<p class="legend"><span><i class="l-err"></i>错误 Error</span><span><i class="l-warn"></i>警告 Warning</span><span><i class="l-info"></i>提示 Info</span></p>';
  return `<svg role="img" aria-label="问题按规则统计" viewBox="0 0 ${labelW + barW + 50} ${h}" width="${labelW + barW + 50}" height="${h}">${body}</svg>${legend}${more}`;
}

/** Bars of the kinds of items received; 问题 highlighted (喜忧兼报). */
function kindChart(report: ReviewReport): string {
  const labelW = 90;
  const barW = 300;
  const rowH = 22;
  const max = Math.max(1, ...report.byKind.map((k) => k.count));
  const h = report.byKind.length * rowH + 4;
  let body = '';
  report.byKind.forEach((k, i) => {
    const y = i * rowH + 2;
    const w = k.count ? Math.max(2, Math.round((k.count / max) * barW)) : 0;
    const cls = k.kind === '问题' ? 'b-kind-hl' : 'b-kind';
    body += `<g><title>${escapeHtml(`${kindName(k.kind)}：${k.count} 篇`)}</title><text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(kindName(k.kind))}</text>`;
    body += w ? `<rect class="${cls}" x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}"/>` : `<rect class="b-none" x="${labelW}" y="${y + 3}" width="1" height="${rowH - 8}"/>`;
    body += `<text x="${labelW + w + 6}" y="${y + 15}">${k.count}</text></g>`;
  });
  const b = report.balance;
  const share = b.checked ? Math.round((b.problemItems / b.checked) * 100) : 0;
  let note = `<p>问题类信息 ${b.problemItems} 篇，占 ${share}%。<span class="en">Problem items: ${b.problemItems} (${share}%).</span></p>`;
  if (b.note) note += `<p class="note">${escapeHtml(b.note)}<span class="en">${escapeHtml(b.noteEn ?? '')}</span></p>`;
  return `<svg role="img" aria-label="收到的信息类型" viewBox="0 0 ${labelW + barW + 50} ${h}" width="${labelW + barW + 50}" height="${h}">${body}</svg>${note}`;
}

const VERDICT_CLASS: Record<ReviewStatus, string> = { ready: 'yes', 'ready-with-warnings': 'yes-warn', 'not-ready': 'no', unreadable: 'no' };

function verdictCell(status: ReviewStatus): string {
  const label = STATUS_LABELS[status];
  return `<td class="${VERDICT_CLASS[status]}" title="${escapeHtml(label.en)}">${escapeHtml(label.zh)}</td>`;
}

function rowHtml(r: ReviewRow): string {
  const href = escapeHtml(safeHref(r.href));
  const file = escapeHtml(r.file);
  const title = r.title ? escapeHtml(r.title) : '<em>（无标题）</em>';
  const link = href
    ? `<a href="${href}" data-file="${file}" title="打开稿件 Open the draft">${title}</a><span class="file">${file}</span>`
    : `<span data-file="${file}">${title}</span><span class="file">${file}</span>`;
  const adopted = r.adoption ? `<span class="adopted" title="采用情况 Adoption">${escapeHtml(r.adoption)}</span>` : '';
  if (r.problem) {
    return `<tr class="unreadable" data-file="${file}" data-href="${href}"><td>${link}</td><td colspan="8">无法检查：${escapeHtml(r.problem)}</td>${verdictCell('unreadable')}</tr>`;
  }
  const kind = r.kind
    ? `${escapeHtml(kindName(r.kind))}${r.kindSource === 'inferred' ? '<span class="inferred" title="类型由标题和正文推断 Kind inferred"> 推断</span>' : ''}`
    : '';
  const budget = r.budget !== undefined ? ` / ${r.budget}` : '';
  const length = `<span class="${r.overBudget ? 'over' : ''}" title="${r.overBudget ? '超出篇幅 Over budget' : '正文字数 / 篇幅 Body / budget'}">${r.bodyChars ?? ''}${budget}</span>`;
  const top = r.topRules.map((t) => ruleChip(t.ruleId, t.count)).join('');
  const ready = verdictCell(r.status);
  return (
    `<tr class="${r.ready ? 'ready' : 'not-ready'}" data-file="${file}" data-href="${href}">` +
    `<td>${link}${adopted}</td><td>${kind}</td><td>${escapeHtml(r.unit ?? '')}</td><td class="n">${length}</td>` +
    `<td class="n">${r.paragraphs ?? ''}</td><td class="n${r.errors ? ' e' : ''}">${r.errors}</td>` +
    `<td class="n${r.warnings ? ' w' : ''}">${r.warnings}</td><td class="n">${r.infos}</td><td>${top}</td>${ready}</tr>`
  );
}

/** The Content-Security-Policy of the page. */
export function reportCsp(options: HtmlOptions = {}): string {
  const extra = options.cspSource ? ` ${options.cspSource}` : '';
  const styleSrc = options.nonce ? `'nonce-${options.nonce}'${extra}` : cspHash(STYLE);
  const scripts = options.nonce && (options.scriptUris?.length || options.inlineScript);
  return [
    "default-src 'none'",
    `style-src ${styleSrc}`,
    `img-src data:${extra}`,
    scripts ? `script-src 'nonce-${options.nonce}'` : '',
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter(Boolean)
    .join('; ');
}

export function renderReportHtml(report: ReviewReport, options: HtmlOptions = {}): string {
  const t = report.totals;
  const title = options.title ?? '审稿报告';
  const nonceAttr = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  const scripts = options.nonce
    ? [
        ...(options.scriptUris ?? []).map((u) => `<script${nonceAttr} src="${escapeHtml(u)}"></script>`),
        ...(options.inlineScript ? [`<script${nonceAttr}>${options.inlineScript.replace(/<\/script/gi, '<\\/script')}</script>`] : []),
      ].join('\n')
    : '';
  const folders = report.folders.length ? `检查的文件夹：${report.folders.map(escapeHtml).join('、')}` : '';
  const meta = [
    options.subtitle ? escapeHtml(options.subtitle) : '',
    folders,
    options.generatedAt ? `生成时间 ${escapeHtml(options.generatedAt)}` : '',
    `共 ${t.drafts} 篇稿件`,
  ]
    .filter(Boolean)
    .join(' · ');
  const tiles = [
    tile('篇稿件', 'Drafts', t.drafts),
    tile('篇可报送', 'Ready to submit (no errors, no warnings)', t.ready - t.readyWithWarnings, 'good'),
    tile('篇可报送（有警告）', 'Ready, with warnings to look at', t.readyWithWarnings, t.readyWithWarnings ? 'warn' : ''),
    tile('篇需修改', 'Need changes (errors)', t.notReady - t.unreadable, t.notReady - t.unreadable ? 'bad' : ''),
    tile('个错误（改正后才能报送）', 'Errors (block submission)', t.errors, t.errors ? 'bad' : ''),
    tile(`条修改建议（警告 ${t.warnings}、提示 ${t.infos}）`, 'Advice (warnings and infos)', t.warnings + t.infos, t.warnings ? 'warn' : ''),
    tile('篇超出篇幅', 'Over the length budget', t.overBudget, t.overBudget ? 'warn' : ''),
    ...(t.unreadable ? [tile('篇无法检查', 'Could not be checked', t.unreadable, 'bad')] : []),
  ].join('');
  const head = ['标题 / 文件|Title / file', '类型|Kind', '单位|Unit', '字数/篇幅|Body / budget', '段落|Paras', '错误|Errors', '警告|Warnings', '提示|Infos', '主要问题|Top rules', '结论|Verdict']
    .map((h) => {
      const [zh, en] = h.split('|') as [string, string];
      return `<th scope="col">${zhEn(escapeHtml(zh), escapeHtml(en))}</th>`;
    })
    .join('');
  const foot =
    `<tr><td>合计 ${t.drafts} 篇<span class="en">Total</span></td><td>${KINDS.filter((k) => report.byKind.find((b) => b.kind === k)?.count).length} 种类型</td><td></td>` +
    `<td class="n">${t.overBudget} 篇超篇幅</td><td></td><td class="n">${t.errors}</td><td class="n">${t.warnings}</td><td class="n">${t.infos}</td>` +
    `<td>${report.byRule.slice(0, 3).map((s) => ruleChip(s.ruleId, s.total)).join('')}</td><td class="n" title="可报送（含有警告的）/ 全部 Ready (with warnings included) / all">${t.ready}/${t.drafts}</td></tr>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportCsp(options).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style${nonceAttr}>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}<span class="en">Review report</span></h1>
<p class="sub">${meta}</p>
</header>
<ul class="tiles">${tiles}</ul>
<section class="charts">
<figure><figcaption>${zhEn('问题按规则', 'Problems by rule')}</figcaption>${ruleChart(report.byRule)}</figure>
<figure><figcaption>${zhEn('收到的信息类型（喜忧兼报）', 'Kinds of items received')}</figcaption>${kindChart(report)}</figure>
</section>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${report.rows.map(rowHtml).join('\n')}
</tbody>
<tfoot>${foot}</tfoot>
</table>
<footer>结论：“可报送”没有错误和警告；“可报送（有警告）”没有错误级问题，但有警告，报送前请看一看；“需修改”有错误级问题，改好后再报送。提示不影响结论。本报告由信息稿助手在本机生成，不含任何外部资源，也不写出本机的文件夹路径。<span class="en">Verdicts: “Ready” has no errors and no warnings; “Ready, with warnings” has no errors but warnings worth a look; “Needs changes” has errors. Infos do not count. Generated offline by Xinxi Draft; the page loads nothing from outside and shows no folder path of the checking machine.</span></footer>
${scripts}
</body>
</html>
`;
}
