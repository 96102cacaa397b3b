// The editor shows what `expedite check` prints for registration files saved with a byte-order
// mark (the server reads the file's bytes: VS Code hides the mark) and for JSON nested too deep
// for Windows PowerShell: the real server over stdio, the real CLI on the same files.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, REPO_ROOT, fileUri } from '../helpers/lspClient';
import { deeplyNested, OUT_FILE_REGISTRATION, outFileBytes } from '../helpers/outFile';

const CLI = process.env.EXPEDITE_CLI_PATH ?? join(REPO_ROOT, 'dist', 'cli.js');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

function cliDiagnostics(dir: string, name: string) {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', name], { cwd: dir, encoding: 'utf8' });
  return (JSON.parse(r.stdout) as { files: { diagnostics: { code: string; severity: string; message: string; range: Diagnostic['range'] }[] }[] }).files[0].diagnostics;
}

const records = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, severity: SEVERITY[d.severity ?? 1], message: d.message, range: d.range }));

describe('editor: a UTF-16LE registration file on disk, and JSON nested 3,000 deep', () => {
  let dir: string;
  let client: LspTestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-lsp-encoding-'));
    writeFileSync(join(dir, 'updater_Camera.json'), outFileBytes(OUT_FILE_REGISTRATION));
    writeFileSync(join(dir, 'updater_Deep.json'), deeplyNested(3000));
    client = await LspTestClient.start({ pullDiagnostics: true, workspaceFolders: [{ uri: fileUri(dir), name: 'oem' }] });
  });
  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the Out-File file shows one encoding finding plus the content findings, exactly as the CLI prints them', async () => {
    // What VS Code hands over: the decoded text, byte-order mark dropped, CRLF kept.
    const text = `${OUT_FILE_REGISTRATION.join('\r\n')}\r\n`;
    const uri = fileUri(join(dir, 'updater_Camera.json'));
    await client.open(uri, 'json', text);
    const got = records(await client.diagnostics(uri));
    assert.deepEqual(got.map((d) => d.code), ['registration-encoding', 'max-retry-out-of-range']);
    assert.deepEqual(got, cliDiagnostics(dir, 'updater_Camera.json'));
  });

  test('issue 11 item 8: a document nested 3,000 deep shows the depth finding, not an empty list', async () => {
    const uri = fileUri(join(dir, 'updater_Deep.json'));
    await client.open(uri, 'json', deeplyNested(3000));
    const got = records(await client.diagnostics(uri));
    assert.deepEqual(got.map((d) => d.code), ['json-too-deep']);
    assert.deepEqual(got, cliDiagnostics(dir, 'updater_Deep.json'));
    // The other features answer too (no tree, no crash of the server).
    assert.ok(Array.isArray(await client.request('textDocument/documentSymbol', { textDocument: { uri } })));
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3000 } });
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 3000 } });
    assert.deepEqual(records(await client.diagnostics(uri)), got, 'still serving');
  });
});
