// UI end-to-end: what a new user meets in the first hour (issue 16), on the packaged extension
// installed into code-server and driven in headless Chromium. Each test asserts what a person
// sees: the editor's text, the Problems count, the dialog, the preview webview, the Extensions page.
// Needs scripts/setup.sh and `npm run package` first (scripts/test-e2e.sh does both).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { countingWineLauncher, type CountingWine } from '../../helpers/countingWine';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../../helpers/winePrefix';
import { openWorkbench, QUIET_WORKBENCH_SETTINGS, type Browser } from '../support/browser';
import { installVsix, repoRoot, startCodeServer, type RunningCodeServer } from '../support/codeServer';
import { waitFor } from '../support/poll';
import { chooseFocused, editorText, openFile, previewFrame, problemCounts, runCommand, screenshotEachTestEnd, waitForEditorText } from '../support/workbench';

const vsix = process.env.EXPEDITE_VSIX ?? join(repoRoot, 'expedited-apps.vsix');
const screenshots = join(repoRoot, 'test-results', 'e2e');
const profile = join(repoRoot, '.vscode-test', 'e2e-ui-first-hour');
const orchestratorKey = 'HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

const registration = (fields: Record<string, unknown>) =>
  `${JSON.stringify({ PFN: 'Contoso.PhotoStudio_3r0m8qfzv1p4c', OEMName: 'Contoso', UpdaterName: 'Typing', RegistrationVersion: 1, Source: 'Store', ProductId: '9NBLGGH4NNS1', Scenario: 'Acquisition', ...fields }, null, 2)}\n`;

let server: RunningCodeServer | undefined;
let browser: Browser | undefined;
let prefix: WinePrefix | undefined;
/** The extension's Wine launcher: it records every start, so a test can show Wine was not started. */
let wine: CountingWine | undefined;
let scratch = '';
let page: Page;

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
}

async function closeAllEditors(): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await waitFor('no editor open', async () => (await page.locator('.tabs-container .tab').count()) === 0);
}

async function errorCount(): Promise<number> {
  return (await waitFor('the status bar problem counts', () => problemCounts(page))).errors;
}

function wineQuery(): Promise<string> {
  assert.ok(prefix, 'no Wine prefix');
  return prefix.reg('query', orchestratorKey, '/s').then((r) => r.stdout);
}

async function modalDialog(): Promise<{ text: string; click(label: RegExp): Promise<void> }> {
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 90_000 });
  return { text: await dialog.innerText(), click: (label) => dialog.locator('.monaco-button', { hasText: label }).first().click() };
}

async function toast(pattern: RegExp, timeout = 90_000): Promise<string> {
  const t = page.locator('.notifications-toasts .notification-toast', { hasText: pattern }).first();
  await t.waitFor({ state: 'visible', timeout });
  return t.innerText();
}

async function clearToasts(): Promise<void> {
  await runCommand(page, 'Notifications: Clear All Notifications');
}

