// Administrator detection and the elevation decision (backends/elevation.ts), on recorded probe output
// from Windows (English and German) and Wine. test/windows/elevation.test.ts runs the probes for real.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decideElevation,
  detectElevation,
  integrityLevel,
  changeElevatedOnce,
  relaunchElevated,
  ElevationRequiredError,
  TEST_NOT_ADMIN_ENV,
  type ProbeRunner,
} from '../../backends/elevation';
import type { ProcessResult } from '../../backends/process';
import { BackendError } from '../../backends/types';
import { createWindowsBackend } from '../../backends/windows';

const ok = (stdout: string): ProcessResult => ({ code: 0, stdout, stderr: '' });

// `whoami /groups /fo csv /nh` in an elevated and a filtered (UAC) administrator token, and a German Windows.
const WHOAMI_ELEVATED = ok(
  '"Everyone","Well-known group","S-1-1-0","Mandatory group, Enabled by default, Enabled group"\r\n' +
    '"BUILTIN\\Administrators","Alias","S-1-5-32-544","Mandatory group, Enabled by default, Enabled group, Group owner"\r\n' +
    '"Mandatory Label\\High Mandatory Level","Label","S-1-16-12288",""\r\n',
);
const WHOAMI_FILTERED = ok(
  '"Everyone","Well-known group","S-1-1-0","Mandatory group, Enabled by default, Enabled group"\r\n' +
    '"BUILTIN\\Administrators","Alias","S-1-5-32-544","Group used for deny only"\r\n' +
    '"Mandatory Label\\Medium Mandatory Level","Label","S-1-16-8192",""\r\n',
);
const WHOAMI_GERMAN_ELEVATED = ok('"VORDEFINIERT\\Administratoren","Alias","S-1-5-32-544","Verbindliche Gruppe"\r\n"Verbindliche Bezeichnung\\Hohe Verbindlichkeitsstufe","Bezeichnung","S-1-16-12288",""\r\n');
const WHOAMI_SYSTEM = ok('"Mandatory Label\\System Mandatory Level","Label","S-1-16-16384",""\r\n');
// Wine 8's whoami prints the user name only; `net session` prints its usage and exits 0.
const WHOAMI_WINE = ok('VM\\root\r\n');
const NET_SESSION_DENIED: ProcessResult = { code: 2, stdout: '', stderr: 'System error 5 has occurred.\r\n\r\nAccess is denied.\r\n' };
const REG_MISSING: ProcessResult = { code: 1, stdout: '', stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n' };

describe('administrator detection', () => {
  test('the integrity label decides, in any language: High and System are elevated, Medium is not', () => {
    assert.equal(integrityLevel(WHOAMI_ELEVATED), 0x3000);
    assert.equal(integrityLevel(WHOAMI_GERMAN_ELEVATED), 0x3000);
    assert.deepEqual(decideElevation({ whoami: WHOAMI_ELEVATED })?.elevated, true);
    assert.deepEqual(decideElevation({ whoami: WHOAMI_GERMAN_ELEVATED })?.elevated, true);
    assert.deepEqual(decideElevation({ whoami: WHOAMI_SYSTEM })?.elevated, true);
    assert.deepEqual(decideElevation({ whoami: WHOAMI_FILTERED }), { elevated: false, evidence: 'whoami: integrity level S-1-16-8192' });
  });

  test('the Administrators group alone is not enough (a UAC-filtered token lists it for deny only)', () => {
    assert.match(WHOAMI_FILTERED.stdout, /S-1-5-32-544/);
    assert.equal(decideElevation({ whoami: WHOAMI_FILTERED, netSession: ok('') })?.elevated, false, 'whoami outranks net session');
  });

  test('without an integrity label: Wine is elevated; elsewhere net session\'s exit code decides', () => {
    assert.equal(integrityLevel(WHOAMI_WINE), undefined);
    assert.equal(integrityLevel({ code: 1, stdout: 'S-1-16-12288', stderr: '' }), undefined, 'a failed whoami says nothing');
    assert.equal(decideElevation({ whoami: WHOAMI_WINE }), undefined, 'undecided: more probes needed');
    assert.equal(decideElevation({ whoami: WHOAMI_WINE, wineKey: ok('HKEY_LOCAL_MACHINE\\Software\\Wine\r\n') })?.elevated, true);
    assert.equal(decideElevation({ whoami: WHOAMI_WINE, wineKey: REG_MISSING, netSession: NET_SESSION_DENIED })?.elevated, false);
    assert.equal(decideElevation({ whoami: WHOAMI_WINE, wineKey: REG_MISSING, netSession: ok('') })?.elevated, true);
  });

  test('probes run in order and stop at the first that decides', async () => {
    const script = (answers: Record<string, ProcessResult>) => {
      const calls: string[] = [];
      const run: ProbeRunner = async (program, args) => {
        calls.push([program, ...args].join(' '));
        return answers[program] ?? { code: -1, stdout: '', stderr: 'not found' };
      };
      return { calls, run };
    };
    const windows = script({ whoami: WHOAMI_FILTERED, net: ok('') });
    assert.equal((await detectElevation({ env: {}, run: windows.run })).elevated, false);
    assert.deepEqual(windows.calls, ['whoami /groups /fo csv /nh']);

    const wine = script({ whoami: WHOAMI_WINE, reg: ok('HKEY_LOCAL_MACHINE\\Software\\Wine\r\n') });
    assert.equal((await detectElevation({ env: {}, run: wine.run })).elevated, true);
    assert.deepEqual(wine.calls, ['whoami /groups /fo csv /nh', 'reg query HKLM\\Software\\Wine /reg:64']);

    const nothing = script({});
    assert.deepEqual(await detectElevation({ env: {}, run: nothing.run }), { elevated: false, evidence: 'net session: exit code -1' });
    assert.equal(nothing.calls.length, 3);
  });

  test(`${TEST_NOT_ADMIN_ENV}=1 counts as not elevated without running a probe`, async () => {
    const run: ProbeRunner = async () => assert.fail('no probe runs');
    assert.deepEqual(await detectElevation({ env: { [TEST_NOT_ADMIN_ENV]: '1' }, run }), { elevated: false, evidence: `${TEST_NOT_ADMIN_ENV}=1` });
  });
});

describe('the elevation decision', () => {
  test('reading never needs rights; writing without them is refused when the backend is made, before any reg.exe', async () => {
    const notAdmin = { [TEST_NOT_ADMIN_ENV]: '1', SystemRoot: 'C:\\Windows', ProgramData: 'C:\\ProgramData' };
    const reader = await createWindowsBackend({ platform: 'win32', env: notAdmin });
    assert.equal(reader.elevated, false);
    await assert.rejects(reader.write({ op: 'mkdir', path: ['USOPrivate'] }), ElevationRequiredError, 'a reader that writes anyway is refused too');
    await assert.rejects(createWindowsBackend({ platform: 'win32', env: notAdmin, writes: true }), (err: Error) => err instanceof ElevationRequiredError && /run from an elevated prompt/.test(err.message));
    const admin = await createWindowsBackend({ platform: 'win32', env: notAdmin, writes: true, elevated: true });
    assert.equal(admin.elevated, true);
  });

  test('--elevate runs the whole command in one elevated process: one prompt for a batch of files', async () => {
    const prompts: string[] = [];
    const result = await relaunchElevated('C:\\Program Files\\nodejs\\node.exe', 'C:\\tools\\expedite\\dist\\cli.js', ['apply', '--target', 'local', 'a.reg', 'b.reg', 'updater_C.json'], async (line) => {
      prompts.push(line);
      return { code: 0, stdout: 'done', stderr: '' };
    });
    assert.deepEqual(prompts, ['"C:\\Program Files\\nodejs\\node.exe" C:\\tools\\expedite\\dist\\cli.js apply --target local a.reg b.reg updater_C.json']);
    assert.deepEqual(result, { code: 0, stdout: 'done', stderr: '' });
  });

  test('an argument cmd.exe would expand is refused before any prompt', async () => {
    for (const path of ['C:\\regs\\%USERNAME%.reg', 'a&b.reg', 'C:\\old (2)\\x.reg', 'x"y.reg']) {
      await assert.rejects(
        relaunchElevated('node.exe', 'cli.js', ['apply', path], async () => assert.fail('no prompt')),
        BackendError,
        path,
      );
    }
  });

  test("the editor's apply and undo: one prompt running the CLI's JSON command, its report read back", async () => {
    const prompts: { line: string; env?: Record<string, string> }[] = [];
    const cli = { program: 'C:\\VS Code\\Code.exe', script: 'C:\\ext\\dist\\cli.js', env: { ELECTRON_RUN_AS_NODE: '1' } };
    const report = { verb: 'apply', ok: true, steps: [{ name: 'A' }, { name: 'B' }] };
    const runner = async (line: string, env?: Record<string, string>) => {
      prompts.push({ line, env });
      return { code: 0, stdout: JSON.stringify(report), stderr: '' };
    };
    assert.deepEqual(await changeElevatedOnce(cli, 'apply', ['C:\\w\\a.reg'], 'C:\\Users\\u\\storage\\backups', runner), report);
    await changeElevatedOnce(cli, 'undo', [], 'C:\\b', runner);
    assert.deepEqual(prompts, [
      { line: '"C:\\VS Code\\Code.exe" C:\\ext\\dist\\cli.js apply --target local --format json --backup-dir C:\\Users\\u\\storage\\backups C:\\w\\a.reg', env: cli.env },
      { line: '"C:\\VS Code\\Code.exe" C:\\ext\\dist\\cli.js apply --undo --target local --format json --backup-dir C:\\b', env: cli.env },
    ]);
  });

  test('an elevated run without a JSON report is an error with its stderr, not a silent success', async () => {
    const runner = async () => ({ code: 2, stdout: '', stderr: 'expedite apply: cannot read a.reg\r\n' });
    await assert.rejects(changeElevatedOnce({ program: 'node.exe', script: 'cli.js' }, 'apply', ['a.reg'], 'C:\\b', runner), /exit code 2\): expedite apply: cannot read a\.reg$/);
  });
});
