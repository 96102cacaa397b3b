// The new-registration snippets over LSP: their example name, PFN and priority follow the
// registrations of the document and of the workspace's files, so inserting one twice, or in a
// second file, makes no clash (issue 16). Needs `npm run build` first (dist/server.js).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient, waitFor } from '../helpers/lspClient';
import { acceptItem, completions, item, withCursor } from './intel-helpers';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const HEADER = 'Windows Registry Editor Version 5.00\r\n\r\n';
const ON_DISK = `${HEADER}[${KEY}\\Contoso_PhotoStudio]\r\n"updaterPriority"=dword:00000028\r\n"expeditedPayload"="{\\"PFN\\": \\"Contoso.PhotoStudio_3r0m8qfzv1p4c\\", \\"Endpoint\\": \\"https://contoso.example/a.msix\\"}"\r\n`;

describe('new-registration snippets over LSP', () => {
  let dir = '';
  let client: LspTestClient;
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-lsp-snippet-'));
    writeFileSync(join(dir, 'on-disk.reg'), ON_DISK, 'utf16le');
    client = await LspTestClient.start({ workspaceFolders: [{ uri: uriOf(''), name: 'ws' }], trace: 'verbose' });
    await waitFor(() => (client.logs.some((l) => l.startsWith('scanned 1 file(s)')) ? true : undefined), 20_000, 'the workspace scan');
  });
  after(async () => {
    await client?.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Accepts `label` at `|` of the open document `uri`, every placeholder at its default. */
  async function accept(uri: string, textWithCursor: string, label: string): Promise<string> {
    const { text, position } = withCursor(textWithCursor);
    await client.change(uri, text);
    return acceptItem(text, item(await completions(client, uri, position), label));
  }

  async function problems(uri: string): Promise<string[]> {
    return (await client.diagnostics(uri)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code}: ${d.message}`);
  }

  test('an empty .reg beside a file on disk, then the snippet again in the same file: each numbered, no problem', async () => {
    const uri = uriOf('new.reg');
    await client.open(uri, 'reg', '');
    const once = await accept(uri, '|', 'New .reg file with a registration (UScheduler_OOBE)');
    assert.match(once, /\\Contoso_PhotoStudio2\]\r\n"updaterPriority"=dword:00000029\r\n/, 'after the file on disk (priority 40)');
    assert.match(once, /\\"PFN\\": \\"Contoso\.PhotoStudio2_3r0m8qfzv1p4c\\"/);
    const twice = await accept(uri, `${once}\r\n|`, 'New registration (UScheduler_OOBE)');
    assert.match(twice, /\\Contoso_PhotoStudio3\]\r\n"updaterPriority"=dword:0000002a\r\n/);
    await client.change(uri, twice);
    assert.deepEqual(await problems(uri), []);
    await client.close(uri);
  });

  test('an empty registration file takes its UpdaterName from its name and a PFN and priority no file has', async () => {
    const uri = uriOf('updater_Notes.json');
    await client.open(uri, 'json', '');
    const text = await accept(uri, '|', 'New registration file (Store)');
    const file = JSON.parse(text) as Record<string, unknown>;
    assert.equal(file.UpdaterName, 'Notes');
    assert.equal(file.PFN, 'Contoso.PhotoStudio2_3r0m8qfzv1p4c');
    assert.equal(file.Priority, 41);
    await client.change(uri, text);
    assert.deepEqual(await problems(uri), []);
    await client.close(uri);
  });
});
