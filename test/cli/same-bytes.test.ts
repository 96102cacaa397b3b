// One decoder for every reader: the same bytes give the same text and the same findings in the CLI
// (loadInputs in-process for the text, the real dist/cli.js for the findings), the language
// server's disk read (its workspace scan) and the editor's Apply path (planInputFromBytes).
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { planInputFromBytes } from '../../client/apply/planInput';
import { loadInputs } from '../../cli/files';
import type { Finding } from '../../core/diagnostics/types';
import { LineIndex } from '../../core/text/lineIndex';
import { effectiveCodePage } from '../../node/systemCodePage';
import { WorkspaceFiles } from '../../server/workspaceFiles';
import { expedite, scratch } from './runCli';

const REGISTRATION = '{\r\n  "PFN": "Contoso.PhotoEditor_m5g0r7arhahqy",\r\n  "OEMName": "Contoso",\r\n  "UpdaterName": "PhotoEditor",\r\n  "RegistrationVersion": 1,\r\n  "Source": "Store",\r\n  "ProductId": "9NCNTS0PHT01",\r\n  "Scenario": "Acquisition",\r\n  "Priority": 20\r\n}\r\n';
const REG =
  'REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_Cafe]\r\n' +
  '"updaterPriority"=dword:0000000a\r\n"expeditedPayload"="{\\"PFN\\":\\"Contoso.Café_m5g0r7arhahqy\\",\\"Endpoint\\":\\"https://downloads.contoso.com/Café.msix\\"}"\r\n';

/** ANSI: Windows-1252 bytes (é is 0xE9), as an English Windows' regedit or Notepad writes them. */
const ansi = (text: string) => Uint8Array.from([...text].map((c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));
const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
  'UTF-8 with a BOM': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
  'UTF-16LE with a BOM': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
  'plain UTF-8': (t) => Buffer.from(t, 'utf8'),
  ANSI: ansi,
};
const DOCUMENTS = [
  { name: 'updater_PhotoEditor.json', languageId: 'json' as const, text: REGISTRATION.replace('"Contoso"', '"Contoso Café"') },
  { name: 'Contoso_Cafe.reg', languageId: 'reg' as const, text: REG },
];

interface Seen {
  code: string;
  range: string;
}
const seen = (text: string, findings: readonly Finding[]): Seen[] => {
  const lines = new LineIndex(text);
  return findings.map((f) => {
    const { start, end } = lines.rangeOf(f.span);
    return { code: f.code, range: `${start.line}:${start.character}-${end.line}:${end.character}` };
  });
};
const sorted = (items: Seen[]) => [...items].sort((a, b) => a.range.localeCompare(b.range) || a.code.localeCompare(b.code));

describe('the same bytes read by the CLI, the language server and the Apply path', () => {
  const tmp = scratch('same-bytes');
  const cases: { label: string; folder: string; file: string; languageId: 'reg' | 'json'; bytes: Uint8Array }[] = [];
  before(() => {
    let n = 0;
    for (const [encoding, encode] of Object.entries(ENCODINGS)) {
      for (const doc of DOCUMENTS) {
        // One folder per case: the workspace scan then sees only this file.
        const folder = join(tmp.dir, String(n++));
        const bytes = encode(doc.text);
        mkdirSync(folder);
        writeFileSync(join(folder, doc.name), bytes);
        cases.push({ label: `${doc.name} as ${encoding}`, folder, file: join(folder, doc.name), languageId: doc.languageId, bytes });
      }
    }
  });
  after(() => tmp.remove());

  test('each encoding and kind: equal text, equal findings (code and range), and the BOM reported by all', async () => {
    assert.equal(cases.length, 8);
    for (const c of cases) {
      const cli = await loadInputs([c.file], { cwd: c.folder, report: () => {}, codePage: effectiveCodePage(0) });
      const cliDoc = cli.documents[0]?.analysis;
      assert.ok(cliDoc, `${c.label}: the CLI read nothing`);

      const workspace = new WorkspaceFiles();
      workspace.codePage = effectiveCodePage(0);
      await workspace.rescan([c.folder], ['**/updater_*.json', '**/*.payload.json'], () => {});
      const serverDoc = [...workspace.all()][0]?.analysis;
      assert.ok(serverDoc, `${c.label}: the server's workspace scan read nothing`);

      const apply = planInputFromBytes(c.file.slice(c.folder.length + 1), c.bytes, { languageId: c.languageId, codePage: effectiveCodePage(0) }).analysis;

      assert.equal(serverDoc.text, cliDoc.text, `${c.label}: the server's text differs from the CLI's`);
      assert.equal(apply.text, cliDoc.text, `${c.label}: the Apply path's text differs from the CLI's`);
      assert.ok(!cliDoc.text.startsWith('\ufeff'), `${c.label}: the byte-order mark is part of the text`);

      const run = expedite(['check', '--format', 'json', c.file.slice(c.folder.length + 1)], { cwd: c.folder });
      const report = JSON.parse(run.stdout) as { files: { diagnostics: { code: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[] };
      const fromCli = report.files[0].diagnostics.map((d) => ({ code: d.code, range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}` }));
      assert.deepEqual(sorted(seen(cliDoc.text, cliDoc.findings)), sorted(fromCli), `${c.label}: dist/cli.js and the CLI's loader disagree`);
      assert.deepEqual(sorted(seen(serverDoc.text, serverDoc.findings)), sorted(fromCli), `${c.label}: the server's findings differ from the CLI's`);
      assert.deepEqual(sorted(seen(apply.text, apply.findings)), sorted(fromCli), `${c.label}: the Apply path's findings differ from the CLI's`);

      // The JSON rule that reads the byte-order mark: a regression to a BOM-blind reader fails here.
      if (c.languageId === 'json' && c.label.includes('BOM')) {
        assert.ok(fromCli.some((f) => f.code === 'registration-encoding'), `${c.label}: no registration-encoding finding`);
      }
    }
  });
});
