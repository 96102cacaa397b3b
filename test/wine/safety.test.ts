// Issue 11, items 1-3 and 5, against Wine's real reg.exe and a real prefix: hostile key names, links
// in the registration store, and values `reg export` cannot write exactly.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../../core/analyze';
import type { PlanInput } from '../../backends/plan';
import { pullFromTarget } from '../../backends/pull';
import { changeRegistrations, undoLastChange } from '../../backends/run';
import { hasControlCharacter } from '../../backends/names';
import { createWineBackend } from '../../backends/wine';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';
import { savedKeySection, treeSnapshot, utf16Reg } from './safety-helpers';

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
const USCHED = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const SAVED_USCHED = 'Software\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const PAYLOAD = '"{\\"PFN\\":\\"Contoso.App_8wekyb3d8bbwe\\",\\"Endpoint\\":\\"https://contoso.example/app.msixbundle\\"}"';

function registration(name: string, priority = 5): string {
  return `[${USCHED}\\${name}]\n"updaterPriority"=dword:${priority.toString(16).padStart(8, '0')}\n"expeditedPayload"=${PAYLOAD}\n\n`;
}

function regInput(path: string, body: string): PlanInput {
  const bytes = utf16Reg(body);
  const text = bytes.subarray(2).toString('utf16le');
  return { path, analysis: analyzeDocument({ path, text, encoding: 'utf16le-bom' }), bytes };
}

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

