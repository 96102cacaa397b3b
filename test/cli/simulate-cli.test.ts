// `expedite simulate` as pipelines call it: the real bundle (`npm run build` first) on real files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contosoReg, fabrikamRegistration, registryRegistration } from '../helpers/workedExample';

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
let dir = '';

const CONTOSO_REG = contosoReg();
const FABRIKAM_JSON = fabrikamRegistration;
// updaterPriority 250 is out of range: the registration has an error finding.
const INVALID_REG = registryRegistration('Broken_App', 'Broken.App_8wekyb3d8bbwe', 250);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'simulate', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'expedite-simulate-'));
  writeFileSync(join(dir, 'contoso.reg'), CONTOSO_REG);
  writeFileSync(join(dir, 'updater_Tool.json'), FABRIKAM_JSON);
  writeFileSync(join(dir, 'invalid.reg'), INVALID_REG);
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify({ attempts: { Contoso_App: ['fail', 'fail'] } }));
  writeFileSync(join(dir, 'bad-scenario.json'), JSON.stringify({ phase: 'setup', device: { regoin: 'US' } }));
  writeFileSync(join(dir, 'not-json.json'), '{ phase: ');
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('expedite simulate --format json', () => {
  test('the worked example over both forms: contracts.md shape, hand-computed timeline, exit 0', () => {
    const r = run('--scenario', 'scenario.json', '--format', 'json', 'contoso.reg', 'updater_Tool.json');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out).slice(0, 3), ['order', 'registrations', 'notes']);
    assert.deepEqual(out.order, ['Contoso_App', 'Fabrikam_Tool']);
    assert.ok(Array.isArray(out.notes) && out.notes.every((n: unknown) => typeof n === 'string'));
    for (const reg of out.registrations) {
      for (const key of ['name', 'priority', 'rank', 'status', 'reason', 'attempts']) assert.ok(key in reg, `registration lacks ${key}`);
      assert.equal(typeof reg.name, 'string');
      assert.equal(typeof reg.priority, 'number');
      assert.equal(typeof reg.reason, 'string');
      assert.ok(['installed', 'failed', 'skipped', 'blocked', 'not-in-phase'].includes(reg.status));
      for (const a of reg.attempts) assert.deepEqual(Object.keys(a), ['start', 'end', 'result']);
    }
    const [contoso, fabrikam] = out.registrations;
    assert.deepEqual(
      { name: contoso.name, priority: contoso.priority, rank: contoso.rank, status: contoso.status, form: contoso.form, path: contoso.path },
      { name: 'Contoso_App', priority: 5, rank: 1, status: 'failed', form: 'registry', path: 'contoso.reg' },
    );
    assert.deepEqual(contoso.attempts, [
      { start: 0, end: 5, result: 'Failed' },
      { start: 35, end: 40, result: 'Failed' },
    ]);
    assert.deepEqual(
      { name: fabrikam.name, priority: fabrikam.priority, rank: fabrikam.rank, status: fabrikam.status, reason: fabrikam.reason, form: fabrikam.form },
      { name: 'Fabrikam_Tool', priority: 15, rank: 2, status: 'installed', reason: '', form: 'file' },
    );
    assert.deepEqual(fabrikam.attempts, [{ start: 5, end: 10, result: 'Succeeded' }]);
    assert.equal(r.stderr, '', 'nothing on stderr for clean inputs');
  });

  test('a folder: every registration in it, and an invalid one is skipped with exit 1', () => {
    const r = run('--format', 'json', '.');
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.order, ['Contoso_App', 'Fabrikam_Tool', 'Broken_App']);
    const broken = out.registrations.find((x: { name: string }) => x.name === 'Broken_App');
    assert.equal(broken.status, 'skipped');
    assert.match(broken.reason, /silently/);
    assert.deepEqual(broken.attempts, []);
    assert.match(r.stderr, /errors/);
  });

  test('without a scenario the defaults apply: everything installs in order', () => {
    const r = run('--format=json', 'contoso.reg', 'updater_Tool.json');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.registrations.map((x: { name: string; attempts: unknown }) => [x.name, x.attempts]),
      [
        ['Contoso_App', [{ start: 0, end: 5, result: 'Succeeded' }]],
        ['Fabrikam_Tool', [{ start: 5, end: 10, result: 'Succeeded' }]],
      ],
    );
    assert.equal(out.scenario.device.region, 'US');
  });
});

describe('expedite simulate (text)', () => {
  test('a readable table and the notes', () => {
    const r = run('--scenario', 'scenario.json', 'contoso.reg', 'updater_Tool.json');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Rank\s+Name\s+Priority\s+Form\s+Status/m);
    assert.match(r.stdout, /^\s+1\s+Contoso_App\s+5\s+registry\s+failed\s+0-5 Failed, 35-40 Failed/m);
    assert.match(r.stdout, /^\s+2\s+Fabrikam_Tool\s+15\s+file\s+installed\s+5-10 Succeeded/m);
    assert.match(r.stdout, /^Notes:$/m);
  });
});

describe('expedite simulate: usage errors exit 2', () => {
  test('an invalid scenario names each problem; nothing on stdout', () => {
    const r = run('--scenario', 'bad-scenario.json', '--format', 'json', 'contoso.reg');
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /invalid scenario bad-scenario\.json/);
    assert.match(r.stderr, /phase must be "oobe" or "desktop"; found "setup"/);
    assert.match(r.stderr, /unknown key "regoin" in device \(did you mean "region"\?\)/);
  });

  test('a scenario that is not JSON', () => {
    const r = run('--scenario', 'not-json.json', 'contoso.reg');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the scenario is not valid JSON/);
  });

  test('a missing scenario file', () => {
    const r = run('--scenario', 'nope.json', 'contoso.reg');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read the scenario file nope\.json: no such file/);
  });

  test('no PATH, a missing PATH, a bad --format, an unknown option', () => {
    assert.equal(run().code, 2);
    const missing = run('missing.reg');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing\.reg/);
    const format = run('--format', 'xml', 'contoso.reg');
    assert.equal(format.code, 2);
    assert.match(format.stderr, /option --format must be one of text, json \(found 'xml'\)/);
    assert.equal(run('--fast', 'contoso.reg').code, 2);
  });

  test('--help exits 0', () => {
    const r = run('--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /usage: expedite simulate/);
  });
});

describe('expedite simulate --locale ko', () => {
  test('reasons and notes in Korean, the JSON field names and the timeline unchanged', () => {
    const args = ['--scenario', 'scenario.json', '--format', 'json', 'contoso.reg', 'updater_Tool.json'];
    const en = run(...args);
    const ko = run('--locale', 'ko', ...args);
    assert.equal(ko.code, 0, ko.stderr);
    const [e, k] = [JSON.parse(en.stdout), JSON.parse(ko.stdout)];
    assert.deepEqual(Object.keys(k), Object.keys(e));
    assert.deepEqual(k.order, e.order);
    assert.deepEqual(k.registrations.map((r: { attempts: unknown }) => r.attempts), e.registrations.map((r: { attempts: unknown }) => r.attempts));
    assert.equal(k.notes.length, e.notes.length);
    assert.ok(k.notes.every((n: string) => /[\uAC00-\uD7A3]/.test(n)), k.notes.join('\n'));
    const failed = k.registrations.find((r: { name: string }) => r.name === 'Contoso_App');
    assert.match(failed.reason, /2번 실패했습니다/);
    const table = run('--locale', 'ko', '--scenario', 'scenario.json', 'contoso.reg', 'updater_Tool.json');
    assert.match(table.stdout, /2번 실패했습니다/);
  });
});
