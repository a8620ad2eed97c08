// Playwright helpers for UI-level checks of the VS Code workbench (code-server in Chromium).
// They act as a user would: keyboard (F1, typing, Enter) and what is on screen (rows, tabs, squiggles).
import fs from 'node:fs';
import path from 'node:path';

const SHORT = 15_000;

/** Waits until the workbench has rendered (and an editor area exists). */
export async function waitForWorkbench(page, timeout = 90_000) {
  await page.waitForSelector('.monaco-workbench', { timeout });
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout });
}

/** Closes any open quick input (palette) so the next keyboard action starts from a known state. */
async function closeQuickInput(page) {
  const widget = page.locator('.quick-input-widget');
  if (await widget.isVisible().catch(() => false)) {
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden', timeout: SHORT }).catch(() => {});
  }
}

/** Opens the quick input with F1 and replaces its text with `text` (">" prefix = commands, none = files). */
async function quickInput(page, text) {
  await closeQuickInput(page);
  // Focus the workbench (not the browser chrome) so F1 reaches VS Code's keybinding service.
  await page.locator('.monaco-workbench').focus().catch(() => {});
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: SHORT });
  await input.fill(text);
  return input;
}

/** Picks the first row of the quick input list whose text contains `mustContain` (or the first row) with Enter. */
async function acceptFirst(page, mustContain) {
  const rows = page.locator('.quick-input-widget .monaco-list-row');
  const row = mustContain ? rows.filter({ hasText: mustContain }).first() : rows.first();
  await row.waitFor({ state: 'visible', timeout: SHORT });
  // Enter accepts the focused row (the first one); if the wanted row is further down, pick it with the mouse.
  const focused = page.locator('.quick-input-widget .monaco-list-row.focused').first();
  const focusedText = (await focused.count()) ? await focused.innerText() : '';
  if (!mustContain || focusedText.includes(mustContain)) await page.keyboard.press('Enter');
  else await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: SHORT }).catch(() => {});
}

/**
 * Runs a command from the command palette by its label, e.g. "View: Toggle Problems" (F1, type, Enter).
 * `label` is matched against the rows' text; pass `rowText` if the row shows something else.
 */
export async function runCommand(page, label, rowText = label) {
  await quickInput(page, `>${label}`);
  await acceptFirst(page, rowText);
}

/** Opens a workspace file through quick open (type its path, pick the row) and waits for its tab. */
export async function openFile(page, relPath) {
  await quickInput(page, relPath);
  const base = path.posix.basename(relPath);
  await acceptFirst(page, base);
  await page
    .locator(`.tabs-container .tab.active[aria-label*="${base.replace(/"/g, '\\"')}"]`)
    .waitFor({ state: 'visible', timeout: SHORT });
}

/** The accessible name of the active editor tab, e.g. "faulty.md" ('' when none). */
export async function activeTabTitle(page) {
  const tab = page.locator('.tabs-container .tab.active').first();
  if (!(await tab.count())) return '';
  return ((await tab.getAttribute('aria-label')) || (await tab.innerText())).replace(/\s+/g, ' ').trim();
}

/** Shows the Problems panel (command palette) and returns the text of its rendered rows. */
export async function readProblems(page, { timeout = SHORT, minRows = 1 } = {}) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible().catch(() => false))) {
    await runCommand(page, 'Focus on Problems View', 'Problems');
  }
  await panel.waitFor({ state: 'visible', timeout });
  const rows = panel.locator('.monaco-list-row');
  const end = Date.now() + timeout;
  let texts = [];
  for (;;) {
    texts = await rows.evaluateAll((els) =>
      els.map((el) => {
        const aria = el.getAttribute('aria-label') || '';
        const text = (el.innerText || '').replace(/\s+/g, ' ').trim();
        return aria && !text.includes(aria) ? `${text} | ${aria}` : text;
      }),
    );
    if (texts.length >= minRows || Date.now() > end) return texts;
    await page.waitForTimeout(200);
  }
}

/** Counts the squiggles (error/warning/info/hint decorations) rendered in the visible editors. */
export async function countSquiggles(page) {
  return page
    .locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-hint')
    .count();
}

