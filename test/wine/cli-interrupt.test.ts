// The real dist/cli.js against a real Wine prefix: Ctrl-C / kill mid-apply (issue 11 item 4) and a
// prefix that does not exist (issue 14).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';
import { utf16Reg } from './safety-helpers';

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
const USCHED = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const PAYLOAD = '"{\\"PFN\\":\\"Contoso.App_8wekyb3d8bbwe\\",\\"Endpoint\\":\\"https://contoso.example/app.msixbundle\\"}"';

function registration(name: string, priority: number): string {
  return `[${USCHED}\\${name}]\n"updaterPriority"=dword:${priority.toString(16).padStart(8, '0')}\n"expeditedPayload"=${PAYLOAD}\n\n`;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `killWhen` sends `signal` as soon as stderr matches it (polled on every chunk, no sleeps). */
function cli(args: string[], env: NodeJS.ProcessEnv, kill?: { when: RegExp; signal: NodeJS.Signals }): Promise<Run & { killed: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      if (kill && !killed && kill.when.test(stderr)) {
        killed = true;
        child.kill(kill.signal);
      }
    });
    child.on('close', (status) => done({ status, stdout, stderr, killed }));
  });
}

describe('expedite apply interrupted, and missing prefixes (real CLI, real Wine)', { skip: !wineAvailable() && 'wine is not installed' }, () => {
  let prefix: WinePrefix;
  let dir: string;

  const exportText = async () => {
    const file = join(dir, 'state.reg');
    const run = await prefix.reg('export', USCHED, `Z:${file.replace(/\//g, '\\')}`, '/y', '/reg:64');
    if (run.code !== 0) return undefined;
    return readFileSync(file).toString('utf16le');
  };
  const args = (...rest: string[]) => [...rest, '--target', 'wine', '--wineprefix', prefix.dir, '--backup-dir', join(dir, 'backups')];

  before(async () => {
    prefix = await createWinePrefix();
    dir = mkdtempSync(join(tmpdir(), 'expedite-interrupt-'));
    writeFileSync(join(dir, 'first.reg'), utf16Reg(registration('Keep_Me', 5)));
    const many = [registration('Keep_Me', 9)];
    for (let i = 0; i < 99; i++) many.push(registration(`Batch_${String(i).padStart(2, '0')}`, 10 + (i % 90)));
    writeFileSync(join(dir, 'many.reg'), utf16Reg(many.join('')));
  });

  after(async () => {
    await prefix?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('item 4: SIGINT during the import stops it, rolls back, exits 130; SIGTERM during the backup exits 143; --undo still restores exactly', async () => {
    const first = await cli(args('apply', join(dir, 'first.reg')), prefix.env);
    assert.equal(first.status, 0, first.stdout + first.stderr);
    const before = await exportText();
    assert.match(before ?? '', /Keep_Me\]\r\n("[^\r\n]*\r\n)*"updaterPriority"=dword:00000005/);

    // --format json logs each command before it starts: the moment to interrupt is seen, not guessed.
    const int = await cli(args('apply', '--format', 'json', join(dir, 'many.reg')), prefix.env, { when: /run: wine reg import/, signal: 'SIGINT' });
    assert.equal(int.killed, true, int.stderr);
    assert.equal(int.status, 130, int.stderr);
    assert.match(int.stderr, /interrupted by SIGINT; rolled back: the target is as it was/);
    assert.equal(await exportText(), before);

    const term = await cli(args('apply', '--format', 'json', join(dir, 'many.reg')), prefix.env, { when: /run: wine reg copy/, signal: 'SIGTERM' });
    assert.equal(term.killed, true, term.stderr);
    assert.equal(term.status, 143, term.stderr);
    assert.match(term.stderr, /interrupted by SIGTERM; rolled back/);
    assert.equal(await exportText(), before);
    // Neither interrupted apply left its lossless copy behind.
    assert.doesNotMatch((await prefix.reg('query', 'HKLM\\SOFTWARE\\ExpeditedApps\\Backups', '/s')).stdout, /Backups\\/);

    // The interrupted applies retired their backups: --undo undoes the first apply, which created UScheduler_OOBE.
    const undo = await cli(args('apply', '--undo'), prefix.env);
    assert.equal(undo.status, 0, undo.stdout + undo.stderr);
    assert.equal(await exportText(), undefined);
  });

  test('item 2: a folder the CLI cannot write is one line and exit 2, not a stack trace', async () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'not a folder');
    const run = await cli(['pull', '--target', 'wine', '--wineprefix', prefix.dir, join(file, 'sub')], prefix.env);
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /^expedite pull: .*(ENOTDIR|EEXIST).*\n$/);
    assert.doesNotMatch(run.stderr, /^\s+at /m);
  });

  test('pull into a folder keeps a file it would overwrite as .bak', async () => {
    const out = join(dir, 'pulled');
    const previous = join(out, 'UScheduler_OOBE.reg');
    mkdirSync(out, { recursive: true });
    writeFileSync(previous, 'my own notes');
    const run = await cli(['pull', '--target', 'wine', '--wineprefix', prefix.dir, out], prefix.env);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(readFileSync(`${previous}.bak`, 'utf8'), 'my own notes');
    assert.match(readFileSync(previous).toString('utf16le'), /Windows Registry Editor Version 5\.00/);
    assert.match(run.stdout, /kept the previous version as .*UScheduler_OOBE\.reg\.bak$/m);
    // The same content again: nothing more to keep.
    const again = await cli(['pull', '--target', 'wine', '--wineprefix', prefix.dir, out], prefix.env);
    assert.equal(again.status, 0);
    assert.equal(existsSync(`${previous}.bak2`), false);
  });

  test('issue 14: a Wine prefix that does not exist is refused (exit 2) unless --create-prefix', async () => {
    const home = mkdtempSync(join(tmpdir(), 'expedite-home-'));
    try {
      const env: NodeJS.ProcessEnv = { ...prefix.env, HOME: home };
      delete env.WINEPREFIX;
      for (const verb of [['apply', join(dir, 'first.reg')], ['remove', join(dir, 'first.reg')], ['pull']]) {
        const run = await cli([...verb, '--target', 'wine'], env);
        assert.equal(run.status, 2, `${verb[0]}: ${run.stdout}${run.stderr}`);
        assert.match(run.stderr, new RegExp(`^expedite ${verb[0]}: the Wine prefix ${join(home, '.wine')} does not exist .*--create-prefix`));
        assert.equal(existsSync(join(home, '.wine')), false, 'nothing was created in HOME');
      }
      const explicit = await cli(['pull', '--target', 'wine', '--wineprefix', join(home, 'nope')], env);
      assert.equal(explicit.status, 2);
      assert.equal(existsSync(join(home, 'nope')), false);

      const created = await cli(['pull', '--target', 'wine', '--create-prefix'], env);
      assert.equal(created.status, 0, created.stdout + created.stderr);
      assert.match(created.stdout, /registrations on Wine prefix/);
      assert.equal(existsSync(join(home, '.wine', 'drive_c')), true);
    } finally {
      await new Promise<void>((done) => spawn('wineserver', ['-k'], { env: { ...process.env, WINEPREFIX: join(home, '.wine') }, stdio: 'ignore' }).on('exit', () => done()).on('error', () => done()));
      rmSync(home, { recursive: true, force: true });
    }
  });
});
