import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFromWebview, parseToWebview } from '../../client/preview/protocol';
import { PreviewController, type PreviewPorts } from '../../client/preview/controller';
import { presetOf, scriptOf } from '../../client/preview/outcomes';
import type { Scenario } from '../../core/simulate/scenario';
import type { ToWebview } from '../../client/preview/protocol';
import type { ExtraDocument } from '../../core/simulate/result';
import { knownResult } from './panel-fixtures';
import { scenarioWith } from './simulate-fixtures';
import { waitFor } from '../helpers/lspClient';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import type { LocatedSimulationResult, SimulationRowsAnswer } from '../../core/simulate/result';
import { SimulationTables } from '../../server/features/simulate';

describe('messages from the webview are validated', () => {
  test('valid messages', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready' }), { ok: true, message: { type: 'ready' } });
    assert.deepEqual(parseFromWebview({ type: 'refresh', extra: 1 }), { ok: true, message: { type: 'refresh' } });
    assert.deepEqual(parseFromWebview({ type: 'reveal', rank: 3 }), { ok: true, message: { type: 'reveal', rank: 3 } });
    assert.deepEqual(parseFromWebview({ type: 'export', format: 'markdown' }), { ok: true, message: { type: 'export', format: 'markdown' } });
    assert.deepEqual(parseFromWebview({ type: 'machine', include: true }), { ok: true, message: { type: 'machine', include: true } });
    const s = parseFromWebview({ type: 'scenario', scenario: { phase: 'oobe', device: { region: 'kr' } } });
    assert.ok(s.ok && s.message.type === 'scenario');
    assert.equal(s.message.scenario.phase, 'oobe');
    assert.equal(s.message.scenario.device.region, 'KR');
    assert.equal(s.message.scenario.attemptMinutes, 5, 'defaults filled in');
  });

  test('invalid messages say what is wrong', () => {
    const error = (v: unknown) => {
      const r = parseFromWebview(v);
      assert.equal(r.ok, false);
      return r.ok ? '' : r.error;
    };
    assert.equal(error(null), 'a message must be an object with a string "type"');
    assert.equal(error('ready'), 'a message must be an object with a string "type"');
    assert.equal(error({ type: 'delete' }), 'unknown message type "delete"');
    assert.equal(error({ type: 'reveal', rank: 0 }), 'reveal needs a rank (an integer from 1)');
    assert.equal(error({ type: 'reveal', rank: '1' }), 'reveal needs a rank (an integer from 1)');
    assert.equal(error({ type: 'export', format: 'html' }), 'export needs a format: "markdown" or "json"');
    assert.equal(error({ type: 'machine', include: 'yes' }), 'machine needs include: true or false');
    assert.match(error({ type: 'scenario', scenario: { phase: 'night' } }), /^invalid scenario: phase must be "oobe" or "desktop"/);
  });
});

