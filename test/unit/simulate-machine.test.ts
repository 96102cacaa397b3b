// "Include the target machine's registrations" after an apply: what the workspace has is listed once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerSimulate } from '../../server/features/simulate';
import { analyzeDocument } from '../../core/analyze';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const block = (name: string, priority: string, pfn: string) =>
  [`[${KEY}\\${name}]`, `"updaterPriority"=dword:${priority}`, `"expeditedPayload"="{\\"PFN\\":\\"${pfn}\\",\\"Endpoint\\":\\"https://example.com/a.msix\\"}"`, ''].join('\r\n');
const header = 'Windows Registry Editor Version 5.00\r\n\r\n';
const file = `${header}${block('Fabrikam_A', '0000000a', 'Fabrikam.A_qavgzrv0bsdkw')}\r\n${block('Fabrikam_B', '00000014', 'Fabrikam.B_qavgzrv0bsdkw')}`;
// The machine after applying the file, plus one registration of its own and the parent key.
const machine = `${header}[${KEY}]\r\n\r\n${block('fabrikam_a', '0000000a', 'Fabrikam.A_qavgzrv0bsdkw')}\r\n${block('Fabrikam_B', '00000014', 'Fabrikam.B_qavgzrv0bsdkw')}\r\n${block('OutlookUpdate', '00000003', 'Microsoft.OutlookForWindows_8wekyb3d8bbwe')}`;

describe('the preview with the target machine included', () => {
  test('registrations both in the workspace and on the machine are listed once; no nameless registration or hazard', () => {
    const workspace = analyzeDocument({ path: 'file:///ws/fabrikam.reg', text: file, languageId: 'reg' }).registrations;
    const answer = answerSimulate({ scenario: {}, documents: [{ uri: 'expedited-apps-machine:/UScheduler_OOBE.reg', text: machine, languageId: 'reg' }] }, workspace, () => undefined);
    assert.ok(answer.ok, answer.ok ? '' : answer.message);
    assert.deepEqual(answer.result.order, ['OutlookUpdate', 'Fabrikam_A', 'Fabrikam_B']);
    assert.ok(answer.result.registrations.every((r) => r.name !== ''));
    const hazards = JSON.stringify((answer.result as { hazards?: unknown }).hazards ?? []);
    assert.doesNotMatch(hazards, /same package as :/);
    assert.doesNotMatch(hazards, /Fabrikam\.A/);
  });
});
