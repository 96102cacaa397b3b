// The Windows backend's reg.exe command lines: argument arrays from the one builder both the backend and these tests use.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { elevatedCommandLine, quoteWindowsArg, regArgs, regDeletionText, windowsCommandLine } from '../../backends/regCommands';
import { ElevationRequiredError } from '../../backends/elevation';
import { WindowsBackend } from '../../backends/windows';
import { BackendError } from '../../backends/types';
import type { ProcessResult } from '../../backends/process';
import { registrationKey, subkeyNameProblem } from '../../backends/names';
import { render } from '../../core/rules/render';

/** The C runtime's argv rules (what reg.exe does with its command line), to check the quoting round-trips. */
function parseWindowsCommandLine(line: string): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (i >= line.length) break;
    let arg = '';
    let quoted = false;
    for (; i < line.length; i++) {
      const c = line[i];
      if (c === '\\') {
        let n = 0;
        while (line[i] === '\\') {
          n++;
          i++;
        }
        if (line[i] === '"') {
          arg += '\\'.repeat(Math.floor(n / 2));
          if (n % 2 === 1) arg += '"';
          else quoted = !quoted;
        } else {
          arg += '\\'.repeat(n);
          i--;
        }
        continue;
      }
      if (c === '"') {
        quoted = !quoted;
        continue;
      }
      if (!quoted && (c === ' ' || c === '\t')) break;
      arg += c;
    }
    args.push(arg);
  }
  return args;
}

const KEY = registrationKey('Contoso App "Beta"');

