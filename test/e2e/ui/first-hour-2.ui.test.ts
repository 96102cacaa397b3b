// UI end-to-end, the rest of the first hour (issue 16, items 12, 15, 16 and 17) on the packaged
// extension installed into code-server and driven in headless Chromium: what a person sees in the
// walkthrough, the New File picker, the Settings editor, the Outline, the preview webview and the
// notifications. Needs scripts/setup.sh and `npm run package` first (scripts/test-e2e.sh does both).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../../helpers/winePrefix';
import { openWorkbench, QUIET_WORKBENCH_SETTINGS, type Browser } from '../support/browser';
import { installVsix, repoRoot, startCodeServer, type RunningCodeServer } from '../support/codeServer';
import { waitFor } from '../support/poll';
import { chooseFocused, editorText, openFile, previewFrame, problemCounts, reloadWindow, runCommand, screenshotEachTestEnd, waitForEditorText } from '../support/workbench';

const vsix = process.env.EXPEDITE_VSIX ?? join(repoRoot, 'expedited-apps.vsix');
const screenshots = join(repoRoot, 'test-results', 'e2e');
const profile = join(repoRoot, '.vscode-test', 'e2e-ui-first-hour-2');
const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

/** A registry-form registration; `payload` is the JSON as written inside the string (escaped here). */
const regFile = (name: string, priority: string, payload: string) =>
  `Windows Registry Editor Version 5.00\r\n\r\n[${KEY}\\${name}]\r\n"updaterPriority"=dword:${priority}\r\n"expeditedPayload"="${payload.replace(/"/g, '\\"')}"\r\n`;

const registrationFile = (fields: Record<string, unknown>) =>
  `${JSON.stringify({ PFN: 'Contoso.Outline_3r0m8qfzv1p4c', OEMName: 'Contoso', UpdaterName: 'Outline', RegistrationVersion: 1, Source: 'Store', ProductId: '9NBLGGH4NNS1', Scenario: 'Acquisition', Priority: 30, ...fields }, null, 2)}\n`;

let server: RunningCodeServer | undefined;
let browser: Browser | undefined;
let prefix: WinePrefix | undefined;
let scratch = '';
let workspace = '';
let page: Page;

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
}

async function closeAllEditors(): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  // An unsaved untitled editor asks whether to save: don't.
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Don't Save$/ });
  await waitFor('no editor open', async () => {
    if (await dontSave.isVisible().catch(() => false)) await dontSave.click();
    return (await page.locator('.tabs-container .tab').count()) === 0;
  }, { timeoutMs: 30_000, intervalMs: 250 });
}

async function toast(pattern: RegExp, timeout = 60_000) {
  const t = page.locator('.notifications-toasts .notification-toast', { hasText: pattern }).first();
  await t.waitFor({ state: 'visible', timeout });
  return t;
}

async function clearToasts(): Promise<void> {
  await runCommand(page, 'Notifications: Clear All Notifications');
}

async function modalDialog(): Promise<{ text: string; click(label: RegExp): Promise<void> }> {
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 90_000 });
  return { text: await dialog.innerText(), click: (label) => dialog.locator('.monaco-button', { hasText: label }).first().click() };
}

/** Picks a colour theme in the Settings editor's Color Theme list (the theme picker searches the Marketplace, which is offline here). */
async function chooseColorTheme(label: string): Promise<void> {
  await runCommand(page, 'Preferences: Open User Settings');
  const search = page.locator('.settings-editor .suggest-input-container textarea, .settings-editor .suggest-input-container input').first();
  await search.waitFor({ state: 'visible', timeout: 30_000 });
  await search.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('@id:workbench.colorTheme');
  const select = page.locator('.settings-editor .setting-item-contents select').first();
  await select.waitFor({ state: 'attached', timeout: 30_000 });
  await select.selectOption({ label });
  await closeAllEditors();
}

/** Picks the quick pick row matching `label` (typing it as the filter), then accepts it. */
async function pick(label: RegExp, filter?: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  if (filter !== undefined) await input.fill(filter);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ state: 'visible', timeout: 20_000 });
  await chooseFocused(page, '.quick-input-list', label);
}

/** Opens the preview of the active editor and returns its frame once rows are drawn. */
async function openPreview(): Promise<Frame> {
  await runCommand(page, 'Preview Priority Order');
  return waitFor('the preview panel\'s rows', () => previewFrame(page), { timeoutMs: 90_000 });
}