describe('messages to the webview are validated before rendering', () => {
  test('a result and init pass', () => {
    const result = knownResult();
    assert.deepEqual(parseToWebview({ type: 'result', result, focusUri: 'file:///ws/oem.reg' }), { ok: true, message: { type: 'result', result, focusUri: 'file:///ws/oem.reg' } });
    assert.ok(parseToWebview({ type: 'init', regions: [{ code: 'US', name: 'United States' }], editions: [{ code: 48, name: 'Pro' }] }).ok);
    assert.ok(parseToWebview({ type: 'error', message: 'x' }).ok);
  });

  test('broken results are refused with the reason', () => {
    const reason = (mutate: (r: ReturnType<typeof knownResult>) => void) => {
      const result = knownResult();
      mutate(result);
      const parsed = parseToWebview({ type: 'result', result });
      return parsed.ok ? 'ok' : parsed.error;
    };
    assert.equal(reason(() => {}), 'ok');
    assert.equal(reason((r) => ((r.registrations[0] as { status: string }).status = 'done')), 'result: registrations[0] has an unknown status');
    assert.equal(reason((r) => ((r.registrations[1].attempts[0] as { result: string }).result = 'Maybe')), 'result: registrations[1].attempts must be a list of { start, end, result }');
    assert.equal(reason((r) => ((r as { notes: unknown }).notes = 'none')), 'result: notes must be a list of strings');
    assert.equal(reason((r) => ((r.registrations[0] as { uri?: string }).uri = undefined)), 'result: registrations[0] needs name, reason and uri strings');
    assert.equal(reason((r) => ((r.registrations[0].range as unknown) = { start: 1 })), 'result: registrations[0].range is not a range');
    assert.equal(parseToWebview({ type: 'init', regions: [{ code: 1 }], editions: [] }).ok, false);
    assert.equal(parseToWebview({ type: 'result' }).ok, false);
  });

  test('the rows that changed pass; broken ones are refused with the reason', () => {
    const { registrations, order: _order, ...head } = knownResult();
    const rows = (delta: unknown, extra: Record<string, unknown> = {}) => ({ ...head, resultId: 'b', rowsDelta: delta, ...extra });
    const good = rows({ base: 'a', segments: [{ from: 0, count: 2 }, { items: [registrations[2]] }, { from: 3, count: 2 }] });
    assert.deepEqual(parseToWebview({ type: 'rows', rows: good, focusUri: 'file:///ws/oem.reg' }), { ok: true, message: { type: 'rows', rows: good, focusUri: 'file:///ws/oem.reg' } });
    const reason = (value: unknown) => {
      const parsed = parseToWebview({ type: 'rows', rows: value });
      return parsed.ok ? 'ok' : parsed.error;
    };
    assert.equal(reason(rows({ segments: [] })), 'rows: rowsDelta needs a base (a result id) and segments');
    assert.equal(reason(rows({ base: 'a', segments: {} })), 'rows: rowsDelta.segments must be a list');
    assert.equal(reason(rows({ base: 'a', segments: [{ items: [] }, { from: 0 }] })), 'rows: rowsDelta.segments[1] needs items, or from and count');
    assert.equal(reason(rows({ base: 'a', segments: [{ items: [registrations[0], { ...registrations[1], status: 'done' }] }] })), 'rows: rowsDelta.rows[1] has an unknown status');
    assert.equal(reason(rows({ base: 'a', segments: [] }, { resultId: 7 })), 'rows: resultId must be a string');
    assert.equal(reason(rows({ base: 'a', segments: [] }, { notes: 'none' })), 'rows: notes must be a list of strings');
    assert.equal(reason('rows'), 'rows: not an object');
    assert.deepEqual(parseFromWebview({ type: 'resync' }), { ok: true, message: { type: 'resync' } });
  });

  test('the validators speak the display language: Korean with the Korean bundle', () => {
    const korean = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
    l10n.config({ contents: korean });
    try {
      const error = (parsed: { ok: boolean; error?: string }) => (parsed.ok ? 'ok' : parsed.error);
      assert.equal(error(parseFromWebview({ type: 'reveal', rank: 0 })), 'reveal에는 순위(1 이상의 정수)가 필요합니다');
      assert.equal(error(parseFromWebview({ type: 'delete' })), '알 수 없는 메시지 유형 "delete"');
      const result = knownResult();
      (result.registrations[0] as { status: string }).status = 'done';
      assert.equal(error(parseToWebview({ type: 'result', result })), '결과: registrations[0]의 status를 알 수 없습니다');
      assert.equal(error(parseToWebview({ type: 'rows', rows: { ...result, resultId: 'b', rowsDelta: { base: 'a', segments: [{ from: -1, count: 1 }] } } })), '행: rowsDelta.segments[0]에는 items 또는 from과 count가 필요합니다');
    } finally {
      l10n.config({ contents: {} });
    }
  });
});

describe('outcome presets', () => {
  test('presets round-trip; hand-written scripts are custom', () => {
    for (const p of ['succeed', 'fail-once', 'timeout-once', 'fail-always', 'timeout-always']) assert.equal(presetOf(scriptOf(p)), p);
    assert.deepEqual(scriptOf('fail-once'), ['fail']);
    assert.equal(scriptOf('custom'), undefined);
    assert.equal(presetOf(undefined), 'succeed');
    assert.equal(presetOf(['succeed']), 'succeed');
    assert.equal(presetOf(['fail', 'timeout']), 'custom');
  });
});

