import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate as simulateCore } from '../../core/simulate/simulate';
import { renderSimulation } from '../../core/simulate/rendered';
import type { RenderedSimulationResult as SimulationResult } from '../../core/simulate/result';
import { fileReg, registryReg, scenarioWith, timeline } from './simulate-fixtures';

// The simulation in English words, as the CLI prints it.
const simulate = (...args: Parameters<typeof simulateCore>): SimulationResult => renderSimulation(simulateCore(...args));

function row(result: SimulationResult, name: string) {
  const r = result.registrations.find((x) => x.name === name);
  assert.ok(r, `no row for ${name}`);
  return r;
}

function hasNote(result: SimulationResult, ...fragments: string[]): boolean {
  return result.notes.some((n) => fragments.every((f) => n.includes(f)));
}

describe('simulate: the worked example of domain.md §3', () => {
  test('P (5, MaxRetryCount 1) always fails, Q (15) succeeds: P 0–5 Failed, Q 5–10 Succeeded, P 35–40 Failed', () => {
    const result = simulate([registryReg('Q', 15), registryReg('P', 5, { MaxRetryCount: 1 })], scenarioWith({ attempts: { P: ['fail', 'fail'] } }));
    assert.deepEqual(result.order, ['P', 'Q']);
    assert.deepEqual(timeline(row(result, 'P')), ['0-5 Failed', '35-40 Failed']);
    assert.deepEqual(timeline(row(result, 'Q')), ['5-10 Succeeded']);
    assert.equal(row(result, 'P').status, 'failed');
    assert.match(row(result, 'P').reason, /failed twice, more than MaxRetryCount 1/);
    assert.equal(row(result, 'Q').status, 'installed');
    assert.equal(row(result, 'Q').reason, '');
    assert.deepEqual(row(result, 'P').cooldowns, [{ start: 5, end: 35 }]);
    assert.deepEqual([row(result, 'P').rank, row(result, 'Q').rank], [1, 2]);
    assert.equal(result.endMinute, 40);
    assert.ok(hasNote(result, 'one at a time'));
    assert.ok(hasNote(result, 'cools down 30 minutes', 'end of the failed attempt'));
    assert.ok(hasNote(result, 'after the expedited window', 'retriesAfterWindow = true'), 'P retries at 35, after the window');
  });
});

describe('simulate: order by priority', () => {
  test('file form orders by Priority (default 100), registry form by updaterPriority, one shared order', () => {
    const result = simulate(
      [fileReg('Contoso', 'Late', undefined), registryReg('Middle', 50), fileReg('Contoso', 'Early', 10)],
      scenarioWith(),
    );
    assert.deepEqual(result.order, ['Contoso_Early', 'Middle', 'Contoso_Late']);
    assert.deepEqual(result.registrations.map((r) => [r.rank, r.priority, r.form]), [
      [1, 10, 'file'],
      [2, 50, 'registry'],
      [3, 100, 'file'],
    ]);
    assert.deepEqual(timeline(row(result, 'Contoso_Early')), ['0-5 Succeeded']);
    assert.deepEqual(timeline(row(result, 'Middle')), ['5-10 Succeeded']);
    assert.deepEqual(timeline(row(result, 'Contoso_Late')), ['10-15 Succeeded']);
    assert.ok(hasNote(result, 'Contoso_Late has no Priority', 'default 100'));
    assert.ok(hasNote(result, 'Both forms share one order', 'assumption'));
    assert.ok(!hasNote(simulate([registryReg('A', 1)], scenarioWith()), 'Both forms share one order'), 'only with both forms');
    assert.ok(result.registrations.every((r) => r.status === 'installed'));
  });

  test('the result carries location and package for the panel', () => {
    const result = simulate([registryReg('A', 1)], scenarioWith());
    const a = row(result, 'A');
    assert.equal(a.path, '/ws/A.reg');
    assert.deepEqual(a.span, { start: 0, end: 10 });
    assert.equal(a.pfn, 'Contoso.A_8wekyb3d8bbwe');
    assert.deepEqual(result.scenario, scenarioWith());
  });

  test('equal priorities: ordered by name, and a note names the tied registrations', () => {
    const result = simulate([registryReg('Zed', 50), fileReg('Fabrikam', 'Tool', 50), registryReg('alpha', 50), registryReg('Solo', 60)], scenarioWith());
    assert.deepEqual(result.order, ['alpha', 'Fabrikam_Tool', 'Zed', 'Solo']);
    assert.deepEqual(timeline(row(result, 'alpha')), ['0-5 Succeeded']);
    assert.deepEqual(timeline(row(result, 'Fabrikam_Tool')), ['5-10 Succeeded']);
    assert.deepEqual(timeline(row(result, 'Zed')), ['10-15 Succeeded']);
    assert.ok(hasNote(result, 'alpha, Fabrikam_Tool and Zed share priority 50', 'by name (assumption'));
    assert.ok(!hasNote(result, 'Solo share'));
  });

  test('a registry-form registration without a valid updaterPriority says the default is an assumption', () => {
    const result = simulate([registryReg('NoPrio', 100, {}, { priorityExplicit: false })], scenarioWith());
    assert.ok(hasNote(result, 'NoPrio has no valid updaterPriority', 'simulated as 100 (assumption)'));
  });

  test('no registrations: an empty result with a note', () => {
    const result = simulate([], scenarioWith());
    assert.deepEqual(result.order, []);
    assert.deepEqual(result.registrations, []);
    assert.ok(hasNote(result, 'No registrations found'));
    assert.equal(result.endMinute, 0);
  });
});

