// Quick fixes, Fix all, the outline, folding and robustness, over a real stdio connection.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient, REPO_ROOT, applyTextEdits, fileUri, waitFor } from '../helpers/lspClient';

const read = (path: string) => {
  const bytes = readFileSync(join(REPO_ROOT, path));
  return bytes[0] === 0xff && bytes[1] === 0xfe ? new TextDecoder('utf-16le').decode(bytes) : new TextDecoder('utf-8').decode(bytes);
};

/** A valid registration file, and a valid .reg registration written the way regedit exports. */
const REGISTRATION = read('examples/registration/updater_SupportHub.json');
const ORCHESTRATOR = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const REG = [
  'Windows Registry Editor Version 5.00',
  '',
  `[${ORCHESTRATOR}\\Fabrikam_PhotoStudio]`,
  '"updaterPriority"=dword:00000005',
  '"expeditedPayload"="{\\"PFN\\":\\"Fabrikam.PhotoStudio_qavgzrv0bsdkw\\",\\"Endpoint\\":\\"https://downloads.fabrikam.com/oobe/PhotoStudio.msixbundle\\",\\"MaxRetryCount\\":3}"',
  '',
  `[${ORCHESTRATOR}\\Fabrikam_Support]`,
  '"updaterPriority"=dword:00000014',
  '"expeditedPayload"="{\\"PFN\\":\\"Fabrikam.Support_qavgzrv0bsdkw\\",\\"Endpoint\\":\\"https://downloads.fabrikam.com/oobe/Support.msix\\"}"',
  '',
  '',
].join('\r\n');

let counter = 0;
/** A fresh URI per document, so tests never see each other's versions. */
const scratch = (name: string) => fileUri(`test/lsp/.scratch-${process.pid}-${++counter}/${name}`);

async function codeActions(client: LspTestClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits?.length, `${action.title} edits ${uri}`);
  return edits;
}

