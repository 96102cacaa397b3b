// `expedite check` on files Windows PowerShell writes or cannot read: the real dist/cli.js on real files.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deeplyNested, OUT_FILE_REGISTRATION, outFileBytes } from '../helpers/outFile';

const ROOT = resolve(__dirname, '..', '..');
const CLI = process.env.EXPEDITE_CLI_PATH ?? join(ROOT, 'dist', 'cli.js');

interface CheckJson {
  files: { path: string; diagnostics: { code: string; severity: string; message: string; range: { start: { line: number } } }[] }[];
  summary: { errors: number };
}

function check(cwd: string, ...paths: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...paths], { cwd, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, json: JSON.parse(r.stdout) as CheckJson };
}

describe('expedite check: encodings and what Windows PowerShell cannot read', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-encoding-'));
    writeFileSync(join(dir, 'updater_Camera.json'), outFileBytes(OUT_FILE_REGISTRATION));
    writeFileSync(join(dir, 'updater_Deep.json'), deeplyNested(3000));
    writeFileSync(join(dir, 'updater_Fine.json'), JSON.stringify({ OEMName: 'Contoso', UpdaterName: 'Fine', PFN: 'Contoso.Fine_8wekyb3d8bbwe', RegistrationVersion: 1, Source: 'Store', Scenario: 'Acquisition', ProductId: '9NBLGGH4NNS1' }, null, 2));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("a UTF-16LE updater_X.json as Out-File writes it: exactly one encoding finding plus the content's findings", () => {
    const r = check(dir, 'updater_Camera.json');
    assert.equal(r.status, 1);
    const [file] = r.json.files;
    assert.deepEqual(file.diagnostics.map((d) => [d.code, d.severity, d.range.start.line]), [
      ['registration-encoding', 'error', 0],
      ['max-retry-out-of-range', 'error', 8],
    ]);
    assert.match(file.diagnostics[0].message, /UTF-16LE with a byte-order mark.*Microsoft's validator accepts this/);
  });

  test('issue 11 item 8: JSON nested 3,000 deep is one finding, not a crash, and the other files are still checked', () => {
    const r = check(dir, 'updater_Deep.json', 'updater_Fine.json');
    assert.equal(r.status, 1);
    assert.doesNotMatch(r.stderr, /\bat \w|RangeError|Maximum call stack/);
    const deep = r.json.files.find((f) => f.path.endsWith('updater_Deep.json'))!;
    assert.deepEqual(deep.diagnostics.map((d) => d.code), ['json-too-deep']);
    assert.match(deep.diagnostics[0].message, /nested 3001 levels deep.*at most 102/);
    const fine = r.json.files.find((f) => f.path.endsWith('updater_Fine.json'))!;
    assert.deepEqual(fine.diagnostics, []);
  });
});
