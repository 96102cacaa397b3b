// The `expeditedApps/simulate` handler without a connection: params, filtering, locations, extra documents.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerSimulate } from '../../server/features/simulate';
import { LineIndex } from '../../core/text/lineIndex';
import { registryReg } from './simulate-fixtures';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const machineReg = [
  'Windows Registry Editor Version 5.00',
  '',
  `[${KEY}\\OutlookUpdate]`,
  '"updaterPriority"=dword:00000003',
  '"expeditedPayload"="{\\"PFN\\":\\"Microsoft.OutlookForWindows_8wekyb3d8bbwe\\",\\"Endpoint\\":\\"https://example.com/o.msix\\"}"',
  '',
].join('\r\n');

const workspace = [registryReg('A', 5, {}, { path: 'file:///ws/a.reg', span: { start: 0, end: 4 }, nameSpan: { start: 1, end: 2 } })];
const lines = (path: string) => (path === 'file:///ws/a.reg' ? new LineIndex('[A]\nx') : undefined);

describe('answerSimulate', () => {
  test('adds uri and LSP ranges to each registration', () => {
    const answer = answerSimulate({ scenario: {} }, workspace, lines);
    assert.ok(answer.ok);
    const [a] = answer.result.registrations;
    assert.equal(a.uri, 'file:///ws/a.reg');
    assert.deepEqual(a.range, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
    assert.deepEqual(a.nameRange, { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } });
  });

  test("extra documents (the machine's registrations) join this simulation only, located in their own text", () => {
    const answer = answerSimulate({ scenario: {}, documents: [{ uri: 'expedited-apps-machine:/UScheduler_OOBE.reg', text: machineReg, languageId: 'reg' }] }, workspace, lines);
    assert.ok(answer.ok, answer.ok ? '' : answer.message);
    assert.deepEqual(answer.result.order, ['OutlookUpdate', 'A']);
    const outlook = answer.result.registrations[0];
    assert.equal(outlook.uri, 'expedited-apps-machine:/UScheduler_OOBE.reg');
    assert.equal(outlook.range?.start.line, 2);
    assert.deepEqual(answer.result.registrations[1].attempts, [{ start: 5, end: 10, result: 'Succeeded' }]);
    assert.equal(workspace.length, 1, 'the workspace list is not changed');
  });

  test('bad params are refused with a message', () => {
    const refuse = (params: unknown) => {
      const a = answerSimulate(params, workspace, lines);
      return a.ok ? 'ok' : a.message;
    };
    assert.equal(refuse('x'), 'expeditedApps/simulate takes { scenario, uris? }');
    assert.equal(refuse({ uris: [1] }), 'uris must be an array of document URIs');
    assert.equal(refuse({ documents: [{ uri: 'u', text: 1, languageId: 'reg' }] }), 'documents must be an array of { uri, text, languageId: "reg" | "json" }');
    assert.match(refuse({ scenario: { attemptMinutes: 'five' } }), /^invalid scenario: attemptMinutes must be a number/);
    assert.equal(refuse(undefined), 'ok');
  });
});
