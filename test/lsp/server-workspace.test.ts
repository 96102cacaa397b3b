// The server and the files on disk: the workspace scan for cross-file findings, file events,
// the on-disk encoding of .reg files, the expeditedApps.files setting, trace logging.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, REPO_ROOT, waitFor } from '../helpers/lspClient';

const CLI = process.env.EXPEDITE_CLI_PATH ?? join(REPO_ROOT, 'dist', 'cli.js');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const PFN = 'Fabrikam.PhotoStudio_qavgzrv0bsdkw';

const regText = (name: string, priority: number, pfn: string) =>
  [
    'Windows Registry Editor Version 5.00',
    '',
    `[${KEY}\\${name}]`,
    `"updaterPriority"=dword:${priority.toString(16).padStart(8, '0')}`,
    `"expeditedPayload"="{\\"PFN\\":\\"${pfn}\\",\\"Endpoint\\":\\"https://downloads.fabrikam.com/oobe/app.msix\\"}"`,
    '',
    '',
  ].join('\r\n');

const registrationText = (pfn: string, priority: number) =>
  `${JSON.stringify(
    {
      PFN: pfn,
      OEMName: 'Fabrikam',
      UpdaterName: 'Studio',
      RegistrationVersion: 1,
      Source: 'CustomURL',
      Endpoint: 'https://downloads.fabrikam.com/oobe/studio.msix',
      Scenario: 'Acquisition',
      Priority: priority,
    },
    null,
    2,
  )}\n`;

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const uriOf = (path: string) => pathToFileURL(path).href;

function records(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, severity: SEVERITY[d.severity ?? 1], message: d.message, range: d.range }));
}

function cliRecords(cwd: string, file: string) {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], { cwd, encoding: 'utf8' });
  const json = JSON.parse(r.stdout) as { files: { path: string; diagnostics: unknown[] }[] };
  return json.files.find((f) => f.path === file)?.diagnostics;
}

