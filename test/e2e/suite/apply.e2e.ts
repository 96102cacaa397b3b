import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { waitFor } from '../support/poll';
import { activatedApi, fileUri, openDocument, pickCheckedFile, runCli } from './context';

const orchestratorKey = 'HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

interface RegValue { name: string; type: string; data: string | number | string[] }
interface RegKey { key: string; values: RegValue[] }

/** Wine's own reg.exe, not the extension's reader: `wine reg query KEY /s`, as key → name → data. */
function queryWine(prefix: string): Promise<Map<string, Map<string, string>>> {
  return new Promise((resolveQuery) => {
    execFile('wine', ['reg', 'query', orchestratorKey, '/s'], { env: { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all' }, encoding: 'latin1', timeout: 60_000 }, (_error, stdout) => {
      const keys = new Map<string, Map<string, string>>();
      let current: Map<string, string> | undefined;
      for (const line of String(stdout).split(/\r?\n/)) {
        if (/^HKEY_/i.test(line)) {
          current = new Map();
          keys.set(line.trim().split('\\').pop()!.toLowerCase(), current);
          continue;
        }
        const value = /^ {4}(.*?) {4}(REG_\w+) {4}(.*)$/.exec(line);
        if (value && current) current.set(value[1], value[3]);
      }
      resolveQuery(keys);
    });
  });
}

suite('apply to Wine', () => {
  test('Apply Registrations to Target writes every registration of a .reg file into a fresh Wine prefix', async function () {
    this.timeout(240_000);
    const prefix = process.env.EXPEDITE_E2E_WINEPREFIX;
    assert.ok(prefix, 'no Wine prefix was prepared (is Wine installed? run scripts/setup.sh)');
    await activatedApi();
    const config = vscode.workspace.getConfiguration('expeditedApps');
    assert.equal(config.get('target'), 'wine', 'the user settings should select the Wine target');
    assert.equal(config.get('wine.prefix'), prefix);

    const picked = await pickCheckedFile('valid .reg file', (f) => f.kind === 'reg' && !f.diagnostics.some((d) => d.severity === 'error') && !/(^|\/)invalid\//.test(f.path));
    const uri = fileUri(picked.path);
    const values = await runCli(['values', '--format', 'json', uri.fsPath]);
    assert.equal(values.code, 0, `expedite values failed: ${values.stderr}`);
    const registrations = (JSON.parse(values.stdout) as RegKey[]).filter((k) => /\\UScheduler_OOBE\\[^\\]+$/i.test(k.key));
    assert.ok(registrations.length > 0, `${uri.fsPath} has no UScheduler_OOBE registration`);
    assert.equal((await queryWine(prefix)).size, 0, 'the fresh prefix already has registrations');

    await openDocument(uri);
    // The command ends by offering "Compare" and "Show Log" in a notification, and only returns once
    // that is dismissed: watch the registry instead, and fail early if the command throws.
    let failure: unknown;
    vscode.commands.executeCommand('expeditedApps.apply', uri).then(undefined, (error: unknown) => { failure = error; });

    const written = await waitFor('the registrations in Wine\'s registry', async () => {
      if (failure) throw new Error(`expeditedApps.apply failed: ${failure instanceof Error ? failure.message : String(failure)}`);
      const keys = await queryWine(prefix);
      return registrations.every((r) => keys.has(r.key.split('\\').pop()!.toLowerCase())) && keys;
    }, { timeoutMs: 120_000, intervalMs: 500 });
    for (const registration of registrations) {
      const name = registration.key.split('\\').pop()!;
      const actual = written.get(name.toLowerCase())!;
      for (const value of registration.values) {
        const expected = value.type === 'REG_DWORD' ? `0x${Number(value.data).toString(16)}` : String(value.data);
        assert.equal(actual.get(value.name), expected, `${name}\\${value.name}`);
      }
    }
  });
});
