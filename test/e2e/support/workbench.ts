// What the UI tests do in the workbench the way a person would: Quick Open, the command palette,
// the status bar's problem counts, the editor's text. Shared by the specs in test/e2e/ui/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { repoRoot } from './codeServer';
import { waitFor } from './poll';

/** In a describe: what the workbench showed when each test ended, in test-results/e2e-last/, for reading a failure. */
export function screenshotEachTestEnd(page: () => Page | undefined): void {
  afterEach(async (t) => {
    const folder = join(repoRoot, 'test-results', 'e2e-last');
    mkdirSync(folder, { recursive: true });
    await page()?.screenshot({ path: join(folder, `${t.name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}.png`) }).catch(() => undefined);
  });
}

/** Quick Open (Ctrl+P): retried, because the first one can race the workbench's start-up. */
export async function openFile(page: Page, name: string): Promise<void> {
  await waitFor(`${name} open in the editor`, async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 5_000 });
    await input.fill(name);
    // The row whose name is exactly this one, clicked: Enter would take the first row, which can
    // be another file (convert-me.reg.bak for convert-me.reg, or a recent editor still listed).
    const exactName = new RegExp(`^${escapeRegExp(name)}$`);
    const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: exactName }) }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: 5_000 });
    return true;
  }, { timeoutMs: 90_000, intervalMs: 500 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

/** The command palette (Ctrl+Shift+P) filtered to the command's title, its row on screen (Enter runs it). */
export async function showCommand(page: Page, title: string, rowTimeoutMs = 20_000): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: rowTimeoutMs });
}

/** The command palette (Ctrl+Shift+P), by the command's title: run from its own row, even when another is first. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await showCommand(page, title);
  await chooseFocused(page, '.quick-input-list', new RegExp(escapeRegExp(title)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Developer: Reload Window, done once the new window's workbench is on screen. The old window
 * stays visible for a moment after the command, so a mark left in it tells the two apart.
 */
export async function reloadWindow(page: Page): Promise<void> {
  const marked = () => page.evaluate(() => (window as { beforeReload?: boolean }).beforeReload === true);
  await page.evaluate(() => {
    (window as { beforeReload?: boolean }).beforeReload = true;
  });
  await runCommand(page, 'Developer: Reload Window');
  // While the page navigates, evaluate can throw (its context is gone): that is not the new window yet.
  await waitFor('the window to reload', async () => (await marked().catch(() => true)) === false, { timeoutMs: 90_000, intervalMs: 250 });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
}

/** The status bar's problem counts, e.g. { errors: 1, warnings: 0 }. */
export async function problemCounts(page: Page): Promise<{ errors: number; warnings: number } | undefined> {
  const label = await page.locator('#status\\.problems a[aria-label]').first().getAttribute('aria-label', { timeout: 1_000 }).catch(() => null);
  if (!label) return undefined;
  const errors = /(\d+)\s+error/i.exec(label) ?? /errors?:\s*(\d+)/i.exec(label);
  const warnings = /(\d+)\s+warning/i.exec(label) ?? /warnings?:\s*(\d+)/i.exec(label);
  if (!errors && /no problems/i.test(label)) return { errors: 0, warnings: 0 };
  return { errors: Number(errors?.[1] ?? 0), warnings: Number(warnings?.[1] ?? 0) };
}

/**
 * The text of the active editor as rendered (what is on screen), one screen line per line, in
 * screen order: the editor reuses line elements, so their DOM order is not the line order.
 */
export async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.editor-instance .monaco-editor .view-lines').first().evaluate((el) =>
    Array.from(el.querySelectorAll('.view-line')).map((line) => ({ top: parseFloat((line as HTMLElement).style.top) || 0, text: (line as HTMLElement).innerText })),
  );
  return lines.sort((a, b) => a.top - b.top).map((l) => l.text).join('\n').replace(/\u00a0/g, ' ');
}

export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `${selector} has no box on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The preview webview is an iframe inside an iframe: find the frame that holds the rows. */
export async function previewFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if ((await frame.locator('tr[data-rank]').count().catch(() => 0)) > 0) return frame;
  }
  return undefined;
}

/** Moves the focus in an open action or suggest list until the focused row matches, then accepts it. */
export async function chooseFocused(page: Page, list: string, pattern: RegExp): Promise<void> {
  await waitFor(`${pattern} focused in ${list}`, async () => {
    const focused = await page.locator(`${list} .monaco-list-row.focused`).first().innerText({ timeout: 1_000 }).catch(() => '');
    if (pattern.test(focused)) return true;
    await page.keyboard.press('ArrowDown');
    return false;
  }, { timeoutMs: 15_000 });
  await page.keyboard.press('Enter');
}

/** Waits until the active editor's text matches; on timeout the error shows the text last seen. */
export async function waitForEditorText(page: Page, what: string, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  let last = '';
  try {
    return await waitFor(what, async () => {
      last = await editorText(page);
      return pattern.test(last) && last;
    }, { timeoutMs });
  } catch (err) {
    throw new Error(`${(err as Error).message}; the editor shows:\n${last}`);
  }
}
