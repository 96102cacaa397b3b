// Completions, hovers and code lens on JSON registration files, over a real stdio connection.
// Needs `npm run build` first (dist/server.js).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspTestClient, waitFor } from '../helpers/lspClient';
import { acceptItem, completions, hoverText, item, withCursor } from './intel-helpers';

const PHOTO = 'file:///intel-json/updater_PhotoStudio.json';
const TOOL = 'file:///intel-json/updater_Tool.json';

function registration(fields: Record<string, unknown>): string {
  return `${JSON.stringify(
    {
      PFN: 'Contoso.PhotoStudio_3r0m8qfzv1p4c',
      OEMName: 'Contoso',
      UpdaterName: 'PhotoStudio',
      RegistrationVersion: 1,
      Source: 'Store',
      ProductId: '9NBLGGH4NNS1',
      Scenario: 'Acquisition',
      ...fields,
    },
    null,
    2,
  )}\n`;
}

describe('JSON registration files over LSP', () => {
  let en: LspTestClient;
  let ko: LspTestClient;

  before(async () => {
    [en, ko] = await Promise.all([LspTestClient.start({ locale: 'en' }), LspTestClient.start({ locale: 'ko' })]);
  });
  after(async () => {
    await Promise.all([en?.shutdown(), ko?.shutdown()]);
  });

  test('the server advertises completion trigger characters, hovers and code lens', () => {
    const caps = en.initializeResult.capabilities;
    // Not ',': Enter after a comma at a line's end must break the line, not accept a suggestion (first-hour UI test 5).
    assert.deepEqual(caps.completionProvider?.triggerCharacters, ['"', ':', '\\', '[', '{']);
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.codeLensProvider);
  });

  test('property names not yet present, with detail, documentation and a value snippet; accepting one validates clean', async () => {
    const uri = 'file:///intel-json/complete/updater_PhotoStudio.json';
    const base = registration({});
    const { text, position } = withCursor(base.replace('\n}', ',\n  |\n}'));
    await en.open(uri, 'json', text);
    const items = await completions(en, uri, position);
    const labels = items.map((i) => i.label);
    assert.ok(!labels.includes('PFN') && !labels.includes('Scenario'), 'keys present are not offered');
    const retry = item(items, 'MaxRetryCount');
    assert.equal(retry.detail, 'integer 1..5 · default 1');
    assert.match((retry.documentation as { value: string }).value, /Retries after a failed attempt[\s\S]*range `1\.\.5`[\s\S]*\[AO\]/);
    assert.equal(retry.insertTextFormat, 2);
    assert.equal((retry.textEdit as { newText: string }).newText, '"MaxRetryCount": ${1:1}');
    const edited = acceptItem(text, retry);
    await en.change(uri, edited);
    assert.deepEqual((await en.diagnostics(uri)).map((d) => d.code), [], `after accepting:\n${edited}`);
    assert.deepEqual(JSON.parse(edited).MaxRetryCount, 1);
    await en.close(uri);
  });

  test('typing `,` or `{` in a registration file opens no list (the Enter that follows makes a new line); Ctrl+Space there still does', async () => {
    const uri = 'file:///intel-json/comma/updater_PhotoStudio.json';
    const { text, position } = withCursor(registration({}).replace('"Acquisition"\n}', '"Acquisition",|\n}'));
    await en.open(uri, 'json', text);
    assert.deepEqual(await completions(en, uri, position, ','), []);
    assert.ok((await completions(en, uri, position)).some((i) => i.label === 'MaxRetryCount'), 'Ctrl+Space after the comma offers keys');
    await en.close(uri);
  });

  test('region completions show the country name beside the code', async () => {
    const uri = 'file:///intel-json/region-label/updater_PhotoStudio.json';
    const { text, position } = withCursor(registration({}).replace('\n}', ',\n  "IncludedRegions": ["|"]\n}'));
    await en.open(uri, 'json', text);
    const gb = item(await completions(en, uri, position), 'GB');
    assert.match(gb.labelDetails?.detail ?? '', /United Kingdom/);
    await en.close(uri);
  });

  test('enum values and booleans', async () => {
    const uri = 'file:///intel-json/enums/updater_PhotoStudio.json';
    const { text, position } = withCursor(registration({}).replace('"Acquisition"', '"|"'));
    await en.open(uri, 'json', text);
    const items = await completions(en, uri, position);
    assert.deepEqual(items.map((i) => i.label), ['Update', 'Acquisition', 'StubAcquisition']);
    assert.equal(JSON.parse(acceptItem(text, item(items, 'StubAcquisition'))).Scenario, 'StubAcquisition');
    const b = withCursor(registration({}).replace('\n}', ',\n  "AllowedInOobe": |\n}'));
    await en.change(uri, b.text);
    assert.deepEqual((await completions(en, uri, b.position)).map((i) => i.label), ['true', 'false']);
    await en.close(uri);
  });

  test('region codes with country names in English, and in Korean for a Korean display language', async () => {
    const uri = 'file:///intel-json/regions/updater_PhotoStudio.json';
    const { text, position } = withCursor(registration({ ExcludedRegions: ['KR'] }).replace('"KR"', '"KR", |'));
    await en.open(uri, 'json', text);
    await ko.open(uri, 'json', text);
    const english = await completions(en, uri, position);
    assert.equal(item(english, 'GB').detail, 'United Kingdom');
    assert.ok(!english.some((i) => i.label === 'KR'), 'KR is in the array already');
    const korean = await completions(ko, uri, position);
    assert.equal(item(korean, 'JP').detail, '일본');
    const edited = acceptItem(text, item(english, 'GB'));
    assert.deepEqual(JSON.parse(edited).ExcludedRegions, ['KR', 'GB']);
    await Promise.all([en.close(uri), ko.close(uri)]);
  });

  test('edition codes with names', async () => {
    const uri = 'file:///intel-json/editions/updater_PhotoStudio.json';
    const { text, position } = withCursor(registration({ IncludedEditions: [] }).replace('[]', '[|]'));
    await en.open(uri, 'json', text);
    const items = await completions(en, uri, position);
    assert.match(item(items, '48').detail ?? '', /^Pro \(0x00000030\)/);
    assert.deepEqual(JSON.parse(acceptItem(text, item(items, '48'))).IncludedEditions, [48]);
    await en.close(uri);
  });

  test('an empty registration file offers the whole registration of each form; the Store one validates clean', async () => {
    const uri = 'file:///intel-json/empty/updater_PhotoStudio.json';
    await en.open(uri, 'json', '');
    const items = await completions(en, uri, { line: 0, character: 0 });
    assert.deepEqual(items.map((i) => i.label), ['New registration file (Store)', 'New registration file (CustomURL)', 'New expeditedPayload']);
    for (const label of ['New registration file (Store)', 'New registration file (CustomURL)']) {
      const edited = acceptItem('', item(items, label));
      await en.change(uri, edited);
      assert.deepEqual((await en.diagnostics(uri)).map((d) => `${d.code}: ${d.message}`), [], `${label}:\n${edited}`);
    }
    await en.close(uri);
  });

  test('hovers: a key\'s meaning, default, range and source; a region in English and Korean; a reserved region', async () => {
    const uri = 'file:///intel-json/hover/updater_PhotoStudio.json';
    const text = registration({ TimeoutDurationInMinutes: 20, ExcludedRegions: ['KR', 'UK'] });
    await en.open(uri, 'json', text);
    await ko.open(uri, 'json', text);
    const at = (needle: string, delta = 1) => {
      const offset = text.indexOf(needle) + delta;
      const lines = text.slice(0, offset).split('\n');
      return { line: lines.length - 1, character: lines[lines.length - 1].length };
    };
    const key = await en.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at('"TimeoutDurationInMinutes"', 3) });
    assert.match(hoverText(key), /\*\*TimeoutDurationInMinutes\*\*[\s\S]*default `15` · range `1\.\.30`[\s\S]*Source: Microsoft's AppOrchestration module/);
    assert.deepEqual(key.range?.start, at('"TimeoutDurationInMinutes"', 0));
    assert.match(hoverText(await en.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at('"KR"') })), /\*\*KR\*\* · South Korea/);
    assert.match(hoverText(await ko.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at('"KR"') })), /\*\*KR\*\* · 대한민국/);
    assert.match(hoverText(await en.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at('"UK"') })), /UK is exceptionally reserved[\s\S]*Use `GB`/);
    await Promise.all([en.close(uri), ko.close(uri)]);
  });

  test('run order on OEMName and code lens titles and commands, over the registrations of every open file', async () => {
    const photo = registration({ Priority: 10 });
    const tool = registration({ UpdaterName: 'Tool', PFN: 'Contoso.Tool_3r0m8qfzv1p4c', Priority: 5 });
    await en.open(PHOTO, 'json', photo);
    await en.open(TOOL, 'json', tool);
    const line = photo.split('\n').findIndex((l) => l.includes('"OEMName"'));
    const hover = await en.request<Hover>('textDocument/hover', { textDocument: { uri: PHOTO }, position: { line, character: 16 } });
    assert.match(hoverText(hover), /\*\*Contoso_PhotoStudio\*\*[\s\S]*priority 10 · runs 2nd of 2[\s\S]*Runs after `Contoso_Tool` \(priority 5\)/);
    const rank = (await en.codeLenses(TOOL)).map((l) => l.command);
    assert.deepEqual(rank.map((c) => c?.title).slice(1), ['Preview Priority Order', 'Apply']);
    assert.equal(rank[0]?.title, 'priority 5 · runs 1st of 2');
    assert.deepEqual(rank.slice(1).map((c) => [c?.command, c?.arguments]), [
      ['expeditedApps.previewPriorityOrder', [TOOL]],
      ['expeditedApps.apply', [TOOL, 'Contoso_Tool']],
    ]);
    const lenses = await en.codeLenses(PHOTO);
    assert.equal(lenses[0].command?.title, 'priority 10 · runs 2nd of 2');
    assert.equal(lenses[0].range.start.line, 0, 'the lens sits on the registration\'s first line');
  });

  /** A client that can be asked to refresh code lenses, and how many times it was. */
  async function startCountingLensRefreshes(): Promise<{ client: LspTestClient; refreshes: { count: number } }> {
    const client = await LspTestClient.start({
      capabilities: { workspace: { configuration: true, workspaceFolders: true, codeLens: { refreshSupport: true }, diagnostics: { refreshSupport: true } } },
    });
    const refreshes = { count: 0 };
    client.connection.onRequest('workspace/codeLens/refresh', () => {
      refreshes.count++;
      return null;
    });
    return { client, refreshes };
  }

  test('code lenses refresh when another file changes the run order', async () => {
    const { client, refreshes } = await startCountingLensRefreshes();
    try {
      const a = 'file:///intel-json/refresh/updater_PhotoStudio.json';
      const b = 'file:///intel-json/refresh/updater_Tool.json';
      await client.open(a, 'json', registration({ Priority: 10 }));
      const titleOfA = async () => (await client.codeLenses(a))[0]?.command?.title;
      assert.equal(await titleOfA(), 'priority 10 · runs 1st of 1');
      const before = refreshes.count;
      await client.open(b, 'json', registration({ UpdaterName: 'Tool', PFN: 'Contoso.Tool_3r0m8qfzv1p4c', Priority: 5 }));
      await client.diagnostics(b);
      await waitFor(() => (refreshes.count > before ? true : undefined), 10_000, 'workspace/codeLens/refresh');
      assert.equal(await titleOfA(), 'priority 10 · runs 2nd of 2');
    } finally {
      await client.shutdown();
    }
  });

  // A fresh window: the order changes as the workspace scan lands, before VS Code shows any lens;
  // a refresh then only makes it ask for every lens of a big file twice.
  test('no code lens refresh while no lens title has been shown', async () => {
    const { client, refreshes } = await startCountingLensRefreshes();
    try {
      const a = 'file:///intel-json/no-refresh/updater_PhotoStudio.json';
      const b = 'file:///intel-json/no-refresh/updater_Tool.json';
      await client.open(a, 'json', registration({ Priority: 10 }));
      await client.diagnostics(a);
      await client.request('textDocument/codeLens', { textDocument: { uri: a } }); // answered, not resolved
      await client.open(b, 'json', registration({ UpdaterName: 'Tool', PFN: 'Contoso.Tool_3r0m8qfzv1p4c', Priority: 5 }));
      // The cross-file findings are recomputed while the pull is answered, and a refresh is sent before the answer.
      await client.diagnostics(b);
      assert.equal(refreshes.count, 0, 'no title was shown, so none is stale');
      assert.equal((await client.codeLenses(a))[0]?.command?.title, 'priority 10 · runs 2nd of 2', 'resolved now, with the order of now');
    } finally {
      await client.shutdown();
    }
  });
});
