import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '../../core/rules/render';
import { defaultScenario, type ScenarioResult } from '../../core/simulate/scenario';
import { normalizeScenario, parseScenario } from '../../core/simulate/scenarioInput';
import { formatTable } from '../../core/simulate/table';
import { renderSimulation } from '../../core/simulate/rendered';
import { simulate } from '../../core/simulate/simulate';
import { fileReg, registryReg, scenarioWith } from './simulate-fixtures';

function errorsOf(result: ScenarioResult): string[] {
  assert.equal(result.ok, false, 'expected the scenario to be rejected');
  return result.ok ? [] : result.problems.map((p) => render(p));
}

describe('scenario defaults (contracts.md)', () => {
  test('an empty object gives exactly the documented defaults', () => {
    const result = parseScenario('{}');
    assert.ok(result.ok);
    assert.deepEqual(result.scenario, {
      phase: 'desktop',
      device: { region: 'US', edition: 48, architecture: 'amd64', build: 26100, installed: [], deprovisioned: [] },
      conditions: { internet: true, metered: false, onBattery: false, batterySaver: false, restrictedNetworkTraffic: false, ctaPolicy: 'AutoApprove' },
      attempts: {},
      attemptMinutes: 5,
      assumptions: { tieBreak: 'name', retriesAfterWindow: true },
    });
  });

  test('undefined and null mean the defaults; each call gives a fresh object', () => {
    const a = normalizeScenario(undefined);
    const b = normalizeScenario(null);
    assert.ok(a.ok && b.ok);
    assert.deepEqual(a.scenario, defaultScenario());
    a.scenario.device.installed.push('x');
    assert.deepEqual(defaultScenario().device.installed, []);
  });

  test('given fields replace the defaults; the rest stay', () => {
    const result = normalizeScenario({
      phase: 'oobe',
      device: { region: 'kr', installed: ['A_8wekyb3d8bbwe'] },
      conditions: { metered: true },
      attempts: { Contoso_App: ['fail', 'timeout', 'succeed'] },
      attemptMinutes: 2.5,
      assumptions: { retriesAfterWindow: false },
    });
    assert.ok(result.ok);
    const s = result.scenario;
    assert.equal(s.phase, 'oobe');
    assert.equal(s.device.region, 'KR', 'region codes are upper-cased');
    assert.equal(s.device.edition, 48);
    assert.deepEqual(s.device.installed, ['A_8wekyb3d8bbwe']);
    assert.equal(s.conditions.metered, true);
    assert.equal(s.conditions.internet, true);
    assert.deepEqual(s.attempts, { Contoso_App: ['fail', 'timeout', 'succeed'] });
    assert.equal(s.attemptMinutes, 2.5);
    assert.deepEqual(s.assumptions, { tieBreak: 'name', retriesAfterWindow: false });
  });

  test('a UTF-8 byte order mark is accepted', () => {
    assert.ok(parseScenario('\uFEFF{"phase":"oobe"}').ok);
  });
});

