/**
 * The one script the two report pages (review report, adoption tally) run in the editor's webview
 * (src/extension/webview-page.ts), run here against a small stand-in for the page: clicks on a row and on the buttons
 * post the messages the extension's handlers read, and no label can end the script element. The real pages are
 * clicked in a real VS Code in test/vscode/suite.
 */
import { describe, expect, it } from 'vitest';
import { actionScript, nonce } from '../../src/extension/webview-page.js';

class El {
  attrs = new Map<string, string>();
  children: El[] = [];
  style: Record<string, string> = {};
  textContent = '';
  className = '';
  type = '';
  constructor(public tag: string, public parent: El | null = null) {}
  setAttribute(k: string, v: string) { this.attrs.set(k, v); }
  getAttribute(k: string) { return this.attrs.get(k) ?? null; }
  appendChild(c: El) { c.parent = this; this.children.push(c); }
  /** Enough of closest for the two selectors the script uses: `button[data-x]` and `[data-x]`. */
  closest(sel: string): El | null {
    const m = /^(\w*)\[([\w-]+)\]$/.exec(sel);
    if (!m) throw new Error(`selector ${sel}`);
    for (let e: El | null = this; e; e = e.parent) if ((!m[1] || e.tag === m[1]) && e.attrs.has(m[2]!)) return e;
    return null;
  }
}

function runPage(script: string) {
  const posted: unknown[] = [];
  const header = new El('header');
  let onClick: ((e: { target: El; preventDefault(): void }) => void) | undefined;
  const document = {
    addEventListener: (kind: string, f: typeof onClick) => { if (kind === 'click') onClick = f; },
    createElement: (tag: string) => new El(tag),
    querySelector: (sel: string) => (sel === 'header' ? header : null),
  };
  new Function('document', 'Element', 'acquireVsCodeApi', script)(document, El, () => ({ postMessage: (m: unknown) => posted.push(m) }));
  const click = (target: El) => onClick!({ target, preventDefault() {} });
  return { posted, header, click };
}

describe('actionScript', () => {
  it('adds one button per label to the header, and a click on it posts its kind', () => {
    const page = runPage(actionScript('save', { docx: '保存为 Word', csv: '保存为 CSV' }));
    const buttons = page.header.children[0]!.children;
    expect(buttons.map((b) => [b.getAttribute('data-save'), b.textContent])).toEqual([['docx', '保存为 Word'], ['csv', '保存为 CSV']]);
    page.click(buttons[1]!);
    expect(page.posted).toEqual([{ save: 'csv' }]);
  });

  it('a click inside a row posts the row’s file and line (0 when the row has none)', () => {
    const page = runPage(actionScript('export', { html: '导出 HTML' }));
    const row = new El('tr');
    row.setAttribute('data-file', 'a/稿件.md');
    const cell = new El('td', row);
    page.click(cell);
    row.setAttribute('data-line', '12');
    page.click(row);
    page.click(new El('p'));
    expect(page.posted).toEqual([{ open: 'a/稿件.md', line: 0 }, { open: 'a/稿件.md', line: 12 }]);
  });

  it('no label can close the script element', () => {
    const script = actionScript('export', { html: '</script><script>alert(1)</script>' });
    expect(script).not.toContain('</script');
    const page = runPage(script);
    expect(page.header.children[0]!.children[0]!.textContent).toBe('</script><script>alert(1)</script>');
  });
});

describe('nonce', () => {
  it('is 36 hex digits and fresh each time', () => {
    const a = nonce();
    expect(a).toMatch(/^[0-9a-f]{36}$/);
    expect(nonce()).not.toBe(a);
  });
});
