// The preview panel's real page and webview script (dist/webview.js) in Chromium with 5,000
// registrations: the first rows show while the rest follow, outcome pickers are made only for the
// rows shown or focused, the keyboard still reaches every row and picker, and an update carrying
// the rows that changed patches only those. VS Code's webview API is the only stand-in.
// The times it logs are for reading, not asserted (bench:e2e measures in the real workbench).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { panelHtml } from '../../../client/preview/html';
import { renderSimulation } from '../../../core/simulate/rendered';
import type { LocatedSimulationResult } from '../../../core/simulate/result';
import { simulate } from '../../../core/simulate/simulate';
import { registryReg, scenarioWith } from '../../unit/simulate-fixtures';
import { launchBrowser, type Browser } from '../support/browser';
import { PANEL_ORIGIN as ORIGIN, PANEL_ROOT as ROOT, servePanelAssets } from '../support/panelPage';
import { waitFor } from '../support/poll';

const SIZE = 5000;

function bigResult(): LocatedSimulationResult {
  const regs = Array.from({ length: SIZE }, (_, i) => registryReg(`Contoso_App${String(i).padStart(4, '0')}`, 1 + (i % 100), { PFN: `Contoso.App${i}_8wekyb3d8bbwe` }));
  const result = renderSimulation(simulate(regs, scenarioWith()));
  return {
    ...result,
    resultId: 't.1',
    registrations: result.registrations.map((r, i) => ({
      ...r,
      uri: 'file:///ws/big.reg',
      range: { start: { line: i * 4, character: 0 }, end: { line: i * 4 + 3, character: 10 } },
      nameRange: { start: { line: i * 4, character: 1 }, end: { line: i * 4, character: 5 } },
    })),
  };
}

/** Polls the page (its own rAF polling stalls in a long, mostly idle headless page). */
async function pageHolds(browser: Browser, what: string, probe: string, timeoutMs = 10_000): Promise<void> {
  await waitFor(what, async () => (await browser.page.evaluate(probe)) === true, { timeoutMs, intervalMs: 100 });
}

