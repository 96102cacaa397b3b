// `expedite apply|remove|pull` as pipelines call it: the real dist/cli.js, a real Wine prefix, exit codes and output.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';

const ROOT = resolve(__dirname, '..', '..');
const CLI = process.env.EXPEDITE_CLI_PATH ?? join(ROOT, 'dist', 'cli.js');
const USCHED = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

function expedite(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

function regText(body: string): Buffer {
  const text = `Windows Registry Editor Version 5.00\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

const GOOD = regText(`[${USCHED}\\Contoso_App]\n"updaterPriority"=dword:00000005\n"expeditedPayload"="{\\"PFN\\":\\"Contoso.App_8wekyb3d8bbwe\\",\\"Endpoint\\":\\"https://contoso.example/app.msixbundle\\"}"\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\ExpediteCliTest]\n"x"=dword:00000001\n\n`);
const BAD = regText(`[${USCHED}\\Contoso_Bad]\n"updaterPriority"=dword:000000fa\n"expeditedPayload"="{\\"PFN\\":\\"Contoso.Bad_8wekyb3d8bbwe\\",\\"Endpoint\\":\\"http://contoso.example/app.msixbundle\\"}"\n\n`);

describe('expedite apply|remove|pull: usage and targets', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-cli-apply-'));
    writeFileSync(join(dir, 'contoso.reg'), GOOD);
    writeFileSync(join(dir, 'bad.reg'), BAD);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--help prints the synopsis', async () => {
    const r = await expedite(['apply', '--help'], dir);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /expedite apply\|remove\|pull --target local\|wine \[--wineprefix DIR\] \[--dry-run\]/);
  });

  test('a missing --target, an unknown target or no PATH is a usage error (exit 2)', async () => {
    for (const args of [['apply', 'contoso.reg'], ['apply', '--target', 'moon', 'contoso.reg'], ['remove', '--target', 'wine']]) {
      const r = await expedite(args, dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^expedite (apply|remove): /);
    }
  });

  test('--target local off Windows exits 2 with a clear message', { skip: process.platform === 'win32' && 'this is Windows' }, async () => {
    const r = await expedite(['apply', '--target', 'local', 'contoso.reg'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--target local needs Windows/);
  });

  test('a missing Wine exits 2', async () => {
    const r = await expedite(['apply', '--target', 'wine', '--wine-command', join(dir, 'no-such-wine'), '--wineprefix', join(dir, 'prefix'), 'contoso.reg'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Wine is not available/);
  });

  test('--dry-run without a target lists the operations for an empty machine as JSON', async () => {
    const r = await expedite(['apply', '--dry-run', '--format', 'json', 'contoso.reg'], dir);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { dryRun: boolean; ok: boolean; steps: { name: string; action: string; status: string }[]; skipped: { what: string }[]; operations: { command: string[]; regText?: string }[] };
    assert.equal(report.dryRun, true);
    assert.equal(report.ok, true);
    assert.deepEqual(report.steps.map((s) => [s.name, s.action, s.status]), [['Contoso_App', 'create', 'planned']]);
    assert.deepEqual(report.skipped.map((s) => s.what), ['[HKEY_LOCAL_MACHINE\\SOFTWARE\\ExpediteCliTest]']);
    assert.deepEqual(report.operations.map((o) => o.command), [['reg.exe', 'import', '<private temp>\\import.reg', '/reg:64']]);
    assert.match(report.operations[0].regText ?? '', /\[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App\]/);
  });

  test('--codepage: a REGEDIT4 export of Korean Windows (CP949) is applied under its Korean names, as check reads it', async () => {
    const cp949 = (hex: string) => Buffer.from(hex, 'hex');
    writeFileSync(join(dir, 'korean.reg'), Buffer.concat([
      Buffer.from(`REGEDIT4\r\n\r\n[${USCHED}\\Contoso_`), cp949('c7d1b1b9'), // 한국
      Buffer.from(']\r\n"updaterPriority"=dword:0000000a\r\n"expeditedPayload"="{\\"PFN\\":\\"Contoso.App_8wekyb3d8bbwe\\",\\"Endpoint\\":\\"https://contoso.example/app.msixbundle\\"}"\r\n"'),
      cp949('bcb3b8ed'), Buffer.from('"="'), cp949('c7d1b1b9beee20b0aa'), Buffer.from('"\r\n\r\n'), // 설명 = "한국어 값"
    ]));
    const r = await expedite(['apply', '--dry-run', '--format', 'json', '--codepage', '949', 'korean.reg'], dir);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { steps: { name: string }[]; operations: { regText?: string }[] };
    assert.deepEqual(report.steps.map((s) => s.name), ['Contoso_한국']);
    assert.match(report.operations[0].regText ?? '', /"설명"="한국어 값"/);
    // remove looks for the same Korean key (on an empty machine it is not there: exit 1).
    const removed = await expedite(['remove', '--dry-run', '--codepage', '949', 'korean.reg'], dir);
    assert.equal(removed.status, 1, removed.stderr);
    assert.match(removed.stdout, /UScheduler_OOBE\\Contoso_한국 does not exist/);
    // Off Windows the default is 1252: the Western reading, as check gives it.
    const western = JSON.parse((await expedite(['apply', '--dry-run', '--format', 'json', 'korean.reg'], dir)).stdout) as { steps: { name: string }[] };
    assert.deepEqual(western.steps.map((s) => s.name), ['Contoso_ÇÑ±¹']);
    const bad = await expedite(['apply', '--dry-run', '--codepage', '65001', 'korean.reg'], dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^expedite apply: option --codepage: unsupported code page '65001'/);
  });

  test('a registration with errors is refused: exit 1, the findings listed', async () => {
    const r = await expedite(['apply', '--dry-run', 'bad.reg'], dir);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /refused +Contoso_Bad \(bad\.reg\): the registration has errors/);
    assert.match(r.stdout, /bad\.reg:\d+:\d+ error /);
    assert.doesNotMatch(r.stdout, /operations/);
  });
});

