// `expedite convert` and `expedite fix` on real files through the real dist/cli.js: the outputs
// pass `expedite check`, nothing is overwritten without a backup, --dry-run changes nothing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyzeDocument } from '../../core/analyze';
import { checkedFixAll } from '../../core/intel/fixAll';
import { copyExamples, expedite, ROOT, scratch } from './runCli';

interface CheckJson {
  files: { path: string; diagnostics: { code: string; severity: string }[] }[];
  summary: { errors: number };
}
const check = (args: string[], cwd: string) => JSON.parse(expedite(['check', '--format', 'json', ...args], { cwd }).stdout) as CheckJson;

describe('expedite convert', () => {
  let tmp: ReturnType<typeof scratch>;
  before(() => {
    tmp = scratch('convert');
    copyExamples(tmp.dir, ['registration/updater_SupportHub.json', 'fabrikam-apps.reg', 'invalid/http-endpoint.reg']);
  });
  after(() => tmp.remove());

  test('--to reg: a registration file becomes a UTF-16LE .reg that checks clean and carries Priority as updaterPriority', () => {
    const r = expedite(['convert', '--to', 'reg', '--out-dir', 'out', 'updater_SupportHub.json'], { cwd: tmp.dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /wrote out\/Contoso_SupportHub\.reg \(from updater_SupportHub\.json\)/);
    assert.match(r.stderr, /note \(Contoso_SupportHub\.reg\): Scenario StubAcquisition cannot be expressed/);
    const bytes = readFileSync(join(tmp.dir, 'out', 'Contoso_SupportHub.reg'));
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(check(['out/Contoso_SupportHub.reg'], tmp.dir).summary.errors, 0);
    const values = JSON.parse(expedite(['values', '--format', 'json', 'out/Contoso_SupportHub.reg'], { cwd: tmp.dir }).stdout) as { key: string; values: { name: string; data: unknown }[] }[];
    assert.match(values[0].key, /\\UScheduler_OOBE\\Contoso_SupportHub$/);
    assert.equal(values[0].values.find((v) => v.name === 'updaterPriority')?.data, 40);
  });

  test('--to file: each registration of a .reg becomes updater_<UpdaterName>.json that checks clean', () => {
    const r = expedite(['convert', '--to', 'file', '--out-dir', 'files', 'fabrikam-apps.reg'], { cwd: tmp.dir });
    assert.equal(r.status, 0, r.stderr);
    for (const name of ['updater_PhotoStudio.json', 'updater_SupportAssistant.json']) {
      assert.ok(existsSync(join(tmp.dir, 'files', name)), name);
      const file = JSON.parse(readFileSync(join(tmp.dir, 'files', name), 'utf8')) as { OEMName: string };
      assert.equal(file.OEMName, 'Fabrikam');
    }
    assert.equal(check(['files'], tmp.dir).summary.errors, 0);
  });

  test('an existing file is not replaced without --force; with --force the old one is kept as .bak', () => {
    const target = join(tmp.dir, 'out', 'Contoso_SupportHub.reg');
    writeFileSync(target, 'hand-edited');
    const refused = expedite(['convert', '--to', 'reg', '--out-dir', 'out', 'updater_SupportHub.json'], { cwd: tmp.dir });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /not written out\/Contoso_SupportHub\.reg: the file exists/);
    assert.equal(readFileSync(target, 'utf8'), 'hand-edited');
    const forced = expedite(['convert', '--to', 'reg', '--force', '--out-dir', 'out', 'updater_SupportHub.json'], { cwd: tmp.dir });
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(`${target}.bak`, 'utf8'), 'hand-edited');
    assert.notEqual(readFileSync(target, 'utf8'), 'hand-edited');
  });

  test('a source with errors is not converted (exit 1); --stdout prints instead of writing; --to is required', () => {
    const bad = expedite(['convert', '--to', 'file', '--out-dir', 'bad', 'http-endpoint.reg'], { cwd: tmp.dir });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /not converted http-endpoint\.reg: it has errors/);
    assert.ok(!existsSync(join(tmp.dir, 'bad', 'updater_App.json')));
    const printed = expedite(['convert', '--to', 'reg', '--stdout', 'updater_SupportHub.json'], { cwd: tmp.dir });
    assert.equal(printed.status, 0);
    assert.match(printed.stdout, /^Windows Registry Editor Version 5\.00\r\n/);
    assert.equal(expedite(['convert', 'updater_SupportHub.json'], { cwd: tmp.dir }).status, 2);
  });
});

