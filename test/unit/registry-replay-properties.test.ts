// Properties of the registry form's replay over generated UScheduler_OOBE documents (fast-check):
// the replay (which looks key paths up in a shape cache and indexes ancestors only once a deletion
// needs them) equals a plain replay, and analysing an edited document with the previous version's
// results equals analysing it afresh.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../core/analyze';
import { parseReg } from '../../core/reg/parse';
import type { RegDocument, RegKeyEntry } from '../../core/reg/model';
import { classifyKey, type OrchestratorKey } from '../../core/registry/keyPath';
import { orchestratorImport } from '../../core/registry/importState';
import { foldName } from '../../core/text/caseFold';

const V5 = 'Windows Registry Editor Version 5.00';

const root = fc.constantFrom('HKEY_LOCAL_MACHINE', 'HKLM', 'hkey_local_machine', 'HKEY_CURRENT_USER');
const software = fc.constantFrom('SOFTWARE', 'Software', 'SOFTWARE\\WOW6432Node', 'SOFTWARE\\Other');
const orchestrator = fc.constantFrom('Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE', 'microsoft\\windowsupdate\\orchestrator\\uscheduler_oobe');
const below = fc.constantFrom('', '\\App', '\\app', '\\Other', '\\App\\Sub', '\\App.', '\\');
const keyLine = fc.record({ root, software, orchestrator, below, del: fc.boolean().map((b) => b && Math.random() < 0.3) }).map(({ root, software, orchestrator, below, del }) => `[${del ? '-' : ''}${root}\\${software}\\${orchestrator}${below}]`);
const valueLine = fc.constantFrom(
  '"updaterPriority"=dword:00000001',
  '"updaterPriority"=dword:00000002',
  '"UPDATERPRIORITY"=-',
  '"expeditedPayload"="{\\"PFN\\":\\"Fabrikam.App_8wekyb3d8bbwe\\",\\"Endpoint\\":\\"https://cdn.fabrikam.com/a.msix\\",\\"MaxRetryCount\\":3}"',
  '"expeditedPayload"="{\\"PFN\\":\\"Fabrikam.Other_8wekyb3d8bbwe\\",\\"MaxRetryCount\\":9}"',
  '"workCompleted"=dword:00000001',
  '"BlockedOobeUpdaters"="App"',
  '"Unknown"="x"',
);
const regDoc = fc
  .tuple(fc.constantFrom('', '; a comment\r\n', '\r\n\r\n'), fc.array(fc.tuple(keyLine, fc.array(valueLine, { maxLength: 3 })), { minLength: 1, maxLength: 8 }))
  .map(([lead, blocks]) => [V5, lead, ...blocks.flatMap(([key, values]) => ['', key, ...values])].join('\r\n'));

/** The replay as the importer reads it, written plainly: classify every line, scan for what a deletion removes. */
function plainReplay(doc: RegDocument): { keys: { id: string; place: OrchestratorKey; entries: number[]; sources: number[] }[]; lines: { entry: number; place: OrchestratorKey }[] } {
  const live = new Map<string, { place: OrchestratorKey; entries: RegKeyEntry[]; sources: RegKeyEntry[] }>();
  const lines: { entry: number; place: OrchestratorKey }[] = [];
  let current: { sources: RegKeyEntry[] } | undefined;
  for (const entry of doc.keys) {
    if (entry.lineIgnored) {
      current?.sources.push(entry);
      continue;
    }
    current = undefined;
    if (entry.dropped) continue;
    const id = foldName(entry.fullPath);
    const place = classifyKey(entry);
    if (entry.isDelete) {
      for (const other of [...live.keys()]) if (other === id || other.startsWith(id + '\\')) live.delete(other);
      if (place) lines.push({ entry: entry.lineSpan.start, place });
      continue;
    }
    if (!place) continue;
    lines.push({ entry: entry.lineSpan.start, place });
    let key = live.get(id);
    if (!key) live.set(id, (key = { place, entries: [], sources: [] }));
    key.entries.push(entry);
    key.sources.push(entry);
    current = key;
  }
  const keys = [...live].map(([id, k]) => ({ id, place: k.place, entries: k.entries.map((e) => e.lineSpan.start), sources: k.sources.map((e) => e.lineSpan.start) }));
  return { keys, lines };
}

function replayPicture(doc: RegDocument): ReturnType<typeof plainReplay> {
  const state = orchestratorImport(doc);
  return {
    keys: state.keys.map((k) => ({ id: foldName(k.entries[0].fullPath), place: k.place, entries: k.entries.map((e) => e.lineSpan.start), sources: k.sources.map((e) => e.lineSpan.start) })),
    lines: state.lines.map((l) => ({ entry: l.entry.lineSpan.start, place: l.place })),
  };
}

/** Findings and registrations, comparable with deepEqual. */
function analysisPicture(text: string, previous?: ReturnType<typeof analyzeDocument>): { picture: unknown; analysis: ReturnType<typeof analyzeDocument> } {
  const analysis = analyzeDocument({ path: 'c:/work/bench.reg', text, previous });
  return { picture: JSON.parse(JSON.stringify({ findings: analysis.findings, registrations: analysis.registrations })), analysis };
}

describe('registry replay properties', () => {
  test('the replay equals a plain replay (deletions, case, 32-bit view, nested keys), at any offset', () => {
    fc.assert(
      fc.property(regDoc, (text) => {
        const doc = parseReg(text);
        const expected = plainReplay(doc);
        assert.deepEqual(replayPicture(doc), expected);
        // The same paths again, moved: the cached shapes are placed where the lines are now.
        const shifted = parseReg(text.replace(V5, `${V5}\r\n; moved`));
        assert.deepEqual(replayPicture(shifted), plainReplay(shifted));
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });

  test('analysing an edited document with the previous analysis equals analysing it afresh', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.constantFrom('0', '', '9', 'x', '\\', ']', '[', '-', '"', '\r\n', '\r\n[HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\New]\r\n') });
    fc.assert(
      fc.property(regDoc, fc.array(edit, { minLength: 1, maxLength: 5 }), (text, edits) => {
        let previous = analysisPicture(text).analysis;
        for (const e of edits) {
          const at = e.at % (previous.text.length + 1);
          const next = previous.text.slice(0, at) + e.insert + previous.text.slice(at + e.remove);
          const incremental = analysisPicture(next, previous);
          assert.deepEqual(incremental.picture, analysisPicture(next).picture);
          previous = incremental.analysis;
        }
      }),
      { seed: 20261201, numRuns: 200 },
    );
  });
});