describe('simulate: phase', () => {
  test('OOBE: AllowedInOobe false is not-in-phase without an attempt; AllowedInOobe true runs at 0', () => {
    const result = simulate(
      [registryReg('Desktop', 1), fileReg('Contoso', 'Oobe', 2, { AllowedInOobe: true })],
      scenarioWith({ phase: 'oobe' }),
    );
    assert.equal(row(result, 'Desktop').status, 'not-in-phase');
    assert.match(row(result, 'Desktop').reason, /AllowedInOobe is false/);
    assert.deepEqual(timeline(row(result, 'Desktop')), []);
    assert.equal(row(result, 'Desktop').rank, 1, 'not-in-phase registrations keep their rank');
    assert.deepEqual(timeline(row(result, 'Contoso_Oobe')), ['0-5 Succeeded']);
    assert.ok(hasNote(result, 'OOBE phase', 'assumption'));
  });

  test('OOBE: a not-in-phase registration whose targeting misses says what the desktop phase would do', () => {
    const result = simulate([registryReg('Excluded', 1, { ExcludedRegions: ['US'] })], scenarioWith({ phase: 'oobe' }));
    assert.equal(row(result, 'Excluded').status, 'not-in-phase');
    assert.match(row(result, 'Excluded').reason, /desktop phase targeting would skip it \(region US is in ExcludedRegions\)/);
  });

  test('desktop: registrations allowed in OOBE run too, with a note on the assumption', () => {
    const result = simulate([registryReg('Both', 1, { AllowedInOobe: true })], scenarioWith({ phase: 'desktop' }));
    assert.deepEqual(timeline(row(result, 'Both')), ['0-5 Succeeded']);
    assert.ok(hasNote(result, 'Both is allowed in OOBE', 'as if OOBE had not installed it'));
  });
});

