// UI end-to-end in an untrusted workspace (Restricted Mode): Compare and Pull may read the user's
// Wine prefix, never the workspace's, and never create one. Needs `npm run package` first.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openWorkbench, QUIET_WORKBENCH_SETTINGS, type Browser } from '../support/browser';
import { installVsix, repoRoot, startCodeServer, type RunningCodeServer } from '../support/codeServer';
import { waitFor } from '../support/poll';
import { openFile, runCommand } from '../support/workbench';

const vsix = process.env.EXPEDITE_VSIX ?? join(repoRoot, 'expedited-apps.vsix');
const screenshots = join(repoRoot, 'test-results', 'e2e');
const profile = join(repoRoot, '.vscode-test', 'e2e-ui-untrusted');

let server: RunningCodeServer | undefined;
let browser: Browser | undefined;
let scratch = '';
let home = '';
let page: Page;

describe('An untrusted workspace (code-server, Restricted Mode), installed from the .vsix', { timeout: 600_000 }, () => {
  before(async () => {
    assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);
    mkdirSync(screenshots, { recursive: true });
    rmSync(profile, { recursive: true, force: true });
    scratch = mkdtempSync(join(tmpdir(), 'expedite-e2e-untrusted-'));
    home = join(scratch, 'home');
    const workspace = join(scratch, 'work');
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    mkdirSync(home);
    copyFileSync(join(repoRoot, 'examples', 'fabrikam-apps.reg'), join(workspace, 'fabrikam-apps.reg'));
    // The workspace names a prefix of its own: in Restricted Mode that setting is ignored.
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'expeditedApps.wine.prefix': join(scratch, 'workspace-prefix') }));
    const userDataDir = join(profile, 'user-data');
    const extensionsDir = join(profile, 'extensions');
    await installVsix(vsix, userDataDir, extensionsDir);
    server = await startCodeServer({
      userDataDir,
      extensionsDir,
      folder: workspace,
      workspaceTrust: true,
      // Wine's default prefix is ~/.wine: a home of its own shows whether anything creates it.
      env: { HOME: home, WINEPREFIX: '' },
      settings: {
        'expeditedApps.target': 'wine',
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'never',
        ...QUIET_WORKBENCH_SETTINGS,
      },
    });
    browser = await openWorkbench(server, workspace);
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('6. Compare and Pull say there is no prefix to read, mention the ignored workspace setting, and create none', async () => {
    await openFile(page, 'fabrikam-apps.reg');
    for (const command of ['Compare with Target', 'Pull Registrations from Target']) {
      const message = await waitFor(`${command}'s message`, async () => {
        await runCommand(page, command);
        const t = page.locator('.notifications-toasts .notification-toast', { hasText: /no Wine prefix at/ }).first();
        await t.waitFor({ state: 'visible', timeout: 15_000 });
        return t.innerText();
      }, { timeoutMs: 120_000, intervalMs: 1_000 });
      assert.match(message, /\.wine/);
      assert.match(message, /untrusted workspace/);
      await page.screenshot({ path: join(screenshots, '15-untrusted-compare.png') });
      await runCommand(page, 'Notifications: Clear All Notifications');
    }
    assert.equal(existsSync(join(home, '.wine')), false, '~/.wine was created');
    assert.equal(existsSync(join(scratch, 'workspace-prefix')), false, 'the workspace prefix was used');
  });
});
