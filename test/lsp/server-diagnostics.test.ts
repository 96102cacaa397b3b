// The language server over a real stdio connection gives, for each file, exactly what
// `expedite check --format json` prints (cross-file findings included), pulled or pushed.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, REPO_ROOT, fileUri, waitFor } from '../helpers/lspClient';

const CLI = process.env.EXPEDITE_CLI_PATH ?? join(REPO_ROOT, 'dist', 'cli.js');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

interface CliFile {
  path: string;
  kind: string;
  diagnostics: { code: string; severity: string; message: string; range: Diagnostic['range'] }[];
}

function cliCheck(paths: string[]): CliFile[] {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...paths], { cwd: REPO_ROOT, encoding: 'utf8' });
  return (JSON.parse(r.stdout) as { files: CliFile[] }).files;
}

/** The editor's view of a file: what VS Code decodes (UTF-16LE with BOM, else UTF-8; BOM dropped). */
function editorText(path: string): string {
  const bytes = readFileSync(join(REPO_ROOT, path));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const languageOf = (path: string) => (path.endsWith('.reg') ? 'reg' : 'json');

function asRecords(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => {
    assert.equal(d.source, 'expedited-apps');
    return { code: d.code, severity: SEVERITY[d.severity ?? 1], message: d.message, range: d.range };
  });
}

/** A JSON file that starts with a byte-order mark: the editor never shows it, so the server cannot see it. */
const hasJsonBom = (path: string) => !path.endsWith('.reg') && readFileSync(join(REPO_ROOT, path))[0] === 0xef;

for (const mode of ['pull', 'push'] as const) {
  describe(`diagnostics over stdio (${mode})`, () => {
    let client: LspTestClient;
    let cli: CliFile[];
    before(async () => {
      cli = cliCheck(['examples/']);
      client = await LspTestClient.start({
        pullDiagnostics: mode === 'pull',
        workspaceFolders: [{ uri: fileUri('examples'), name: 'examples' }],
        settings: { expeditedApps: { validation: { debounceMs: 20 } } },
        trace: 'verbose',
      });
      // Cross-file findings need the workspace scan: wait until the server says it is done.
      await waitFor(() => (client.logs.some((l) => l.startsWith('scanned ')) ? true : undefined), 20_000, 'the workspace scan');
    });
    after(() => client.shutdown());

    test('initialize announces the capabilities', () => {
      const caps = client.initializeResult.capabilities;
      assert.equal(client.initializeResult.serverInfo?.name, 'expedited-apps');
      if (mode === 'pull') assert.deepEqual(caps.diagnosticProvider, { identifier: 'expedited-apps', interFileDependencies: true, workspaceDiagnostics: false });
      else assert.equal(caps.diagnosticProvider, undefined);
      assert.ok(caps.codeActionProvider);
      assert.ok(caps.documentSymbolProvider);
      assert.ok(caps.foldingRangeProvider);
    });

    test('every example: the same findings as expedite check', async () => {
      assert.ok(cli.length > 5);
      for (const file of cli) await client.open(fileUri(file.path), languageOf(file.path), editorText(file.path));
      let compared = 0;
      for (const file of cli) {
        if (hasJsonBom(file.path)) continue;
        const got = asRecords(await client.diagnostics(fileUri(file.path)));
        assert.deepEqual(got, file.diagnostics, file.path);
        compared += file.diagnostics.length;
      }
      assert.ok(compared > 0, 'some findings were compared');
    });

    test('an edit is validated again (and the old finding goes away)', async () => {
      const path = 'examples/invalid/updater_BadTool.json';
      const uri = fileUri(path);
      const before = await client.diagnostics(uri);
      const https = before.find((d) => d.code === 'endpoint-not-https');
      assert.ok(https, 'the example has an http endpoint');
      const text = client.text(uri)!;
      await client.change(uri, text.replace('http://', 'https://'));
      const afterEdit = await client.diagnostics(uri);
      assert.equal(afterEdit.filter((d) => d.code === 'endpoint-not-https').length, 0);
      assert.equal(afterEdit.length, before.length - 1);
      await client.change(uri, text);
      assert.deepEqual(await client.diagnostics(uri), before);
    });

    test('a JSON file outside expeditedApps.files gets no diagnostics; a matching one does', async () => {
      const other = fileUri('examples/notes.json');
      await client.open(other, 'json', '{ "comment": 1, }');
      const matching = fileUri('examples/scratch/updater_Scratch.json');
      await client.open(matching, 'json', '{ "pfn": 1, }');
      assert.ok((await client.diagnostics(matching)).length > 0);
      if (mode === 'pull') assert.deepEqual(await client.diagnostics(other), []);
      // Push: the other file was opened first, so its (absent) publication would have come before.
      else assert.deepEqual(client.publishedFor(other), []);
      await client.close(other);
      await client.close(matching);
    });
  });
}