describe('The first hour in VS Code (code-server), installed from the .vsix', { timeout: 900_000 }, () => {
  before(async () => {
    assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);
    mkdirSync(screenshots, { recursive: true });
    rmSync(profile, { recursive: true, force: true });
    scratch = mkdtempSync(join(tmpdir(), 'expedite-e2e-first-hour-'));
    const workspace = join(scratch, 'work');
    mkdirSync(workspace);
    copyFileSync(join(repoRoot, 'examples', 'fabrikam-apps.reg'), join(workspace, 'fabrikam-apps.reg'));
    writeFileSync(join(workspace, 'devices.reg'), '');
    writeFileSync(join(workspace, 'updater_Typing.json'), registration({}));
    writeFileSync(join(workspace, 'updater_Regions.json'), registration({ UpdaterName: 'Regions', PFN: 'Contoso.Regions_3r0m8qfzv1p4c', ExcludedRegions: ['UK', 'EU', 'gb'] }));
    const userDataDir = join(profile, 'user-data');
    const extensionsDir = join(profile, 'extensions');
    const [, booted] = await Promise.all([installVsix(vsix, userDataDir, extensionsDir), wineAvailable() ? createWinePrefix() : Promise.resolve(undefined)]);
    prefix = booted;
    wine = countingWineLauncher(scratch);
    server = await startCodeServer({
      userDataDir,
      extensionsDir,
      folder: workspace,
      settings: {
        'expeditedApps.target': 'wine',
        'expeditedApps.wine.prefix': prefix?.dir ?? '',
        'expeditedApps.wine.command': wine.command,
        'expeditedApps.apply.confirm': true,
        ...QUIET_WORKBENCH_SETTINGS,
        'editor.minimap.enabled': false,
      },
    });
    browser = await openWorkbench(server, workspace);
    page = browser.page;
  });

  screenshotEachTestEnd(() => page);

  after(async () => {
    await browser?.close();
    await server?.stop();
    await prefix?.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('1. an empty .reg file: Ctrl+Space offers the header and a whole file, which validates clean', async () => {
    await openFile(page, 'devices.reg');
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget.visible');
    await suggest.waitFor({ state: 'visible', timeout: 60_000 });
    await waitFor('the header among the suggestions', async () => /Windows Registry Editor Version 5\.00/.test(await suggest.innerText()));
    await screenshot('08-empty-reg-completion');
    await chooseFocused(page, '.suggest-widget', /New \.reg file with a registration/);
    await page.keyboard.press('Escape');
    // Long lines wrap in .reg files: the key line may take two screen lines.
    // Numbered (Contoso_PhotoStudio2) once the workspace scan has seen updater_Typing.json's PFN.
    const text = (await waitForEditorText(page, 'the new file in the editor', /^Windows Registry Editor Version 5\.00\n\n\[HKEY_LOCAL_MACHINE[^]*Contoso_PhotoStudio2?\]\n"updaterPriority"/));
    assert.match(text, /"expeditedPayload"="\{\\"PFN\\"/);
    await waitFor('no error in the Problems count', async () => (await problemCounts(page))?.errors === 0, { timeoutMs: 60_000 });
  });

  test('5. in updater_*.json, "," then Enter makes a new line, not a key', async () => {
    await closeAllEditors();
    await openFile(page, 'updater_Typing.json');
    await page.locator('.view-line', { hasText: '"Scenario": "Acquisition"' }).first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(',');
    await waitFor('the comma in the editor', async () => /"Scenario": "Acquisition",/.test(await editorText(page)));
    await page.keyboard.press('Enter');
    const text = await waitForEditorText(page, 'the new line', /"Scenario": "Acquisition",\n\s*\n\}/);
    assert.doesNotMatch(text, /"Acquisition",\s*"\w+":/, 'Enter inserted a key');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
  });

  test('10. on "EU" the light bulb offers its member states or removal, titled with "EU"; "UK"\'s fix names "UK"', async () => {
    await closeAllEditors();
    await openFile(page, 'updater_Regions.json');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.view-line span', { hasText: /^"EU"$/ }).first().click();
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.locator('.monaco-list-row', { hasText: 'EU' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const items = await menu.innerText();
    assert.match(items, /Replace "EU" with its 27 member states/);
    assert.match(items, /Remove "EU"/);
    await screenshot('09-eu-quick-fix');
    await page.keyboard.press('Escape');
  });

  test('4. "Fix All" on ["UK","EU","gb"] fixes UK and adds no error', async () => {
    const before = await errorCount();
    await runCommand(page, 'Fix All');
    const text = await waitFor('UK fixed', async () => {
      const t = await editorText(page);
      return /"GB",\s*"EU",\s*"gb"/.test(t) && t;
    });
    assert.doesNotMatch(text, /"GB",\s*"EU",\s*"GB"/);
    const after = await waitFor('the Problems count after the fix', async () => {
      const c = await problemCounts(page);
      return c && c.errors < before && c;
    });
    assert.ok(after.errors < before, `errors ${before} → ${after.errors}`);
  });

  test('11. the Apply code lens applies its own registration only, and the confirmation lists its values', async () => {
    assert.ok(prefix, 'Wine is not installed: run scripts/setup.sh');
    await closeAllEditors();
    await openFile(page, 'fabrikam-apps.reg');
    const lenses = page.locator('.contentWidgets .codelens-decoration a', { hasText: /^Apply$/ });
    await waitFor('two Apply code lenses', async () => (await lenses.count()) === 2, { timeoutMs: 60_000 });
    await lenses.nth(1).click();
    const dialog = await modalDialog();
    assert.match(dialog.text, /Apply 1 registration\(s\) to Wine/);
    assert.match(dialog.text, /create .*Fabrikam_SupportAssistant/);
    assert.match(dialog.text, /"updaterPriority"=dword:00000032/);
    assert.doesNotMatch(dialog.text, /Fabrikam_PhotoStudio/);
    await screenshot('10-code-lens-apply');
    await dialog.click(/^Apply$/);
    await toast(/verified/i);
    const written = await waitFor('SupportAssistant in Wine\'s registry', async () => {
      const out = await wineQuery();
      return /Fabrikam_SupportAssistant/.test(out) && out;
    }, { timeoutMs: 30_000, intervalMs: 500 });
    assert.doesNotMatch(written, /Fabrikam_PhotoStudio/, 'the lens applied the other registration too');
    await clearToasts();

    // The whole file now: the one already there is "unchanged", not "replace".
    await runCommand(page, 'Apply Registrations to Target');
    const whole = await modalDialog();
    assert.match(whole.text, /create .*Fabrikam_PhotoStudio/);
    assert.match(whole.text, /unchanged .*Fabrikam_SupportAssistant/);
    assert.doesNotMatch(whole.text, /replace/);
    await whole.click(/^Apply$/);
    await toast(/verified/i);
    await clearToasts();
  });

  test('2. Compare with Target right after the apply says "identical" and adds no problem', async () => {
    await runCommand(page, 'Compare with Target');
    // The palette can miss its Enter on a loaded machine: run the command again when no diff came.
    let issued = Date.now();
    const title = await waitFor('the diff open', async () => {
      const t = await page.locator('.tabs-container .tab.active').first().innerText().catch(() => '');
      if (/↔/.test(t)) return t;
      if (Date.now() - issued > 30_000) {
        await runCommand(page, 'Compare with Target');
        issued = Date.now();
      }
      return undefined;
    }, { timeoutMs: 120_000 });
    assert.match(title, /identical/);
    await toast(/are identical/);
    await screenshot('11-compare-identical');
    assert.equal(await page.locator('.monaco-diff-editor .line-insert, .monaco-diff-editor .line-delete').count(), 0, 'no red/green blocks');
    await waitFor('no error in the Problems count', async () => (await problemCounts(page))?.errors === 0, { timeoutMs: 30_000 });
    await clearToasts();
    await closeAllEditors();
  });

  test('7 and 3. the preview in a 580 px side panel shows rank 1\'s name and status at once; with the target machine, each registration once', async () => {
    if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Hide Panel');
    if (await page.locator('.part.sidebar').isVisible()) await runCommand(page, 'View: Close Primary Side Bar');
    await page.setViewportSize({ width: 1208, height: 900 });
    await openFile(page, 'fabrikam-apps.reg');
    await runCommand(page, 'Preview Priority Order');
    let frame: Frame = await waitFor('the preview panel\'s rows', () => previewFrame(page), { timeoutMs: 60_000 });
    // Size the window so that the panel is 580 px wide (two editor groups share the width).
    const width = await frame.evaluate(() => window.innerWidth);
    await page.setViewportSize({ width: 1208 + 2 * (580 - width), height: 900 });
    frame = await waitFor('the preview at 580 px', async () => {
      const f = await previewFrame(page);
      const w = await f?.evaluate(() => window.innerWidth);
      return f && w !== undefined && Math.abs(w - 580) <= 8 && f;
    });
    // No helper functions inside evaluate: the test runner's transform would name them.
    const first = await frame.evaluate(() => {
      const row = document.querySelector('tr[data-rank="1"]');
      const name = row?.querySelector('td.name')?.getBoundingClientRect();
      const status = row?.querySelector('td.status')?.getBoundingClientRect();
      const outcome = row?.querySelector('td.outcome')?.getBoundingClientRect();
      return {
        name: row?.querySelector('td.name .registration-name')?.textContent ?? '',
        status: row?.querySelector('td.status .status-label')?.textContent?.trim() ?? '',
        visible: !!name && !!status && !!outcome && status.bottom <= window.innerHeight && name.bottom <= window.innerHeight && outcome.right <= window.innerWidth && status.right <= window.innerWidth,
        scrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
        boxes: JSON.stringify({ name, status, outcome, w: window.innerWidth, h: window.innerHeight }),
      };
    });
    assert.match(first.name, /^Fabrikam_PhotoStudio/);
    assert.equal(first.status, 'Installed');
    assert.ok(first.visible, `rank 1's name, status and outcome are in the first screen: ${first.boxes}`);
    assert.equal(first.scrollsSideways, false);
    await screenshot('12-preview-side-panel');

    // Item 3: the machine holds what the workspace registers: each is listed once, as before.
    const workspaceRows = await frame.locator('tr[data-rank]').count();
    // Every result rewrites the live status line (rows that did not change are kept as they are):
    // clear it, and wait for a result that says the machine is included.
    await frame.evaluate(() => {
      document.getElementById('status')!.textContent = '';
    });
    await frame.locator('#includeMachine').click();
    await waitFor('the result with the machine\'s registrations', () =>
      frame.evaluate(() => (document.getElementById('status')?.textContent ?? '') !== '' && (document.getElementById('includeMachine') as HTMLInputElement | null)?.checked === true),
    { timeoutMs: 120_000, intervalMs: 500 });
    const notes = await frame.locator('#notes').innerText();
    assert.equal(await frame.locator('#error').isVisible(), false, await frame.locator('#error').innerText());
    const rows = await frame.locator('tr[data-rank] td.name .registration-name').evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
    assert.equal(rows.length, workspaceRows, `each registration once: ${rows.join(' | ')}`);
    assert.equal(new Set(rows).size, rows.length, `no name twice: ${rows.join(' | ')}`);
    assert.doesNotMatch(notes, /same package as :/);
    await screenshot('13-preview-with-machine');
    await page.setViewportSize({ width: 1600, height: 1000 });
    await closeAllEditors();
  });

  test('14. the Extensions page shows the icon and every README picture', async () => {
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.keyboard.press('Escape');
    await closeAllEditors();
    await page.keyboard.press('Control+Shift+X');
    const search = page.locator('.extensions-viewlet .suggest-input-container textarea, .extensions-viewlet .suggest-input-container input').first();
    await search.waitFor({ state: 'visible', timeout: 30_000 });
    // The view focuses its search box when it opens.
    await search.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('@installed Expedited');
    const item = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Expedited Apps' }).first();
    await item.waitFor({ state: 'visible', timeout: 60_000 });
    await item.click();
    const icon = page.locator('.extension-editor .header img.icon');
    await icon.waitFor({ state: 'visible', timeout: 60_000 });
    await waitFor('the icon loaded', () => icon.evaluate((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth >= 128));
    // The packaged README carries its pictures inline (scripts/marketplace-readme.mjs): the view does
    // not resolve links to files inside the .vsix.
    let seen = '';
    const pictures = await waitFor('the README pictures loaded', async () => {
      for (const frame of page.frames()) {
        const state = await frame.evaluate(() => Array.from(document.querySelectorAll('img')).map((img) => ({ src: (img.getAttribute('src') ?? '').slice(0, 40), loaded: img.complete && img.naturalWidth > 0 }))).catch(() => []);
        const shots = state.filter((s) => s.src.startsWith('data:image/png'));
        if (shots.length) seen = JSON.stringify(shots);
        if (shots.length >= 6 && shots.every((s) => s.loaded)) return shots;
      }
      return undefined;
    }, { timeoutMs: 60_000, intervalMs: 500 }).catch((err: Error) => {
      throw new Error(`${err.message}; pictures seen: ${seen || 'none'}`);
    });
    assert.ok(pictures.length >= 6);
    const readme = page.frames().find((f) => f.url().includes('webview'));
    assert.ok(readme);
    await screenshot('14-extension-page');
  });

  test('an invalid file: Apply is refused at once, without starting Wine, and offers Show Problems (issue 15)', async () => {
    await closeAllEditors();
    await clearToasts();
    // The earlier applies ran Wine through the counting launcher: it does see the extension's starts.
    const startsBefore = wine?.starts().length ?? 0;
    if (prefix) assert.ok(startsBefore > 0, 'the extension starts Wine through the counting launcher');
    copyFileSync(join(repoRoot, 'examples', 'invalid', 'priority-250.reg'), join(scratch, 'work', 'broken.reg'));
    await openFile(page, 'broken.reg');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'visible', timeout: 60_000 });
    await runCommand(page, 'Apply Registrations to Target');
    const dialog = await modalDialog();
    assert.match(dialog.text, /Apply refused: broken\.reg has errors/);
    assert.match(dialog.text, /updaterPriority must be 1\.\.100/);
    // Refused before a backend exists: no "reading Wine prefix" progress, no target named.
    assert.doesNotMatch(dialog.text, /Wine/);
    assert.equal(await page.locator('.notifications-toasts .notification-toast', { hasText: /reading/i }).count(), 0);
    await dialog.click(/^Show Problems$/);
    await page.locator('.markers-panel .monaco-list-row', { hasText: /updaterPriority/ }).first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.deepEqual(wine?.starts().slice(startsBefore) ?? [], [], 'Wine was not started (not even `wine --version`)');
    if (prefix) assert.doesNotMatch(await wineQuery(), /AdventureWorks_Gear/, 'nothing was written');
  });
});
