// The preview panel's real page and webview script (dist/webview.js) in Chromium, in Korean: the
// page as the extension builds it for a Korean display language, the bundle it carries, and what
// the script renders from a simulation result. VS Code's webview API is the only stand-in.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { panelHtml } from '../../../client/preview/html';
import { knownResult } from '../../unit/panel-fixtures';
import { launchBrowser, type Browser } from '../support/browser';
import { PANEL_ORIGIN as ORIGIN, PANEL_ROOT as ROOT, servePanelAssets } from '../support/panelPage';

const korean = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;

describe('the preview webview in Korean (Chromium)', () => {
  let browser: Browser;
  const sent: unknown[] = [];
  /** Script errors and CSP violations on the page: none expected. */
  const errors: string[] = [];

  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist', 'webview.js')), 'run npm run build first');
    browser = await launchBrowser({ width: 1200, height: 900 });
    const { page } = browser;
    await servePanelAssets(page, sent, errors);
    // The extension host translates the page it builds (extension.ts configures the same bundle).
    l10n.config({ contents: korean });
    await page.route(`${ORIGIN}/`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: panelHtml({ cspSource: ORIGIN, nonce: 'N'.repeat(32), scriptUri: `${ORIGIN}/webview.js`, codiconUri: `${ORIGIN}/codicon.css`, language: 'ko', l10nBundle: korean }),
      }),
    );
    await page.goto(`${ORIGIN}/`);
  });

  after(async () => {
    l10n.config({ contents: {} });
    if (browser) {
      const dir = join(ROOT, 'test-results', 'e2e');
      mkdirSync(dir, { recursive: true });
      await browser.page.screenshot({ path: join(dir, 'panel-korean.png'), fullPage: true }).catch(() => undefined);
      await browser.close();
    }
  });

  test('the script starts, renders a result in Korean and keeps the machine values', async () => {
    const { page } = browser;
    await page.waitForFunction(() => document.querySelector('#rows') !== null);
    // The script says it is ready, as it does to the extension.
    const deadline = Date.now() + 20_000;
    while (!sent.some((m) => (m as { type?: string }).type === 'ready')) {
      assert.ok(Date.now() < deadline, `the webview script never sent ready: ${errors.join('; ')}`);
      await page.waitForTimeout(50);
    }
    const result = knownResult();
    await page.evaluate(() => window.postMessage({ type: 'init', regions: [{ code: 'KR', name: '대한민국' }, { code: 'US', name: '미국' }], editions: [{ code: 48, name: 'Pro' }] }, '*'));
    await page.evaluate((r) => window.postMessage({ type: 'result', result: r }, '*'), result);
    await page.waitForFunction(() => document.querySelectorAll('#rows tr.row').length === 5, undefined, { timeout: 20_000 });

    const statuses = await page.$$eval('#rows td.status .status-label', (cells) => cells.map((c) => [c.className, c.textContent?.trim()]));
    assert.deepEqual(statuses[0], ['status-label status-failed', '실패']);
    assert.ok(statuses.some(([cls, text]) => cls === 'status-label status-installed' && text === '설치됨'), JSON.stringify(statuses));
    assert.match((await page.textContent('#summary')) ?? '', /단계 · 등록 5개 · \d+개 설치됨 · 마지막 시도는 \d+분에 끝남$/);
    assert.match((await page.textContent('#scenario-summary')) ?? '', /^· (데스크톱|OOBE), \w+, 에디션 \d+$/);
    assert.match((await page.textContent('#status')) ?? '', /^시뮬레이션을 업데이트했습니다: 등록 5개\.$/);
    assert.equal(await page.textContent('h1'), '우선 순위');
    assert.match(await page.innerHTML('#timeline'), /분 신속 처리 시간<\/text>/);
    const firstOutcome = await page.$eval('#rows tr.row .outcome-picker', (el) => Array.from(el.querySelectorAll('vscode-option')).map((o) => o.textContent));
    assert.ok(firstOutcome.includes('항상 실패'), JSON.stringify(firstOutcome));
    assert.deepEqual(errors.filter((e) => !/codicon/.test(e)), [], 'no script error or CSP violation');
  });

  test('a bad number in the scenario form is reported in Korean and nothing is sent', async () => {
    const { page } = browser;
    const before = sent.length;
    await page.evaluate(() => {
      const build = document.getElementById('build') as HTMLElement & { value: string };
      build.value = '0';
      build.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForFunction(() => !(document.getElementById('error') as HTMLElement).hidden, undefined, { timeout: 10_000 });
    assert.equal(await page.textContent('#error'), '빌드는 0보다 큰 숫자여야 합니다.');
    assert.equal(sent.length, before, 'no scenario was sent');
  });
});
