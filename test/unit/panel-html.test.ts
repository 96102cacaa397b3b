import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, makeNonce, panelHtml, PANEL_CSS } from '../../client/preview/html';
import { elements } from './panel-fixtures';

describe('the panel page', () => {
  const nonce = 'abcDEF0123456789abcDEF0123456789';
  const html = panelHtml({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce, scriptUri: 'https://x/dist/webview.js', codiconUri: 'https://x/dist/codicon.css' });

  test('a strict CSP: nothing by default, scripts and styles only with the nonce or from the extension, no unsafe-inline', () => {
    const [meta] = elements(html, 'meta').filter((m) => m['http-equiv'] === 'Content-Security-Policy');
    assert.equal(meta.content, contentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', nonce));
    assert.equal(
      meta.content,
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-${nonce}'; font-src https://file+.vscode-resource.vscode-cdn.net; img-src https://file+.vscode-resource.vscode-cdn.net data:`,
    );
    assert.ok(!html.includes('unsafe-inline') && !html.includes('unsafe-eval'));
    const scripts = elements(html, 'script');
    assert.deepEqual(scripts, [{ nonce, src: 'https://x/dist/webview.js' }]);
    assert.deepEqual(elements(html, 'style'), [{ nonce }]);
    assert.ok(!/ style="/.test(html), 'no inline style attributes');
  });

  test('codicons come from the extension with the id vscode-elements looks for', () => {
    assert.deepEqual(elements(html, 'link'), [{ id: 'vscode-codicon-stylesheet', rel: 'stylesheet', href: 'https://x/dist/codicon.css' }]);
  });

  test('theme colours only: every colour in the stylesheet is a VS Code theme variable', () => {
    assert.ok(!/#[0-9a-fA-F]{3,8}\b/.test(PANEL_CSS), 'no hex colours');
    assert.ok(!/\b(rgb|rgba|hsl|hsla)\(/.test(PANEL_CSS), 'no rgb/hsl colours');
    for (const m of PANEL_CSS.matchAll(/(?:^|[;{\s])(color|background|fill|stroke|border(?:-bottom)?|outline)\s*:\s*([^;]+);/g)) {
      assert.match(m[2], /var\(--vscode-[\w-]+\)|^none$|^inherit$/, `${m[1]}: ${m[2]}`);
    }
  });

  test('scenario controls: phase, region and edition pickers, architecture, build, conditions, assumptions', () => {
    const ids = new Set([...html.matchAll(/ id="([\w-]+)"/g)].map((m) => m[1]));
    for (const id of ['phase', 'region', 'edition', 'architecture', 'build', 'attemptMinutes', 'installed', 'deprovisioned', 'internet', 'metered', 'onBattery', 'batterySaver', 'restrictedNetworkTraffic', 'ctaBlocked', 'retriesAfterWindow', 'rows', 'timeline', 'notes', 'export-markdown', 'export-json', 'refresh', 'includeMachine']) {
      assert.ok(ids.has(id), `missing #${id}`);
    }
    assert.deepEqual(elements(html, 'vscode-label').map((l) => l.for), ['phase', 'region', 'edition', 'architecture', 'build', 'attemptMinutes', 'installed', 'deprovisioned']);
    assert.match(html, /<vscode-single-select id="region" combobox>/);
    assert.match(html, /<vscode-single-select id="edition" combobox>/);
    assert.match(html, /<vscode-checkbox id="includeMachine" label="Include the target machine's registrations" disabled>/, 'enabled by init when a backend exists');
    assert.match(html, /<div id="status" class="visually-hidden" role="status" aria-live="polite">/);
    assert.match(html, /<table class="order" aria-label="Run order">/);
  });

  test('nonces are 32 alphanumerics and differ', () => {
    const a = makeNonce();
    assert.match(a, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(a, makeNonce());
  });
});