/** Writes a PNG of the whole page to `dir/name.png` and returns its path. */
export async function screenshot(page, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

const SQUIGGLES = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-hint';

/**
 * Types `key` into the focused editor as a user would (a real keydown/keypress/input in Chromium) and measures, inside
 * the page, the time from that keydown to the moment a squiggle ends at the cursor, i.e. the diagnostic of the typed
 * character drawn. Returns { ms }; throws when no squiggle ends there within `timeout` ms, or when one already did
 * before the keystroke. Also returns keydownAt and drawnAt (ms since the epoch). (Counting squiggles would not do: text shifting across a wrapped line changes their number.)
 */
export async function keystrokeToSquiggles(page, key, timeout = 5_000) {
  const focused = await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
  if (!focused) throw new Error('the editor does not have the keyboard focus');
  await page.evaluate(
    ({ selector, timeout }) => {
      const editor = document.activeElement.closest('.monaco-editor');
      /** A squiggle on the cursor's visual line whose right end is at the cursor. */
      const squiggleEndsAtCursor = () => {
        const cursor = editor.querySelector('.cursors-layer .cursor');
        if (!cursor) return false;
        const c = cursor.getBoundingClientRect();
        return [...editor.querySelectorAll(selector)].some((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.top < c.bottom && r.bottom > c.top && Math.abs(r.right - c.left) <= 2;
        });
      };
      window.__xinxiLatency = new Promise((resolve, reject) => {
        let t0;
        const observer = new MutationObserver(() => {
          if (t0 !== undefined && squiggleEndsAtCursor()) {
            observer.disconnect();
            const now = performance.now();
            // Absolute times (ms since the epoch) too, to line the keystroke up with the extension host's timings.
            resolve({ ms: now - t0, keydownAt: performance.timeOrigin + t0, drawnAt: performance.timeOrigin + now });
          }
        });
        window.addEventListener(
          'keydown',
          () => {
            if (squiggleEndsAtCursor()) {
              observer.disconnect();
              reject(new Error('a squiggle already ended at the cursor before the keystroke'));
            }
            t0 = performance.now();
          },
          { capture: true, once: true },
        );
        observer.observe(editor, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'style'] });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no squiggle at the cursor within ${timeout} ms of the keystroke`));
        }, timeout);
      });
    },
    { selector: SQUIGGLES, timeout },
  );
  await page.keyboard.type(key);
  return page.evaluate(() => window.__xinxiLatency);
}

/**
 * Waits for `selector` to be visible and returns the text of each element matching `read` (default: `selector`),
 * with an element's aria-label when its text does not show it.
 */
export async function readVisible(page, selector, { read = selector, timeout = SHORT } = {}) {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout });
  // Let the widget finish rendering (hover contents load asynchronously).
  await page.waitForTimeout(400);
  return page.locator(read).evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const aria = el.getAttribute('aria-label') || '';
        const text = (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
        return aria && !text.includes(aria) ? `${text} | ${aria}` : text;
      }),
  );
}

/**
 * The modal dialog on screen: its message, detail, buttons in the order shown, and the button that has the keyboard
 * focus (what Enter would press: the default).
 */
export async function readDialog(page, timeout = 30_000) {
  const box = page.locator('.monaco-dialog-box');
  await box.waitFor({ state: 'visible', timeout });
  await page.waitForTimeout(300);
  return box.evaluate((el) => ({
    message: el.querySelector('.dialog-message-text')?.innerText?.trim() ?? '',
    detail: el.querySelector('.dialog-message-detail')?.innerText?.trim() ?? '',
    buttons: [...el.querySelectorAll('.dialog-buttons .monaco-button')].map((b) => b.innerText.replace(/\s+/g, ' ').trim()),
    focused: (document.activeElement?.closest('.monaco-button')?.innerText ?? document.activeElement?.innerText ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/** Picks the quick-pick row containing `text` (after a command opened a quick pick). */
export async function pickRow(page, text) {
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ state: 'visible', timeout: SHORT });
  await acceptFirst(page, text);
}
