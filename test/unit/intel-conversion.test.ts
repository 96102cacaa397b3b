import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../core/analyze';
import { formatPayloadEdits } from '../../core/convert/format';
import { registrationFileFromRegistry } from '../../core/convert/toFile';
import { regFromRegistrationFile } from '../../core/convert/toRegistry';
import type { Registration } from '../../core/model/registration';
import { formatOffset, nameProblem, registrationAtCursor, suggestFileNames } from '../../core/intel/conversion';
import { render } from '../../core/rules/render';

test('a subkey name splits at its first underscore, keeping <OEMName>_<UpdaterName> equal to it', () => {
  assert.deepEqual(suggestFileNames('Contoso_PhotoStudio'), { OEMName: 'Contoso', UpdaterName: 'PhotoStudio' });
  assert.deepEqual(suggestFileNames('Contoso_Photo_Studio'), { OEMName: 'Contoso', UpdaterName: 'Photo_Studio' });
  assert.deepEqual(suggestFileNames('DevHomeUpdate'), { OEMName: '', UpdaterName: 'DevHomeUpdate' });
  assert.deepEqual(suggestFileNames('Fabrikam Inc_Tool.v2'), { OEMName: 'FabrikamInc', UpdaterName: 'Toolv2' }, 'characters the pattern refuses are dropped');
  assert.deepEqual(suggestFileNames('_Tool_'), { OEMName: '', UpdaterName: 'Tool' });
});

test('names are validated against ^[a-zA-Z0-9_-]+$', () => {
  assert.equal(nameProblem('Contoso-1_a', 'OEMName'), undefined);
  assert.equal(render(nameProblem('', 'OEMName') ?? ''), 'OEMName is required');
  assert.equal(render(nameProblem('', 'OEMName') ?? '', 'ko'), 'OEMName은(는) 필수입니다');
  assert.match(render(nameProblem('Con toso', 'UpdaterName') ?? ''), /only contain letters, digits/);
  assert.match(render(nameProblem('Con toso', 'UpdaterName') ?? '', 'ko'), /UpdaterName에는 문자, 숫자/);
});

test('the registration at the cursor, or the only one', () => {
  const a = { name: 'A', span: { start: 0, end: 10 } } as Registration;
  const b = { name: 'B', span: { start: 12, end: 20 } } as Registration;
  assert.equal(registrationAtCursor({ registrations: [a, b] }, 15), b);
  assert.equal(registrationAtCursor({ registrations: [a, b] }, 11), undefined);
  assert.equal(registrationAtCursor({ registrations: [b] }, 2), b);
});

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const REG = [
  'Windows Registry Editor Version 5.00',
  '',
  `[${KEY}\\Contoso_PhotoStudio]`,
  '"updaterPriority"=dword:00000005',
  '"expeditedPayload"="{ \\"PFN\\":\\"Contoso.PhotoStudio_3r0m8qfzv1p4c\\", \\"Endpoint\\": \\"https://contoso.example/a.msixbundle\\", \\"MaxRetryCount\\": 3 }"',
  '',
  `[${KEY}\\Fabrikam_Tool]`,
  '"updaterPriority"=dword:00000007',
  '"expeditedPayload"="{ \\"PFN\\":\\"Fabrikam.Tool_3r0m8qfzv1p4c\\", \\"Endpoint\\": \\"https://fabrikam.example/t.msixbundle\\" }"',
  '',
].join('\r\n');

test('the command\'s path: the registration at the cursor, suggested names, to a file and back keeps the values', () => {
  const analysis = analyzeDocument({ path: 'file:///w/a.reg', text: REG, languageId: 'reg' });
  const registration = registrationAtCursor(analysis, REG.indexOf('MaxRetryCount'));
  assert.equal(registrationAtCursor(analysis, REG.indexOf('Fabrikam.Tool'))?.name, 'Fabrikam_Tool');
  assert.equal(registration?.name, 'Contoso_PhotoStudio');
  const names = suggestFileNames(registration!.name);
  const file = registrationFileFromRegistry(registration!, names);
  const fileAnalysis = analyzeDocument({ path: `file:///w/updater_${names.UpdaterName}.json`, text: file.text, languageId: 'json' });
  assert.equal(fileAnalysis.kind, 'registration');
  assert.deepEqual(fileAnalysis.findings.filter((f) => f.severity === 'error').map((f) => f.code), []);
  assert.equal(fileAnalysis.registrations[0].name, 'Contoso_PhotoStudio', 'the suggested names keep the registration\'s name');
  const back = regFromRegistrationFile(fileAnalysis.registrations[0]);
  const again = analyzeDocument({ path: 'file:///w/b.reg', text: back.text, languageId: 'reg' }).registrations[0];
  assert.equal(again.name, registration!.name);
  assert.equal(again.priority, 5);
  assert.deepEqual(
    { PFN: again.settings.PFN, Endpoint: again.settings.Endpoint, MaxRetryCount: again.settings.MaxRetryCount },
    { PFN: 'Contoso.PhotoStudio_3r0m8qfzv1p4c', Endpoint: 'https://contoso.example/a.msixbundle', MaxRetryCount: 3 },
  );
});

test('Format Payload formats the payload under the cursor only, or every payload from elsewhere', () => {
  const analysis = analyzeDocument({ path: 'file:///w/a.reg', text: REG, languageId: 'reg' });
  const inFirst = formatOffset(analysis, REG.indexOf('MaxRetryCount'));
  assert.equal(inFirst, REG.indexOf('MaxRetryCount'));
  assert.equal(formatPayloadEdits(analysis, inFirst).length, 1);
  const onHeader = formatOffset(analysis, 3);
  assert.equal(onHeader, undefined);
  assert.equal(formatPayloadEdits(analysis, onHeader).length, 2);
});