describe('reg.exe argument arrays', () => {
  test('delete names the key as one argument, forces with /f and uses the 64-bit view', () => {
    assert.deepEqual(regArgs.deleteKey(KEY), ['delete', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso App "Beta"', '/f', '/reg:64']);
  });

  test('export overwrites with /y, import and query use /reg:64', () => {
    assert.deepEqual(regArgs.export(KEY, 'C:\\Users\\me\\AppData\\Local\\Temp\\expedite-x\\export.reg'), ['export', KEY, 'C:\\Users\\me\\AppData\\Local\\Temp\\expedite-x\\export.reg', '/y', '/reg:64']);
    assert.deepEqual(regArgs.import('C:\\Temp\\expedite-x\\import.reg'), ['import', 'C:\\Temp\\expedite-x\\import.reg', '/reg:64']);
    assert.deepEqual(regArgs.query(KEY), ['query', KEY, '/reg:64']);
  });

  test('refuses key paths that are not long-root paths or carry control characters', () => {
    assert.throws(() => regArgs.deleteKey('/f'), BackendError);
    assert.throws(() => regArgs.deleteKey('HKLM\\SOFTWARE\\x'), BackendError);
    assert.throws(() => regArgs.deleteKey(`${KEY}\nHKEY_LOCAL_MACHINE\\SOFTWARE`), BackendError);
    assert.throws(() => regArgs.deleteKey(`${KEY}\\`), BackendError);
    assert.throws(() => regArgs.import('/tmp/x.reg'), BackendError);
    assert.throws(() => regArgs.import('-x'), BackendError);
  });

  test('subkey names are validated before they reach a command', () => {
    assert.equal(subkeyNameProblem('Contoso App "Beta"'), undefined);
    assert.match(render(subkeyNameProblem('a\\b') ?? ''), /backslash/);
    assert.match(render(subkeyNameProblem('a\tb') ?? ''), /control/);
    assert.match(render(subkeyNameProblem('') ?? ''), /empty/);
    assert.match(render(subkeyNameProblem(' x') ?? ''), /white space/);
    assert.match(render(subkeyNameProblem('x'.repeat(256)) ?? ''), /255/);
  });
});

describe('Windows command-line quoting', () => {
  test('names with spaces and quotes survive the round trip through the C runtime parser', () => {
    const argv = ['C:\\Windows\\System32\\reg.exe', ...regArgs.deleteKey(KEY)];
    const line = windowsCommandLine(argv);
    assert.equal(line, 'C:\\Windows\\System32\\reg.exe delete "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso App \\"Beta\\"" /f /reg:64');
    assert.deepEqual(parseWindowsCommandLine(line), argv);
  });

  test('backslashes before a quote and at the end are doubled, empty arguments stay', () => {
    for (const arg of ['', 'plain', 'two words', 'a\\"b', 'ends\\', 'dir with space\\', '"', '\\\\server\\share x', 'tab\there']) {
      assert.deepEqual(parseWindowsCommandLine(quoteWindowsArg(arg)), [arg], `round trip of ${JSON.stringify(arg)}`);
    }
  });

  test('the elevation prompt only ever gets our own paths: anything cmd.exe would interpret is refused', () => {
    assert.equal(elevatedCommandLine(['C:\\Windows\\System32\\reg.exe', 'import', 'C:\\Users\\A B\\Temp\\expedite-1\\import.reg', '/reg:64']), 'C:\\Windows\\System32\\reg.exe import "C:\\Users\\A B\\Temp\\expedite-1\\import.reg" /reg:64');
    for (const bad of ['a"b', '50%', 'x&y', 'x|y', 'x>y', 'x^y', 'x!y', 'x\ny']) {
      assert.throws(() => elevatedCommandLine(['mkdir', bad]), BackendError, bad);
    }
  });

  test('a deletion travels as a .reg file, not on the elevated command line', () => {
    assert.equal(regDeletionText(KEY), `Windows Registry Editor Version 5.00\r\n\r\n[-${KEY}]\r\n\r\n`);
  });
});

describe('WindowsBackend runs exactly the builder\'s arrays', () => {
  function recordingBackend(results: ProcessResult[]) {
    const calls: (readonly string[])[] = [];
    const backend = new WindowsBackend({
      regExe: 'C:\\Windows\\System32\\reg.exe',
      programData: 'C:\\ProgramData',
      elevated: true,
      runReg: async (args) => {
        calls.push(args);
        return results.shift() ?? { code: 0, stdout: '', stderr: '' };
      },
    });
    return { backend, calls };
  }

  test('delete-key runs reg delete KEY /f /reg:64 as an array', async () => {
    const { backend, calls } = recordingBackend([]);
    await backend.write({ op: 'delete-key', key: KEY });
    assert.deepEqual(calls, [regArgs.deleteKey(KEY)]);
    assert.deepEqual(backend.describe({ op: 'delete-key', key: KEY }), ['C:\\Windows\\System32\\reg.exe', ...regArgs.deleteKey(KEY)]);
  });

  test('query returns the listing, and undefined for a missing key (not an error)', async () => {
    const { backend, calls } = recordingBackend([
      { code: 0, stdout: '\r\nHKEY_LOCAL_MACHINE\\X\r\n    a    REG_SZ    b\r\n', stderr: '' },
      { code: 1, stdout: '', stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n' },
      { code: 1, stdout: '', stderr: 'ERROR: Access is denied.\r\n' },
    ]);
    assert.deepEqual(await backend.queryKey(KEY), ['', 'HKEY_LOCAL_MACHINE\\X', '    a    REG_SZ    b', '']);
    assert.equal(await backend.queryKey(KEY), undefined);
    await assert.rejects(backend.queryKey(KEY), /Access is denied/);
    assert.deepEqual(calls, [regArgs.query(KEY), regArgs.query(KEY), regArgs.query(KEY)]);
  });

  test('a failing reg.exe is an error with its message', async () => {
    const { backend } = recordingBackend([{ code: 1, stdout: '', stderr: 'ERROR: Access is denied.' }]);
    await assert.rejects(backend.write({ op: 'delete-key', key: KEY }), /reg delete .* failed: ERROR: Access is denied/);
  });

  test('the fault hook fails the Nth write before it runs', async () => {
    const calls: (readonly string[])[] = [];
    const backend = new WindowsBackend({
      regExe: 'reg.exe', programData: 'C:\\ProgramData', elevated: true,
      runReg: async (args) => {
        calls.push(args);
        return { code: 0, stdout: '', stderr: '' };
      },
      faults: { failWrite: 2 },
    });
    await backend.write({ op: 'delete-key', key: registrationKey('A') });
    await assert.rejects(backend.write({ op: 'delete-key', key: registrationKey('B') }), /injected failure at write 2/);
    await backend.write({ op: 'delete-key', key: registrationKey('C') });
    assert.deepEqual(calls.map((c) => c[1]), [registrationKey('A'), registrationKey('C')]);
  });

  test('not elevated: a write is refused before reg.exe runs, and nothing prompts', async () => {
    const backend = new WindowsBackend({
      regExe: 'C:\\Windows\\System32\\reg.exe', programData: 'C:\\ProgramData', elevated: false,
      runReg: async () => assert.fail('a process without administrator rights runs no write'),
    });
    await assert.rejects(backend.write({ op: 'delete-key', key: KEY }), ElevationRequiredError);
  });
});