for (const mode of ['pull', 'push'] as const) {
  describe(`quick fixes (${mode})`, () => {
    let client: LspTestClient;
    before(async () => {
      client = await LspTestClient.start({ pullDiagnostics: mode === 'pull', settings: { expeditedApps: { validation: { debounceMs: 0 } } } });
    });
    after(() => client.shutdown());

    /** Opens a broken variant of a clean text, applies the quick fix for `code`, and re-validates. */
    async function fixRoundTrip(name: string, language: string, clean: string, broken: string, code: string) {
      const uri = scratch(name);
      await client.open(uri, language, clean);
      assert.deepEqual(await client.diagnostics(uri), [], `${name} starts clean`);
      await client.change(uri, broken);
      const diagnostics = await client.diagnostics(uri);
      const target = diagnostics.find((d) => d.code === code);
      assert.ok(target, `${code} in ${JSON.stringify(diagnostics.map((d) => d.code))}`);
      const actions = await codeActions(client, uri, [target]);
      const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
      assert.ok(fix, `a preferred quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.deepEqual(fix.diagnostics, [target]);
      const fixed = applyTextEdits(broken, editsOf(fix, uri));
      assert.equal(fixed, clean, 'the fix restores the clean text');
      await client.change(uri, fixed);
      assert.deepEqual(await client.diagnostics(uri), [], `${name} is clean after the fix`);
      await client.close(uri);
    }

    test('JSON registration: http → https', async () => {
      await fixRoundTrip('updater_SupportHub.json', 'json', REGISTRATION, REGISTRATION.replace('https://', 'http://'), 'endpoint-not-https');
    });

    test('JSON registration: a trailing comma', async () => {
      await fixRoundTrip('updater_SupportHub.json', 'json', REGISTRATION, REGISTRATION.replace(/(\]|\d|")(\s*\n\})\s*$/, '$1,$2\n'), 'json-trailing-comma');
    });

    test('.reg: HKEY_CURRENT_USER → HKEY_LOCAL_MACHINE', async () => {
      await fixRoundTrip('fabrikam.reg', 'reg', REG, REG.replace(`[${ORCHESTRATOR}\\Fabrikam_Support]`, `[${ORCHESTRATOR.replace('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER')}\\Fabrikam_Support]`), 'registry-not-hklm');
    });

    test('.reg: Wow6432Node removed from the path', async () => {
      await fixRoundTrip('fabrikam.reg', 'reg', REG, REG.replace(`[${ORCHESTRATOR}\\Fabrikam_PhotoStudio]`, `[${ORCHESTRATOR.replace('SOFTWARE\\', 'SOFTWARE\\Wow6432Node\\')}\\Fabrikam_PhotoStudio]`), 'registry-32-bit-view');
    });

    test('Fix all applies every safe fix at once and the file validates clean', async () => {
      const uri = scratch('updater_SupportHub.json');
      const broken = REGISTRATION.replace('https://', 'http://')
        .replace('"MaxRetryCount": 3', '"MaxRetryCount": 7')
        .replace(/(\]|\d|")(\s*\n\})\s*$/, '$1,$2\n');
      await client.open(uri, 'json', broken);
      const diagnostics = await client.diagnostics(uri);
      assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['endpoint-not-https', 'json-trailing-comma', 'max-retry-out-of-range']);
      const source = await codeActions(client, uri, [], ['source.fixAll']);
      assert.equal(source.length, 1);
      assert.equal(source[0].kind, 'source.fixAll.expedited-apps');
      assert.equal(source[0].title, 'Fix all auto-fixable problems');
      const fixed = applyTextEdits(broken, editsOf(source[0], uri));
      // MaxRetryCount clamps to 5: the only difference from the clean file.
      assert.equal(fixed, REGISTRATION.replace('"MaxRetryCount": 3', '"MaxRetryCount": 5'));
      // The same action sits beside the single fixes in the light bulb.
      const quick = await codeActions(client, uri, [diagnostics[0]], ['quickfix']);
      assert.ok(quick.some((a) => a.title === 'Fix all auto-fixable problems' && a.kind === 'quickfix'));
      assert.ok(!quick.some((a) => a.kind?.startsWith('source')));
      await client.change(uri, fixed);
      assert.deepEqual(await client.diagnostics(uri), []);
      assert.deepEqual(await codeActions(client, uri, [], ['source.fixAll']), [], 'nothing left to fix');
    });
  });
}

describe('outline and folding', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(() => client.shutdown());

  test('.reg: registrations named by subkey, with priority and PFN, values as children', async () => {
    const uri = scratch('outline.reg');
    const text = `${REG}[HKEY_LOCAL_MACHINE\\SOFTWARE\\Fabrikam]\r\n@="default"\r\n"Count"=dword:0000000a\r\n`;
    await client.open(uri, 'reg', text);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail]),
      [
        ['Fabrikam_PhotoStudio', 'priority 5 · Fabrikam.PhotoStudio_qavgzrv0bsdkw'],
        ['Fabrikam_Support', 'priority 20 · Fabrikam.Support_qavgzrv0bsdkw'],
        ['HKEY_LOCAL_MACHINE\\SOFTWARE\\Fabrikam', undefined],
      ],
    );
    assert.deepEqual(symbols[0].children?.map((c) => c.name), ['updaterPriority', 'expeditedPayload']);
    assert.deepEqual(symbols[2].children?.map((c) => [c.name, c.detail]), [
      ['(Default)', 'REG_SZ default'],
      ['Count', 'REG_DWORD 10 (0xa)'],
    ]);
    assert.deepEqual(symbols[0].range, { start: { line: 2, character: 0 }, end: symbols[0].range.end });
    assert.equal(symbols[0].range.end.line, 4);

    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(
      folds.map((f) => [f.startLine, f.endLine]),
      [
        [2, 4],
        [6, 8],
        [10, 12],
      ],
    );
  });

  test('JSON: the registration with its properties', async () => {
    const uri = scratch('updater_SupportHub.json');
    await client.open(uri, 'json', REGISTRATION);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'Contoso_SupportHub');
    assert.equal(symbols[0].detail, 'priority 40 · Contoso.SupportHub_m5g0r7arhahqy');
    const keys = Object.keys(JSON.parse(REGISTRATION) as object);
    assert.deepEqual(symbols[0].children?.map((c) => c.name), keys);
    const endpoint = symbols[0].children?.find((c) => c.name === 'Endpoint');
    assert.match(endpoint?.detail ?? '', /^https:\/\/downloads\.contoso\.com/);
  });

  test('JSON payload: named expeditedPayload', async () => {
    const uri = scratch('notes.payload.json');
    await client.open(uri, 'json', '{\n  "PFN": "Contoso.Notes_m5g0r7arhahqy",\n  "Endpoint": "https://example.com/notes.msix"\n}\n');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['expeditedPayload']);
    assert.deepEqual(symbols[0].children?.map((c) => c.name), ['PFN', 'Endpoint']);
  });
});

describe('robustness', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(() => client.shutdown());

  /** Deterministic garbage: a small linear congruential generator over a hostile alphabet. */
  function garbage(seed: number, length: number): string {
    const alphabet = ['[', ']', '"', '\\', '=', ':', ',', '{', '}', '-', '@', ';', '\r', '\n', '\r\n', 'dword:', 'hex(7):', 'hex:', '\ufeff', '\u0000', '\ud800', 'é', '💥', 'HKEY_LOCAL_MACHINE', 'UScheduler_OOBE', '"PFN"', 'expeditedPayload', ' ', 'ffffffff', '\t'];
    let x = seed;
    let out = '';
    while (out.length < length) {
      x = (x * 1103515245 + 12345) % 2147483648;
      out += alphabet[x % alphabet.length];
    }
    return out;
  }

  test('garbage documents and malformed requests never kill the server', async () => {
    const reg = scratch('garbage.reg');
    const json = scratch('updater_Garbage.json');
    await client.open(reg, 'reg', '');
    await client.open(json, 'json', '');
    for (let seed = 1; seed <= 30; seed++) {
      const text = garbage(seed, 50 + seed * 40);
      await client.change(reg, `Windows Registry Editor Version 5.00\r\n${text}`);
      await client.change(json, text);
      for (const uri of [reg, json]) {
        const diagnostics = await client.diagnostics(uri);
        assert.ok(Array.isArray(diagnostics));
        await codeActions(client, uri, diagnostics, undefined);
        await client.request('textDocument/documentSymbol', { textDocument: { uri } });
        await client.request('textDocument/foldingRange', { textDocument: { uri } });
      }
    }
    // Requests with nonsense parameters are answered with an error or nothing, never a crash.
    const bad = [
      client.request('textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere/x.reg' } }),
      client.request('textDocument/codeAction', { textDocument: { uri: reg }, range: null, context: null }),
      client.request('textDocument/documentSymbol', { textDocument: { uri: 'not a uri' } }),
      client.request('textDocument/foldingRange', {}),
    ];
    await Promise.allSettled(bad);
    // Out-of-range edits: the document model clamps them.
    await client.change(reg, [{ range: { start: { line: 999, character: 5 }, end: { line: 1000, character: 0 } }, text: '"x"=dword:1\r\n' }]);
    await client.diagnostics(reg);
    assert.ok(client.isRunning, `server alive; stderr:\n${client.stderr}`);
    // And it still answers real work correctly.
    const clean = scratch('clean.reg');
    await client.open(clean, 'reg', REG);
    assert.deepEqual(await client.diagnostics(clean), []);
  });
});

for (const mode of ['pull', 'push'] as const) {
  describe(`cross-file findings between open documents (${mode})`, () => {
    let client: LspTestClient;
    before(async () => {
      client = await LspTestClient.start({ pullDiagnostics: mode === 'pull', settings: { expeditedApps: { validation: { debounceMs: 0 } } } });
    });
    after(() => client.shutdown());

    test('editing one document updates the other (refresh when pulled, a new publication when pushed)', async () => {
      const a = scratch('a.reg');
      const b = scratch('b.reg');
      const other = REG.replace(/Fabrikam_/g, 'Northwind_').replace('dword:00000005', 'dword:00000006').replace('dword:00000014', 'dword:00000015');
      await client.open(a, 'reg', REG);
      await client.open(b, 'reg', other);
      const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);
      // Same PFNs in both files: each reports them.
      assert.ok(codes(await client.diagnostics(a)).includes('duplicate-pfn'));
      const beforeB = await client.diagnostics(b);
      assert.ok(codes(beforeB).includes('duplicate-pfn'));
      const refreshes = client.refreshCount;
      const published = client.publishedFor(b).length;
      await client.change(a, REG.replace(/Fabrikam\.(\w+)_qavgzrv0bsdkw/g, 'Fabrikam.$1New_qavgzrv0bsdkw'));
      assert.ok(!codes(await client.diagnostics(a)).includes('duplicate-pfn'));
      const afterB = await waitFor(
        async () => {
          if (mode === 'pull') return client.refreshCount > refreshes ? client.diagnostics(b) : undefined;
          return client.publishedFor(b).length > published ? client.publishedFor(b).at(-1)!.diagnostics : undefined;
        },
        10_000,
        'the other document to be re-reported',
      );
      assert.deepEqual(codes(afterB), []);
    });

    if (mode === 'pull') {
      test('an unchanged document answers "unchanged" for its last result id', async () => {
        const uri = scratch('same.reg');
        await client.open(uri, 'reg', REG.replace('dword:00000005', 'dword:000000fa'));
        const first = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
        assert.equal(first.kind, 'full');
        assert.ok(first.items.length > 0);
        const second = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
        assert.deepEqual(second, { kind: 'unchanged', resultId: first.resultId });
        await client.change(uri, REG);
        const third = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
        assert.equal(third.kind, 'full');
        assert.notEqual(third.resultId, first.resultId);
      });
    }
  });
}
