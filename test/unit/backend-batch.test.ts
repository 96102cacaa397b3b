// Issue 15's batching, on the command lines: planning, backing up, writing and verifying N
// registrations start reg.exe a fixed number of times, not once or twice per registration.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../core/analyze';
import { DryRunBackend } from '../../backends/dryRun';
import type { PlanInput } from '../../backends/plan';
import { RegistryView } from '../../backends/registryView';
import { regArgs } from '../../backends/regCommands';
import { batchImportText } from '../../backends/regText';
import { changeRegistrations } from '../../backends/run';
import { RegExeBackend } from '../../backends/regExeBackend';
import { wineDrivePath } from '../../backends/wine';

const USCHED = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

function input(count: number): PlanInput {
  const blocks: string[] = [];
  for (let i = 0; i < count; i++) blocks.push(`[${USCHED}\\App_${i}]\r\n"updaterPriority"=dword:00000005\r\n"expeditedPayload"="{\\"PFN\\":\\"Contoso.App${i}_8wekyb3d8bbwe\\",\\"Endpoint\\":\\"https://contoso.example/a.msixbundle\\"}"\r\n\r\n`);
  const text = `Windows Registry Editor Version 5.00\r\n\r\n${blocks.join('')}`;
  return { path: 'many.reg', analysis: analyzeDocument({ path: 'many.reg', text, encoding: 'utf16le-bom' }), bytes: Buffer.from(text, 'utf16le') };
}

/** The real reg.exe backend with a recorder for reg.exe (Wine's path mapping): the registry has no UScheduler_OOBE yet. */
function recorder() {
  const calls: string[][] = [];
  const backend = new RegExeBackend({
    kind: 'wine',
    label: 'recorded reg.exe',
    program: ['wine', 'reg'],
    targetPath: wineDrivePath,
    programDataRoot: '/nonexistent/ProgramData',
    programDataDisplay: 'C:\\ProgramData',
    runReg: async (args) => {
      calls.push([...args]);
      if (args[0] === 'export' && args[1] === USCHED) return { code: 1, stdout: '', stderr: 'ERROR: The system was unable to find the specified registry key or value.' };
      return { code: 0, stdout: '', stderr: '' };
    },
  });
  return { backend, calls };
}

describe('batched backend', () => {
  test('planning 100 registrations reads the target with one reg.exe start', async () => {
    const { backend, calls } = recorder();
    const report = await changeRegistrations('apply', [input(100)], new DryRunBackend(backend));
    assert.equal(report.ok, true);
    assert.deepEqual(calls.map((c) => c.slice(0, 2)), [['export', USCHED]]);
    // …and the change itself is one import.
    assert.deepEqual(report.operations.map((o) => o.command.slice(1, 3)), [['reg', 'import']]);
  });

  test('the view answers every subkey and the conflict listing from one export', async () => {
    const exported = `Windows Registry Editor Version 5.00\r\n\r\n[${USCHED}]\r\n"BlockedOobeUpdaters"="MS_Outlook"\r\n\r\n[${USCHED}\\A]\r\n"x"=dword:00000001\r\n\r\n[${USCHED}\\A\\Deeper]\r\n"y"="z"\r\n\r\n[${USCHED}\\B]\r\n\r\n`;
    let exports = 0;
    const view = new RegistryView({
      exportKey: async (key) => (exports++, key === USCHED ? exported : assert.fail(`unexpected export of ${key}`)),
      queryKey: async () => assert.fail('no query'),
      listDir: async () => undefined,
      readFile: async () => undefined,
    });
    assert.match((await view.exportKey(`${USCHED}\\a`)) ?? '', /\\A\]\r\n"x"=dword:00000001\r\n\r\n\[[^\]]*\\A\\Deeper\]\r\n"y"="z"/);
    assert.match((await view.exportKey(`${USCHED}\\B`)) ?? '', /\\B\]/);
    assert.equal(await view.exportKey(`${USCHED}\\C`), undefined);
    assert.deepEqual(await view.queryKey(USCHED.replace('OOBE', 'Oobe')), ['', USCHED, `${USCHED}\\A`, `${USCHED}\\B`, '']);
    assert.equal(exports, 1);
  });

  test('one import text deletes, trims values and writes, in that order', () => {
    const text = batchImportText([`${USCHED}\\Old`], [{ key: `${USCHED}\\New`, values: [{ name: 'updaterPriority', type: 'REG_DWORD', data: 7 }] }], [{ key: `${USCHED}`, names: ['Say "hi"', ''] }]);
    assert.equal(text, `Windows Registry Editor Version 5.00\r\n\r\n[-${USCHED}\\Old]\r\n\r\n[${USCHED}]\r\n"Say \\"hi\\""=-\r\n@=-\r\n\r\n[${USCHED}\\New]\r\n"updaterPriority"=dword:00000007\r\n\r\n`);
    assert.throws(() => batchImportText([`${USCHED}\\Bad\r\n[HKEY_LOCAL_MACHINE\\X]`], []), /control character/);
  });

  test('the lossless backup is reg copy /s /f in the 64-bit view', async () => {
    const { backend, calls } = recorder();
    await backend.write({ op: 'copy-key', from: USCHED, to: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\ExpeditedApps\\Backups\\1' });
    assert.deepEqual(calls, [regArgs.copy(USCHED, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\ExpeditedApps\\Backups\\1')]);
    assert.deepEqual(calls[0], ['copy', USCHED, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\ExpeditedApps\\Backups\\1', '/s', '/f', '/reg:64']);
  });
});
