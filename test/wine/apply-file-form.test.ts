// The registration-file form staged in a Wine prefix's drive_c exactly as Microsoft's Add-UpdaterRegistration
// stages it, with each of its refusals; remove, pull and undo.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../../core/analyze';
import type { PlanInput } from '../../backends/plan';
import { pullFromTarget } from '../../backends/pull';
import { changeRegistrations, undoLastChange } from '../../backends/run';
import type { Backend } from '../../backends/types';
import { createWineBackend } from '../../backends/wine';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';
import { render } from '../../core/rules/render';

const USCHED_OOBE = 'HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_Oobe';
const CURRENT_VERSION = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';

// Odd but valid formatting (CRLF, tabs, a trailing newline pair): staging must keep every byte.
function registrationText(oem: string, updater: string, extra = ''): string {
  return `{\r\n\t"PFN": "Contoso.App_8wekyb3d8bbwe",\r\n\t"OEMName": "${oem}",\r\n\t"UpdaterName": "${updater}",\r\n\t"RegistrationVersion": 1,\r\n\t"Source": "CustomURL",\r\n\t"Endpoint": "https://contoso.example/app.msixbundle",\r\n\t"Scenario": "Acquisition",\r\n\t"Priority": 10${extra}\r\n}\r\n\r\n`;
}

function jsonFile(path: string, text: string): PlanInput {
  return { path, analysis: analyzeDocument({ path, text }), bytes: Buffer.from(text, 'utf8') };
}

