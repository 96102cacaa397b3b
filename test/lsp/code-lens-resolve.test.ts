// Code lenses are answered as ranges and a small data tuple and resolved when VS Code shows them
// (`codeLens/resolve`): what a resolve answers for the current version, for a version the document
// has moved on from, and for data the server never gave. Over a real stdio connection.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { LspTestClient, fileUri } from '../helpers/lspClient';

const ORCHESTRATOR = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

function registration(name: string, priority: number): string {
  return [
    `[${ORCHESTRATOR}\\${name}]`,
    `"updaterPriority"=dword:${priority.toString(16).padStart(8, '0')}`,
    `"expeditedPayload"="{\\"PFN\\":\\"Fabrikam.${name.replace(/\W/g, '')}_qavgzrv0bsdkw\\",\\"Endpoint\\":\\"https://cdn.fabrikam.com/a.msix\\"}"`,
    '',
  ].join('\r\n');
}

const regText = (...registrations: string[]) => ['Windows Registry Editor Version 5.00', '', ...registrations].join('\r\n');

/** What a user sees of a lens: its line, title, command and arguments. */
const shown = (lens: CodeLens) => [lens.range.start.line, lens.command?.title, lens.command?.command, lens.command?.arguments];

let counter = 0;
const scratch = (name: string) => fileUri(`test/lsp/.scratch-lens-${process.pid}-${++counter}/${name}`);

describe('code lenses resolved when shown', () => {
  let en: LspTestClient;
  let ko: LspTestClient;
  before(async () => {
    [en, ko] = await Promise.all([LspTestClient.start(), LspTestClient.start({ locale: 'ko' })]);
  });
  after(async () => {
    await Promise.all([en.shutdown(), ko.shutdown()]);
  });

  test('the server says it resolves lenses; an answer holds ranges and a small data, no titles or commands', async () => {
    assert.deepEqual(en.initializeResult.capabilities.codeLensProvider, { resolveProvider: true });
    const uri = scratch('a.reg');
    await en.open(uri, 'reg', regText(registration('Contoso_PhotoStudio', 10), registration('Fabrikam_Tool', 5)));
    const lenses = await en.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 6, 'three lenses a registration');
    for (const lens of lenses) {
      assert.equal(lens.command, undefined, 'no command before it is shown');
      assert.ok(JSON.stringify(lens.data).length <= 20, `small data: ${JSON.stringify(lens.data)}`);
    }
    const resolved = await Promise.all(lenses.map((lens) => en.request<CodeLens>('codeLens/resolve', lens)));
    assert.deepEqual(resolved.map(shown), [
      [2, 'priority 10 · runs 2nd of 2', '', undefined],
      [2, 'Preview Priority Order', 'expeditedApps.previewPriorityOrder', [uri]],
      [2, 'Apply', 'expeditedApps.apply', [uri, 'Contoso_PhotoStudio']],
      [6, 'priority 5 · runs 1st of 2', '', undefined],
      [6, 'Preview Priority Order', 'expeditedApps.previewPriorityOrder', [uri]],
      [6, 'Apply', 'expeditedApps.apply', [uri, 'Fabrikam_Tool']],
    ]);
    assert.ok(resolved.every((lens) => lens.data === undefined), 'a resolved lens drops its data');
    await en.close(uri);
  });

  test('titles are resolved in the user\'s language', async () => {
    const uri = scratch('ko.reg');
    await ko.open(uri, 'reg', regText(registration('Contoso_PhotoStudio', 10)));
    const titles = (await ko.codeLenses(uri)).map((lens) => lens.command?.title);
    assert.deepEqual(titles.slice(1), ['우선 순위 순서 미리 보기', '적용']);
    assert.match(titles[0] ?? '', /우선 순위 10/);
    await ko.close(uri);
  });

  test('a lens of a version the document has moved on from resolves for its registration where it is now', async () => {
    const uri = scratch('stale.reg');
    const photo = registration('Contoso_PhotoStudio', 10);
    const tool = registration('Fabrikam_Tool', 5);
    await en.open(uri, 'reg', regText(photo, tool));
    const old = await en.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    // A registration that runs first is added above both, and Fabrikam_Tool is renamed.
    await en.change(uri, regText(registration('Contoso_First', 1), photo, tool.replace('Fabrikam_Tool]', 'Fabrikam_Tool2]')));
    const resolved = await Promise.all(old.map((lens) => en.request<CodeLens>('codeLens/resolve', lens)));
    assert.deepEqual(resolved.map((lens) => [lens.command?.title, lens.command?.arguments]), [
      ['priority 10 · runs 3rd of 3', undefined],
      ['Preview Priority Order', [uri]],
      ['Apply', [uri, 'Contoso_PhotoStudio']],
      // Renamed since: where it would run if it were added again; Apply names it as the lens did
      // (the command then says the file no longer holds it). VS Code asks for new lenses anyway.
      ['priority 5 · runs 2nd of 4', undefined],
      ['Preview Priority Order', [uri]],
      ['Apply', [uri, 'Fabrikam_Tool']],
    ]);
    assert.deepEqual((await en.codeLenses(uri)).map(shown).map(([, title]) => title).filter((_, i) => i % 3 === 0), [
      'priority 1 · runs 1st of 3',
      'priority 10 · runs 3rd of 3',
      'priority 5 · runs 2nd of 3',
    ]);
    await en.close(uri);
  });

  test('a lens the server no longer holds (the document closed) or never gave resolves to an empty title, and the server goes on', async () => {
    const uri = scratch('closed.reg');
    await en.open(uri, 'reg', regText(registration('Contoso_PhotoStudio', 10)));
    const [lens] = await en.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    await en.close(uri);
    const range = lens.range;
    for (const data of [lens.data, undefined, 'x', [1, 2], [1, 0, 9], [-1, 0, 0], [1e20, 0, 0], { answer: 1 }, [999_999, 0, 0]]) {
      const resolved = await en.request<CodeLens>('codeLens/resolve', { range, data });
      assert.deepEqual(resolved.command, { title: '', command: '' }, `data ${JSON.stringify(data)}`);
      assert.deepEqual(resolved.range, range);
    }
    for (const params of [{}, { data: 'x' }]) {
      const resolved = await en.request<CodeLens>('codeLens/resolve', params);
      assert.deepEqual(resolved.command, { title: '', command: '' }, `params ${JSON.stringify(params)}`);
    }
    const again = scratch('again.reg');
    await en.open(again, 'reg', regText(registration('Contoso_PhotoStudio', 10)));
    assert.equal((await en.codeLenses(again))[2].command?.title, 'Apply', 'still answering');
    await en.close(again);
  });
});
