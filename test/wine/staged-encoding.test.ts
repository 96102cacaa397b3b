// A registration file staged with a byte-order mark (Microsoft's module accepts one; PowerShell 5.1
// writes one): Pull and Compare decode it as the document itself is decoded, so the same file
// reads as the same text and compares as identical, with the mark still in the staged bytes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { targetCounterpart } from '../../backends/compare';
import { pullFromTarget } from '../../backends/pull';
import type { Backend } from '../../backends/types';
import { createWineBackend } from '../../backends/wine';
import { planInputFromBytes } from '../../client/apply/planInput';
import { targetView } from '../../client/apply/sameContent';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';

const TEXT = '{\r\n  "PFN": "Contoso.App_8wekyb3d8bbwe",\r\n  "OEMName": "Contoso",\r\n  "UpdaterName": "App",\r\n  "RegistrationVersion": 1,\r\n  "Source": "CustomURL",\r\n  "Endpoint": "https://contoso.example/app.msixbundle",\r\n  "Scenario": "Acquisition",\r\n  "Priority": 10\r\n}\r\n';
const WITH_BOM = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);

describe('a staged registration file with a byte-order mark', { skip: !wineAvailable() && 'wine is not installed' }, () => {
  let prefix: WinePrefix;
  let backend: Backend;

  before(async () => {
    prefix = await createWinePrefix();
    backend = await createWineBackend({ prefix: prefix.dir });
    const folder = join(prefix.dir, 'drive_c', 'ProgramData', 'USOPrivate', 'ExpeditedAppRegistrations', 'Contoso_App');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'updater_App.json'), WITH_BOM);
  });

  after(async () => {
    await prefix?.dispose();
  });

  test('Pull gives its text without the mark and keeps the bytes as staged', async () => {
    const pulled = await pullFromTarget(backend, (p) => backend.describePath(p));
    assert.equal(pulled.files.length, 1);
    assert.equal(pulled.files[0].text, TEXT);
    assert.ok(Buffer.from(pulled.files[0].bytes).equals(WITH_BOM), 'the staged bytes changed');
  });

  test('Compare finds the same file identical to the document it was staged from', async () => {
    const input = planInputFromBytes('updater_App.json', WITH_BOM, { languageId: 'json' });
    assert.ok(input.analysis.findings.some((f) => f.code === 'registration-encoding'), 'the document read does not report the mark');
    const counterpart = await targetCounterpart(input, backend);
    assert.equal(counterpart.text, input.analysis.text);
    assert.equal(targetView(input, counterpart.text).identical, true);
  });
});