describe('simulate: targeting fulfils a registration without an attempt', () => {
  const cases: [string, ReturnType<typeof fileReg>, RegExp][] = [
    ['IncludedRegions', fileReg('C', 'Inc', 1, { IncludedRegions: ['GB', 'FR'] }), /region US is not in IncludedRegions \(GB, FR\)/],
    ['ExcludedRegions (file)', fileReg('C', 'Exc', 1, { ExcludedRegions: ['US'] }), /region US is in ExcludedRegions/],
    ['IncludedEditions', fileReg('C', 'IncEd', 1, { IncludedEditions: [4, 121] }), /edition 48 \(Pro\) is not in IncludedEditions \(4, 121\)/],
    ['ExcludedEditions', fileReg('C', 'ExcEd', 1, { ExcludedEditions: [48] }), /edition 48 \(Pro\) is in ExcludedEditions/],
    ['Architecture', fileReg('C', 'Arm', 1, { Architecture: 'arm64' }), /architecture amd64 is not the registration's Architecture arm64/],
    ['MinimumAllowedBuildVersion', fileReg('C', 'Build', 1, { MinimumAllowedBuildVersion: 26200 }), /build 26100 is below MinimumAllowedBuildVersion 26200/],
  ];
  for (const [rule, reg, reason] of cases) {
    test(`${rule}: skipped with the reason, and the next registration takes minute 0`, () => {
      const result = simulate([reg, registryReg('Next', 2)], scenarioWith());
      const r = row(result, reg.name);
      assert.equal(r.status, 'skipped');
      assert.match(r.reason, reason);
      assert.match(r.reason, /fulfilled without an attempt/);
      assert.deepEqual(r.attempts, []);
      assert.equal(r.rank, 1);
      assert.deepEqual(timeline(row(result, 'Next')), ['0-5 Succeeded']);
    });
  }

  test("registry form: the payload's ExcludedRegions skips it; other regions run", () => {
    const reg = registryReg('NoKorea', 1, { ExcludedRegions: ['KR'] });
    assert.equal(row(simulate([reg], scenarioWith({ device: { region: 'KR' } })), 'NoKorea').status, 'skipped');
    assert.deepEqual(timeline(row(simulate([reg], scenarioWith({ device: { region: 'DE' } })), 'NoKorea')), ['0-5 Succeeded']);
  });

  test('near misses run: matching region, edition, architecture, and a build equal to the minimum', () => {
    const result = simulate(
      [fileReg('C', 'Ok', 1, { IncludedRegions: ['US'], IncludedEditions: [48], Architecture: 'amd64', MinimumAllowedBuildVersion: 26100 })],
      scenarioWith(),
    );
    assert.deepEqual(timeline(row(result, 'C_Ok')), ['0-5 Succeeded']);
  });
});

describe('simulate: presence rules', () => {
  const installed = (pfn: string) => scenarioWith({ device: { installed: [pfn] } });

  test('Update on an absent app: skipped; on a present app: attempted', () => {
    const reg = fileReg('C', 'Upd', 1, { Scenario: 'Update' });
    const absent = row(simulate([reg], scenarioWith()), 'C_Upd');
    assert.equal(absent.status, 'skipped');
    assert.match(absent.reason, /Update: the app is not installed/);
    assert.deepEqual(absent.attempts, []);
    assert.deepEqual(timeline(row(simulate([reg], installed('C.Upd_8wekyb3d8bbwe')), 'C_Upd')), ['0-5 Succeeded']);
  });

  test('SkipIfPresent with any version present: skipped (PFNs compare without case); absent: attempted', () => {
    const reg = fileReg('C', 'Skip', 1, { SkipIfPresent: true });
    const present = row(simulate([reg], installed('c.skip_8WEKYB3D8BBWE')), 'C_Skip');
    assert.equal(present.status, 'skipped');
    assert.match(present.reason, /SkipIfPresent/);
    assert.deepEqual(timeline(row(simulate([reg], scenarioWith()), 'C_Skip')), ['0-5 Succeeded']);
  });

  test('without SkipIfPresent a present app is acquired again', () => {
    assert.deepEqual(timeline(row(simulate([fileReg('C', 'Again', 1)], installed('C.Again_8wekyb3d8bbwe')), 'C_Again')), ['0-5 Succeeded']);
  });

  test('HonorDeprovisioning with a deprovisioned app: skipped; without the flag: attempted', () => {
    const deprov = scenarioWith({ device: { deprovisioned: ['C.Gone_8wekyb3d8bbwe'] } });
    const honored = row(simulate([fileReg('C', 'Gone', 1, { HonorDeprovisioning: true, Scenario: 'StubAcquisition' })], deprov), 'C_Gone');
    assert.equal(honored.status, 'skipped');
    assert.match(honored.reason, /HonorDeprovisioning: the user deprovisioned the app/);
    assert.deepEqual(timeline(row(simulate([fileReg('C', 'Gone', 1)], deprov), 'C_Gone')), ['0-5 Succeeded']);
  });

  test('registry form has no presence rules: attempted although installed, with the assumption in notes', () => {
    const result = simulate([registryReg('Reg', 1)], installed('Contoso.Reg_8wekyb3d8bbwe'));
    assert.deepEqual(timeline(row(result, 'Reg')), ['0-5 Succeeded']);
    assert.ok(hasNote(result, 'Registry-form registrations have no Scenario', 'assumption'));
  });
});

describe('simulate: blocking conditions', () => {
  const blockers: [string, Parameters<typeof scenarioWith>[0], RegExp][] = [
    ['no internet', { conditions: { internet: false } }, /no internet/],
    ['metered network', { conditions: { metered: true } }, /metered network/],
    ['battery saver on battery', { conditions: { onBattery: true, batterySaver: true } }, /on battery with battery saver on/],
    ['restricted network traffic policy', { conditions: { restrictedNetworkTraffic: true } }, /restricted-network-traffic policy/],
    ['CTA policy other than AutoApprove', { conditions: { ctaPolicy: 'Deny' } }, /CTA policy is Deny, not AutoApprove/],
  ];
  for (const [what, patch, reason] of blockers) {
    test(`${what}: every attemptable registration is blocked, kept, and never attempted`, () => {
      const result = simulate([registryReg('A', 1), fileReg('C', 'B', 2)], scenarioWith(patch));
      for (const name of ['A', 'C_B']) {
        const r = row(result, name);
        assert.equal(r.status, 'blocked');
        assert.match(r.reason, reason);
        assert.match(r.reason, /stays in place/);
        assert.deepEqual(r.attempts, []);
      }
      assert.deepEqual(result.registrations.map((r) => r.rank), [1, 2], 'blocked registrations still get a rank');
      assert.ok(hasNote(result, 'A and C_B are blocked and kept'));
    });
  }

  test('targeting still skips while conditions block (an assumption the notes state)', () => {
    const result = simulate([fileReg('C', 'Arm', 1, { Architecture: 'arm64' }), registryReg('A', 2)], scenarioWith({ conditions: { internet: false } }));
    assert.ok(hasNote(result, 'Targeting and presence rules are applied even while attempts are blocked (assumption)'));
    assert.equal(row(result, 'C_Arm').status, 'skipped');
    assert.equal(row(result, 'A').status, 'blocked');
  });

  test('battery saver on AC power, or on battery without saver, does not block (and says so)', () => {
    const saverOnAc = simulate([registryReg('A', 1)], scenarioWith({ conditions: { batterySaver: true } }));
    assert.equal(row(saverOnAc, 'A').status, 'installed');
    assert.ok(hasNote(saverOnAc, 'Battery saver is on but the device is on AC power'));
    assert.equal(row(simulate([registryReg('A', 1)], scenarioWith({ conditions: { onBattery: true } })), 'A').status, 'installed');
  });
});

describe('simulate: retries, cooldowns, timeouts', () => {
  test('MaxRetryCount 2 with fail, fail, succeed: 0–5 F, 35–40 F, 70–75 S; installed', () => {
    const result = simulate([registryReg('A', 1, { MaxRetryCount: 2 })], scenarioWith({ attempts: { A: ['fail', 'fail', 'succeed'] } }));
    const a = row(result, 'A');
    assert.deepEqual(timeline(a), ['0-5 Failed', '35-40 Failed', '70-75 Succeeded']);
    assert.deepEqual(a.cooldowns, [{ start: 5, end: 35 }, { start: 40, end: 70 }]);
    assert.equal(a.status, 'installed');
  });

  test('failures exceeding MaxRetryCount end failed: MaxRetryCount 2, three failures', () => {
    const a = row(simulate([fileReg('C', 'A', 1, { MaxRetryCount: 2 })], scenarioWith({ attempts: { C_A: ['fail', 'fail', 'fail', 'succeed'] } })), 'C_A');
    assert.deepEqual(timeline(a), ['0-5 Failed', '35-40 Failed', '70-75 Failed']);
    assert.equal(a.status, 'failed');
    assert.match(a.reason, /failed 3 times, more than MaxRetryCount 2 allows/);
    assert.deepEqual(a.cooldowns, [{ start: 5, end: 35 }, { start: 40, end: 70 }], 'no cooldown after the last failure');
  });

  test('a timeout lasts exactly TimeoutDurationInMinutes and ends Aborted; the cooldown counts from its end', () => {
    const result = simulate(
      [registryReg('A', 1, { TimeoutDurationInMinutes: 20 }), registryReg('B', 2)],
      scenarioWith({ attempts: { A: ['timeout'] } }),
    );
    assert.deepEqual(timeline(row(result, 'A')), ['0-20 Aborted', '50-55 Succeeded']);
    assert.deepEqual(timeline(row(result, 'B')), ['20-25 Succeeded']);
    assert.deepEqual(row(result, 'A').cooldowns, [{ start: 20, end: 50 }]);
    assert.ok(hasNote(result, 'timed-out attempt counts as a failure', 'Aborted'));
  });

  test('a timeout counts as a failure toward MaxRetryCount', () => {
    const a = row(simulate([fileReg('C', 'T', 1, { TimeoutDurationInMinutes: 10 })], scenarioWith({ attempts: { C_T: ['timeout', 'fail'] } })), 'C_T');
    assert.deepEqual(timeline(a), ['0-10 Aborted', '40-45 Failed']);
    assert.equal(a.status, 'failed');
  });

  test('attemptMinutes sets every non-timeout attempt', () => {
    const result = simulate([registryReg('A', 1), registryReg('B', 2)], scenarioWith({ attemptMinutes: 10, attempts: { A: ['fail'] } }));
    assert.deepEqual(timeline(row(result, 'A')), ['0-10 Failed', '40-50 Succeeded']);
    assert.deepEqual(timeline(row(result, 'B')), ['10-20 Succeeded']);
    assert.ok(hasNote(result, 'lasts 10 minutes (attemptMinutes)'));
  });

  test('one attempt at a time: a cooled-down registration waits for the running attempt, then best priority first', () => {
    // A fails 0–5 (ready 35); B fails 5–10 (ready 40); C times out 10–40 (30-minute timeout, ready 70).
    // At 40 both A and B are ready: A (better priority) 40–45, then B 45–50; nothing ready until C at 70.
    const result = simulate(
      [registryReg('C', 3, { TimeoutDurationInMinutes: 30 }), registryReg('B', 2), registryReg('A', 1)],
      scenarioWith({ attempts: { A: ['fail'], B: ['fail'], C: ['timeout'] } }),
    );
    assert.deepEqual(timeline(row(result, 'A')), ['0-5 Failed', '40-45 Succeeded']);
    assert.deepEqual(timeline(row(result, 'B')), ['5-10 Failed', '45-50 Succeeded']);
    assert.deepEqual(timeline(row(result, 'C')), ['10-40 Aborted', '70-75 Succeeded']);
    assert.equal(result.endMinute, 75);
  });

  test('when none is ready, time jumps to the earliest end of a cooldown', () => {
    const result = simulate([registryReg('A', 1), registryReg('B', 2)], scenarioWith({ attempts: { A: ['fail'], B: ['fail'] } }));
    assert.deepEqual(timeline(row(result, 'A')), ['0-5 Failed', '35-40 Succeeded']);
    assert.deepEqual(timeline(row(result, 'B')), ['5-10 Failed', '40-45 Succeeded']);
  });

  test('scripts match registration names without case (registry key names ignore case)', () => {
    const a = row(simulate([registryReg('Contoso_App', 1)], scenarioWith({ attempts: { contoso_app: ['fail'] } })), 'Contoso_App');
    assert.deepEqual(timeline(a), ['0-5 Failed', '35-40 Succeeded']);
  });

  test('a script naming no registration is reported in the notes', () => {
    const result = simulate([registryReg('A', 1)], scenarioWith({ attempts: { Typo: ['fail'] } }));
    assert.ok(hasNote(result, 'Typo', 'matches no registration'));
  });
});

describe('simulate: the 30-minute window', () => {
  const seven = () => ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n, i) => registryReg(n, i + 1));

  test('retriesAfterWindow false: a retry due at 35 never starts and the registration ends failed', () => {
    const result = simulate(
      [registryReg('P', 5), registryReg('Q', 15)],
      scenarioWith({ attempts: { P: ['fail'] }, assumptions: { retriesAfterWindow: false } }),
    );
    const p = row(result, 'P');
    assert.deepEqual(timeline(p), ['0-5 Failed']);
    assert.equal(p.status, 'failed');
    assert.match(p.reason, /window closed before retry 1/);
    assert.deepEqual(timeline(row(result, 'Q')), ['5-10 Succeeded']);
    assert.ok(hasNote(result, 'retriesAfterWindow = false', 'P ends failed'));
  });

  test('retriesAfterWindow false: nothing starts at minute 30; the seventh 5-minute registration ends failed without an attempt', () => {
    const result = simulate(seven(), scenarioWith({ assumptions: { retriesAfterWindow: false } }));
    assert.deepEqual(timeline(row(result, 'F')), ['25-30 Succeeded']);
    const g = row(result, 'G');
    assert.deepEqual(g.attempts, []);
    assert.equal(g.status, 'failed');
    assert.match(g.reason, /window closed before its first attempt/);
  });

  test('retriesAfterWindow true (default): the seventh starts at 30 and the notes say it is after the window', () => {
    const result = simulate(seven(), scenarioWith());
    assert.deepEqual(timeline(row(result, 'G')), ['30-35 Succeeded']);
    assert.ok(hasNote(result, 'G has an attempt starting at minute 30 or later'));
  });

  test('an attempt started before minute 30 runs to its end', () => {
    const result = simulate(
      [registryReg('Long', 1, { TimeoutDurationInMinutes: 30 }), registryReg('Next', 2)],
      scenarioWith({ attempts: { Long: ['timeout'] }, attemptMinutes: 5, assumptions: { retriesAfterWindow: false } }),
    );
    assert.deepEqual(timeline(row(result, 'Long')), ['0-30 Aborted']);
    assert.equal(row(result, 'Next').status, 'failed');
    assert.equal(row(result, 'Long').status, 'failed');
  });
});

