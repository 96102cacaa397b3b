// UI end-to-end: the packaged extension (expedited-apps.vsix) installed into code-server, driven
// in headless Chromium the way a person would, with a screenshot of every step in test-results/e2e/.
// Needs scripts/setup.sh and `npm run package` first (scripts/test-e2e.sh does both).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../../helpers/winePrefix';
import { openWorkbench, QUIET_WORKBENCH_SETTINGS, type Browser } from '../support/browser';
import { installVsix, repoRoot, startCodeServer, type RunningCodeServer } from '../support/codeServer';
import { waitFor } from '../support/poll';
import * as support from '../support/workbench';

const vsix = process.env.EXPEDITE_VSIX ?? join(repoRoot, 'expedited-apps.vsix');
const screenshots = join(repoRoot, 'test-results', 'e2e');
const profile = join(repoRoot, '.vscode-test', 'e2e-ui');
const orchestratorKey = 'HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

// The example with a mistake that has a quick fix: "UK" in ExcludedRegions (ISO 3166-1 says GB).
const invalidFile = 'region-uk.reg';
const validFile = 'fabrikam-apps.reg';

let server: RunningCodeServer | undefined;
let browser: Browser | undefined;
let prefix: WinePrefix | undefined;
let scratch = '';
let page: Page;

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
}

const openFile = (name: string) => support.openFile(page, name);
const runCommand = (title: string) => support.runCommand(page, title);
const problemCounts = () => support.problemCounts(page);
const editorText = () => support.editorText(page);
const centreOf = (selector: string) => support.centreOf(page, selector);
const previewFrame = () => support.previewFrame(page);

function wineQuery(): Promise<string> {
  assert.ok(prefix, 'no Wine prefix');
  return prefix.reg('query', orchestratorKey, '/s').then((r) => r.stdout);
}