describe('expedite fix', () => {
  let tmp: ReturnType<typeof scratch>;
  before(() => {
    tmp = scratch('fix');
    copyExamples(tmp.dir, ['invalid/http-endpoint.reg', 'invalid/bad.payload.json']);
  });
  after(() => tmp.remove());

  test('--dry-run prints a unified diff of the safe fixes and changes nothing', () => {
    const before = readFileSync(join(tmp.dir, 'bad.payload.json'));
    const r = expedite(['fix', '--dry-run', 'bad.payload.json'], { cwd: tmp.dir });
    assert.match(r.stdout, /^--- a\/bad\.payload\.json\n\+\+\+ b\/bad\.payload\.json\n@@ /m);
    assert.match(r.stdout, /^-.*"http:\/\//m);
    assert.match(r.stdout, /^\+.*"https:\/\//m);
    assert.deepEqual(readFileSync(join(tmp.dir, 'bad.payload.json')), before);
    assert.ok(!existsSync(join(tmp.dir, 'bad.payload.json.bak')));
  });

  test('applies the fixes in place, in the file\'s own encoding (UTF-16LE .reg), keeping a backup; the fixed findings are gone', () => {
    const original = readFileSync(join(tmp.dir, 'http-endpoint.reg'));
    const r = expedite(['fix', 'http-endpoint.reg', 'bad.payload.json'], { cwd: tmp.dir });
    assert.match(r.stdout, /http-endpoint\.reg: 1 fix applied \(backup: .*http-endpoint\.reg\.bak\)/);
    assert.deepEqual(readFileSync(join(tmp.dir, 'http-endpoint.reg.bak')), original);
    const fixed = readFileSync(join(tmp.dir, 'http-endpoint.reg'));
    assert.deepEqual([...fixed.subarray(0, 2)], [...original.subarray(0, 2)], 'same byte-order mark');
    const after = check(['http-endpoint.reg', 'bad.payload.json'], tmp.dir);
    const codes = after.files.flatMap((f) => f.diagnostics.map((d) => d.code));
    assert.ok(!codes.includes('endpoint-not-https'));
    assert.ok(!codes.includes('pfn-publisher-uppercase'));
    assert.ok(!codes.includes('json-trailing-comma'));
    // Errors without a safe fix remain: exit 1.
    assert.equal(r.status, after.summary.errors > 0 ? 1 : 0);
    const again = expedite(['fix', '--dry-run', 'http-endpoint.reg'], { cwd: tmp.dir });
    assert.equal(again.stdout, '', 'nothing left to fix');
  });

  test('CLI, real file: two fixes that clash (["UK", "gb"] → ["GB", "GB"], a repeated region) — the one that would add an error is not applied, and says so', () => {
    writeFileSync(join(tmp.dir, 'clash.payload.json'), '{\n  "PFN": "Contoso.Notes_3j0282zxa1eby",\n  "Endpoint": "https://downloads.contoso.com/oobe/Notes.msix",\n  "ExcludedRegions": ["UK", "gb"]\n}\n');
    const before = check(['clash.payload.json'], tmp.dir);
    assert.deepEqual(before.files[0].diagnostics.map((d) => d.code).sort(), ['region-lowercase', 'region-not-assigned']);
    const dry = expedite(['fix', '--dry-run', 'clash.payload.json'], { cwd: tmp.dir });
    assert.match(dry.stdout, /^- {2}"ExcludedRegions": \["UK", "gb"\]$/m);
    assert.match(dry.stdout, /^\+ {2}"ExcludedRegions": \["GB", "gb"\]$/m);
    assert.match(dry.stderr, /clash\.payload\.json: not applied \(it would add an error\): Replace "gb" with "GB"/);
    const r = expedite(['fix', 'clash.payload.json'], { cwd: tmp.dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(join(tmp.dir, 'clash.payload.json'), 'utf8'), /"ExcludedRegions": \["GB", "gb"\]/);
    const after = check(['clash.payload.json'], tmp.dir);
    assert.equal(after.summary.errors, 0, 'no error added (the repeated region would be one)');
    assert.deepEqual(after.files[0].diagnostics.map((d) => d.code), ['region-lowercase']);
  });

  test('a fix that would add an error is not applied (the others still are)', () => {
    const text = readFileSync(join(ROOT, 'examples', 'invalid', 'bad.payload.json'), 'utf8');
    const doc = analyzeDocument({ path: 'bad.payload.json', text });
    const target = doc.findings.find((f) => f.code === 'pfn-publisher-uppercase');
    assert.ok(target?.fixes?.[0]);
    // Make this one fix break the JSON: it now adds a syntax error.
    target.fixes[0] = { title: { id: 'test.breakTheDocument' }, edits: [{ span: { start: 0, end: 1 }, newText: '' }], safeForFixAll: true };
    const outcome = checkedFixAll(doc);
    assert.deepEqual(outcome.refused.map((f) => f.title.id), ['test.breakTheDocument']);
    assert.ok(outcome.applied.length >= 1);
    assert.ok(outcome.text.startsWith('{'));
    assert.ok(!outcome.analysis.findings.some((f) => f.code === 'json-trailing-comma'));
  });
});
