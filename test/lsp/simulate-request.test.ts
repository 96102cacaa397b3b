// `expeditedApps/simulate` over a real stdio connection (`npm run build` first): the panel's data.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-jsonrpc';
import { LspTestClient, fileUri } from '../helpers/lspClient';
import type { LocatedSimulationResult, SimulationRowsAnswer } from '../../core/simulate/result';
import { patchRows } from '../../core/simulate/rowDelta';
import { KEY, contosoReg, fabrikamRegistration } from '../helpers/workedExample';

const REG_URI = fileUri('test-results/simulate-lsp/contoso.reg');
const JSON_URI = fileUri('test-results/simulate-lsp/fabrikam/updater_Tool.json');
const regText = contosoReg;
const registrationText = fabrikamRegistration;

let client: LspTestClient;

before(async () => {
  client = await LspTestClient.start();
  await client.open(REG_URI, 'reg', regText(5));
  await client.open(JSON_URI, 'json', registrationText);
});

after(async () => {
  await client?.shutdown();
});

const simulate = (params: unknown) => client.request<LocatedSimulationResult>('expeditedApps/simulate', params);

describe('expeditedApps/simulate', () => {
  test('the worked example over both open documents, with locations for reveal', async () => {
    const result = await simulate({ scenario: { attempts: { Contoso_App: ['fail', 'fail'] } } });
    assert.deepEqual(result.order, ['Contoso_App', 'Fabrikam_Tool']);
    const [contoso, fabrikam] = result.registrations;
    assert.deepEqual(contoso.attempts, [
      { start: 0, end: 5, result: 'Failed' },
      { start: 35, end: 40, result: 'Failed' },
    ]);
    assert.equal(contoso.status, 'failed');
    assert.deepEqual(fabrikam.attempts, [{ start: 5, end: 10, result: 'Succeeded' }]);
    assert.equal(fabrikam.status, 'installed');
    assert.equal(contoso.uri, REG_URI);
    assert.equal(fabrikam.uri, JSON_URI);
    assert.equal(contoso.range?.start.line, 2, 'the registration starts at its key line');
    const nameStart = `[${KEY}\\`.length;
    assert.deepEqual(contoso.nameRange, { start: { line: 2, character: nameStart }, end: { line: 2, character: nameStart + 'Contoso_App'.length } });
    assert.equal(fabrikam.range?.start.line, 0);
    assert.ok(result.notes.length > 0);
  });

  test('uris limits the simulation to those documents', async () => {
    const result = await simulate({ scenario: {}, uris: [JSON_URI] });
    assert.deepEqual(result.order, ['Fabrikam_Tool']);
    assert.deepEqual(result.registrations[0].attempts, [{ start: 0, end: 5, result: 'Succeeded' }]);
  });

  test('follows edits: a new priority reorders the run', async () => {
    await client.change(REG_URI, regText(20));
    const result = await simulate({ scenario: {} });
    assert.deepEqual(result.order, ['Fabrikam_Tool', 'Contoso_App']);
    assert.deepEqual(result.registrations.map((r) => r.priority), [15, 20]);
    await client.change(REG_URI, regText(5));
  });

  test('an invalid scenario or params are InvalidParams errors, and the server lives on', async () => {
    await assert.rejects(simulate({ scenario: { phase: 'night', device: { region: 'UK' } } }), (err: unknown) => {
      assert.ok(err instanceof ResponseError);
      assert.equal(err.code, -32602);
      assert.match(err.message, /phase must be "oobe" or "desktop"; found "night"/);
      assert.match(err.message, /device\.region UK .*\(use "GB"\)/);
      return true;
    });
    await assert.rejects(simulate([1, 2]), (err: unknown) => err instanceof ResponseError && err.code === -32602);
    await assert.rejects(simulate({ uris: 'all' }), (err: unknown) => err instanceof ResponseError && /uris must be an array/.test(err.message));
    const ok = await simulate(null);
    assert.deepEqual(ok.order, ['Contoso_App', 'Fabrikam_Tool']);
  });
});

describe('expeditedApps/simulate sends the table the client holds only the rows that changed', () => {
  test('the whole table names itself; an edit of one registration then sends one row; an unknown id gets the whole table', async () => {
    const first = await simulate({ scenario: {} });
    assert.equal(typeof first.resultId, 'string');
    assert.equal(first.registrations.length, 2);
    const same = (await client.request<SimulationRowsAnswer>('expeditedApps/simulate', { scenario: {}, previousResultId: first.resultId }));
    assert.equal(same.rowsDelta.base, first.resultId);
    assert.deepEqual(same.rowsDelta.segments, [{ from: 0, count: 2 }], 'nothing changed: one run of the table held');
    // Fabrikam's PFN is not touched: the edit of Contoso's priority changes only Contoso's row (it stays first).
    await client.change(REG_URI, regText(6));
    const edited = await client.request<SimulationRowsAnswer>('expeditedApps/simulate', { scenario: {}, previousResultId: same.resultId });
    assert.equal(edited.rowsDelta.base, same.resultId);
    assert.equal('registrations' in edited, false);
    const rows = patchRows(first.registrations, edited.rowsDelta.segments);
    const fresh = await simulate({ scenario: {} });
    assert.deepEqual(rows, fresh.registrations, 'the table held, patched, is the table a whole answer gives');
    assert.deepEqual(edited.rowsDelta.segments.filter((s) => 'items' in s).flatMap((s) => ('items' in s ? s.items.map((r) => r.name) : [])), ['Contoso_App']);
    const unknown = await simulate({ scenario: {}, previousResultId: 'not-a-table' });
    assert.equal(unknown.registrations.length, 2, 'the whole table');
    await client.change(REG_URI, regText(5));
  });
});
