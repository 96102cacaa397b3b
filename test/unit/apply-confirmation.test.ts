// The Apply confirmation (client/apply/confirmation.ts): values listed, "unchanged" for a subkey
// that already holds them, and the code lens's one-registration input.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../core/analyze';
import { planChanges, selectRegistrations, type MachineState } from '../../backends/plan';
import { regTextOf } from '../../backends/regText';
import { confirmationDetail, onlyRegistration, unchangedCount } from '../../client/apply/confirmation';
import { foldName } from '../../core/text/caseFold';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const payload = (pfn: string) => `"{\\"PFN\\":\\"${pfn}\\",\\"Endpoint\\":\\"https://downloads.fabrikam.com/oobe/app.msix\\"}"`;
const FILE = [
  'Windows Registry Editor Version 5.00',
  '',
  `[${KEY}\\Fabrikam_A]`,
  '"updaterPriority"=dword:0000000a',
  `"expeditedPayload"=${payload('Fabrikam.A_qavgzrv0bsdkw')}`,
  '',
  `[${KEY}\\Fabrikam_B]`,
  '"updaterPriority"=dword:00000014',
  `"expeditedPayload"=${payload('Fabrikam.B_qavgzrv0bsdkw')}`,
  '',
].join('\r\n');

function input(text: string) {
  const analysis = analyzeDocument({ path: 'fabrikam.reg', text, languageId: 'reg' });
  return { path: 'fabrikam.reg', analysis, bytes: new TextEncoder().encode(text) };
}

function state(keys: Record<string, string | undefined>): MachineState {
  return { keys: new Map(Object.entries(keys).map(([k, v]) => [foldName(k), v])) } as unknown as MachineState;
}

describe('Apply confirmation', () => {
  test('new subkeys: "create" with every value written', () => {
    const plan = planChanges(selectRegistrations([input(FILE)], 'apply'), state({}));
    const detail = confirmationDetail(plan);
    assert.match(detail, /^create HKEY_LOCAL_MACHINE.*\\Fabrikam_A\n {4}"updaterPriority"=dword:0000000a\n {4}"expeditedPayload"="\{/m);
    assert.doesNotMatch(detail, /replace/);
  });

  test('a subkey that already holds the same values says "unchanged"; a changed one shows the old value', () => {
    const selection = selectRegistrations([input(FILE)], 'apply');
    const [a, b] = selection.items.map((i) => (i.form === 'registry' ? { key: i.key, values: i.values } : undefined));
    const changedB = { key: b!.key, values: b!.values.map((v) => (v.name === 'updaterPriority' ? { ...v, data: 30 } : v)) };
    const plan = planChanges(selection, state({ [a!.key]: regTextOf([a!]), [b!.key]: regTextOf([changedB]) }));
    const detail = confirmationDetail(plan);
    assert.match(detail, /^unchanged .*\\Fabrikam_A \(already holds these values; written again\)$/m);
    assert.match(detail, /^update .*\\Fabrikam_B\n {4}"updaterPriority"=dword:00000014 {3}\(was dword:0000001e\)/m);
    assert.equal(unchangedCount(plan), 1);
  });

  test('the code lens of one registration applies that registration only', () => {
    const only = onlyRegistration(input(FILE), 'Fabrikam_B');
    assert.ok(only);
    const names = selectRegistrations([only], 'apply').items.map((i) => i.name);
    assert.deepEqual(names, ['Fabrikam_B']);
    assert.equal(onlyRegistration(input(FILE), 'Missing'), undefined);
  });
});