describe(`the preview webview with ${SIZE.toLocaleString('en')} registrations (Chromium)`, () => {
  let browser: Browser;
  const sent: unknown[] = [];
  const errors: string[] = [];
  const result = bigResult();

  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist', 'webview.js')), 'run npm run build first');
    browser = await launchBrowser({ width: 1200, height: 900 });
    const { page } = browser;
    await servePanelAssets(page, sent, errors);
    await page.route(`${ORIGIN}/`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: panelHtml({ cspSource: ORIGIN, nonce: 'N'.repeat(32), scriptUri: `${ORIGIN}/webview.js`, codiconUri: `${ORIGIN}/codicon.css` }) }),
    );
    await page.goto(`${ORIGIN}/`);
    await waitFor('the webview script ready', () => sent.some((m) => (m as { type?: string }).type === 'ready'), { timeoutMs: 30_000, intervalMs: 50 });
  });

  after(async () => {
    if (browser) {
      const dir = join(ROOT, 'test-results', 'e2e');
      mkdirSync(dir, { recursive: true });
      await browser.page.screenshot({ path: join(dir, 'panel-large.png') }).catch(() => undefined);
      await browser.close();
    }
  });

  test('the first rows show at once, the rest follow; pickers only for the rows on screen', async () => {
    const { page } = browser;
    await page.evaluate(() => window.postMessage({ type: 'init', regions: [{ code: 'US', name: 'United States' }], editions: [{ code: 48, name: 'Pro' }] }, '*'));
    // Timed in the page, from the message posted to the first row and to the last (a MutationObserver).
    await page.evaluate((json) => {
      const w = window as unknown as { __firstRowAt?: number; __allRowsAt?: number; __postedAt?: number };
      const rows = document.getElementById('rows') as HTMLElement;
      const message = { type: 'result', result: JSON.parse(json) as { registrations: unknown[] } };
      const total = message.result.registrations.length;
      const observer = new MutationObserver(() => {
        const n = rows.querySelectorAll('tr.row').length;
        if (n > 0 && !w.__firstRowAt) w.__firstRowAt = performance.now();
        if (n === total) {
          w.__allRowsAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(rows, { childList: true });
      w.__postedAt = performance.now();
      window.postMessage(message, '*');
    }, JSON.stringify(result));
    await page.waitForFunction((n) => document.querySelectorAll('#rows tr.row').length === n, SIZE, { timeout: 120_000, polling: 100 });
    const times = await page.evaluate(() => {
      const w = window as unknown as { __firstRowAt: number; __allRowsAt: number; __postedAt: number };
      return { __firstRowAt: w.__firstRowAt, __allRowsAt: w.__allRowsAt, __postedAt: w.__postedAt };
    });
    console.log(`      first rows after ${Math.round(times.__firstRowAt - times.__postedAt)} ms, all ${SIZE} after ${Math.round(times.__allRowsAt - times.__postedAt)} ms (from the message posted)`);
    const ranks = await page.$$eval('#rows tr.row', (trs) => trs.map((tr) => Number(tr.getAttribute('data-rank'))));
    assert.deepEqual(ranks, ranks.map((_, i) => i + 1), 'every row, in run order');
    const pickers = await page.$$eval('#rows vscode-single-select.outcome-picker', (els) => els.length);
    assert.ok(pickers > 0 && pickers < 200, `pickers made: ${pickers} (expected only the rows on screen)`);
    const first = await page.$eval('#rows tr.row .outcome-picker', (el) => ({ tag: el.tagName.toLowerCase(), options: el.querySelectorAll('vscode-option').length }));
    assert.deepEqual(first, { tag: 'vscode-single-select', options: 5 }, 'the first row has its picker');
    const standIn = await page.$eval('#rows tr.row[data-rank="4000"] .outcome-picker', (el) => ({ tag: el.tagName.toLowerCase(), label: el.getAttribute('aria-label'), text: el.textContent }));
    assert.equal(standIn.tag, 'button', 'a row far below has a stand-in');
    assert.match(standIn.label ?? '', /^Outcome of Contoso_App\d{4}'s attempts$/, 'the stand-in has the picker\'s name');
    assert.equal(standIn.text, 'Succeeds', 'and shows its value');
    // The timeline follows the rows.
    await page.waitForFunction((n) => document.querySelectorAll('#timeline g.lane').length === n, SIZE, { timeout: 60_000, polling: 100 });
  });

  test('a row scrolled into view gets its picker; Tab from a row to its stand-in focuses the picker', async () => {
    const { page } = browser;
    await page.$eval('#rows tr.row[data-rank="4000"]', (tr) => tr.scrollIntoView({ block: 'center' }));
    await pageHolds(browser, 'the picker of row 4000', `document.querySelector('#rows tr.row[data-rank="4000"] .outcome-picker')?.tagName === 'VSCODE-SINGLE-SELECT'`);
    // A row whose stand-in was never shown: reached by the keyboard.
    await page.$eval('#rows tr.row[data-rank="2500"]', (tr) => (tr as HTMLElement).focus({ preventScroll: true }));
    assert.equal(await page.$eval('#rows tr.row[data-rank="2500"] .outcome-picker', (el) => el.tagName), 'BUTTON');
    await page.keyboard.press('Tab');
    await pageHolds(browser, 'the picker of row 2500 focused', `(() => {
      const picker = document.querySelector('#rows tr.row[data-rank="2500"] .outcome-picker');
      return picker?.tagName === 'VSCODE-SINGLE-SELECT' && picker.matches(':focus-within');
    })()`);
    // Arrow keys still walk the rows.
    await page.$eval('#rows tr.row[data-rank="2500"]', (tr) => (tr as HTMLElement).focus());
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.rank), '2501');
  });

  test('the rows that changed: only that row is replaced; rows for another table ask for the whole one', async () => {
    const { page } = browser;
    const { registrations, order: _order, resultId: _id, ...head } = result;
    const changed = { ...registrations[2999], pfn: 'Contoso.Changed_8wekyb3d8bbwe' };
    const rows = { ...head, resultId: 't.2', rowsDelta: { base: 't.1', segments: [{ from: 0, count: 2999 }, { items: [changed] }, { from: 3000, count: SIZE - 3000 }] } };
    // Mark the elements now shown, to see which are replaced.
    await page.evaluate(() => document.querySelectorAll('#rows tr.row').forEach((tr) => ((tr as HTMLElement & { __kept?: boolean }).__kept = true)));
    await page.evaluate((m) => window.postMessage(m, '*'), { type: 'rows', rows });
    await pageHolds(browser, 'row 3000 with its new PFN', `document.querySelector('#rows tr.row[data-rank="3000"]')?.textContent?.includes('Contoso.Changed_8wekyb3d8bbwe') === true`, 20_000);
    const replaced = await page.$$eval('#rows tr.row', (trs) => trs.filter((tr) => !(tr as HTMLElement & { __kept?: boolean }).__kept).map((tr) => tr.getAttribute('data-rank')));
    assert.deepEqual(replaced, ['3000']);
    assert.equal(await page.$$eval('#rows tr.row', (trs) => trs.length), SIZE);

    const before = sent.length;
    await page.evaluate((m) => window.postMessage(m, '*'), { type: 'rows', rows: { ...rows, resultId: 't.3', rowsDelta: { base: 't.1', segments: [] } } });
    await waitFor('a resync', () => sent.slice(before).some((m) => (m as { type?: string }).type === 'resync'), { timeoutMs: 10_000, intervalMs: 50 });
    assert.deepEqual(errors.filter((e) => !/codicon/.test(e)), [], 'no script error or CSP violation');
  });
});