/** A fake extension host: records what the controller does; the simulation is scripted per call. */
function harness(answers: ((scenario: Scenario) => Promise<unknown>)[] = [], machine?: () => Promise<ExtraDocument[]>) {
  const posted: ToWebview[] = [];
  const calls: Scenario[] = [];
  const documentsSent: ExtraDocument[][] = [];
  const revealed: [string, unknown][] = [];
  const saved: [string, string, string][] = [];
  const persisted: Scenario[] = [];
  const logs: string[] = [];
  const ports: PreviewPorts = {
    simulate: (scenario, documents) => {
      calls.push(scenario);
      documentsSent.push(documents);
      const next = answers.shift();
      return next ? next(scenario) : Promise.resolve({ ...knownResult(), scenario });
    },
    post: (m) => posted.push(m),
    reveal: async (uri, range) => void revealed.push([uri, range]),
    save: async (format, content, name) => {
      saved.push([format, content, name]);
      return true;
    },
    persist: (s) => persisted.push(s),
    log: (m) => logs.push(m),
    regions: () => [{ code: 'US', name: 'United States' }],
    editions: () => [{ code: 48, name: 'Pro' }],
    ...(machine ? { machineDocuments: machine } : {}),
  };
  return { ports, posted, calls, documentsSent, revealed, saved, persisted, logs };
}

describe('the panel controller handles messages', () => {
  test('ready: sends the pickers, then the simulation', async () => {
    const h = harness();
    const c = new PreviewController(h.ports, scenarioWith());
    await c.handle({ type: 'ready' });
    assert.deepEqual(h.posted.map((m) => m.type), ['init', 'result']);
    assert.deepEqual(h.posted[0], { type: 'init', regions: [{ code: 'US', name: 'United States' }], editions: [{ code: 48, name: 'Pro' }], machineAvailable: false });
    assert.deepEqual(c.current()?.order, ['P', 'Q', 'Fabrikam_Arm', 'Dup<One>', 'Fabrikam_DupTwo']);
  });

  test('a scenario change is validated, kept, persisted and simulated', async () => {
    const h = harness();
    const c = new PreviewController(h.ports, scenarioWith());
    await c.handle({ type: 'scenario', scenario: { phase: 'oobe', conditions: { metered: true } } });
    assert.equal(h.calls.length, 1);
    assert.equal(h.calls[0].phase, 'oobe');
    assert.equal(h.calls[0].conditions.metered, true);
    assert.deepEqual(h.persisted, [h.calls[0]]);
    assert.equal(c.currentScenario().phase, 'oobe');
    const last = h.posted.at(-1);
    assert.ok(last?.type === 'result' && last.result.scenario.phase === 'oobe');
  });

  test('an invalid message is answered with an error and logged; nothing is simulated', async () => {
    const h = harness();
    const c = new PreviewController(h.ports, scenarioWith());
    await c.handle({ type: 'scenario', scenario: { attemptMinutes: -1 } });
    await c.handle({ type: 'run', command: 'rm -rf /' });
    assert.equal(h.calls.length, 0);
    assert.deepEqual(h.posted.map((m) => m.type), ['error', 'error']);
    assert.match((h.posted[1] as { message: string }).message, /unknown message type "run"/);
    assert.equal(h.logs.length, 2);
  });

  test('reveal: the row of that rank, at its name', async () => {
    const h = harness();
    const c = new PreviewController(h.ports, scenarioWith());
    await c.refresh();
    await c.handle({ type: 'reveal', rank: 3 });
    assert.deepEqual(h.revealed, [['file:///ws/updater.json', { start: { line: 8, character: 1 }, end: { line: 8, character: 5 } }]]);
    await c.handle({ type: 'reveal', rank: 99 });
    assert.equal(h.revealed.length, 1);
    assert.deepEqual(h.posted.at(-1), { type: 'error', message: 'no registration at rank 99; the list may have changed' });
  });

  test('export: Markdown and JSON of the current result through the save port', async () => {
    const h = harness();
    const c = new PreviewController(h.ports, scenarioWith());
    await c.handle({ type: 'export', format: 'json' });
    assert.equal(h.saved.length, 0, 'nothing to export before a result');
    assert.match((h.posted.at(-1) as { message: string }).message, /Nothing to export yet/);
    await c.refresh();
    await c.handle({ type: 'export', format: 'markdown' });
    await c.handle({ type: 'export', format: 'json' });
    assert.deepEqual(h.saved.map(([f, , n]) => [f, n]), [
      ['markdown', 'priority-order.md'],
      ['json', 'priority-order.json'],
    ]);
    assert.match(h.saved[0][1], /^# Expedited apps: priority order preview/);
    assert.deepEqual(JSON.parse(h.saved[1][1]).order, c.current()?.order);
  });

  test('a stale answer (an older request finishing last) is dropped', async () => {
    let releaseFirst: () => void = () => {};
    const first = new Promise<void>((r) => (releaseFirst = r));
    const h = harness([
      async (s) => {
        await first;
        return { ...knownResult(), scenario: s, order: ['stale'] };
      },
    ]);
    const c = new PreviewController(h.ports, scenarioWith());
    const older = c.refresh();
    await c.refresh();
    releaseFirst();
    await older;
    const results = h.posted.filter((m) => m.type === 'result');
    assert.equal(results.length, 1);
    assert.notDeepEqual(c.current()?.order, ['stale']);
  });

  test('edits while typing are debounced into one simulation', async () => {
    const h = harness();
    const c = new PreviewController(h.ports, scenarioWith(), 20);
    for (let i = 0; i < 5; i++) c.scheduleRefresh();
    await c.idle();
    assert.equal(h.calls.length, 1);
    assert.equal(h.posted.filter((m) => m.type === 'result').length, 1);
  });

  test('edits during a simulation wait for it, then make exactly one more (never two in flight)', async () => {
    let release = () => {};
    let inFlight = 0;
    let maxInFlight = 0;
    const slow = (scenario: Scenario) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<unknown>((resolve) => (release = () => resolve({ ...knownResult(), scenario }))).finally(() => inFlight--);
    };
    const h = harness([slow, slow]);
    const c = new PreviewController(h.ports, scenarioWith(), 0);
    c.scheduleRefresh();
    await waitFor(() => h.calls.length === 1 || undefined, 5_000, 'the first edit simulates once the edits pause');
    for (let i = 0; i < 5; i++) c.scheduleRefresh();
    assert.equal(h.calls.length, 1, 'edits while it runs start nothing yet');
    release();
    const idle = c.idle();
    await waitFor(() => h.calls.length === 2 || undefined, 5_000, 'one more simulation for all the edits that came meanwhile');
    release();
    await idle;
    assert.equal(h.calls.length, 2);
    assert.equal(maxInFlight, 1);
    assert.equal(h.posted.filter((m) => m.type === 'result').length, 2);
  });

  test('a failing or malformed server answer becomes an error message, not a crash', async () => {
    const h = harness([() => Promise.reject(new Error('server gone')), () => Promise.resolve({ order: 'x' })]);
    const c = new PreviewController(h.ports, scenarioWith());
    await c.refresh();
    await c.refresh();
    assert.deepEqual(h.posted, [
      { type: 'error', message: 'The simulation failed: server gone' },
      { type: 'error', message: 'The language server answered something the panel cannot show (order must be a list of names).' },
    ]);
    assert.equal(c.current(), undefined);
  });

  test('focus: rows of the command’s document are flagged in the result message', async () => {
    const h = harness();
    const c = new PreviewController(h.ports, scenarioWith());
    c.focus('file:///ws/oem.reg');
    await c.refresh();
    assert.equal((h.posted.at(-1) as { focusUri?: string }).focusUri, 'file:///ws/oem.reg');
  });
});

