// Copies of a file (the target side of Compare, an untitled Pull result) are validated on their
// own but never join the cross-file analysis: they would clash with the file they copy.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient } from '../helpers/lspClient';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const REG = [
  'Windows Registry Editor Version 5.00',
  '',
  `[${KEY}\\Fabrikam_Studio]`,
  '"updaterPriority"=dword:0000000a',
  '"expeditedPayload"="{\\"PFN\\":\\"Fabrikam.PhotoStudio_qavgzrv0bsdkw\\",\\"Endpoint\\":\\"https://downloads.fabrikam.com/oobe/app.msix\\"}"',
  '',
  '',
].join('\r\n');

describe('copies of a file stay out of the cross-file analysis', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client?.shutdown();
  });

  test('a file with its Compare target and its Pull copy open: no duplicate-name or duplicate-PFN finding anywhere', async () => {
    const file = 'file:///copies/typed.reg';
    const target = `expedited-apps-target:/typed.reg?${encodeURIComponent(file)}`;
    const pulled = 'untitled:Untitled-1';
    await client.open(file, 'reg', REG);
    await client.open(target, 'reg', REG);
    await client.open(pulled, 'reg', REG);
    for (const uri of [file, target, pulled]) {
      const codes = (await client.diagnostics(uri)).map((d) => String(d.code));
      assert.deepEqual(codes.filter((c) => /duplicate|same-pfn|pfn-/.test(c)), [], `${uri}: ${codes.join(', ')}`);
    }
    // The same text in a second file on disk does clash: the rule itself still works.
    await client.open('file:///copies/other.reg', 'reg', REG);
    const codes = (await client.diagnostics(file)).map((d) => String(d.code));
    assert.ok(codes.some((c) => /duplicate/.test(c)), codes.join(', '));
  });
});
