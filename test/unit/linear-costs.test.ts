// Item 7 of issue 11: the shapes whose cost grew super-linearly keep their answers while becoming
// linear. The growth itself is measured by bench/growth.ts (`npm run bench`), never timed here.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CodeActionParams } from 'vscode-languageserver/node';
import { analyzeDocument } from '../../core/analyze';
import { parseReg } from '../../core/reg/parse';
import { orchestratorImport } from '../../core/registry/importState';
import { FEW, listFew, simulate } from '../../core/simulate/simulate';
import { renderSimulation } from '../../core/simulate/rendered';
import { LineIndex } from '../../core/text/lineIndex';
import type { ServerContext } from '../../server/context';
import { codeActionsFor } from '../../server/features/codeActions';
import { diagnosticsOf } from '../../server/features/diagnostics';
import { jsonWithFixableDuplicates, jsonWithUnknownKeys, regSharingOnePfn } from '../../bench/growth';
import { render } from '../../core/rules/render';

const OOBE = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

describe('item 7: simulate names the first few holders of a PFN and counts the rest', () => {
  test('item 7: 7,000 registrations of one package give a bounded answer', () => {
    const { registrations } = analyzeDocument({ path: 'shared.reg', text: regSharingOnePfn(7000) });
    assert.equal(registrations.length, 7000);
    const result = renderSimulation(simulate(registrations, {}));
    const bytes = JSON.stringify(result).length;
    // Linear: a row is a few hundred bytes; listing every other holder per row made it 438 MB.
    assert.ok(bytes < 7000 * 1000, `answer of ${bytes} bytes`);
    const hazard = result.notes.find((n) => n.startsWith('Hazard:') && n.includes('register the same package'));
    assert.ok(hazard);
    assert.match(hazard, / and 6,995 more register the same package /);
    for (const row of result.registrations) {
      assert.equal(row.hazards.length, 1);
      assert.match(row.hazards[0], /^same package as (\w+, ){4}\w+ and 6,994 more: concurrent attempts/);
      assert.ok(!row.hazards[0].includes(`${row.name},`) && !row.hazards[0].includes(`${row.name} and`), 'a row never names itself');
    }
  });

  test('item 7: listFew spells out up to FEW names and counts the rest', () => {
    assert.equal(render(listFew(['A', 'B'])), 'A and B');
    const names = Array.from({ length: FEW + 2 }, (_, i) => `N${i}`);
    assert.equal(render(listFew(names)), 'N0, N1, N2, N3, N4 and 2 more');
    assert.equal(render(listFew(names.slice(0, FEW), 1234)), 'N0, N1, N2, N3, N4 and 1,229 more');
  });
});

/** What the importer leaves, the slow obvious way: every deletion scans every live key. */
function naiveLiveKeys(text: string): string[] {
  const live = new Map<string, true>();
  for (const entry of parseReg(text).keys) {
    if (entry.lineIgnored || entry.dropped) continue;
    const id = entry.fullPath.toLowerCase();
    if (entry.isDelete) {
      for (const path of [...live.keys()]) if (path === id || path.startsWith(`${id}\\`)) live.delete(path);
    } else if (id.startsWith(OOBE.toLowerCase())) {
      live.set(id, true);
    }
  }
  return [...live.keys()];
}

describe('item 7: deletions after registrations', () => {
  test('item 7: the indexed replay leaves exactly what a scan of every live key leaves (random files)', () => {
    const segment = fc.constantFrom('A', 'b', 'Sub', 'sub');
    const keyPath = fc.array(segment, { minLength: 0, maxLength: 3 }).map((parts) => [OOBE, ...parts].join('\\'));
    const line = fc.oneof(
      keyPath.map((p) => `[${p}]\r\n"updaterPriority"=dword:00000001`),
      keyPath.map((p) => `[-${p}]`),
      fc.constantFrom(`[-${OOBE.slice(0, OOBE.lastIndexOf('\\'))}]`, '[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Other]'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = `Windows Registry Editor Version 5.00\r\n\r\n${lines.join('\r\n\r\n')}\r\n`;
        const ours = orchestratorImport(parseReg(text)).keys.map((k) => k.entries[0].fullPath.toLowerCase());
        assert.deepEqual(ours, naiveLiveKeys(text));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('item 7: unknown keys in JSON', () => {
  test('item 7: every unknown key of a big file is reported once, with the suggestions a small file gets', () => {
    const result = analyzeDocument({ path: 'updater_App.json', text: jsonWithUnknownKeys(3000) });
    assert.equal(result.findings.filter((f) => f.code === 'unknown-key').length, 3000);
    const typo = analyzeDocument({ path: 'updater_App.json', text: '{ "PFN": "Contoso.App_8wekyb3d8bbwe", "OEMNme": "Contoso", "UpdaterName": "App" }' });
    assert.match(render(typo.findings.find((f) => f.code === 'unknown-key')?.message ?? ''), /did you mean "OEMName"/);
  });
});

describe('item 7: very many findings in one file', () => {
  test('item 7: 150,000 duplicate keys give 150,000 findings, not a stack overflow', () => {
    const result = analyzeDocument({ path: 'updater_App.json', text: jsonWithFixableDuplicates(150_001) });
    assert.equal(result.findings.filter((f) => f.code === 'duplicate-key').length, 150_000);
  });
});

describe('item 7: code actions with many diagnostics in context', () => {
  test('item 7: each of 5,000 diagnostics in context gets its own quick fix', () => {
    const uri = 'file:///ws/updater_App.json';
    const text = jsonWithFixableDuplicates(5001); // the first OEMName is no duplicate
    const analysis = analyzeDocument({ path: uri, text, languageId: 'json' });
    const lines = new LineIndex(text);
    const ctx = { findings: () => analysis.findings, lineIndex: () => lines, analysis: () => analysis, lineIndexOfPath: () => lines } as unknown as ServerContext;
    const diagnostics = diagnosticsOf(ctx, uri).filter((d) => d.code === 'duplicate-key');
    assert.equal(diagnostics.length, 5000);
    const params: CodeActionParams = { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } };
    const quickFixes = codeActionsFor(ctx, params).filter((a) => a.title.startsWith('Remove this'));
    assert.equal(quickFixes.length, 5000);
    quickFixes.forEach((a, i) => assert.deepEqual(a.diagnostics, [diagnostics[i]]));
  });
});
