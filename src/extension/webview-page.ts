/**
 * What the two report pages in the editor (review report, adoption tally) share: the nonce that lets their one inline
 * script run under the page's content security policy, and that script.
 */

/** A fresh nonce for one rendering of a page. */
export function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The page's script. A click on an element with `data-file` (a row or its link) posts `{ open, line }` (line from
 * `data-line`, 0 when absent); a bar of buttons, one per label, is added to the page's header, and a click on one posts
 * `{ [message]: kind }`. The extension checks every message it gets (only files of the page can be opened).
 */
export function actionScript(message: 'save' | 'export', labels: Readonly<Record<string, string>>): string {
  // JSON in a script: escape < so that no label can close the script element.
  const json = JSON.stringify(labels).replace(/</g, '\\u003c');
  const key = JSON.stringify(message);
  const attr = JSON.stringify(`data-${message}`);
  return `(function(){
const vscode = acquireVsCodeApi();
const labels = ${json};
document.addEventListener('click', function (e) {
  const t = e.target;
  const b = t instanceof Element ? t.closest('button[' + ${attr} + ']') : null;
  if (b) { vscode.postMessage({ [${key}]: b.getAttribute(${attr}) }); return; }
  const f = t instanceof Element ? t.closest('[data-file]') : null;
  if (!f) return;
  e.preventDefault();
  vscode.postMessage({ open: f.getAttribute('data-file'), line: Number(f.getAttribute('data-line') || 0) });
});
const bar = document.createElement('p');
bar.className = 'xinxi-actions';
for (const kind of Object.keys(labels)) {
  const b = document.createElement('button');
  b.type = 'button';
  b.setAttribute(${attr}, kind);
  b.textContent = labels[kind];
  b.style.cssText = 'margin-right:8px;padding:4px 12px;border:none;border-radius:2px;cursor:pointer;color:var(--vscode-button-foreground);background:var(--vscode-button-background)';
  bar.appendChild(b);
}
const header = document.querySelector('header');
if (header) header.appendChild(bar);
})();`;
}
