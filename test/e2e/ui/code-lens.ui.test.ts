// UI end-to-end: the code lenses of a .reg come from the server as ranges and data and get their
// titles when VS Code shows them (`codeLens/resolve`); in Restricted Mode the Apply lens is still
// left out. On the packaged extension in code-server and headless Chromium. Needs scripts/setup.sh
// and `npm run package` first (scripts/test-e2e.sh does both).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { registrationsReg } from '../../../bench/generate';
import { openWorkbench, QUIET_WORKBENCH_SETTINGS, type Browser } from '../support/browser';
import { installVsix, repoRoot, startCodeServer, type RunningCodeServer } from '../support/codeServer';
import { waitFor } from '../support/poll';
import { openFile } from '../support/workbench';

const vsix = process.env.EXPEDITE_VSIX ?? join(repoRoot, 'expedited-apps.vsix');
const screenshots = join(repoRoot, 'test-results', 'e2e');

/** The texts of the code lenses on screen, top to bottom. */
async function lensTexts(page: Page): Promise<string[]> {
  return page.locator('.contentWidgets .codelens-decoration').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText));
}

/** A workbench on a folder holding big.reg (1,000 registrations), trusted or in Restricted Mode. */
function workbench(name: string, workspaceTrust: boolean) {
  const state: { server?: RunningCodeServer; browser?: Browser; scratch: string; page?: Page } = { scratch: '' };
  const profile = join(repoRoot, '.vscode-test', `e2e-ui-code-lens-${name}`);
  before(async () => {
    assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);
    mkdirSync(screenshots, { recursive: true });
    rmSync(profile, { recursive: true, force: true });
    state.scratch = mkdtempSync(join(tmpdir(), `expedite-e2e-lens-${name}-`));
    const folder = join(state.scratch, 'work');
    mkdirSync(folder);
    writeFileSync(join(folder, 'big.reg'), registrationsReg(1000));
    const userDataDir = join(profile, 'user-data');
    const extensionsDir = join(profile, 'extensions');
    await installVsix(vsix, userDataDir, extensionsDir);
    state.server = await startCodeServer({
      userDataDir,
      extensionsDir,
      folder,
      workspaceTrust,
      settings: { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never', ...QUIET_WORKBENCH_SETTINGS },
    });
    state.browser = await openWorkbench(state.server, folder);
    state.page = state.browser.page;
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.stop();
    if (state.scratch) rmSync(state.scratch, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });
  return state;
}

/** The lens texts on screen once VS Code has drawn the resolved ones (they come back one by one). */
function resolvedLensTexts(page: Page): Promise<string[]> {
  return waitFor('resolved code lenses', async () => {
    const found = await lensTexts(page);
    // A screen shows several registrations; VS Code draws their lenses as their resolves come back.
    return found.length >= 4 && found.every((t) => /runs/.test(t)) && found;
  }, { timeoutMs: 120_000, intervalMs: 500 });
}

describe('Code lenses resolved when shown (code-server), in a trusted workspace', { timeout: 600_000 }, () => {
  const state = workbench('trusted', false);

  test('the lenses on screen show each registration\'s place, Preview Priority Order and Apply', async () => {
    const page = state.page!;
    await openFile(page, 'big.reg');
    const texts = await resolvedLensTexts(page);
    await page.screenshot({ path: join(screenshots, 'code-lens-resolved.png') });
    assert.match(texts[0], /^priority 1 · runs 1st of 1,?000\s*\|\s*Preview Priority Order\s*\|\s*Apply$/);
    // Fabrikam_Tool1 has priority 2: after the ten of priority 1.
    assert.match(texts[1], /^priority 2 · runs 11th of 1,?000\s*\|\s*Preview Priority Order\s*\|\s*Apply$/);
    assert.ok(texts.length < 1000, `only the lenses near the screen are drawn (${texts.length})`);
  });
});

describe('Code lenses resolved when shown (code-server), in Restricted Mode', { timeout: 600_000 }, () => {
  const state = workbench('untrusted', true);

  test('the lenses on screen show the place and Preview Priority Order, never Apply', async () => {
    const page = state.page!;
    await openFile(page, 'big.reg');
    const texts = await resolvedLensTexts(page);
    await page.screenshot({ path: join(screenshots, 'code-lens-untrusted.png') });
    assert.match(texts[0], /^priority 1 · runs 1st of 1,?000\s*\|\s*Preview Priority Order$/);
    assert.ok(texts.every((t) => !/Apply/.test(t)), texts.join('\n'));
  });
});