describe('The rest of the first hour in VS Code (code-server), installed from the .vsix', { timeout: 900_000 }, () => {
  before(async () => {
    assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);
    mkdirSync(screenshots, { recursive: true });
    rmSync(profile, { recursive: true, force: true });
    scratch = mkdtempSync(join(tmpdir(), 'expedite-e2e-first-hour-2-'));
    workspace = join(scratch, 'work');
    mkdirSync(workspace);
    copyFileSync(join(repoRoot, 'examples', 'fabrikam-apps.reg'), join(workspace, 'fabrikam-apps.reg'));
    writeFileSync(join(workspace, 'convert-me.reg'), regFile('Contoso_ConvertMe', '00000014', '{"PFN": "Contoso.ConvertMe_3r0m8qfzv1p4c", "Endpoint": "https://contoso.example/ConvertMe.msix"}'));
    writeFileSync(join(workspace, 'messy.reg'), regFile('Contoso_Messy', '00000015', '{ "Endpoint":"https://contoso.example/Messy.msix",   "PFN" : "Contoso.Messy_3r0m8qfzv1p4c" }'));
    writeFileSync(join(workspace, 'updater_Outline.json'), registrationFile({}));
    const userDataDir = join(profile, 'user-data');
    const extensionsDir = join(profile, 'extensions');
    const [, booted] = await Promise.all([installVsix(vsix, userDataDir, extensionsDir), wineAvailable() ? createWinePrefix() : Promise.resolve(undefined)]);
    prefix = booted;
    server = await startCodeServer({
      userDataDir,
      extensionsDir,
      folder: workspace,
      settings: {
        'expeditedApps.target': 'wine',
        'expeditedApps.wine.prefix': prefix?.dir ?? '',
        'expeditedApps.apply.confirm': true,
        ...QUIET_WORKBENCH_SETTINGS,
        'editor.minimap.enabled': false,
      },
    });
    browser = await openWorkbench(server, workspace);
    page = browser.page;
    // The extension is up once a .reg file has its code lenses.
    await openFile(page, 'fabrikam-apps.reg');
    await page.locator('.contentWidgets .codelens-decoration a', { hasText: /^Apply$/ }).first().waitFor({ state: 'visible', timeout: 120_000 });
    await closeAllEditors();
  });

  screenshotEachTestEnd(() => page);

  after(async () => {
    await browser?.close();
    await server?.stop();
    await prefix?.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('17. the walkthrough opens with its five steps', async () => {
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await pick(/Your first expedited app registration/, 'expedited');
    const steps = page.locator('.gettingStartedContainer .getting-started-step .step-title');
    const titles = await waitFor('the walkthrough\'s steps', async () => {
      const t = await steps.allInnerTexts();
      return t.length >= 5 && t;
    }, { timeoutMs: 60_000 });
    for (const title of ['Create a registration', 'Fix what Windows would reject', 'Preview the run order', 'Apply to Wine or Windows', 'Compare with the target']) {
      assert.ok(titles.some((t) => t.includes(title)), `${title} among ${titles.join(' | ')}`);
    }
    await screenshot('15-walkthrough');
    await closeAllEditors();
  });

  test('17. New Registration… from the palette, twice and in both forms: valid documents that do not clash (item 16: numbered placeholders)', async () => {
    await runCommand(page, 'New Registration…');
    await pick(/Registry form \(\.reg\)/);
    await waitFor('registrations.reg open', () => page.locator('.tabs-container .tab.active', { hasText: 'registrations.reg' }).first().isVisible());
    await page.keyboard.press('Escape');
    // After the workspace's priorities (the highest is 50).
    const first = await waitForEditorText(page, 'the new registration', /^Windows Registry Editor Version 5\.00\n\n\[HKEY_LOCAL_MACHINE[^]*Contoso_PhotoStudio\]\n"updaterPriority"=dword:00000033/);
    assert.match(first, /"expeditedPayload"="\{\\"PFN\\": \\"Contoso\.PhotoStudio_3r0m8qfzv1p4c\\"/);

    await runCommand(page, 'New Registration…');
    await pick(/Registry form \(\.reg\)/);
    await waitFor('registrations-2.reg open', () => page.locator('.tabs-container .tab.active', { hasText: 'registrations-2.reg' }).first().isVisible());
    await page.keyboard.press('Escape');
    const second = await waitForEditorText(page, 'the second new registration', /Contoso_PhotoStudio2\]\n"updaterPriority"=dword:00000034/);
    assert.match(second, /\\"PFN\\": \\"Contoso\.PhotoStudio2_3r0m8qfzv1p4c\\"/);

    await runCommand(page, 'New Registration…');
    await pick(/Registration file/);
    const name = page.locator('.quick-input-widget input');
    await waitFor('the UpdaterName offered', async () => (await name.inputValue()) === 'PhotoStudio3');
    await page.keyboard.press('Enter');
    await waitFor('updater_PhotoStudio3.json open', () => page.locator('.tabs-container .tab.active', { hasText: 'updater_PhotoStudio3.json' }).first().isVisible());
    await page.keyboard.press('Escape');
    const file = await waitForEditorText(page, 'the new registration file', /"UpdaterName": "PhotoStudio3"[^]*"Priority": 53/);
    assert.match(file, /"PFN": "Contoso\.PhotoStudio3_3r0m8qfzv1p4c"/);
    await screenshot('16-new-registration');
    // Three new registrations beside the workspace's: none clashes, none is invalid.
    await waitFor('no error in the Problems count', async () => (await problemCounts(page))?.errors === 0, { timeoutMs: 60_000 });
    await closeAllEditors();
  });

  test('17. File › New File… lists "Expedited App Registration"', async () => {
    await runCommand(page, 'Create: New File...');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Expedited App Registration' }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot('17-new-file-picker');
    await row.click();
    // Ours runs: it asks for the form.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /Registry form \(\.reg\)/ }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.press('Escape');
  });

  test('15. the Target and Wine settings are found under the User tab of the Settings editor', async () => {
    await runCommand(page, 'Preferences: Open User Settings');
    const search = page.locator('.settings-editor .suggest-input-container textarea, .settings-editor .suggest-input-container input').first();
    await search.waitFor({ state: 'visible', timeout: 30_000 });
    const userTab = page.locator('.settings-editor .settings-tabs-widget .action-item', { hasText: /^User/ }).first();
    await userTab.click();
    // code-server is a remote window: it has a Remote tab, which is where machine-scoped settings would hide.
    await page.locator('.settings-editor .settings-tabs-widget .action-item', { hasText: /^Remote/ }).first().waitFor({ state: 'visible', timeout: 10_000 });
    for (const [id, title] of [['expeditedApps.target', 'Target'], ['expeditedApps.wine.prefix', 'Prefix'], ['expeditedApps.wine.command', 'Command']] as const) {
      await search.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(`@id:${id}`);
      const label = page.locator('.settings-editor .setting-item-contents .setting-item-label', { hasText: new RegExp(`^${title}$`) }).first();
      await label.waitFor({ state: 'visible', timeout: 30_000 });
      assert.match(await page.locator('.settings-editor .settings-tabs-widget .action-label.checked').first().innerText(), /^User/);
      assert.match(await page.locator('.settings-editor .setting-item-contents').first().innerText(), /under User/);
    }
    await screenshot('18-settings-user-tab');
    await closeAllEditors();
  });

  test('16. a registration file has one outline, not VS Code\'s and ours side by side', async () => {
    await openFile(page, 'updater_Outline.json');
    await runCommand(page, 'Explorer: Focus on Outline View');
    const rows = page.locator('.outline-pane .monaco-list-row');
    // Each row's accessible name: "PFN (string)", or a provider's name for a group of its symbols.
    const labels = await waitFor('the outline\'s rows', async () => {
      const t = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
      return t.some((l) => l.startsWith('PFN')) && t;
    }, { timeoutMs: 60_000 });
    assert.equal(labels.filter((l) => /^PFN\b/.test(l)).length, 1, `PFN once: ${labels.join(' | ')}`);
    assert.equal(labels.filter((l) => /Expedited Apps|JSON Language Features/.test(l)).length, 0, `no provider groups: ${labels.join(' | ')}`);
    await screenshot('19-one-outline');
    await runCommand(page, 'View: Close Primary Side Bar');
    await closeAllEditors();
  });

  test('16. Format Document (Shift+Alt+F on Windows) formats a .reg file\'s payload', async () => {
    await openFile(page, 'messy.reg');
    await waitForEditorText(page, 'the messy payload', /\{ \\"Endpoint\\":\\"https/);
    await runCommand(page, 'Format Document');
    const text = await waitForEditorText(page, 'the formatted payload', /"expeditedPayload"="\{\\"PFN\\": \\"Contoso\.Messy_3r0m8qfzv1p4c\\", \\"Endpoint\\": \\"https:\/\/contoso\.example\/Messy\.msix\\"\}"/);
    assert.doesNotMatch(text, /"Endpoint\\":\\"/);
    assert.equal(await page.locator('.notifications-toasts .notification-toast', { hasText: /no formatter/i }).count(), 0);
    await page.keyboard.press('Control+Z');
    await closeAllEditors();
  });

  test('16. Convert says the two copies clash and offers to remove the original; removing it ends the clash', async () => {
    await clearToasts();
    await openFile(page, 'convert-me.reg');
    const original = readFileSync(join(workspace, 'convert-me.reg'));
    await runCommand(page, 'Convert to Registration File (JSON)');
    // OEMName, then UpdaterName: the suggested ones.
    for (const value of ['Contoso', 'ConvertMe']) {
      const input = page.locator('.quick-input-widget input');
      await waitFor(`${value} suggested`, async () => (await input.inputValue().catch(() => '')) === value, { timeoutMs: 30_000 });
      await page.keyboard.press('Enter');
    }
    const offer = await toast(/convert-me\.reg still holds the original, and the two clash \(same PFN\)/);
    // Saved, the new file clashes with the original (untitled copies stay out of the cross-file rules).
    await page.locator('.tabs-container .tab.active', { hasText: 'updater_ConvertMe.json' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+S');
    // A save dialog, if one asks, holds the file's own path.
    await waitFor('updater_ConvertMe.json saved', async () => {
      if (await page.locator('.quick-input-widget input').isVisible().catch(() => false)) await page.keyboard.press('Enter');
      return existsSync(join(workspace, 'updater_ConvertMe.json'));
    }, { timeoutMs: 30_000, intervalMs: 500 });
    await waitFor('the clash in the Problems count', async () => ((await problemCounts(page))?.errors ?? 0) >= 2, { timeoutMs: 60_000 });
    await screenshot('20-convert-offers-removal');
    await offer.locator('.monaco-button', { hasText: /^Remove convert-me\.reg$/ }).click();
    const done = await (await toast(/convert-me\.reg (to the trash|to convert-me\.reg\.bak)/)).innerText();
    assert.ok(!existsSync(join(workspace, 'convert-me.reg')), 'the original is gone from the folder');
    if (/\.bak/.test(done)) assert.deepEqual(readFileSync(join(workspace, 'convert-me.reg.bak')), original, 'the backup holds the original bytes');
    else assert.deepEqual(readdirSync(workspace).filter((f) => f.startsWith('convert-me')), []);
    await waitFor('no error once the original is gone', async () => (await problemCounts(page))?.errors === 0, { timeoutMs: 60_000 });
    // The original's editor closes with it: the converted file's editor is drawn again just after.
    await waitFor('the converted file in the editor', async () => /"UpdaterName": "ConvertMe"/.test(await editorText(page).catch(() => '')), { timeoutMs: 15_000 });
    await clearToasts();
    await closeAllEditors();
  });

  test('12. the preview\'s region combobox: typing GB replaces US, Enter commits GB and the preview follows', async () => {
    await openFile(page, 'fabrikam-apps.reg');
    const frame = await openPreview();
    await frame.evaluate(() => {
      (document.getElementById('scenario') as HTMLDetailsElement).open = true;
    });
    const summary = frame.locator('#scenario-summary');
    await waitFor('the US scenario', async () => /\bUS\b/.test(await summary.innerText()));
    const field = frame.locator('#region input');
    await field.click();
    await page.keyboard.type('GB');
    await waitFor('GB typed in place of US', async () => (await field.inputValue()) === 'GB', { timeoutMs: 10_000 });
    await screenshot('21-region-typed');
    await page.keyboard.press('Enter');
    await waitFor('GB chosen', () => frame.evaluate(() => (document.getElementById('region') as unknown as { value: string }).value === 'GB'), { timeoutMs: 10_000 });
    const shown = await waitFor('the preview for GB', async () => {
      const t = await summary.innerText();
      return /\bGB\b/.test(t) && t;
    }, { timeoutMs: 60_000 });
    assert.doesNotMatch(shown, /\bUS\b/);
    assert.match(await field.inputValue(), /^GB\b/);
  });

  test('16. the preview in High Contrast: PFN chips are outlined, not filled', async () => {
    await chooseColorTheme('Dark High Contrast');
    await openFile(page, 'fabrikam-apps.reg');
    await openPreview();
    const frame = await waitFor('the preview in High Contrast', async () => {
      const f = await previewFrame(page);
      return f && (await f.evaluate(() => document.body.classList.contains('vscode-high-contrast'))) && f;
    }, { timeoutMs: 60_000 });
    const chip = await frame.evaluate(() => {
      const code = document.querySelector('tr[data-rank] code');
      if (!code) return undefined;
      const style = getComputedStyle(code);
      // The editor's colours, resolved the way the chip's are.
      const vars = getComputedStyle(document.documentElement);
      const probe = document.createElement('span');
      probe.style.background = vars.getPropertyValue('--vscode-editor-background').trim();
      probe.style.color = vars.getPropertyValue('--vscode-editor-foreground').trim();
      document.body.append(probe);
      const editor = { background: getComputedStyle(probe).backgroundColor, color: getComputedStyle(probe).color };
      probe.remove();
      return { background: style.backgroundColor, color: style.color, editor, outline: style.outlineStyle, text: code.textContent ?? '' };
    });
    assert.ok(chip, 'a PFN chip in the rows');
    assert.match(chip.text, /_qavgzrv0bsdkw$/);
    assert.equal(chip.outline, 'solid');
    assert.equal(chip.background, chip.editor.background, 'the chip has the editor\'s background, no fill');
    assert.equal(chip.color, chip.editor.color, 'the PFN is in the editor\'s text colour');
    assert.notEqual(chip.color, chip.background, 'the PFN can be read');
    await screenshot('22-preview-high-contrast');
    await chooseColorTheme('Light Modern');
  });

  test('16. a preview export offers Open, which opens the file', async () => {
    await openFile(page, 'fabrikam-apps.reg');
    const frame = await openPreview();
    await frame.locator('#export-markdown').click();
    // code-server's save dialog is a quick input holding the suggested path.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await waitFor('the suggested path', async () => /\.md$/.test(await input.inputValue()), { timeoutMs: 30_000 });
    const path = await input.inputValue();
    await page.keyboard.press('Enter');
    const saved = await toast(/Saved the priority order to/);
    await saved.locator('.monaco-button', { hasText: /^Open$/ }).click();
    const name = path.slice(path.lastIndexOf('/') + 1);
    await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await editorText(page), /Fabrikam_PhotoStudio/);
    await closeAllEditors();
  });

  test('16. the preview comes back after a reload', async () => {
    await openFile(page, 'fabrikam-apps.reg');
    await openPreview();
    await reloadWindow(page);
    const first = await waitFor('the preview\'s rows after the reload', async () => {
      const frame = await previewFrame(page);
      const name = frame && (await frame.locator('tr[data-rank="1"] .registration-name').innerText({ timeout: 1_000 }).catch(() => ''));
      return name || undefined;
    }, { timeoutMs: 120_000, intervalMs: 500 });
    assert.match(first, /^Fabrikam_PhotoStudio/);
    await closeAllEditors();
  });

  test('16. Undo Last Apply says what it restored and when, in local time', async () => {
    assert.ok(prefix, 'Wine is not installed: run scripts/setup.sh');
    await clearToasts();
    await openFile(page, 'fabrikam-apps.reg');
    await runCommand(page, 'Apply Registrations to Target');
    await (await modalDialog()).click(/^Apply$/);
    await toast(/verified/i, 120_000);
    await clearToasts();
    await runCommand(page, 'Undo Last Apply');
    await (await modalDialog()).click(/^Undo$/);
    const text = await (await toast(/^Restored/, 120_000)).innerText();
    assert.match(text, /Restored 2 item\(s\) to how they were before the apply of /);
    assert.match(text, /Fabrikam_PhotoStudio/);
    assert.match(text, /Fabrikam_SupportAssistant/);
    assert.doesNotMatch(text, /\d{4}-\d\d-\d\dT\d\d:\d\d/, 'no raw UTC timestamp');
    await screenshot('23-undo-toast');
  });
});