describe('simulate: invalid registrations, workCompleted, hazards', () => {
  test('a registration with errors is skipped silently by Windows, and the simulation says so', () => {
    const result = simulate([registryReg('Bad', 1, {}, { hasErrors: true }), registryReg('Good', 2)], scenarioWith());
    const bad = row(result, 'Bad');
    assert.equal(bad.status, 'skipped');
    assert.match(bad.reason, /skips an invalid registration silently/);
    assert.deepEqual(bad.attempts, []);
    assert.deepEqual(timeline(row(result, 'Good')), ['0-5 Succeeded']);
    assert.ok(hasNote(result, 'Bad has errors', 'silently'));
  });

  test('an invalid registration file: Add-UpdaterRegistration refuses it too', () => {
    const bad = row(simulate([fileReg('C', 'Bad', 1, {}, { hasErrors: true })], scenarioWith()), 'C_Bad');
    assert.match(bad.reason, /Add-UpdaterRegistration refuses it/);
  });

  test('workCompleted = 1: skipped, presented as inferred', () => {
    const result = simulate([registryReg('OutlookUpdate', 1, {}, { workCompleted: true })], scenarioWith());
    const r = row(result, 'OutlookUpdate');
    assert.equal(r.status, 'skipped');
    assert.match(r.reason, /workCompleted = 1/);
    assert.ok(hasNote(result, 'OutlookUpdate carries workCompleted = 1', 'inferred, not documented'));
  });

  test('two registrations with one PFN (file and registry form): a hazard note and a hazard on each row', () => {
    const pfn = 'Contoso.Shared_8wekyb3d8bbwe';
    const result = simulate([registryReg('RegOne', 1, { PFN: pfn }), fileReg('Contoso', 'FileOne', 2, { PFN: pfn.toLowerCase() }), registryReg('Other', 3)], scenarioWith());
    assert.ok(hasNote(result, 'Hazard', 'RegOne and Contoso_FileOne', pfn, 'concurrent attempts'));
    assert.match(row(result, 'RegOne').hazards.join(), /same package as Contoso_FileOne/);
    assert.match(row(result, 'Contoso_FileOne').hazards.join(), /same package as RegOne/);
    assert.deepEqual(row(result, 'Other').hazards, []);
    assert.deepEqual(timeline(row(result, 'Contoso_FileOne')), ['5-10 Succeeded']);
  });

  test('two registrations with one name: a hazard note', () => {
    const result = simulate([registryReg('Same', 1), { ...registryReg('same', 2), path: '/ws/other.reg' }], scenarioWith());
    assert.ok(hasNote(result, 'Hazard', 'Same (/ws/Same.reg) and same (/ws/other.reg) use one name'));
  });
});

