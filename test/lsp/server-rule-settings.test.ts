// The language server reads the project's .expeditedrc.json as the CLI does: rule levels change
// the published severities (the same as `expedite check`), and a change of the file applies at once.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, REPO_ROOT, waitFor } from '../helpers/lspClient';

const CLI = process.env.EXPEDITE_CLI_PATH ?? join(REPO_ROOT, 'dist', 'cli.js');
const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const TEXT = ['REGEDIT4', '', `[${KEY}\\Contoso_App]`, '"updaterPriority"=dword:000000fa', '"expeditedPayload"="{\\"PFN\\":\\"Contoso.App_8wekyb3d8bbwe\\",\\"Endpoint\\":\\"http://contoso.com/app.msix\\"}"', '', ''].join('\r\n');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const uriOf = (path: string) => pathToFileURL(path).href;

describe('.expeditedrc.json in the language server', () => {
  let dir: string;
  let client: LspTestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-lsp-rc-'));
    writeFileSync(join(dir, '.expeditedrc.json'), JSON.stringify({ rules: { 'priority-out-of-range': 'warning', 'endpoint-not-https': 'off' } }));
    writeFileSync(join(dir, 'app.reg'), TEXT);
    client = await LspTestClient.start({ workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }], settings: { expeditedApps: { validation: { debounceMs: 10 } } }, trace: 'verbose' });
    await waitFor(() => (client.logs.some((l) => l.startsWith('scanned 1 file(s)')) ? true : undefined), 20_000, 'the workspace scan');
  });
  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  const levels = (ds: Diagnostic[]) => Object.fromEntries(ds.map((d) => [String(d.code), SEVERITY[d.severity ?? 1]]));

  test('the levels apply as in expedite check: a warning instead of an error, a rule turned off', async () => {
    const uri = uriOf(join(dir, 'app.reg'));
    await client.open(uri, 'reg', TEXT);
    const shown = await waitFor(async () => {
      const ds = await client.diagnostics(uri);
      return ds.some((d) => d.code === 'priority-out-of-range') ? ds : undefined;
    }, 10_000, 'diagnostics');
    assert.equal(levels(shown)['priority-out-of-range'], 'warning');
    assert.ok(!('endpoint-not-https' in levels(shown)));
    const cli = JSON.parse(spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'app.reg'], { cwd: dir, encoding: 'utf8' }).stdout) as { files: { diagnostics: { code: string; severity: string }[] }[] };
    assert.deepEqual(levels(shown), Object.fromEntries(cli.files[0].diagnostics.map((d) => [d.code, d.severity])));
  });

  test('a change of .expeditedrc.json (file event) re-levels the open documents', async () => {
    const uri = uriOf(join(dir, 'app.reg'));
    writeFileSync(join(dir, '.expeditedrc.json'), JSON.stringify({ rules: { 'priority-out-of-range': 'off' } }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, '.expeditedrc.json')), type: 2 }] });
    const after = await waitFor(async () => {
      const ds = await client.diagnostics(uri);
      return ds.some((d) => d.code === 'endpoint-not-https') ? ds : undefined;
    }, 10_000, 'diagnostics with the new levels');
    assert.ok(!('priority-out-of-range' in levels(after)));
    assert.equal(levels(after)['endpoint-not-https'], 'error');
  });
});

describe('.expeditedrc.json "ignore" in the language server, as in expedite check', () => {
  let dir: string;
  let client: LspTestClient;
  const PFN = 'Contoso.App_8wekyb3d8bbwe';
  const reg = (name: string, priority: number) =>
    ['Windows Registry Editor Version 5.00', '', `[${KEY}\\${name}]`, `"updaterPriority"=dword:${priority.toString(16).padStart(8, '0')}`, `"expeditedPayload"="{\\"PFN\\":\\"${PFN}\\",\\"Endpoint\\":\\"https://contoso.com/app.msix\\"}"`, '', ''].join('\r\n');
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-lsp-ignore-'));
    writeFileSync(join(dir, '.expeditedrc.json'), JSON.stringify({ ignore: ['legacy/'] }));
    writeFileSync(join(dir, 'app.reg'), reg('Contoso_App', 5));
    mkdirSync(join(dir, 'Legacy'));
    // The same package again, and an error: both must stay out of the editor as they stay out of check.
    writeFileSync(join(dir, 'Legacy', 'old.reg'), reg('Contoso_Old', 250));
    client = await LspTestClient.start({ workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }], settings: { expeditedApps: { validation: { debounceMs: 10 } } }, trace: 'verbose' });
    await waitFor(() => (client.logs.some((l) => l.startsWith('scanned 1 file(s)')) ? true : undefined), 20_000, 'the workspace scan of one file (the ignored folder left out)');
  });
  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  test('an ignored file is neither scanned for cross-file findings nor validated when opened', async () => {
    const app = uriOf(join(dir, 'app.reg'));
    await client.open(app, 'reg', reg('Contoso_App', 5));
    const shown = await client.diagnostics(app);
    assert.ok(!shown.some((d) => d.code === 'duplicate-pfn'), JSON.stringify(shown.map((d) => d.code)));
    const old = uriOf(join(dir, 'Legacy', 'old.reg'));
    await client.open(old, 'reg', reg('Contoso_Old', 250));
    assert.deepEqual(await client.diagnostics(old), []);
    const cli = JSON.parse(spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' }).stdout) as { files: { path: string }[] };
    assert.deepEqual(cli.files.map((f) => f.path), ['app.reg'], 'check leaves out the same file');
  });
});