describe('scenario validation: clear messages', () => {
  test('not JSON', () => {
    assert.match(errorsOf(parseScenario('{ phase: oobe }'))[0], /^the scenario is not valid JSON: /);
  });

  test('not an object', () => {
    assert.deepEqual(errorsOf(parseScenario('[1]')), ['the scenario must be a JSON object; found an array']);
  });

  test('unknown keys with a did-you-mean', () => {
    const errors = errorsOf(normalizeScenario({ fase: 'oobe', device: { regoin: 'US' } }));
    assert.ok(errors.some((e) => e.startsWith('unknown key "fase" in scenario (did you mean "phase"?)')), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith('unknown key "regoin" in device (did you mean "region"?)')), errors.join('\n'));
  });

  test('every field with a wrong value is named with what is allowed', () => {
    const errors = errorsOf(
      normalizeScenario({
        phase: 'setup',
        device: { region: 'USA', edition: -1, architecture: 'x86', build: 'latest', installed: 'A', deprovisioned: [1] },
        conditions: { internet: 'yes', ctaPolicy: '' },
        attempts: { A: ['fail', 'sucess'], B: 'fail' },
        attemptMinutes: 0,
        assumptions: { tieBreak: 'random', retriesAfterWindow: 1 },
      }),
    );
    const expected = [
      /^phase must be "oobe" or "desktop"; found "setup"$/,
      /^attemptMinutes must be a number greater than 0 and at most 1440; found 0$/,
      /^device\.region must be a two-letter ISO 3166-1 code such as "US"; found "USA" \(did you mean "US"\?\)$/,
      /^device\.edition must be a GetProductInfo edition code .*; found -1$/,
      /^device\.architecture must be "amd64" or "arm64"; found "x86"$/,
      /^device\.build must be a Windows build number .*; found "latest"$/,
      /^device\.installed must be an array of package family names \(strings\); found "A"$/,
      /^device\.deprovisioned must be an array .*; found an array$/,
      /^conditions\.internet must be true or false; found "yes"$/,
      /^conditions\.ctaPolicy must be a policy name such as "AutoApprove"; found ""$/,
      /^attempts\["A"\]\[1\] must be "fail", "timeout" or "succeed"; found "sucess" \(did you mean "succeed"\?\)$/,
      /^attempts\["B"\] must be an array of "fail", "timeout" or "succeed"; found "fail"$/,
      /^assumptions\.tieBreak must be "name"; found "random"$/,
      /^assumptions\.retriesAfterWindow must be true or false; found 1$/,
    ];
    assert.equal(errors.length, expected.length, errors.join('\n'));
    for (const re of expected) assert.ok(errors.some((e) => re.test(e)), `missing ${re}\n${errors.join('\n')}`);
  });

  test('a region that is not an assigned ISO 3166-1 code says why and what to use', () => {
    assert.deepEqual(errorsOf(normalizeScenario({ device: { region: 'UK' } })), [
      'device.region UK is exceptionally reserved (used by the UK itself), not an assigned code (use "GB")',
    ]);
    assert.deepEqual(errorsOf(normalizeScenario({ device: { region: 'ZZ' } })), ['device.region ZZ is in the user-assigned range, not an assigned code']);
  });

  test('sub-objects of the wrong type', () => {
    const errors = errorsOf(normalizeScenario({ device: 'US', conditions: [], attempts: 3, assumptions: null }));
    assert.deepEqual(errors, [
      'device must be an object; found "US"',
      'conditions must be an object; found an array',
      'attempts must be an object mapping registration names to lists of outcomes; found 3',
      'assumptions must be an object; found null',
    ]);
  });
});

describe('formatTable (the CLI text form)', () => {
  test('one aligned row per registration in order, attempts, reasons and the notes', () => {
    const result = simulate(
      [registryReg('Q', 15), registryReg('P', 5), fileReg('C', 'Arm', 20, { Architecture: 'arm64' })],
      scenarioWith({ attempts: { P: ['fail', 'fail'] } }),
    );
    const text = formatTable(renderSimulation(result));
    const lines = text.split('\n');
    assert.match(lines[0], /^Scenario: desktop phase, region US, edition 48, amd64, build 26100/);
    const header = lines.findIndex((l) => l.startsWith('Rank'));
    assert.match(lines[header], /^Rank\s+Name\s+Priority\s+Form\s+Status\s+Attempts \(minutes\)\s+Reason$/);
    assert.match(lines[header + 1], /^\s+1\s+P\s+5\s+registry\s+failed\s+0-5 Failed, 35-40 Failed\s+failed twice/);
    assert.match(lines[header + 2], /^\s+2\s+Q\s+15\s+registry\s+installed\s+5-10 Succeeded$/);
    assert.match(lines[header + 3], /^\s+3\s+C_Arm\s+20\s+file\s+skipped\s+-\s+targeting: architecture amd64/);
    // Columns line up: "Status" starts at the same column in every row.
    const col = lines[header].indexOf('Status');
    for (const l of lines.slice(header + 1, header + 4)) assert.match(l.slice(col), /^(failed|installed|skipped) /);
    assert.ok(text.includes('\nNotes:\n  - '));
  });
});