describe('Expedited Apps in VS Code (code-server), installed from the .vsix', { timeout: 600_000 }, () => {
  before(async () => {
    assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);
    mkdirSync(screenshots, { recursive: true });
    rmSync(profile, { recursive: true, force: true });
    scratch = mkdtempSync(join(tmpdir(), 'expedite-e2e-ui-'));
    const workspace = join(scratch, 'examples');
    cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
    const userDataDir = join(profile, 'user-data');
    const extensionsDir = join(profile, 'extensions');
    // Booting a Wine prefix and installing the .vsix are independent: do them together.
    const [, booted] = await Promise.all([
      installVsix(vsix, userDataDir, extensionsDir),
      wineAvailable() ? createWinePrefix() : Promise.resolve(undefined),
    ]);
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
        'editor.hover.delay': 150,
        // Long payload lines wrap, so the squiggle inside one is on screen.
        'editor.wordWrap': 'on',
        'editor.minimap.enabled': false,
      },
    });
    browser = await openWorkbench(server, workspace);
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await prefix?.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('a .reg file with a mistake shows a squiggle and the Problems count', async () => {
    await openFile(invalidFile);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'visible', timeout: 60_000 });
    const counts = await waitFor('an error in the status bar', async () => {
      const c = await problemCounts();
      return c && c.errors > 0 && c;
    });
    assert.ok(counts.errors >= 1);
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await page.locator('.markers-panel').innerText(), /UK/);
    await screenshot('01-diagnostics');
  });

  test('hovering the squiggle explains the mistake', async () => {
    const { x, y } = await centreOf('.monaco-editor .squiggly-error');
    await page.mouse.move(x, y);
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await hover.waitFor({ state: 'visible', timeout: 20_000 });
    const text = await waitFor('the hover text', async () => {
      const t = await hover.innerText().catch(() => '');
      return /UK/.test(t) && t;
    });
    assert.match(text, /GB/);
    // The hover fades in: wait until it and its containers are fully opaque before the picture.
    await waitFor('the hover to finish fading in', () =>
      hover.evaluate((el) => {
        for (let node: Element | null = el; node; node = node.parentElement) {
          if (Number(getComputedStyle(node).opacity) < 1) return false;
        }
        return true;
      }),
    );
    await screenshot('02-hover');
  });

  test('the light bulb quick fix replaces "UK" with "GB" and clears the error', async () => {
    const before = await problemCounts();
    assert.ok(before && before.errors > 0);
    const { x, y } = await centreOf('.monaco-editor .squiggly-error');
    await page.mouse.click(x, y);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'GB' }).first();
    await fix.waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot('03-quick-fix-menu');
    // The menu keeps re-laying itself out under the mouse; choose by keyboard, as people do.
    await waitFor('the "GB" fix focused', async () => {
      const focused = await page.locator('.action-widget .monaco-list-row.focused').first().innerText({ timeout: 1_000 }).catch(() => '');
      if (/GB/.test(focused)) return true;
      await page.keyboard.press('ArrowDown');
      return false;
    }, { timeoutMs: 10_000 });
    await page.keyboard.press('Enter');
    await waitFor('"GB" in the editor', async () => /\\"GB\\"/.test(await editorText()));
    assert.doesNotMatch(await editorText(), /\\"UK\\"/);
    await waitFor('fewer errors', async () => {
      const after = await problemCounts();
      return after !== undefined && after.errors < before.errors;
    });
    await screenshot('04-quick-fix-applied');
  });

  test('"Preview Priority Order" from the command palette lists the registrations in run order', async () => {
    // Room for the panel: no Problems panel, no side bar.
    if (await page.locator('.part.panel').isVisible()) await runCommand('View: Hide Panel');
    if (await page.locator('.part.sidebar').isVisible()) await runCommand('View: Close Primary Side Bar');
    await openFile(validFile);
    await runCommand('Preview Priority Order');
    const frame = await waitFor('the preview panel\'s rows', () => previewFrame(), { timeoutMs: 60_000 });
    const rows = await frame.locator('tr[data-rank]').evaluateAll((trs) => trs.map((tr) => ({
      rank: Number(tr.getAttribute('data-rank')),
      name: tr.querySelector('td.name .registration-name')?.textContent?.trim() ?? '',
      priority: Number(tr.querySelector('td.priority')?.textContent ?? Number.NaN),
    })));
    assert.ok(rows.length >= 2, `expected several registrations, got ${JSON.stringify(rows)}`);
    assert.deepEqual(rows.map((r) => r.rank), rows.map((_, i) => i + 1), 'ranks run 1, 2, 3, …');
    assert.ok(rows.every((r, i) => i === 0 || rows[i - 1].priority <= r.priority), `not in priority order: ${JSON.stringify(rows)}`);
    const names = rows.map((r) => r.name);
    assert.ok(names.indexOf('Fabrikam_PhotoStudio') >= 0 && names.indexOf('Fabrikam_PhotoStudio') < names.indexOf('Fabrikam_SupportAssistant'),
      `Fabrikam_PhotoStudio (priority 10) should run before Fabrikam_SupportAssistant (50): ${names.join(', ')}`);
    await screenshot('05-preview');
  });

  test('"Apply Registrations to Target" asks for confirmation, then writes to the Wine registry', async () => {
    assert.ok(prefix, 'Wine is not installed: run scripts/setup.sh');
    await openFile(validFile);
    await runCommand('Apply Registrations to Target');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 90_000 });
    const question = await dialog.innerText();
    assert.match(question, /apply/i);
    assert.match(question, /Wine/);
    assert.match(question, /Fabrikam_PhotoStudio/);
    assert.match(question, /Fabrikam_SupportAssistant/);
    await screenshot('06-apply-confirmation');
    await dialog.locator('.monaco-button', { hasText: /^Apply$/ }).first().click();
    // The closing notification ("Applied 2 registration(s) on …; verified."), not the progress one.
    const done = page.locator('.notifications-toasts .notification-toast', { hasText: /verified/i }).first();
    await done.waitFor({ state: 'visible', timeout: 90_000 });
    const written = await waitFor('the registrations in Wine\'s registry', async () => {
      const out = await wineQuery();
      return /Fabrikam_PhotoStudio/.test(out) && /Fabrikam_SupportAssistant/.test(out) && out;
    }, { timeoutMs: 30_000, intervalMs: 500 });
    assert.match(written, /updaterPriority\s+REG_DWORD\s+0xa\b/);
    await screenshot('07-apply-done');
  });
});
