// The preview's webview page in plain Chromium, as VS Code would serve it: the built dist/ assets
// under one origin, `acquireVsCodeApi` posting into `sent`, and every script error or CSP violation
// collected in `errors`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const PANEL_ROOT = resolve(__dirname, '..', '..', '..');
export const PANEL_ORIGIN = 'https://webview.test';

export async function servePanelAssets(page: Page, sent: unknown[], errors: string[]): Promise<void> {
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.exposeFunction('__sent', (message: unknown) => sent.push(message));
  // A string, not a function: the test's own transpiler would add helpers the page lacks.
  await page.addInitScript('window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__sent(m) });');
  await page.route(`${PANEL_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(PANEL_ROOT, 'dist', path.replace(/^\//, ''));
    return existsSync(file) ? route.fulfill({ path: file, contentType: path.endsWith('.css') ? 'text/css' : 'text/javascript' }) : route.fulfill({ status: 404 });
  });
}
