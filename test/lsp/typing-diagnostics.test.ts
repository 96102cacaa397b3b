// Typing in a big .reg: edits reuse the previous version's work (incremental reparse, cached
// payloads) and a pull whose diagnostics did not move is answered "unchanged". The answers must be
// exactly what a fresh open of the same text gives.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, fileUri } from '../helpers/lspClient';

const ORCHESTRATOR = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

/** Registrations sharing priorities two by two: every registration has an equal-priority finding. */
function registrations(count: number): string {
  const lines = ['Windows Registry Editor Version 5.00', ''];
  for (let i = 0; i < count; i++) {
    lines.push(`[${ORCHESTRATOR}\\Fabrikam_Tool${i}]`);
    lines.push(`"updaterPriority"=dword:${(1 + (i % (count / 2))).toString(16).padStart(8, '0')}`);
    lines.push(`"expeditedPayload"="{\\"PFN\\":\\"Fabrikam.Tool${i}_qavgzrv0bsdkw\\",\\"Endpoint\\":\\"https://cdn.fabrikam.com/tool${i}.msix\\"}"`);
    lines.push('');
  }
  return lines.join('\r\n');
}

interface Report {
  kind: 'full' | 'unchanged';
  resultId: string;
  items?: Diagnostic[];
}

let counter = 0;
const scratch = (name: string) => fileUri(`test/lsp/.scratch-typing-${process.pid}-${++counter}/${name}`);

describe('typing in a .reg with pulled diagnostics', () => {
  let client: LspTestClient;
  /** A second server for fresh opens: the same registrations in one server would be cross-file duplicates. */
  let fresh: LspTestClient;
  before(async () => {
    [client, fresh] = await Promise.all([LspTestClient.start({ pullDiagnostics: true }), LspTestClient.start({ pullDiagnostics: true })]);
  });
  after(async () => {
    await Promise.all([client.shutdown(), fresh.shutdown()]);
  });

  const pull = (uri: string, previousResultId?: string) => client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  /** Related places name the document: compare lists from two documents without their URIs. */
  const withoutUris = (items: Diagnostic[] | undefined) =>
    (items ?? []).map((d) => ({ ...d, relatedInformation: d.relatedInformation?.map((r) => ({ ...r, location: { ...r.location, uri: 'same' } })) }));

  /** What a fresh document with the same text reports. */
  async function freshItems(text: string): Promise<Diagnostic[]> {
    const uri = scratch('typing.reg'); // the same file name: messages name it
    await fresh.open(uri, 'reg', text);
    const report = await fresh.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    await fresh.close(uri);
    return withoutUris(report.items);
  }

  test('an edit that moves no range is "unchanged"; one that does gets the full, fresh list', async () => {
    let text = registrations(40);
    const uri = scratch('typing.reg');
    await client.open(uri, 'reg', text);
    const first = await pull(uri);
    assert.equal(first.kind, 'full');
    assert.equal(first.items?.filter((d) => d.code === 'equal-priority').length, 40);

    // Inside the Endpoint of registration 20: no finding on that line, none moves.
    const endpoint = text.indexOf('tool20.msix');
    text = text.slice(0, endpoint) + 'x' + text.slice(endpoint);
    await client.change(uri, text);
    const second = await pull(uri, first.resultId);
    assert.deepEqual(second, { kind: 'unchanged', resultId: first.resultId });
    assert.deepEqual(withoutUris(first.items), await freshItems(text));

    // Inside the PFN of registration 20: an invalid name, a new finding on that line.
    const pfn = text.indexOf('Fabrikam.Tool20_') + 'Fabrikam.Tool20'.length;
    text = text.slice(0, pfn) + '!' + text.slice(pfn);
    await client.change(uri, text);
    const third = await pull(uri, second.resultId);
    assert.equal(third.kind, 'full');
    assert.notEqual(third.resultId, first.resultId);
    assert.ok(third.items?.some((d) => d.code === 'pfn-invalid'));
    assert.deepEqual(withoutUris(third.items), await freshItems(text));

    // A new line before every key moves every range down: a full list again, equal to a fresh parse.
    const firstKey = text.indexOf('[HKEY');
    text = text.slice(0, firstKey) + '\r\n' + text.slice(firstKey);
    await client.change(uri, text);
    const fourth = await pull(uri, third.resultId);
    assert.equal(fourth.kind, 'full');
    assert.deepEqual(withoutUris(fourth.items), await freshItems(text));
  });

  test('a client without the previous result id always gets the full list', async () => {
    const text = registrations(4);
    const uri = scratch('plain.reg');
    await client.open(uri, 'reg', text);
    const first = await pull(uri);
    const second = await pull(uri);
    assert.equal(second.kind, 'full');
    assert.deepEqual(second.items, first.items);
  });
});
