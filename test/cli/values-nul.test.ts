// Item 6 of issue 11 through the real CLI: a raw NUL ends the import, and `values` and `check` say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..');
const CLI = process.env.EXPEDITE_CLI_PATH ?? join(REPO, 'dist', 'cli.js');

describe('item 6: a raw NUL character in a .reg (CLI)', () => {
  test('item 6: the CLI on the real file: values omits what never lands, check exits 1 naming reg-nul-character', () => {
    const file = join(REPO, 'test', 'fixtures', 'reg', '18-nul-in-string.reg');
    const values = spawnSync(process.execPath, [CLI, 'values', '--format', 'json', file], { encoding: 'utf8' });
    assert.ok(!values.stdout.includes('never lands'), values.stdout);
    assert.ok(values.stdout.includes('"before"'), values.stdout);
    assert.ok(!values.stderr.includes('    at '), 'no stack trace');
    const check = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', file], { encoding: 'utf8' });
    assert.equal(check.status, 1);
    assert.ok(check.stdout.includes('"reg-nul-character"'));
  });
});