for (const mode of ['pull', 'push'] as const) {
  describe(`workspace files (${mode})`, () => {
    let dir: string;
    let client: LspTestClient;
    const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), `expedite-ws-${mode}-`));
      // a.reg: UTF-8 with a BOM, which regedit refuses; its PFN is registered again in updater_Studio.json.
      writeFileSync(join(dir, 'a.reg'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(regText('Fabrikam_Photo', 10, PFN))]));
      writeFileSync(join(dir, 'updater_Studio.json'), registrationText(PFN, 20));
      // Never scanned: they would add more duplicates if they were.
      for (const hidden of ['node_modules/pkg', '.git/x']) {
        mkdirSync(join(dir, hidden), { recursive: true });
        writeFileSync(join(dir, hidden, 'b.reg'), utf16(regText('Fabrikam_Hidden', 30, PFN)));
      }
      client = await LspTestClient.start({
        pullDiagnostics: mode === 'pull',
        workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }],
        settings: { expeditedApps: { validation: { debounceMs: 10 } } },
        trace: 'verbose',
      });
      await waitFor(() => (client.logs.some((l) => l.startsWith('scanned 2 file(s)')) ? true : undefined), 20_000, 'the workspace scan of 2 files');
    });
    after(async () => {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    });

    test('an open .reg gets its on-disk encoding and the cross-file findings of files not open, as the CLI', async () => {
      const uri = uriOf(join(dir, 'a.reg'));
      await client.open(uri, 'reg', regText('Fabrikam_Photo', 10, PFN));
      const diagnostics = await client.diagnostics(uri);
      assert.ok(codes(diagnostics).includes('reg-encoding-rejected'), JSON.stringify(codes(diagnostics)));
      const duplicate = diagnostics.find((d) => d.code === 'duplicate-pfn');
      assert.ok(duplicate, JSON.stringify(codes(diagnostics)));
      assert.equal(duplicate.relatedInformation?.length, 1);
      assert.equal(duplicate.relatedInformation[0].location.uri, uriOf(join(dir, 'updater_Studio.json')));
      assert.equal(duplicate.relatedInformation[0].location.range.start.line, 1, 'the PFN line of the registration file');
      assert.deepEqual(records(diagnostics), cliRecords(dir, 'a.reg'));
      // The trace log times each validation. The editor's text is the disk's, in the same encoding:
      // the scan's analysis of the file serves the open, no second analysis.
      assert.ok(client.logs.some((l) => /^analysed .*a\.reg \(version 1, \d+ chars\) in [\d.]+ ms, the workspace scan's analysis$/.test(l)), client.logs.join('\n'));
    });

    test('a document opened with a text other than the disk\'s is analysed itself, not taken from the scan', async () => {
      const uri = uriOf(join(dir, 'a.reg'));
      const reopen = async (priority: number) => {
        await client.close(uri);
        const from = client.logs.length;
        await client.open(uri, 'reg', regText('Fabrikam_Photo', priority, PFN));
        const analysed = await waitFor(() => client.logs.slice(from).find((l) => /^analysed .*a\.reg \(version 1,/.test(l)), 10_000, 'the analysis of the reopened document');
        // As an editor does after an open (the server refreshes only documents it has answered for).
        assert.ok(codes(await client.diagnostics(uri)).includes('duplicate-pfn'));
        return analysed;
      };
      assert.match(await reopen(11), /ms$/, 'analysed anew');
      // And back to the disk's text: the scan's analysis again.
      assert.match(await reopen(10), /the workspace scan's analysis$/);
    });

    test('a file event updates the cross-file findings of open documents', async () => {
      const uri = uriOf(join(dir, 'a.reg'));
      const studio = join(dir, 'updater_Studio.json');
      let refreshes = client.refreshCount;
      const published = client.publishedFor(uri).length;
      writeFileSync(studio, registrationText('Fabrikam.Other_qavgzrv0bsdkw', 20));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(studio), type: 2 }] });
      const settled = async () => {
        if (mode === 'pull') {
          // As an editor does: pull on every refresh the server asks for (one asked for earlier may
          // still be on its way), until a pull shows the file's new content.
          if (client.refreshCount === refreshes) return undefined;
          refreshes = client.refreshCount;
          const pulled = await client.diagnostics(uri);
          return codes(pulled).includes('duplicate-pfn') ? undefined : pulled;
        }
        const all = client.publishedFor(uri);
        return all.length > published ? all.at(-1)!.diagnostics : undefined;
      };
      const after = await waitFor(settled, 10_000, 'fresh diagnostics after the file event');
      assert.ok(!codes(after).includes('duplicate-pfn'), JSON.stringify(codes(after)));
      assert.ok(codes(after).includes('reg-encoding-rejected'));
      assert.deepEqual(records(after), cliRecords(dir, 'a.reg'));

      // Registering the same package again brings the finding back; deleting the file removes it.
      writeFileSync(studio, registrationText(PFN, 20));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(studio), type: 2 }] });
      await waitFor(async () => {
        const d = mode === 'pull' ? await client.diagnostics(uri) : client.publishedFor(uri).at(-1)!.diagnostics;
        return codes(d).includes('duplicate-pfn') ? true : undefined;
      }, 10_000, 'the duplicate back after the file changed again');
      unlinkSync(studio);
      const count = client.publishedFor(uri).length;
      const refreshCount = client.refreshCount;
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(studio), type: 3 }] });
      const gone = await waitFor(async () => {
        if (mode === 'pull') return client.refreshCount > refreshCount ? client.diagnostics(uri) : undefined;
        return client.publishedFor(uri).length > count ? client.publishedFor(uri).at(-1)!.diagnostics : undefined;
      }, 10_000, 'diagnostics after the delete');
      assert.ok(!codes(gone).includes('duplicate-pfn'));
    });

    test('expeditedApps.files decides which JSON documents are served', async () => {
      const uri = uriOf(join(dir, 'studio.orchestration.json'));
      await client.open(uri, 'json', '{ "PFN": 1, }');
      await client.configure({ expeditedApps: { files: ['**/*.orchestration.json'], validation: { debounceMs: 10 } } });
      const served = await waitFor(async () => {
        const d = mode === 'pull' ? await client.diagnostics(uri) : (client.publishedFor(uri).at(-1)?.diagnostics ?? []);
        return d.length > 0 ? d : undefined;
      }, 10_000, 'diagnostics once the glob matches');
      assert.ok(codes(served).includes('json-trailing-comma'));
      const other = uriOf(join(dir, 'updater_Other.json'));
      await client.open(other, 'json', '{ "PFN": 1, }');
      if (mode === 'pull') assert.deepEqual(await client.diagnostics(other), [], 'the default globs no longer apply');
      await client.configure({ expeditedApps: { validation: { debounceMs: 10 } } });
    });
  });
}