describe('safety against Wine: hostile names, links, lossless restore', { skip: !wineAvailable() && 'wine is not installed' }, () => {
  let prefix: WinePrefix;
  let sandbox: string;

  const exists = async (key: string) => (await prefix.reg('query', key, '/reg:64')).code === 0;
  const seed = async (body: string) => {
    const file = join(sandbox, `seed-${Date.now()}.reg`);
    writeFileSync(file, utf16Reg(body));
    const run = await prefix.reg('import', `Z:${file.replace(/\//g, '\\')}`, '/reg:64');
    rmSync(file);
    assert.equal(run.code, 0, run.stdout + run.stderr);
  };

  before(async () => {
    prefix = await createWinePrefix();
    sandbox = mkdtempSync(join(tmpdir(), 'expedite-safety-'));
  });

  after(async () => {
    await prefix?.dispose();
    rmSync(sandbox, { recursive: true, force: true });
  });

  test('item 1: hostile key names write no file outside the backup folder', async () => {
    // The backup root sits deep, with a file where `a/../../../some/dir/PWNED` would land from it.
    const backups = join(sandbox, 'h', 'a', 'b', 'c', 'backups');
    mkdirSync(backups, { recursive: true });
    for (const dir of [join(sandbox, 'h', 'a', 'b', 'c', 'some', 'dir'), join(sandbox, 'h', 'a', 'b', 'some', 'dir')]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'PWNED.reg'), 'original');
    }
    const backend = await createWineBackend({ prefix: prefix.dir });
    const hostile = ['a/../../../some/dir/PWNED', '..\\x', 'y'.repeat(255), 'Ctl\u0001Name', 'dots..'];
    await seed(hostile.map((name) => registration(name)).join(''));
    const beforeTree = treeSnapshot(join(sandbox, 'h'), [backups]);
    const beforeDrive = treeSnapshot(join(prefix.dir, 'drive_c'));

    for (const name of hostile) {
      // A name with a backslash is a deeper key, not a registration: apply and remove skip it. One
      // with a control character is refused (it cannot be written into the .reg files reg.exe reads).
      const seeded = !name.includes('\\') && !hasControlCharacter(name) && (await exists(`${USCHED}\\${name}`));
      const input = regInput('hostile.reg', registration(name, 7));
      const applied = await changeRegistrations('apply', [input], backend, { backupRoot: backups });
      const removed = await changeRegistrations('remove', [input], backend, { backupRoot: backups });
      // Each answer is a report (a refusal or a done change), never an exception.
      assert.equal(typeof applied.ok, 'boolean', name);
      assert.equal(typeof removed.ok, 'boolean', name);
      // A key Wine created under that name is removed with a backup of it: the write this test is about happened.
      if (seeded) {
        assert.equal(removed.ok, true, `${JSON.stringify(name)}: ${JSON.stringify(removed.error ?? removed.refused)}`);
        assert.ok(removed.backup && readdirSync(removed.backup).includes('1.reg'), `${JSON.stringify(name)}: ${JSON.stringify({ steps: removed.steps, skipped: removed.skipped, message: removed.message })}`);
        assert.equal((await undoLastChange(backend, { backupRoot: backups })).ok, true, name);
      } else if (removed.ok) await undoLastChange(backend, { backupRoot: backups });
    }
    assert.ok(await exists(`${USCHED}\\${hostile[0]}`), 'Wine created the key named with ../ (the case of the issue)');
    // The names that check flags are refused by apply, with the rule in the findings.
    const slash = await changeRegistrations('apply', [regInput('slash.reg', registration(hostile[0], 9))], backend, { backupRoot: backups });
    assert.equal(slash.ok, false);
    assert.ok(slash.refused[0]?.findings?.some((f) => f.code === 'registry-subkey-name-unsafe'), JSON.stringify(slash.refused));

    assert.deepEqual(treeSnapshot(join(sandbox, 'h'), [backups]), beforeTree);
    assert.deepEqual(treeSnapshot(join(prefix.dir, 'drive_c')), beforeDrive);
    // Inside the backup folder: only counter-named files.
    for (const dir of readdirSync(backups)) {
      for (const file of readdirSync(join(backups, dir))) assert.match(file, /^(manifest\.json|\d+\.reg)$/, `${dir}/${file}`);
    }
  });

  test('item 1: whatever the key name (random names of /, .., dots, spaces, control characters), apply, remove and undo write nothing outside the backup folder', async () => {
    const home = join(sandbox, 'random');
    const backups = join(home, 'deep', 'er', 'backups');
    mkdirSync(backups, { recursive: true });
    writeFileSync(join(home, 'PWNED.reg'), 'original');
    const backend = await createWineBackend({ prefix: prefix.dir });
    const pieces = ['/', '..', '.', ' ', '\u0001', '\u001f', 'a', 'PWNED', '~', ':', '*', '?', '<', '|', '%2e', '\u00e9', 'Ω'];
    const nameArb = fc
      .tuple(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), fc.constantFrom(0, 0, 240))
      .map(([parts, pad]) => 'P'.repeat(pad) + parts.join(''));
    const beforeHome = treeSnapshot(home, [backups]);
    const beforeDrive = treeSnapshot(join(prefix.dir, 'drive_c'));
    await fc.assert(
      fc.asyncProperty(nameArb, async (name) => {
        // Someone else's key of that name, when Wine accepts it in a .reg file.
        const file = join(sandbox, 'random-seed.reg');
        writeFileSync(file, utf16Reg(registration(name)));
        await prefix.reg('import', `Z:${file.replace(/\//g, '\\')}`, '/reg:64');
        rmSync(file);
        const input = regInput('random.reg', registration(name, 7));
        for (const verb of ['apply', 'remove'] as const) {
          const report = await changeRegistrations(verb, [input], backend, { backupRoot: backups });
          if (report.ok) assert.equal((await undoLastChange(backend, { backupRoot: backups })).ok, true, `undo of ${verb} ${JSON.stringify(name)}`);
        }
        await prefix.reg('delete', `${USCHED}\\${name}`, '/f', '/reg:64');
      }),
      { seed: 20261201, numRuns: 8, endOnFailure: true },
    );
    assert.deepEqual(treeSnapshot(home, [backups]), beforeHome);
    assert.deepEqual(treeSnapshot(join(prefix.dir, 'drive_c')), beforeDrive);
    for (const dir of readdirSync(backups)) {
      for (const file of readdirSync(join(backups, dir))) assert.match(file, /^(manifest\.json|\d+\.reg)$/, `${dir}/${file}`);
    }
  });

  test('item 2: names with "/" or 255 characters stay removable (apply twice, remove), with no stack trace', async () => {
    const backups = join(sandbox, 'item2');
    const backend = await createWineBackend({ prefix: prefix.dir });
    const long = 'L'.repeat(255);
    await seed(registration('Slash/Name') + registration(long));
    // 255 characters is a legal name: apply replaces it twice (each time backing up the previous one).
    for (const priority of [8, 9]) {
      const report = await changeRegistrations('apply', [regInput('long.reg', registration(long, priority))], backend, { backupRoot: backups });
      assert.equal(report.ok, true, JSON.stringify(report.error ?? report.refused));
      assert.equal(report.steps[0]?.action, 'replace');
    }
    const removeLong = await changeRegistrations('remove', [regInput('long.reg', registration(long))], backend, { backupRoot: backups });
    assert.equal(removeLong.ok, true, JSON.stringify(removeLong.error ?? removeLong.refused));
    assert.equal(await exists(`${USCHED}\\${long}`), false);

    // "/" written by someone else: the CLI removes it and exits 0.
    const file = join(sandbox, 'slash.reg');
    writeFileSync(file, utf16Reg(registration('Slash/Name')));
    const run = await cli(['remove', '--target', 'wine', '--wineprefix', prefix.dir, '--backup-dir', backups, file], prefix.env);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stderr, STACK_LINE);
    assert.equal(await exists(`${USCHED}\\Slash/Name`), false);
  });

  test('item 3: a symbolic link in the registration store is never followed (apply, remove, pull)', async () => {
    const outside = join(sandbox, 'outside');
    mkdirSync(join(outside, 'ExpeditedAppRegistrations', 'Contoso_App'), { recursive: true });
    writeFileSync(join(outside, 'ExpeditedAppRegistrations', 'Contoso_App', 'updater_App.json'), '{"keep":"me"}');
    const usoPrivate = join(prefix.dir, 'drive_c', 'ProgramData', 'USOPrivate');
    rmSync(usoPrivate, { recursive: true, force: true });
    symlinkSync(outside, usoPrivate);
    try {
      const backend = await createWineBackend({ prefix: prefix.dir });
      const beforeOutside = treeSnapshot(outside);
      const text = '{"PFN":"Contoso.App_8wekyb3d8bbwe","OEMName":"Contoso","UpdaterName":"Other","RegistrationVersion":1,"Source":"CustomURL","Endpoint":"https://contoso.example/app.msixbundle","Scenario":"Acquisition"}';
      const input: PlanInput = { path: 'updater_Other.json', analysis: analyzeDocument({ path: 'updater_Other.json', text }), bytes: Buffer.from(text) };
      await assert.rejects(changeRegistrations('apply', [input], backend, { backupRoot: join(sandbox, 'item3') }), /symbolic link/);
      const staged = '{"PFN":"Contoso.App_8wekyb3d8bbwe","OEMName":"Contoso","UpdaterName":"App","RegistrationVersion":1,"Source":"CustomURL","Endpoint":"https://contoso.example/app.msixbundle","Scenario":"Acquisition"}';
      const removeInput: PlanInput = { path: 'updater_App.json', analysis: analyzeDocument({ path: 'updater_App.json', text: staged }), bytes: Buffer.from(staged) };
      await assert.rejects(changeRegistrations('remove', [removeInput], backend, { backupRoot: join(sandbox, 'item3') }), /symbolic link/);
      await assert.rejects(pullFromTarget(backend, (p) => backend.describePath(p)), /symbolic link/);

      // The CLI says so in one line and exits 2.
      const file = join(sandbox, 'updater_App.json');
      writeFileSync(file, staged);
      const run = await cli(['remove', '--target', 'wine', '--wineprefix', prefix.dir, '--backup-dir', join(sandbox, 'item3'), file], prefix.env);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /^expedite remove: refusing .*USOPrivate: it is a symbolic link/);
      assert.doesNotMatch(run.stderr, STACK_LINE);
      assert.deepEqual(treeSnapshot(outside), beforeOutside);
    } finally {
      rmSync(usoPrivate, { force: true });
    }
  });

  test('item 5: values reg export cannot write exactly come back byte for byte (undo and rollback)', async () => {
    const backups = join(sandbox, 'item5');
    // An embedded NUL, a 3-byte REG_DWORD, an odd-length REG_SZ, a REG_MULTI_SZ without its final NUL.
    const lossy = `[${USCHED}\\Lossy_App]\n"updaterPriority"=dword:00000005\n"expeditedPayload"=${PAYLOAD}\n"nul"=hex(1):41,00,00,00,42,00,00,00\n"d3"=hex(4):01,02,03\n"odd"=hex(1):41,00,42\n"msz"=hex(7):41,00,00,00\n\n`;
    await seed(lossy);
    const before = savedKeySection(await prefix.savedSystemRegistry(), `${SAVED_USCHED}\\Lossy_App`);
    assert.ok(before?.some((l) => l.startsWith('"d3"=hex(4):01,02,03')), JSON.stringify(before));

    const backend = await createWineBackend({ prefix: prefix.dir });
    const replace = regInput('lossy.reg', registration('Lossy_App', 42));
    const applied = await changeRegistrations('apply', [replace], backend, { backupRoot: backups });
    assert.equal(applied.ok, true, JSON.stringify(applied.error ?? applied.refused));
    const undo = await undoLastChange(backend, { backupRoot: backups });
    assert.equal(undo.ok, true, JSON.stringify(undo.error));
    assert.deepEqual(savedKeySection(await prefix.savedSystemRegistry(), `${SAVED_USCHED}\\Lossy_App`), before);

    // The same through a rollback: the import lands, then fails.
    const failing = await createWineBackend({ prefix: prefix.dir, faults: { failAfterWrite: 3 } });
    const rolled = await changeRegistrations('apply', [replace], failing, { backupRoot: backups });
    assert.equal(rolled.ok, false);
    assert.deepEqual(rolled.rollback, { ok: true, problems: [] });
    assert.deepEqual(savedKeySection(await prefix.savedSystemRegistry(), `${SAVED_USCHED}\\Lossy_App`), before);
  });

  test('item 5: with the lossless copy gone, undo restores from the text export and says so, never "as it was"', async () => {
    const backups = join(sandbox, 'item5c');
    const lossy = `[${USCHED}\\Lossy_Two]\n"updaterPriority"=dword:00000005\n"expeditedPayload"=${PAYLOAD}\n"nul"=hex(1):41,00,00,00,42,00,00,00\n"d3"=hex(4):01,02,03\n\n`;
    await seed(lossy);
    const before = savedKeySection(await prefix.savedSystemRegistry(), `${SAVED_USCHED}\\Lossy_Two`);
    const backend = await createWineBackend({ prefix: prefix.dir });
    const applied = await changeRegistrations('apply', [regInput('lossy2.reg', registration('Lossy_Two', 42))], backend, { backupRoot: backups });
    assert.equal(applied.ok, true, JSON.stringify(applied.error ?? applied.refused));
    const manifest = JSON.parse(readFileSync(join(applied.backup!, 'manifest.json'), 'utf8')) as { registryCopy?: string };
    assert.ok(manifest.registryCopy, 'the apply kept a lossless copy');
    assert.equal((await prefix.reg('delete', manifest.registryCopy, '/f', '/reg:64')).code, 0);

    const undo = await undoLastChange(backend, { backupRoot: backups });
    assert.equal(undo.ok, false);
    assert.equal(undo.message, undefined, 'no "restored" message');
    assert.ok(undo.verification?.problems.some((p) => typeof p !== 'string' && p.id === 'backend.report.lossyRestore'), JSON.stringify(undo.verification));
    assert.equal(typeof undo.error !== 'string' && undo.error?.id, 'backend.report.undoIncomplete');
    // And it is true: the registration is back, but not byte for byte.
    const after = savedKeySection(await prefix.savedSystemRegistry(), `${SAVED_USCHED}\\Lossy_Two`);
    assert.ok(after?.includes('"updaterPriority"=dword:00000005'), JSON.stringify(after));
    assert.notDeepEqual(after, before);
  });

  test('item 5: a rollback removes the UScheduler_OOBE key it created, once empty', async () => {
    assert.equal((await prefix.reg('delete', USCHED, '/f', '/reg:64')).code, 0);
    const failing = await createWineBackend({ prefix: prefix.dir, faults: { failAfterWrite: 1 } });
    const report = await changeRegistrations('apply', [regInput('new.reg', registration('Fresh_App'))], failing, { backupRoot: join(sandbox, 'item5b') });
    assert.equal(report.ok, false);
    assert.deepEqual(report.rollback, { ok: true, problems: [] });
    assert.equal(await exists(USCHED), false);
  });
});
