// Items 9 and 10 of issue 11 over stdio: cross-document related ranges follow the other document,
// and malformed or out-of-range document notifications leave every other answer intact.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspTestClient, waitFor } from '../helpers/lspClient';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const PFN = 'Fabrikam.PhotoStudio_qavgzrv0bsdkw';
const A = 'file:///ws/a.reg';
const B = 'file:///ws/b.reg';

/** A registration of `PFN` under `name`, after a comment line (`; ` + `comment`). */
const regText = (name: string, comment: string, priority = 5) =>
  [
    'Windows Registry Editor Version 5.00',
    '',
    `; ${comment}`,
    `[${KEY}\\${name}]`,
    `"updaterPriority"=dword:${priority.toString(16).padStart(8, '0')}`,
    `"expeditedPayload"="{\\"PFN\\":\\"${PFN}\\",\\"Endpoint\\":\\"https://downloads.fabrikam.com/oobe/app.msix\\"}"`,
    '',
    '',
  ].join('\r\n');

/** The same length as `; abcd` on line 2, but with a line break: everything after moves one line down. */
const MOVE_DOWN = { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } }, text: '; a\r\n;' };

const relatedInB = (diagnostics: Diagnostic[]) =>
  diagnostics.flatMap((d) => d.relatedInformation ?? []).filter((r) => r.location.uri === B).map((r) => r.location.range.start.line);

async function pull(client: LspTestClient, uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport & { resultId?: string }> {
  return client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
}

describe('item 9: cross-document related ranges (pull)', () => {
  let client: LspTestClient;
  before(async () => (client = await LspTestClient.start({ pullDiagnostics: true })));
  after(async () => client.shutdown());

  test('item 9: a same-length edit in B that moves lines refreshes A, and A is pulled in full with B\'s new line', async () => {
    // The settings read after `initialized` refreshes every document once: let it pass first.
    await waitFor(() => client.refreshCount >= 1 || undefined, 10_000, 'the refresh after the settings are read');
    await client.open(A, 'reg', regText('Fabrikam_One', 'abcd'));
    await client.open(B, 'reg', regText('Fabrikam_Two', 'abcd'));
    const first = await pull(client, A);
    assert.equal(first.kind, 'full');
    const lines = relatedInB(first.kind === 'full' ? first.items : []);
    assert.ok(lines.length > 0, 'A has a cross-file finding pointing into B');
    assert.ok(lines.every((l) => l >= 3 && l <= 5), `B's places before the edit: ${lines}`);
    await pull(client, B);
    const refreshes = client.refreshCount;
    await client.change(B, [MOVE_DOWN]);
    await pull(client, B);
    await waitFor(() => client.refreshCount > refreshes || undefined, 10_000, 'a diagnostics refresh after the edit in B');
    const again = await pull(client, A, first.resultId);
    assert.equal(again.kind, 'full', 'A is not "unchanged": its related places moved');
    assert.deepEqual(relatedInB(again.kind === 'full' ? again.items : []), lines.map((l) => l + 1));
  });
});

describe('item 9: cross-document related ranges (push)', () => {
  let client: LspTestClient;
  before(async () => (client = await LspTestClient.start({ pullDiagnostics: false, settings: { expeditedApps: { validation: { debounceMs: 0 } } } })));
  after(async () => client.shutdown());

  test('item 9: after a same-length edit in B that moves lines, A is republished with B\'s new line', async () => {
    await client.open(A, 'reg', regText('Fabrikam_One', 'abcd'));
    await client.open(B, 'reg', regText('Fabrikam_Two', 'abcd'));
    const lines = await waitFor(async () => {
      const found = relatedInB(client.publishedFor(A).at(-1)?.diagnostics ?? []);
      return found.length ? found : undefined;
    }, 10_000, 'A published with a related place in B');
    await client.change(B, [MOVE_DOWN]);
    await client.nextPublished(B);
    await waitFor(() => {
      const now = relatedInB(client.publishedFor(A).at(-1)?.diagnostics ?? []);
      return now.length === lines.length && now.every((l, i) => l === lines[i] + 1) ? now : undefined;
    }, 10_000, 'A republished with the moved lines of B');
  });
});

describe('item 10: malformed and out-of-range document notifications', () => {
  let client: LspTestClient;
  before(async () => (client = await LspTestClient.start({ pullDiagnostics: true })));
  after(async () => client.shutdown());

  const codes = async (uri: string) => {
    const report = await pull(client, uri);
    assert.equal(report.kind, 'full');
    return report.kind === 'full' ? report.items.map((d) => d.code).sort() : [];
  };

  test('item 10: a didOpen with a non-string uri or text null leaves other documents and simulate intact', async () => {
    await client.open(A, 'reg', regText('Fabrikam_One', 'abcd'));
    await client.open(B, 'reg', regText('Fabrikam_Two', 'abcd'));
    const before = { a: await codes(A), b: await codes(B) };
    assert.ok(before.a.length > 0, 'A has findings (the shared PFN)');
    await client.notify('textDocument/didOpen', { textDocument: { uri: 42, languageId: 'reg', version: 1, text: 'x' } });
    await client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///ws/null.reg', languageId: 'reg', version: 1, text: null } });
    await client.notify('textDocument/didOpen', { textDocument: { uri: { path: 'x' }, languageId: 'reg', version: 1, text: regText('X', 'y') } });
    assert.deepEqual(await codes(A), before.a);
    assert.deepEqual(await codes(B), before.b);
    const result = await client.request<{ order: string[] }>('expeditedApps/simulate', { scenario: {} });
    assert.deepEqual([...result.order].sort(), ['Fabrikam_One', 'Fabrikam_Two']);
    await waitFor(() => client.logs.find((l) => l.includes('ignored textDocument/didOpen: the text is not a string')), 5_000, 'a log line for the ignored didOpen');
    assert.ok(client.isRunning);
  });

  test('item 10: reopening with the same version and another text is analysed afresh', async () => {
    const uri = 'file:///ws/reopen.reg';
    await client.open(uri, 'reg', regText('Fabrikam_Three', 'abcd', 9));
    const first = await pull(client, uri);
    assert.ok(first.kind === 'full' && first.items.length > 0, 'the shared PFN is found');
    const clean = regText('Fabrikam_Three', 'abcd', 9).replace(PFN, 'Contoso.Other_8wekyb3d8bbwe');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'reg', version: 1, text: clean } });
    const again = await pull(client, uri, first.resultId);
    assert.equal(again.kind, 'full', 'a new text is never "unchanged"');
    assert.deepEqual(again.kind === 'full' ? again.items.map((d) => d.code) : [], []);
    await client.close(uri);
  });

  test('item 10: an out-of-range didChange is clamped to the document: the server\'s copy stays the client\'s', async () => {
    const uri = 'file:///ws/range.reg';
    const text = regText('Fabrikam_Four', 'abcd');
    await client.open(uri, 'reg', text);
    // Past the last line, past a line's end, a negative position, start after end: all clamp the way an editor clamps.
    const edits = [
      { range: { start: { line: 99, character: 0 }, end: { line: 120, character: 4 } }, text: '; tail\r\n' },
      { range: { start: { line: 2, character: 400 }, end: { line: 2, character: 500 } }, text: ' more' },
      { range: { start: { line: -3, character: -1 }, end: { line: 0, character: 0 } }, text: '' },
      { range: { start: { line: 3, character: 1 }, end: { line: 3, character: 0 } }, text: '' },
    ];
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: edits });
    const expected = text.replace('; abcd', '; abcd more').replace('[HKEY', 'HKEY') + '; tail\r\n';
    // The server's copy decides every answer: a fresh server on the expected text must agree.
    const fresh = await LspTestClient.start({ pullDiagnostics: true });
    try {
      await fresh.open(uri, 'reg', expected);
      const theirs = await pull(fresh, uri);
      const ours = await pull(client, uri);
      assert.equal(ours.kind, 'full');
      assert.deepEqual(ours.kind === 'full' ? ours.items : [], theirs.kind === 'full' ? theirs.items : []);
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const freshSymbols = await fresh.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols, freshSymbols);
    } finally {
      await fresh.shutdown();
    }
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 'x' } }, text: 'y' }] });
    await waitFor(() => client.logs.find((l) => l.includes('ignored textDocument/didChange: a change has a malformed range')), 5_000, 'a log line for the malformed change');
    assert.ok(client.isRunning);
  });
});