describe('scenario regions from the webview', () => {
  test('the extension checks ISO 3166-1 membership; the webview-side default checks the shape only', async () => {
    const h = harness();
    const c = new PreviewController(h.ports, scenarioWith());
    await c.handle({ type: 'scenario', scenario: { device: { region: 'UK' } } });
    assert.equal(h.calls.length, 0);
    assert.match((h.posted.at(-1) as { message: string }).message, /device\.region UK is exceptionally reserved.*\(use "GB"\)/);
    assert.ok(parseFromWebview({ type: 'scenario', scenario: { device: { region: 'UK' } } }).ok);
  });
});

describe("the target machine's registrations", () => {
  const machineDoc: ExtraDocument = { uri: 'expedited-apps-machine:/UScheduler_OOBE.reg', text: 'Windows Registry Editor Version 5.00\r\n', languageId: 'reg' };

  test('switched on: read once, sent with every simulation, flagged in results; switched off: dropped', async () => {
    let reads = 0;
    const h = harness([], async () => {
      reads++;
      return [machineDoc];
    });
    const c = new PreviewController(h.ports, scenarioWith());
    await c.handle({ type: 'ready' });
    assert.equal((h.posted[0] as { machineAvailable?: boolean }).machineAvailable, true);
    await c.handle({ type: 'machine', include: true });
    await c.handle({ type: 'refresh' });
    assert.equal(reads, 1);
    assert.deepEqual(h.documentsSent, [[], [machineDoc], [machineDoc]]);
    assert.equal((h.posted.at(-1) as { includeMachine?: boolean }).includeMachine, true);
    await c.handle({ type: 'machine', include: false });
    assert.deepEqual(h.documentsSent.at(-1), []);
    assert.equal((h.posted.at(-1) as { includeMachine?: boolean }).includeMachine, undefined);
  });

  test('no backend or a failing read: the workspace-only result, then the reason', async () => {
    const none = harness();
    await new PreviewController(none.ports, scenarioWith()).handle({ type: 'machine', include: true });
    assert.deepEqual(none.posted.map((m) => m.type), ['result', 'error']);
    assert.match((none.posted[1] as { message: string }).message, /No target machine is available/);

    const failing = harness([], () => Promise.reject(new Error('Wine is not installed')));
    await new PreviewController(failing.ports, scenarioWith()).handle({ type: 'machine', include: true });
    assert.deepEqual(failing.documentsSent, [[]]);
    assert.deepEqual(failing.posted.at(-1), { type: 'error', message: 'Could not read the target machine: Wine is not installed' });
  });
});

