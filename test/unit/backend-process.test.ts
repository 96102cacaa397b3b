// Child processes of the backends (reg.exe, wine): an interrupted one is gone before its caller goes on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess } from '../../backends/process';
import { waitFor } from '../helpers/lspClient';

describe('runProcess interrupted (issue 11 item 4)', { skip: process.platform === 'win32' && 'needs sh' }, () => {
  test('item 4: an interrupted child has exited before runProcess answers, so a rollback never runs beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'expedite-process-'));
    try {
      const pidFile = join(dir, 'pid');
      const controller = new AbortController();
      // The child says who it is, then runs until it is stopped (as a long `wine reg import` does).
      const running = runProcess('sh', ['-c', `echo $$ > '${pidFile}'; exec sleep 60`], { signal: controller.signal });
      const pid = await waitFor(() => {
        try {
          const text = readFileSync(pidFile, 'utf8').trim();
          return text ? Number(text) : undefined;
        } catch {
          return undefined;
        }
      }, 10_000, 'the child to start');
      controller.abort();
      const result = await running;
      assert.equal(result.code, -1);
      assert.equal(result.stderr, 'interrupted');
      // Exited and reaped: not even a zombie is left that could still be writing.
      assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