describe('expedite apply|remove|pull --target wine', { skip: !wineAvailable() && 'wine is not installed' }, () => {
  let prefix: WinePrefix;
  let dir: string;
  let backups: string;
  const wineArgs = () => ['--target', 'wine', '--wineprefix', prefix.dir, '--backup-dir', backups];
  const registrationQuery = async () => prefix.reg('query', `${USCHED}\\Contoso_App`, '/reg:64');

  before(async () => {
    prefix = await createWinePrefix();
    dir = mkdtempSync(join(tmpdir(), 'expedite-cli-wine-'));
    backups = join(dir, 'backups');
    writeFileSync(join(dir, 'contoso.reg'), GOOD);
  });
  after(async () => {
    await prefix?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('--dry-run prints the exact wine commands and changes nothing', async () => {
    const r = await expedite(['apply', ...wineArgs(), '--dry-run', 'contoso.reg'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^dry run: apply to Wine prefix /);
    assert.match(r.stdout, /\n {2}wine reg import <private temp>\\import\.reg \/reg:64\n/);
    assert.match(r.stdout, /nothing was changed \(dry run\)/);
    assert.equal((await registrationQuery()).code, 1);
  });

  test('apply writes, verifies and backs up; exit 0', async () => {
    const r = await expedite(['apply', ...wineArgs(), '--format', 'json', 'contoso.reg'], dir);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { ok: boolean; verification: { checked: number; problems: string[] }; backup: string };
    assert.equal(report.ok, true);
    assert.deepEqual(report.verification, { checked: 1, problems: [] });
    assert.ok(report.backup.startsWith(backups));
    const query = await registrationQuery();
    assert.equal(query.code, 0);
    assert.match(query.stdout, /updaterPriority {4}REG_DWORD {4}0x5/);
    assert.equal((await prefix.reg('query', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\ExpediteCliTest')).code, 1, 'keys outside UScheduler_OOBE are never written');
  });

  test('pull prints the registrations as a .reg document (text and JSON)', async () => {
    const text = await expedite(['pull', '--target', 'wine', '--wineprefix', prefix.dir], dir);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /\[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App\]/i);
    const json = await expedite(['pull', '--target', 'wine', '--wineprefix', prefix.dir, '--format', 'json'], dir);
    const pulled = JSON.parse(json.stdout) as { reg: string; keys: { key: string }[]; files: unknown[] };
    assert.ok(pulled.keys.some((k) => /\\Contoso_App$/i.test(k.key)));
    assert.deepEqual(pulled.files, []);
  });

  test('remove deletes it (exit 0); removing again is refused (exit 1); apply --undo brings it back', async () => {
    const removed = await expedite(['remove', ...wineArgs(), 'contoso.reg'], dir);
    assert.equal(removed.status, 0, removed.stdout + removed.stderr);
    assert.equal((await registrationQuery()).code, 1);
    const again = await expedite(['remove', ...wineArgs(), 'contoso.reg'], dir);
    assert.equal(again.status, 1, again.stdout + again.stderr);
    assert.match(again.stdout, /does not exist on the target/);
    const undo = await expedite(['apply', ...wineArgs(), '--undo'], dir);
    assert.equal(undo.status, 0, undo.stdout + undo.stderr);
    assert.match((await registrationQuery()).stdout, /updaterPriority {4}REG_DWORD {4}0x5/);
  });
});
