// Each diagnostic links to its rule page (codeDescription.href, like ESLint), and the page is there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LspTestClient, fileUri } from '../helpers/lspClient';

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start({ pullDiagnostics: true });
});
after(() => client.shutdown());

test('a diagnostic of the real server links to docs/rules/<code>.md, a file the extension ships', async () => {
  const uri = fileUri('test-links/updater_Links.json');
  await client.open(uri, 'json', '{\n  "PFN": "Contoso.PhotoEditor_m5g0r7arhahqy",\n  "OEMName": "Contoso",\n  "UpdaterName": "Links",\n  "RegistrationVersion": 1,\n  "Source": "Store",\n  "ProductId": "9NCNTS0PHT01",\n  "Scenario": "Acquisition",\n  "MaxRetryCount": 7\n}\n');
  const diagnostics = await client.diagnostics(uri);
  const retry = diagnostics.find((d) => d.code === 'max-retry-out-of-range');
  assert.ok(retry, JSON.stringify(diagnostics.map((d) => d.code)));
  for (const d of diagnostics) {
    const href = d.codeDescription?.href ?? '';
    assert.ok(href.endsWith(`docs/rules/${String(d.code)}.md`), href);
    if (href.startsWith('file:')) assert.ok(existsSync(fileURLToPath(href)), href);
  }
});
