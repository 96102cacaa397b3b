// Typing in a big .reg: edits reuse the previous version's work (incremental reparse, cached
// payloads) and a pull whose diagnostics did not move is answered "unchanged". The answers must be
// exactly what a fresh open of the same text gives.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import fc from 'fast-check';
import { LspTestClient, fileUri } from '../helpers/lspClient';
import { applyDelta, DELTA_PARAM, newItemCount, type DiagnosticsDelta } from '../../core/diagnostics/delta';

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
  delta?: DiagnosticsDelta<Diagnostic>;
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
    await client.close(uri); // its registrations would be cross-file duplicates of the next test's
  });

  test('random edits (quotes, escapes, line breaks, key lines) give what a fresh open gives, every time', async () => {
    // Findings of every kind: own (priority range, invalid PFN) and cross-file (same PFN, equal priorities).
    const base = registrations(12).replace('dword:00000003', 'dword:00000200').replace('Tool5_qavgzrv0bsdkw', 'Tool5_bad!').replace('Tool7_qavgzrv0bsdkw', 'Tool8_qavgzrv0bsdkw');
    const pieces = ['x', '"', '\\', '\\"', '\r\n', '\n', '\r', '[', ']', ',', '{', '}', 'Tool1', '000000', `\r\n[${ORCHESTRATOR}\\Fabrikam_Tool3]\r\n`, '\r\n"updaterPriority"=dword:00000001\r\n'];
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.constantFrom(...pieces), asRange: fc.boolean() });
    const runs = fc.sample(fc.array(edit, { minLength: 4, maxLength: 8 }), { numRuns: 5, seed: 20261122 });
    // And typing on a line before its finding (a space inside the JSON): only the finding's character moves.
    const payload5 = base.indexOf('{', base.indexOf('Tool5_bad!') - 30) + 1;
    runs.unshift([0, 1, 2].map(() => ({ at: payload5, remove: 0, insert: ' ', asRange: true })));
    for (const [run, edits] of runs.entries()) {
      let text = base;
      const uri = scratch('typing.reg'); // the name fresh opens use: messages name the file
      await client.open(uri, 'reg', text);
      let last = await pull(uri);
      for (const e of edits) {
        const start = e.at % (text.length + 1);
        const end = Math.min(text.length, start + e.remove);
        const next = text.slice(0, start) + e.insert + text.slice(end);
        if (e.asRange) {
          const position = (offset: number) => {
            const before = text.slice(0, offset);
            const lines = before.split(/\r\n|\r|\n/);
            return { line: lines.length - 1, character: lines[lines.length - 1].length };
          };
          await client.change(uri, [{ range: { start: position(start), end: position(end) }, text: e.insert }]);
        } else await client.change(uri, next);
        text = next;
        const report = await pull(uri, last.resultId);
        const shown = report.kind === 'unchanged' ? last.items : report.items;
        assert.deepEqual(withoutUris(shown), await freshItems(text), `after ${JSON.stringify(e)} in run ${run}`);
        last = report.kind === 'unchanged' ? { ...report, items: last.items } : report;
      }
      await client.close(uri);
    }
  });

  test('a client that takes deltas is sent only the new diagnostics, and rebuilds exactly the fresh list', async () => {
    const pullDelta = (uri: string, previousResultId?: string) => client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId, [DELTA_PARAM]: true });
    let text = registrations(40);
    const uri = scratch('typing.reg');
    await client.open(uri, 'reg', text);
    const first = await pullDelta(uri);
    assert.equal(first.delta, undefined, 'nothing to build on: the whole list');
    let shown = first.items ?? [];
    let last = first;
    // An invalid PFN in registration 20, then one more character there.
    const pfn = () => text.indexOf('Fabrikam.Tool20_') + 'Fabrikam.Tool20'.length;
    for (const [what, edit, maxNew] of [
      ['a new finding', () => (text = text.slice(0, pfn()) + '!' + text.slice(pfn())), 2],
      ['the finding grows', () => (text = text.slice(0, pfn()) + '!' + text.slice(pfn())), 2],
    ] as const) {
      edit();
      await client.change(uri, text);
      const report = await pullDelta(uri, last.resultId);
      assert.equal(report.kind, 'full', what);
      assert.ok(report.delta, `${what}: a delta`);
      assert.deepEqual(report.items, [], `${what}: the items are in the delta`);
      assert.equal(report.delta.base, last.resultId);
      assert.ok(newItemCount(report.delta.segments) <= maxNew, `${what}: ${newItemCount(report.delta.segments)} new of ${shown.length}`);
      const rebuilt = await applyDelta<Diagnostic, Diagnostic>(shown, report.delta.segments, (items) => items);
      assert.ok(rebuilt);
      assert.deepEqual(withoutUris(rebuilt), await freshItems(text), what);
      shown = rebuilt;
      last = report;
    }
    // A line break moves every range below it: nothing to reuse, the whole list.
    text = text.slice(0, pfn()) + '\r\n' + text.slice(pfn());
    await client.change(uri, text);
    const moved = await pullDelta(uri, last.resultId);
    assert.equal(moved.delta, undefined);
    assert.deepEqual(withoutUris(moved.items), await freshItems(text));
    shown = moved.items ?? [];
    // A client that names an older report than the last gets the whole list.
    const stale = await pullDelta(uri, first.resultId);
    assert.equal(stale.delta, undefined);
    assert.deepEqual(withoutUris(stale.items), withoutUris(shown));
    await client.close(uri);
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
