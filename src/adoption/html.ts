/**
 * The 通报 as one standalone HTML page in the review report's manner: summary tiles, a bar chart of the scores
 * (inline SVG), the ranking table, the adopted items, the scoring table, and the office's check list (entries not
 * counted, warnings, drafts without a record) with their files and lines.
 *
 * Security as in src/review/html.ts: Content-Security-Policy `default-src 'none'`, nothing remote, the one style
 * block allowed by its SHA-256 hash (or a nonce in the webview), no script unless the webview passes one with its
 * nonce; every text escaped; links only to the records' files (relative), never `javascript:`.
 */
import { escapeHtml, safeHref } from '../review/html.js';
import { cspHash } from '../review/sha256.js';
import { adoptionText, changeText, changeTextEn, problemBrief, problemPlace, problemSubject, rankingColumns, tallyDocument } from './narrative.js';
import { formatPoints, placesFor } from './points.js';
import type { TallyReport, TallyRow } from './tally.js';

export interface TallyHtmlOptions {
  /** Shown as the time the 通报 was made (omitted when absent, which keeps the output stable). */
  generatedAt?: string;
  /** Link of a record's file (relative URL); none when absent. */
  href?: (file: string) => string | undefined;
  /** CSP nonce (webview). */
  nonce?: string;
  /** Extra CSP source (the webview's `cspSource`). */
  cspSource?: string;
  /** An inline script (the webview's click handler); needs `nonce`. */
  inlineScript?: string;
}

const STYLE = `
:root{color-scheme:light dark;--fg:var(--vscode-foreground,#1f2328);--muted:var(--vscode-descriptionForeground,#59636e);
--bg:var(--vscode-editor-background,#fff);--line:var(--vscode-panel-border,#d0d7de);--err:var(--vscode-errorForeground,#c62828);
--warn:var(--vscode-editorWarning-foreground,#b26a00);--ok:#2e7d32;--link:var(--vscode-textLink-foreground,#0969da);
--bar:var(--vscode-charts-blue,#5b8def);--neg:var(--vscode-charts-red,#d9534f)}
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;color:var(--fg);
background:var(--bg);margin:24px;line-height:1.6;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px}
.en{display:block;font-size:12px;color:var(--muted);font-weight:normal}
.sub{color:var(--muted);margin:0 0 16px}
.tiles{display:flex;flex-wrap:wrap;gap:12px;margin:0 0 20px;padding:0;list-style:none}
.tiles li{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:96px}
.tiles b{display:block;font-size:22px}.tiles .bad b{color:var(--err)}.tiles .warn b{color:var(--warn)}
p.body{text-indent:2em;margin:6px 0}
figure{margin:0 0 16px;border:1px solid var(--line);border-radius:6px;padding:12px}
figcaption{font-weight:bold;margin-bottom:6px}
svg{max-width:100%;height:auto}svg text{fill:var(--fg);font-size:12px;font-family:inherit}
.b-pos{fill:var(--bar)}.b-neg{fill:var(--neg)}.b-zero{fill:var(--line)}
table{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:bold}td.unit{white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tfoot td{font-weight:bold;border-top:2px solid var(--line)}
.up{color:var(--ok)}.down{color:var(--err)}.same{color:var(--muted)}.delta{display:block;font-size:12px;color:var(--muted)}
.tied{color:var(--muted);font-size:12px}.silent td{color:var(--muted)}
.note{color:var(--muted);font-size:13px}
a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}
.file{font-size:12px;color:var(--muted);word-break:break-all}
.error{color:var(--err);font-weight:bold;white-space:nowrap}.warning{color:var(--warn);white-space:nowrap}
.sign{text-align:right;margin-top:24px}
footer{margin-top:24px;color:var(--muted);font-size:12px}
`;

export function tallyCsp(options: TallyHtmlOptions = {}): string {
  const extra = options.cspSource ? ` ${options.cspSource}` : '';
  const styleSrc = options.nonce ? `'nonce-${options.nonce}'${extra}` : cspHash(STYLE);
  return ["default-src 'none'", `style-src ${styleSrc}`, `img-src data:${extra}`, options.nonce && options.inlineScript ? `script-src 'nonce-${options.nonce}'` : '', "base-uri 'none'", "form-action 'none'"]
    .filter(Boolean)
    .join('; ');
}

function zhEn(zh: string, en: string): string {
  return `${escapeHtml(zh)}<span class="en">${escapeHtml(en)}</span>`;
}

function tile(value: number, label: string, en: string, cls = ''): string {
  return `<li class="${cls}" title="${escapeHtml(en)}"><b>${value}</b>${escapeHtml(label)}</li>`;
}

