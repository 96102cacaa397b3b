// After Convert, the original and the new file clash (same PFN); removing the original ends the
// clash (client/commands/originalCopy.ts, offered by the Convert commands).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, analyzeWorkspace } from '../../core/analyze';
import { registrationFileFromRegistry } from '../../core/convert/toFile';
import { suggestFileNames } from '../../core/intel/conversion';
import { backupName, originalRemoval } from '../../client/commands/originalCopy';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const block = (name: string, pfn: string, priority: string) =>
  [`[${KEY}\\${name}]`, `"updaterPriority"=dword:${priority}`, `"expeditedPayload"="{ \\"PFN\\":\\"${pfn}\\", \\"Endpoint\\": \\"https://contoso.example/a.msixbundle\\" }"`, ''].join('\r\n');
const HEADER = 'Windows Registry Editor Version 5.00\r\n\r\n';
const PHOTO = block('Contoso_PhotoStudio', 'Contoso.PhotoStudio_3r0m8qfzv1p4c', '00000005');
const TOOL = block('Fabrikam_Tool', 'Fabrikam.Tool_3r0m8qfzv1p4c', '00000007');

const analyse = (path: string, text: string) => analyzeDocument({ path, text, languageId: path.endsWith('.reg') ? 'reg' : 'json' });
const clashes = (...docs: ReturnType<typeof analyse>[]) => [...analyzeWorkspace(docs).values()].flat().map((f) => f.code);

function converted(reg: ReturnType<typeof analyse>, name: string) {
  const registration = reg.registrations.find((r) => r.name === name)!;
  const names = suggestFileNames(registration.name);
  return { registration, file: analyse(`file:///w/updater_${names.UpdaterName}.json`, registrationFileFromRegistry(registration, names).text) };
}

test('a .reg holding only the converted registration goes as a whole file; before, the two copies clash', () => {
  const reg = analyse('file:///w/photo.reg', HEADER + PHOTO);
  const { registration, file } = converted(reg, 'Contoso_PhotoStudio');
  assert.deepEqual(new Set(clashes(reg, file)), new Set(['duplicate-pfn', 'duplicate-registration-name', 'equal-priority']));
  assert.deepEqual(originalRemoval(reg, registration), { kind: 'file' });
  assert.deepEqual(clashes(file), []);
});

test('a .reg with other registrations loses only the converted one\'s lines (every block of its key), and the clash ends', () => {
  const text = HEADER + PHOTO + '\r\n' + TOOL + '\r\n' + `[${KEY}\\contoso_photostudio]\r\n"MaxRetryCount"=dword:00000002\r\n`;
  const reg = analyse('file:///w/apps.reg', text);
  const { registration, file } = converted(reg, 'Contoso_PhotoStudio');
  const removal = originalRemoval(reg, registration);
  assert.equal(removal.kind, 'blocks');
  let left = text;
  for (const span of removal.kind === 'blocks' ? [...removal.spans].sort((a, b) => b.start - a.start) : []) left = left.slice(0, span.start) + left.slice(span.end);
  assert.equal(left, HEADER + TOOL + '\r\n');
  const after = analyse('file:///w/apps.reg', left);
  assert.deepEqual(after.registrations.map((r) => r.name), ['Fabrikam_Tool']);
  assert.deepEqual(clashes(after, file), []);
});

test('a registration file converted to .reg goes as a whole file', () => {
  const reg = analyse('file:///w/photo.reg', HEADER + PHOTO);
  const { file } = converted(reg, 'Contoso_PhotoStudio');
  assert.deepEqual(originalRemoval(file, file.registrations[0]), { kind: 'file' });
});

test('the backup name is the first free one', async () => {
  const taken = new Set(['a.reg.bak', 'a.reg.2.bak']);
  assert.equal(await backupName('a.reg', (n) => Promise.resolve(taken.has(n))), 'a.reg.3.bak');
  assert.equal(await backupName('b.reg', () => Promise.resolve(false)), 'b.reg.bak');
});