describe('apply to Wine: registration-file form', { skip: !wineAvailable() && 'wine is not installed' }, () => {
  let prefix: WinePrefix;
  let backend: Backend;
  let backups: string;
  let store: string;

  const stagedFolders = () => (existsSync(store) ? readdirSync(store).sort() : []);

  before(async () => {
    prefix = await createWinePrefix();
    backend = await createWineBackend({ prefix: prefix.dir });
    backups = mkdtempSync(join(tmpdir(), 'expedite-backups-'));
    store = join(prefix.dir, 'drive_c', 'ProgramData', 'USOPrivate', 'ExpeditedAppRegistrations');
  });

  after(async () => {
    await prefix?.dispose();
    rmSync(backups, { recursive: true, force: true });
  });

  test('refuses when the registration store does not exist, and creates nothing', async () => {
    const report = await changeRegistrations('apply', [jsonFile('updater_App.json', registrationText('Contoso', 'App'))], backend, { backupRoot: backups });
    assert.equal(report.ok, false);
    assert.equal(render(report.refused[0]?.reason ?? ''), `${backend.describePath(['USOPrivate', 'ExpeditedAppRegistrations'])} does not exist.`);
    assert.equal(existsSync(join(prefix.dir, 'drive_c', 'ProgramData', 'USOPrivate')), false);
  });

  test('stages <OEMName>_<UpdaterName>\\updater_<UpdaterName>.json with the names as written (as the merged module does), byte-identical', async () => {
    mkdirSync(store, { recursive: true });
    const text = registrationText('Contoso', 'App');
    const report = await changeRegistrations('apply', [jsonFile('updater_App.json', text)], backend, { backupRoot: backups });
    assert.equal(report.ok, true, JSON.stringify(report, null, 2));
    assert.deepEqual(stagedFolders(), ['Contoso_App']);
    assert.deepEqual(readdirSync(join(store, 'Contoso_App')), ['updater_App.json']);
    assert.ok(readFileSync(join(store, 'Contoso_App', 'updater_App.json')).equals(Buffer.from(text, 'utf8')), 'byte-identical copy');
    assert.deepEqual(report.verification, { checked: 1, problems: [] });
  });

  test('refuses when the registration folder exists (names compared case-insensitively)', async () => {
    const report = await changeRegistrations('apply', [jsonFile('updater_APP.json', registrationText('CONTOSO', 'APP'))], backend, { backupRoot: backups });
    assert.equal(report.ok, false);
    assert.equal(render(report.refused[0]?.reason ?? ''), 'An updater for OEMName:CONTOSO and UpdaterName:APP already exists.');
    assert.deepEqual(stagedFolders(), ['Contoso_App']);
  });

  test('refuses when the registry already has UScheduler_Oobe\\<OEMName>_<UpdaterName>', async () => {
    assert.equal((await prefix.reg('add', `${USCHED_OOBE}\\Contoso_Tool`, '/v', 'updaterPriority', '/t', 'REG_DWORD', '/d', '5', '/f', '/reg:64')).code, 0);
    const report = await changeRegistrations('apply', [jsonFile('updater_Tool.json', registrationText('Contoso', 'Tool'))], backend, { backupRoot: backups });
    assert.equal(report.ok, false);
    assert.equal(render(report.refused[0]?.reason ?? ''), 'An updater for OEMName:Contoso and UpdaterName:Tool already exists.');
    assert.deepEqual(stagedFolders(), ['Contoso_App']);
  });

  test('refuses on a Server edition', async () => {
    assert.equal((await prefix.reg('add', CURRENT_VERSION, '/v', 'EditionID', '/t', 'REG_SZ', '/d', 'ServerStandard', '/f', '/reg:64')).code, 0);
    try {
      const report = await changeRegistrations('apply', [jsonFile('updater_Srv.json', registrationText('Contoso', 'Srv'))], backend, { backupRoot: backups });
      assert.equal(report.ok, false);
      assert.equal(render(report.refused[0]?.reason ?? ''), 'App Expedition is not supported on Server Editions.');
      assert.deepEqual(stagedFolders(), ['Contoso_App']);
    } finally {
      // Every later test needs a client edition again: make sure the value is gone.
      const removed = await prefix.reg('delete', CURRENT_VERSION, '/v', 'EditionID', '/f', '/reg:64');
      assert.equal(removed.code === 0 || (await prefix.reg('query', CURRENT_VERSION, '/v', 'EditionID', '/reg:64')).code === 1, true, removed.stdout + removed.stderr);
    }
  });

  test('refuses an invalid registration file (as Test-UpdaterRegistration does), listing the findings', async () => {
    const report = await changeRegistrations('apply', [jsonFile('updater_Bad.json', registrationText('Contoso', 'Bad', ',\r\n\t"MaxRetryCount": 0'))], backend, { backupRoot: backups });
    assert.equal(report.ok, false);
    assert.ok((report.refused[0]?.findings ?? []).length > 0, JSON.stringify(report.refused));
    assert.deepEqual(stagedFolders(), ['Contoso_App']);
  });

  test('pull lists the staged file', async () => {
    const pulled = await pullFromTarget(backend, (p) => backend.describePath(p));
    assert.deepEqual(pulled.files.map((f) => f.path.join('\\')), ['USOPrivate\\ExpeditedAppRegistrations\\Contoso_App\\updater_App.json']);
    assert.equal(pulled.files[0].text, registrationText('Contoso', 'App'));
    assert.match(pulled.regText, /UScheduler_OOBE\\Contoso_Tool\]/i);
  });

  test('remove deletes the folder; a second remove is refused; undo puts it back byte-identical', async () => {
    const input = jsonFile('updater_App.json', registrationText('Contoso', 'App'));
    const report = await changeRegistrations('remove', [input], backend, { backupRoot: backups });
    assert.equal(report.ok, true, JSON.stringify(report, null, 2));
    assert.deepEqual(stagedFolders(), []);

    const again = await changeRegistrations('remove', [input], backend, { backupRoot: backups });
    assert.equal(again.ok, false);
    assert.equal(render(again.refused[0]?.reason ?? ''), 'Updater registration for OEMName:Contoso and UpdaterName:App does not exist.');

    const undo = await undoLastChange(backend, { backupRoot: backups });
    assert.equal(undo.ok, true, JSON.stringify(undo, null, 2));
    assert.ok(readFileSync(join(store, 'Contoso_App', 'updater_App.json')).equals(Buffer.from(registrationText('Contoso', 'App'), 'utf8')));
  });

  test('a failure while staging two files leaves the store as it was', async () => {
    const failing = await createWineBackend({ prefix: prefix.dir, faults: { failWrite: 3 } });
    // Writes: 1 mkdir one, 2 write one, 3 mkdir two (fails).
    const report = await changeRegistrations('apply', [jsonFile('updater_One.json', registrationText('Fabrikam', 'One')), jsonFile('updater_Two.json', registrationText('Fabrikam', 'Two'))], failing, { backupRoot: backups });
    assert.equal(report.ok, false);
    assert.deepEqual(report.rollback, { ok: true, problems: [] });
    assert.deepEqual(stagedFolders(), ['Contoso_App']);
  });
});
