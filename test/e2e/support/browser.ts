// Headless Chromium from Debian, driven by playwright-core (which never downloads a browser here).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh profile every time, so no state leaks between runs. */
export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'expedite-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Settings every workbench session starts from: no preview tabs, no extension update checks. */
export const QUIET_WORKBENCH_SETTINGS = {
  'workbench.editor.enablePreview': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
} as const;

/** Chromium at a code-server workbench on `folder`, returned once the workbench is drawn. */
export async function openWorkbench(
  server: { workbenchUrl(folder?: string): string },
  folder: string,
  options: { viewport?: { width: number; height: number }; timeoutMs?: number } = {},
): Promise<Browser> {
  const browser = await launchBrowser(options.viewport ?? { width: 1600, height: 1000 });
  await browser.page.goto(server.workbenchUrl(folder));
  await browser.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: options.timeoutMs ?? 60_000 });
  return browser;
}