describe('item 11: special and huge files on disk (pull)', { skip: process.platform !== 'linux' && 'reads /proc' }, () => {
  let client: LspTestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-special-'));
    client = await LspTestClient.start({ pullDiagnostics: true });
  });
  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  test('item 11: FIFOs named *.reg and a 300 MB .reg on disk are never read; every document is still answered', async () => {
    // More FIFOs than the file pool has threads: reading them would stall every later file read.
    const fifos = [1, 2, 3, 4, 5].map((n) => join(dir, `pipe${n}.reg`));
    for (const fifo of fifos) execFileSync('mkfifo', [fifo]);
    const huge = join(dir, 'huge.reg');
    writeFileSync(huge, '');
    truncateSync(huge, 300 * 1024 * 1024); // sparse: no disk used, but reading it would take 300 MB
    await client.notify('workspace/didChangeWatchedFiles', { changes: [...fifos, huge].map((p) => ({ uri: pathToFileURL(p).href, type: 2 })) });
    // Opening them probes their bytes on disk (the encoding), as for any saved file.
    for (const p of [...fifos, huge]) await client.open(pathToFileURL(p).href, 'reg', regText('Fabrikam_Pipe', 'abcd'));
    const onDisk = join(dir, 'real.reg');
    writeFileSync(onDisk, regText('Fabrikam_Real', 'abcd', 250));
    await client.open(pathToFileURL(onDisk).href, 'reg', regText('Fabrikam_Real', 'abcd', 250));
    const report = await waitFor(async () => {
      const r = await pull(client, pathToFileURL(onDisk).href);
      return r.kind === 'full' ? r : undefined;
    }, 20_000, 'the diagnostics of a real file beside the FIFOs');
    assert.ok(report.kind === 'full' && report.items.some((d) => d.code === 'priority-out-of-range'), 'the real file is validated');
    const pipe = await pull(client, pathToFileURL(fifos[0]).href);
    assert.equal(pipe.kind, 'full', 'a FIFO document is validated from its text');
    // A pull waits for the document's encoding probe: after it, the big file was read or refused.
    assert.equal((await pull(client, pathToFileURL(huge).href)).kind, 'full');
    // Refused: the server's peak memory stays far below the 300 MB reading it would take.
    const peakMb = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${client.process.pid}/status`, 'utf8'))?.[1]) / 1024;
    assert.ok(peakMb < 200, `the server's peak resident memory: ${peakMb.toFixed(0)} MB`);
  });
});
