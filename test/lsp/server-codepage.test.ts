// expeditedApps.reg.codePage: REGEDIT4 files the server reads from disk (the workspace scan) are
// decoded with that ANSI code page, so cross-file findings name a Korean registration correctly.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, waitFor } from '../helpers/lspClient';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const PFN = 'Fabrikam.PhotoStudio_qavgzrv0bsdkw';
const payload = `"expeditedPayload"="{\\"PFN\\":\\"${PFN}\\",\\"Endpoint\\":\\"https://downloads.fabrikam.com/oobe/app.msix\\"}"`;
const uriOf = (path: string) => pathToFileURL(path).href;

describe('expeditedApps.reg.codePage in the workspace scan', () => {
  let dir: string;
  let client: LspTestClient;
  const openText = ['REGEDIT4', '', `[${KEY}\\Fabrikam_Photo]`, '"updaterPriority"=dword:0000000a', payload, '', ''].join('\r\n');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-lsp-codepage-'));
    // A REGEDIT4 export of Korean Windows (CP949): the subkey 한국_App registers the same package.
    writeFileSync(join(dir, 'korean.reg'), Buffer.concat([Buffer.from(`REGEDIT4\r\n\r\n[${KEY}\\`), Buffer.from('c7d1b1b9', 'hex'), Buffer.from(`_App]\r\n"updaterPriority"=dword:00000014\r\n${payload}\r\n\r\n`)]));
    writeFileSync(join(dir, 'photo.reg'), openText);
    client = await LspTestClient.start({
      workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }],
      settings: { expeditedApps: { reg: { codePage: 949 }, validation: { debounceMs: 10 } } },
      trace: 'verbose',
    });
    await waitFor(() => (client.logs.some((l) => l.startsWith('scanned 2 file(s)')) ? true : undefined), 20_000, 'the workspace scan');
  });
  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  const duplicateMessage = async (uri: string): Promise<string> =>
    waitFor(async () => {
      const message = (await client.diagnostics(uri)).find((d: Diagnostic) => d.code === 'duplicate-pfn')?.message;
      return typeof message === 'string' ? message : undefined;
    }, 10_000, 'the duplicate-pfn finding');

  test('949: the other registration is named 한국_App; 1252 after the setting changes: the Western reading', async () => {
    const uri = uriOf(join(dir, 'photo.reg'));
    await client.open(uri, 'reg', openText);
    assert.match(await duplicateMessage(uri), /한국_App/);
    await client.configure({ expeditedApps: { reg: { codePage: 1252 }, validation: { debounceMs: 10 } } });
    const western = await waitFor(async () => {
      const message = await duplicateMessage(uri);
      return message.includes('ÇÑ±¹_App') ? message : undefined;
    }, 20_000, 'the 1252 reading after the setting changed');
    assert.doesNotMatch(western, /한국/);
  });
});