/** Bars of the scores, one per unit in rank order; a negative score (penalties) in red to the left of zero. */
function scoreChart(report: TallyReport): string {
  const rows = report.rows;
  if (rows.length === 0) return '';
  const places = placesFor(rows.map((r) => r.score));
  const labelW = 190;
  const barW = 360;
  const rowH = 22;
  // Zero sits where the widest negative bar ends: bars to the right for points, to the left for a negative score.
  const maxPos = Math.max(0, ...rows.map((r) => r.score));
  const maxNeg = Math.max(0, ...rows.map((r) => -r.score));
  const range = Math.max(1, maxPos + maxNeg);
  const zero = labelW + Math.round((maxNeg / range) * barW);
  const span = barW;
  const max = range;
  let body = '';
  rows.forEach((r, i) => {
    const y = i * rowH + 2;
    const w = r.score === 0 ? 1 : Math.max(2, Math.round((Math.abs(r.score) / max) * span));
    const x = r.score < 0 ? zero - w : zero;
    const cls = r.score > 0 ? 'b-pos' : r.score < 0 ? 'b-neg' : 'b-zero';
    const label = `${r.unit}：${formatPoints(r.score, places)}分，第${r.rank}名${r.tied ? '（并列）' : ''}`;
    body += `<g><title>${escapeHtml(label)}</title><text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(r.unit)}</text>`;
    body += `<rect class="${cls}" x="${x}" y="${y + 3}" width="${w}" height="${rowH - 8}"/>`;
    body += `<text x="${(r.score < 0 ? zero : x + w) + 6}" y="${y + 15}">${escapeHtml(formatPoints(r.score, places))}</text></g>`;
  });
  const h = rows.length * rowH + 4;
  return `<figure><figcaption>${zhEn('各单位得分', 'Scores by unit')}</figcaption><svg role="img" aria-label="各单位得分" viewBox="0 0 ${labelW + barW + 60} ${h}" width="${labelW + barW + 60}" height="${h}">${body}</svg></figure>`;
}

function changeCell(r: TallyRow, places: number, report: TallyReport): string {
  if (!r.previous || r.rankChange === undefined) {
    return `<td class="same" title="${escapeHtml(`${report.previous.label}没有记录 — no records for the previous period`)}">${escapeHtml(changeText(r))}</td>`;
  }
  const cls = r.rankChange > 0 ? 'up' : r.rankChange < 0 ? 'down' : 'same';
  const delta = r.scoreChange ? `<span class="delta">${r.scoreChange > 0 ? '+' : ''}${escapeHtml(formatPoints(r.scoreChange, places))}分</span>` : '';
  const tip = `上期第${r.previous.rank}名${r.previous.tied ? '（并列）' : ''}，${formatPoints(r.previous.score, places)}分 — previous: ${r.previous.rank}, ${changeTextEn(r)}`;
  return `<td class="${cls}" title="${escapeHtml(tip)}">${escapeHtml(changeText(r))}${delta}</td>`;
}