describe('simulate: mixed forms and determinism', () => {
  test('a mixed workspace: hand-computed timeline for every registration', () => {
    // Order: Fab_Early (file 5), RegA (registry 10), Fab_Oobe (file 20, region-excluded), RegB (registry 30), Fab_Default (file 100).
    // RegA fails once (MaxRetryCount 1); RegB times out (12 min) then fails: 2 failures > 1 → failed.
    const regs = [
      fileReg('Fab', 'Default', undefined),
      registryReg('RegB', 30, { TimeoutDurationInMinutes: 12 }),
      fileReg('Fab', 'Oobe', 20, { ExcludedRegions: ['US'] }),
      registryReg('RegA', 10),
      fileReg('Fab', 'Early', 5),
    ];
    const scenario = scenarioWith({ attempts: { RegA: ['fail'], RegB: ['timeout', 'fail'] } });
    const result = simulate(regs, scenario);
    assert.deepEqual(result.order, ['Fab_Early', 'RegA', 'Fab_Oobe', 'RegB', 'Fab_Default']);
    assert.deepEqual(timeline(row(result, 'Fab_Early')), ['0-5 Succeeded']);
    assert.deepEqual(timeline(row(result, 'RegA')), ['5-10 Failed', '40-45 Succeeded']);
    assert.deepEqual(timeline(row(result, 'Fab_Oobe')), []);
    assert.deepEqual(timeline(row(result, 'RegB')), ['10-22 Aborted', '52-57 Failed']);
    assert.deepEqual(timeline(row(result, 'Fab_Default')), ['22-27 Succeeded']);
    assert.deepEqual(result.registrations.map((r) => r.status), ['installed', 'installed', 'skipped', 'failed', 'installed']);
    assert.deepEqual(simulate(regs, scenario), result, 'deterministic');
  });
});

