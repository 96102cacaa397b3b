// Wine's launcher sometimes fails to start reg.exe at all: the backend starts it once more, and only then.
// A stand-in launcher (a shell script) plays Wine, so the test decides when the launch fails.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWineBackend } from '../../backends/wine';

const NOT_LAUNCHED = 'Application could not be started, or no application associated with the specified file.\nShellExecuteEx failed: File not found.';

describe('the Wine backend when Wine could not start reg.exe', { skip: process.platform === 'win32' && 'needs sh' }, () => {
  let dir: string;
  let calls: string;

  /** A launcher whose reg calls answer, in turn, with the given lines ("fail" = not launched, "denied", "ok"). */
  function launcher(answers: string[]): string {
    const script = join(dir, `wine-${answers.join('-')}`);
    writeFileSync(
      script,
      `#!/bin/sh
[ "$1" = "--version" ] && { echo wine-9.0; exit 0; }
echo "$*" >> '${calls}'
n=$(wc -l < '${calls}')
answer=$(echo '${answers.join(' ')}' | cut -d' ' -f"$n")
case "$answer" in
  fail) printf '%s\\n' '${NOT_LAUNCHED}' >&2; exit 1 ;;
  denied) echo 'reg: Access is denied.' >&2; exit 1 ;;
  *) printf 'HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\X\\r\\n    v    REG_SZ    1\\r\\n'; exit 0 ;;
esac
`,
    );
    chmodSync(script, 0o755);
    return script;
  }

  const callCount = () => readFileSync(calls, 'utf8').trim().split('\n').length;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-wine-launch-'));
    mkdirSync(join(dir, 'prefix', 'drive_c'), { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a reg.exe that never started is started once more, and its answer is the one used', async () => {
    calls = join(dir, 'calls-1');
    const backend = await createWineBackend({ prefix: join(dir, 'prefix'), command: launcher(['fail', 'ok']) });
    const lines = await backend.queryKey('HKEY_LOCAL_MACHINE\\SOFTWARE\\X');
    assert.deepEqual(lines?.slice(0, 2), ['HKEY_LOCAL_MACHINE\\SOFTWARE\\X', '    v    REG_SZ    1']);
    assert.equal(callCount(), 2);
  });

  test('a second failed start is reported, not tried a third time', async () => {
    calls = join(dir, 'calls-2');
    const backend = await createWineBackend({ prefix: join(dir, 'prefix'), command: launcher(['fail', 'fail', 'ok']) });
    await assert.rejects(backend.queryKey('HKEY_LOCAL_MACHINE\\SOFTWARE\\X'), /ShellExecuteEx failed/);
    assert.equal(callCount(), 2);
  });

  test('a reg.exe that ran and failed is never run again (an import may have written part of its file)', async () => {
    calls = join(dir, 'calls-3');
    const backend = await createWineBackend({ prefix: join(dir, 'prefix'), command: launcher(['denied', 'ok']) });
    await assert.rejects(backend.queryKey('HKEY_LOCAL_MACHINE\\SOFTWARE\\X'), /Access is denied/);
    assert.equal(callCount(), 1);
  });
});