describe('the panel is sent only the rows that changed', () => {
  /** The server's side for real (server/features/simulate.ts): the table held is named by its result id. */
  function served(results: LocatedSimulationResult[]) {
    const tables = new SimulationTables();
    const asked: (string | undefined)[] = [];
    const h = harness();
    h.ports.simulate = async (scenario, _documents, previousResultId) => {
      asked.push(previousResultId);
      return tables.answer({ ...(results.shift() ?? knownResult()), scenario }, previousResultId);
    };
    return { h, asked };
  }
  const withPfn = (index: number, pfn: string): LocatedSimulationResult => {
    const result = knownResult();
    return { ...result, registrations: result.registrations.map((r, i) => (i === index ? { ...r, pfn } : r)) };
  };

  test('the first table is whole; an edit sends the webview the one row that changed; the controller holds the whole new table', async () => {
    const edited = withPfn(1, 'Contoso.Q2_8wekyb3d8bbwe');
    const { h, asked } = served([knownResult(), edited]);
    const c = new PreviewController(h.ports, scenarioWith());
    await c.handle({ type: 'ready' });
    assert.deepEqual(h.posted.map((m) => m.type), ['init', 'result']);
    c.scheduleRefresh();
    await c.idle();
    const last = h.posted.at(-1);
    assert.ok(last?.type === 'rows', `posted ${last?.type}`);
    const first = h.posted[1] as { result: LocatedSimulationResult };
    assert.deepEqual(asked, [undefined, first.result.resultId]);
    assert.equal(last.rows.rowsDelta.base, first.result.resultId);
    assert.deepEqual(last.rows.rowsDelta.segments, [{ from: 0, count: 1 }, { items: [edited.registrations[1]] }, { from: 2, count: 3 }]);
    assert.deepEqual(c.current()?.registrations, edited.registrations.map(({ span: _s, nameSpan: _n, ...r }) => r), 'the new table, without offsets into the text (the panel places rows by range)');
    assert.deepEqual(c.current()?.order, edited.order);
  });

  test('a reloaded webview (ready) and a resync get the whole table; so does a webview that never had one', async () => {
    const { h } = served([]);
    const c = new PreviewController(h.ports, scenarioWith());
    await c.refresh();
    await c.refresh();
    assert.deepEqual(h.posted.map((m) => m.type), ['result', 'rows'], 'the webview held the first table');
    await c.handle({ type: 'ready' });
    assert.deepEqual(h.posted.slice(2).map((m) => m.type), ['init', 'result']);
    await c.handle({ type: 'resync' });
    assert.deepEqual(h.posted.slice(4).map((m) => m.type), ['result']);
    await c.refresh();
    assert.equal(h.posted.at(-1)?.type, 'rows');
  });

  test('rows for a table the controller does not hold: it asks for the whole table once', async () => {
    const h = harness();
    const asked: (string | undefined)[] = [];
    const whole = { ...knownResult(), resultId: 's.2' };
    const stale: SimulationRowsAnswer = (() => {
      const { registrations, order: _o, ...head } = knownResult();
      return { ...head, resultId: 's.3', rowsDelta: { base: 'other', segments: [{ items: registrations }] } };
    })();
    h.ports.simulate = async (_scenario, _documents, previousResultId) => {
      asked.push(previousResultId);
      return asked.length === 1 ? { ...knownResult(), resultId: 's.1' } : previousResultId ? stale : whole;
    };
    const c = new PreviewController(h.ports, scenarioWith());
    await c.refresh();
    await c.refresh();
    assert.deepEqual(asked, [undefined, 's.1', undefined]);
    assert.deepEqual(h.posted.map((m) => m.type), ['result', 'result']);
    assert.equal(c.current()?.resultId, 's.2');
  });
});