describe('simulate: scenarios built in code', () => {
  test('a partial scenario gets the defaults (as a benchmark or another module may pass one)', () => {
    const result = simulate([registryReg('A', 1), registryReg('B', 2)], { attempts: { A: ['fail'] } });
    assert.deepEqual(timeline(row(result, 'A')), ['0-5 Failed', '35-40 Succeeded']);
    assert.deepEqual(timeline(row(result, 'B')), ['5-10 Succeeded']);
    assert.deepEqual(result.scenario, scenarioWith({ attempts: { A: ['fail'] } }));
  });
});

describe('simulate: the run order matches the shared runOrder', () => {
  test('for any priorities and names (case and duplicates included), the simulated order is runOrder', async () => {
    const fc = (await import('fast-check')).default;
    const { runOrder } = await import('../../core/model/order');
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.stringMatching(/^[A-Ca-c_]{0,3}$/), priority: fc.integer({ min: 1, max: 4 }) }), { maxLength: 30 }), (specs) => {
        const regs = specs.map((s, i) => registryReg(s.name, s.priority, {}, { path: `/ws/${i}.reg` }));
        const simulated = simulate(regs, scenarioWith()).registrations.map((r) => r.path);
        assert.deepEqual(simulated, runOrder(regs).map((r) => r.path));
      }),
    );
  });
});