function rankingTable(report: TallyReport): string {
  const cols = rankingColumns(report);
  const places = placesFor(report.rows.flatMap((r) => [r.score, r.scoreChange ?? 0, r.previous?.score ?? 0]));
  const head = cols.map((c) => `<th scope="col"${c.numeric ? ' class="n"' : ''}>${zhEn(c.zh, c.en)}</th>`).join('');
  const body = report.rows
    .map((r) => {
      const cells = cols.map((c) => {
        if (c.zh === '较上期') return changeCell(r, places, report);
        if (c.zh === '排名') return `<td class="n">${r.rank}${r.tied ? '<span class="tied">（并列）</span>' : ''}</td>`;
        return `<td class="${c.numeric ? 'n' : c.zh === '单位' ? 'unit' : ''}">${escapeHtml(c.cell(r))}</td>`;
      });
      return `<tr${r.submitted === 0 && r.score === 0 ? ' class="silent"' : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  const foot = cols.map((c) => `<td${c.numeric ? ' class="n"' : ''}>${escapeHtml(c.total ?? '')}</td>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody><tfoot><tr>${foot}</tr></tfoot></table>`;
}

function fileLink(file: string | undefined, line: number | undefined, options: TallyHtmlOptions): string {
  if (!file) return '';
  const shown = `${file}${line ? `:${line}` : ''}`;
  const href = options.href?.(file);
  const attrs = `data-file="${escapeHtml(file)}"${line ? ` data-line="${line}"` : ''}`;
  return href ? `<a class="file" href="${escapeHtml(safeHref(href))}" ${attrs}>${escapeHtml(shown)}</a>` : `<span class="file" ${attrs}>${escapeHtml(shown)}</span>`;
}

function adoptedTable(report: TallyReport, options: TallyHtmlOptions): string {
  const rows = report.adopted
    .map(
      (e, i) =>
        `<tr><td class="n">${i + 1}</td><td>${escapeHtml(e.unit)}</td><td>${escapeHtml(e.title)}<br>${fileLink(e.file, e.line, options)}</td><td>${escapeHtml(adoptionText(e, report))}</td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th class="n">${zhEn('序号', 'No.')}</th><th>${zhEn('单位', 'Unit')}</th><th>${zhEn('标题', 'Title')}</th><th>${zhEn('采用与批示', 'Adopted by / instructions')}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function checkList(report: TallyReport, options: TallyHtmlOptions): string {
  const problems = report.problems;
  if (problems.length === 0 && report.unrecorded.length === 0) return '';
  const rows = problems
    .map(
      (p) =>
        `<tr><td class="${p.severity}">${p.severity === 'error' ? '未计分' : '请核对'}</td><td>${fileLink(p.file, p.line, options)}</td><td>${escapeHtml(problemSubject(p))}</td><td>${escapeHtml(p.message)}<span class="en">${escapeHtml(p.messageEn)}</span></td></tr>`,
    )
    .join('\n');
  const drafts = report.unrecorded.length
    ? `<p class="note">没有报送日期和采用记录、未计入的稿件（${report.unrecorded.length} 篇）：${report.unrecorded.map((d) => fileLink(d.file, undefined, options)).join('、')}</p>`
    : '';
  return (
    `<section><h2>${zhEn('核对清单（不属于通报正文）', 'Check list (not part of the 通报)')}</h2>` +
    (rows ? `<table><thead><tr><th>${zhEn('类别', 'Kind')}</th><th>${zhEn('位置', 'Where')}</th><th>${zhEn('信息', 'Item')}</th><th>${zhEn('说明', 'Problem')}</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : '') +
    `${drafts}</section>`
  );
}

export function renderTallyHtml(report: TallyReport, options: TallyHtmlOptions = {}): string {
  const t = report.totals;
  const nonceAttr = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  const script = options.nonce && options.inlineScript ? `<script${nonceAttr}>${options.inlineScript.replace(/<\/script/gi, '<\\/script')}</script>` : '';
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const sub = [
    `统计期间 ${report.period.start.iso} 至 ${report.period.end.iso}`,
    report.previousRecorded ? `对比 ${report.previous.label}` : `${report.previous.label}没有记录，不比较`,
    report.issuer ?? '',
    options.generatedAt ? `生成时间 ${options.generatedAt}` : '',
  ]
    .filter(Boolean)
    .map(escapeHtml)
    .join(' · ');
  const tiles = [
    tile(t.submitted, '条报送', 'Items submitted'),
    tile(t.adoptions, '条次采用', 'Adoptions'),
    tile(t.instructions, '条次批示', 'Instructions'),
    tile(t.units, '个单位', 'Units ranked'),
    ...(report.unitsConfigured ? [tile(report.silent.length, '个单位未报送', 'Units that sent nothing', report.silent.length ? 'warn' : '')] : []),
    ...(errors ? [tile(errors, '条记录未计分', 'Entries not counted', 'bad')] : []),
  ].join('');
  let main = '';
  for (const block of tallyDocument(report)) {
    switch (block.type) {
      case 'to':
        main += `<p>${escapeHtml(block.text)}</p>\n`;
        break;
      case 'p':
        main += `<p class="body">${escapeHtml(block.text)}</p>\n`;
        break;
      case 'note':
        main += `<p class="note">${escapeHtml(block.text)}</p>\n`;
        break;
      case 'heading':
        main += `<h2>${escapeHtml(block.text)}</h2>\n`;
        break;
      case 'ranking':
        main += `${scoreChart(report)}${rankingTable(report)}\n`;
        break;
      case 'adopted':
        main += `${adoptedTable(report, options)}\n`;
        break;
      case 'problems':
        main += `<ul>${report.problems
          .filter((p) => p.severity === 'error')
          .map((p) => `<li>${escapeHtml(problemSubject(p) || problemPlace(p))}：${escapeHtml(problemBrief(p))}。</li>`)
          .join('')}</ul>\n`;
        break;
      case 'signature':
        main += `<p class="sign">${block.issuer ? `${escapeHtml(block.issuer)}<br>` : ''}${escapeHtml(block.date)}</p>\n`;
        break;
    }
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${tallyCsp(options).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(report.title)}</title>
<style${nonceAttr}>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(report.title)}<span class="en">Adoption report, ${escapeHtml(report.period.labelEn)}</span></h1>
<p class="sub">${sub}</p>
</header>
<ul class="tiles">${tiles}</ul>
<main>
${main}</main>
${checkList(report, options)}
<footer>本页由信息稿助手在本机生成，不含任何外部资源。得分按十进制精确计算。<span class="en">Generated offline by Xinxi Draft; the page loads nothing from outside. Scores are exact decimals.</span></footer>
${script}
</body>
</html>
`;
}
