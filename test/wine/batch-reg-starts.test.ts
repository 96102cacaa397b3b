// Batching, counted on the real thing: the real dist/cli.js against Wine's real reg.exe, through a
// launcher that records every reg.exe start. Apply, a replacing apply, remove, --undo and a rolled-back
// apply start reg.exe the same number of times for 1 registration as for 20: one export to plan, one
// import to write, one export to verify, one lossless copy as the backup. What landed is read with
// Wine's own `reg query`, outside the counting launcher.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createWineBackend } from '../../backends/wine';
import { countingWineLauncher, type CountingWine } from '../helpers/countingWine';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
const USCHED = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const SIZES = [1, 20];

function regFile(names: readonly string[], priority: number): Buffer {
  const blocks = names.map(
    (name) => `[${USCHED}\\${name}]\r\n"updaterPriority"=dword:${priority.toString(16).padStart(8, '0')}\r\n"expeditedPayload"="{\\"PFN\\":\\"Contoso.${name.replace(/_/g, '-')}_8wekyb3d8bbwe\\",\\"Endpoint\\":\\"https://contoso.example/${name}.msixbundle\\"}"\r\n\r\n`,
  );
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Windows Registry Editor Version 5.00\r\n\r\n${blocks.join('')}`, 'utf16le')]);
}

function registrationFile(updaterName: string): string {
  return `${JSON.stringify({ OEMName: 'Contoso', UpdaterName: updaterName, PFN: `Contoso.${updaterName}_8wekyb3d8bbwe`, RegistrationVersion: 1, Scenario: 'Acquisition', Source: 'Store', ProductId: '9NBLGGH4NNS1' }, null, 2)}\n`;
}

describe('batched writes: reg.exe starts do not grow with the number of registrations', { skip: !wineAvailable() && 'wine is not installed' }, () => {
  let prefix: WinePrefix;
  let dir: string;
  let wine: CountingWine;

  const cli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [CLI, ...args, '--target', 'wine', '--wineprefix', prefix.dir, '--wine-command', wine.command, '--backup-dir', join(dir, 'backups'), '--format', 'json'], { cwd: dir });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });
  /** Runs the CLI and returns the reg.exe verbs it started, in order. */
  const counted = async (args: string[], expectedCode = 0): Promise<string[]> => {
    wine.reset();
    const run = await cli(args);
    assert.equal(run.code, expectedCode, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
    return wine.regStarts();
  };
  /** Subkey name → updaterPriority as Wine's reg query prints it (read outside the counting launcher). */
  const priorities = async (): Promise<Map<string, string>> => {
    const out = new Map<string, string>();
    const run = await prefix.reg('query', USCHED, '/s', '/reg:64');
    let key = '';
    for (const line of run.stdout.split(/\r?\n/)) {
      if (line.startsWith('HKEY_')) key = line.slice(line.lastIndexOf('\\') + 1);
      const value = /^ {4}updaterPriority {4}REG_DWORD {4}(\S+)$/i.exec(line);
      if (value) out.set(key, value[1]);
    }
    return out;
  };
  const exportText = async (): Promise<string> => {
    const file = join(dir, 'check-export.reg');
    rmSync(file, { force: true });
    const run = await prefix.reg('export', USCHED, `Z:${file.replace(/\//g, '\\')}`, '/y', '/reg:64');
    return run.code === 0 ? readFileSync(file).toString('utf16le') : '';
  };

  before(async () => {
    prefix = await createWinePrefix();
    dir = mkdtempSync(join(tmpdir(), 'expedite-batch-'));
    wine = countingWineLauncher(dir);
  });

  after(async () => {
    await prefix?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the launcher sees every reg.exe start the CLI makes (the counts below are not empty by accident)', async () => {
    const pulled = await counted(['pull']);
    assert.deepEqual(pulled, ['export'], 'pull reads UScheduler_OOBE with one export');
    assert.ok(wine.starts().some((s) => s.startsWith('--version')), 'the CLI checked Wine through this launcher');
  });

  test("a reg.exe start that starts Wine's server returns when reg.exe exits, not when that server leaves", async () => {
    const stopServer = () => spawnSync('wineserver', ['-k'], { env: prefix.env }).status === 0 && spawnSync('wineserver', ['-w'], { env: prefix.env });
    stopServer();
    const backend = await createWineBackend({ prefix: prefix.dir });
    assert.equal(await backend.exportKey('HKEY_LOCAL_MACHINE\\SOFTWARE\\ExpediteNoSuchKey'), undefined);
    // The server this start brought up (it holds the child's output handles) is still running: the
    // call did not wait for it to leave, so the next start finds it and costs tens of milliseconds.
    assert.equal(spawnSync('wineserver', ['-k'], { env: prefix.env }).status, 0, 'a wineserver is still running for the prefix');
    spawnSync('wineserver', ['-w'], { env: prefix.env });
  });

  const byStep = new Map<string, Map<number, string[]>>();
  const record = (step: string, size: number, starts: string[]) => {
    if (!byStep.has(step)) byStep.set(step, new Map());
    byStep.get(step)!.set(size, starts);
  };

  for (const size of SIZES) {
    test(`${size} registration(s): apply, replacing apply, remove, --undo and a rolled-back apply, each with a fixed set of reg.exe starts`, async () => {
      const names = Array.from({ length: size }, (_, i) => `Batch${size}_${i}`);
      const file = `batch-${size}.reg`;
      const all = (priority: string) => new Map(names.map((n) => [n, priority]));

      writeFileSync(join(dir, file), regFile(names, 5));
      const apply = await counted(['apply', file]);
      assert.deepEqual(apply, ['export', 'import', 'export'], 'plan, write, verify');
      assert.deepEqual(await priorities(), all('0x5'));
      record('apply', size, apply);

      writeFileSync(join(dir, file), regFile(names, 7));
      const replace = await counted(['apply', file]);
      assert.deepEqual(replace, ['export', 'copy', 'import', 'export'], 'plan, one lossless backup copy, write, verify');
      assert.deepEqual(await priorities(), all('0x7'));
      record('replacing apply', size, replace);

      const remove = await counted(['remove', file]);
      assert.deepEqual(remove, ['export', 'copy', 'import', 'export'], 'plan, backup copy, one import deletes every subkey, verify');
      assert.deepEqual(await priorities(), new Map());
      record('remove', size, remove);

      const undo = await counted(['apply', '--undo']);
      assert.deepEqual(undo, ['import', 'export', 'copy', 'export', 'delete'], 'clear, find the copy, copy it back, verify, drop the copy');
      assert.deepEqual(await priorities(), all('0x7'));
      record('undo', size, undo);

      // The one import lands, then fails: the rollback puts every subkey back as it was.
      const before = await exportText();
      writeFileSync(join(dir, file), regFile(names, 9));
      wine.failNextImportAfterItRuns();
      const failed = await counted(['apply', file], 1);
      assert.deepEqual(failed, ['export', 'copy', 'import', 'import', 'export', 'copy', 'export', 'delete'], 'plan, backup, the failing write, then clear, find the copy, copy back, verify, drop the copy');
      assert.equal(await exportText(), before, 'rolled back exactly');
      assert.deepEqual(await priorities(), all('0x7'));
      record('rolled-back apply', size, failed);

      // Clean slate for the next size.
      assert.deepEqual(await counted(['remove', file]), remove);
    });
  }

  test('every step starts reg.exe as often for 20 registrations as for 1', (t) => {
    assert.equal(byStep.size, 5);
    for (const [step, sizes] of byStep) {
      t.diagnostic(`${step}: reg ${sizes.get(1)?.join(', ')}`);
      assert.deepEqual(sizes.get(20), sizes.get(1), step);
    }
  });

  test('an invalid file is refused before the target is read: no reg.exe start', async () => {
    writeFileSync(join(dir, 'invalid.reg'), readFileSync(resolve(__dirname, '..', '..', 'examples', 'invalid', 'priority-250.reg')));
    assert.deepEqual(await counted(['apply', 'invalid.reg'], 1), []);
  });

  test('registration files: staging 1 or 10 files starts reg.exe equally often (the store is files, not reg.exe)', async () => {
    const store = join(prefix.dir, 'drive_c', 'ProgramData', 'USOPrivate', 'ExpeditedAppRegistrations');
    mkdirSync(store, { recursive: true });
    const starts: string[][] = [];
    for (const size of [1, 10]) {
      const folder = join(dir, `files-${size}`);
      mkdirSync(folder);
      for (let i = 0; i < size; i++) writeFileSync(join(folder, `updater_Files${size}x${i}.json`), registrationFile(`Files${size}x${i}`));
      starts.push(await counted(['apply', `files-${size}`]));
      assert.equal(readFileSync(join(store, `Contoso_Files${size}x0`, `updater_Files${size}x0.json`), 'utf8'), registrationFile(`Files${size}x0`));
    }
    assert.deepEqual(starts[1], starts[0]);
  });
});
