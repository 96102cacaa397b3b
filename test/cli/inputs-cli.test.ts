// Paths as pipelines pass them: nothing may pass by accident (issue 14 "Build" first item, issue
// 11 item 11). Real dist/cli.js, real files, FIFOs, links, pipes and permissions.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertNoCrash, CLI, copyExamples, expedite, ROOT, scratch } from './runCli';


describe('expedite check: paths that name nothing are exit 2', () => {
  let tmp: ReturnType<typeof scratch>;
  before(() => {
    tmp = scratch('inputs');
    mkdirSync(join(tmp.dir, 'empty'));
    copyExamples(tmp.dir, ['fabrikam-apps.reg']);
  });
  after(() => tmp.remove());

  test('issue 11 item 11: an empty PATH ("" from an unset variable) is refused, even beside a good one', () => {
    for (const args of [['check', ''], ['check', 'fabrikam-apps.reg', ''], ['check', ' '], ['simulate', ''], ['values', ''], ['fix', ''], ['convert', '--to', 'reg', '']]) {
      const r = expedite(args, { cwd: tmp.dir });
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /an empty (PATH|FILE\.reg) was given \(an unset variable\?\)/, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });

  test('issue 11 item 11: apply and remove refuse an empty PATH before anything is planned or written', () => {
    for (const verb of ['apply', 'remove']) {
      const r = expedite([verb, '--dry-run', ''], { cwd: tmp.dir });
      assert.equal(r.status, 2, `${verb}: ${r.stderr}`);
      assert.match(r.stderr, /an empty PATH was given \(an unset variable\?\)/, verb);
      assert.doesNotMatch(r.stdout, /fabrikam|Fabrikam/, `${verb} planned the current folder`);
    }
  });

  test('an empty folder, a pattern that matches nothing and a missing file: exit 2, each named, nothing on stdout', () => {
    const r = expedite(['check', 'empty', 'nope-*.reg', 'missing.reg', 'fabrikam-apps.reg'], { cwd: tmp.dir });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no \.reg, updater_\*\.json or \*\.payload\.json file in folder empty/);
    assert.match(r.stderr, /no file matches nope-\*\.reg/);
    assert.match(r.stderr, /cannot read missing\.reg: no such file or directory/);
  });
});

describe('expedite check: folder scans, case, links and special files', () => {
  let tmp: ReturnType<typeof scratch>;
  before(() => {
    tmp = scratch('scan');
    mkdirSync(join(tmp.dir, 'sub'));
    copyExamples(tmp.dir, ['invalid/updater_BadTool.json'], () => 'sub/Updater_BadTool.json');
    copyExamples(tmp.dir, ['invalid/priority-250.reg'], () => 'sub/PRIORITY.REG');
    copyExamples(tmp.dir, ['invalid/http-endpoint.reg'], () => 'http.reg');
    symlinkSync(join(tmp.dir, 'http.reg'), join(tmp.dir, 'sub', 'link.reg'));
    spawnSync('mkfifo', [join(tmp.dir, 'sub', 'pipe.reg')]);
  });
  after(() => tmp.remove());

  test('names compare case-insensitively, as on Windows: Updater_BadTool.json and PRIORITY.REG are found', () => {
    type Report = { files: { path: string; diagnostics: unknown[] }[]; summary: { errors: number } };
    const direct = JSON.parse(expedite(['check', '--format', 'json', 'sub/Updater_BadTool.json'], { cwd: tmp.dir }).stdout) as Report;
    assert.ok(direct.summary.errors > 0, 'the file has errors when named directly');
    const r = expedite(['check', '--format', 'json', 'sub'], { cwd: tmp.dir, timeoutMs: 30_000 });
    assert.equal(r.signal, null, 'the scan must not hang on the FIFO');
    const json = JSON.parse(r.stdout) as Report;
    assert.deepEqual(json.files.map((f) => f.path), ['sub/PRIORITY.REG', 'sub/Updater_BadTool.json']);
    // The folder scan reads it as naming it does (plus the findings across the two files).
    for (const d of direct.files[0].diagnostics) assert.ok(json.files[1].diagnostics.some((f) => JSON.stringify(f) === JSON.stringify(d)), JSON.stringify(d));
    assert.ok(json.summary.errors > direct.summary.errors);
  });

  test('issue 11 item 11: a symbolic link and a FIFO named *.reg in a folder are reported and skipped; the run does not hang', () => {
    const r = expedite(['check', 'sub'], { cwd: tmp.dir, timeoutMs: 30_000 });
    assert.equal(r.signal, null, 'timed out: the FIFO was opened');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /skipped sub\/link\.reg: a symbolic link/);
    assert.match(r.stderr, /skipped sub\/pipe\.reg: a named pipe \(FIFO\)/);
    assertNoCrash(r);
  });

  test('a symbolic link to a folder is reported and not followed; named itself, it is checked', () => {
    const own = scratch('linked-folder');
    try {
      mkdirSync(join(own.dir, 'real'));
      mkdirSync(join(own.dir, 'scan'));
      copyExamples(own.dir, ['invalid/priority-250.reg'], () => 'real/priority-250.reg');
      copyExamples(own.dir, ['fabrikam-apps.reg'], () => 'scan/fabrikam-apps.reg');
      symlinkSync(join(own.dir, 'real'), join(own.dir, 'scan', 'linked'), 'dir');
      const r = expedite(['check', 'scan'], { cwd: own.dir });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /^expedite check: skipped scan\/linked: a symbolic link to a folder \(links are not followed in folders; name the folder itself to check it\)$/m);
      const named = expedite(['check', 'scan/linked'], { cwd: own.dir });
      assert.equal(named.status, 1, 'the error behind the link is found when the link is named');
      assert.match(named.stdout, /scan\/linked\/priority-250\.reg:\d+:\d+: error: /);
    } finally {
      own.remove();
    }
  });

  test('issue 11 item 11: a FIFO named on the command line is skipped with a message; with nothing else to check: exit 2', () => {
    const r = expedite(['check', 'sub/pipe.reg'], { cwd: tmp.dir, timeoutMs: 30_000 });
    assert.equal(r.signal, null);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /skipped sub\/pipe\.reg: a named pipe \(FIFO\)/);
    assert.match(r.stderr, /nothing to check/);
  });

  test('a link named on the command line is followed (the user chose it)', () => {
    const r = expedite(['check', '--format', 'json', 'sub/link.reg'], { cwd: tmp.dir });
    assert.equal(r.status, 1);
    assert.equal((JSON.parse(r.stdout) as { files: unknown[] }).files.length, 1);
  });

  test('glob patterns are expanded by the CLI (quoted, as cmd and PowerShell pass them), case-insensitively', () => {
    const r = expedite(['check', '--format', 'json', '**/*.reg'], { cwd: tmp.dir, timeoutMs: 30_000 });
    const json = JSON.parse(r.stdout) as { files: { path: string }[] };
    assert.deepEqual(json.files.map((f) => f.path), ['http.reg', 'sub/PRIORITY.REG', 'sub/link.reg']);
    const upper = JSON.parse(expedite(['check', '--format', 'json', 'sub/UPDATER_*.JSON'], { cwd: tmp.dir }).stdout) as { files: { path: string }[] };
    assert.deepEqual(upper.files.map((f) => f.path), ['sub/Updater_BadTool.json']);
  });

  test('an unreadable folder and an unreadable file are exit 2 with a message; the rest is still checked', (t) => {
    const locked = join(tmp.dir, 'locked');
    mkdirSync(locked, { recursive: true });
    copyExamples(tmp.dir, ['fabrikam-apps.reg'], () => 'locked/inside.reg');
    copyExamples(tmp.dir, ['fabrikam-apps.reg'], () => 'secret.reg');
    chmodSync(locked, 0o000);
    chmodSync(join(tmp.dir, 'secret.reg'), 0o000);
    chmodSync(tmp.dir, 0o755);
    try {
      // Root reads everything: run as an unprivileged user when we are root.
      const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
      if (asUser.length && spawnSync('setpriv', ['--version']).status !== 0) {
        t.skip('running as root without setpriv: permissions cannot be taken away');
        return;
      }
      const [cmd, ...rest] = [...asUser, process.execPath, CLI, 'check', '.'];
      const r = spawnSync(cmd, rest, { cwd: tmp.dir, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /cannot read folder locked: permission denied/);
      assert.match(r.stderr, /cannot read secret\.reg: permission denied/);
      assert.match(r.stdout, /http\.reg:/, 'the readable files are still reported');
    } finally {
      chmodSync(locked, 0o755);
      chmodSync(join(tmp.dir, 'secret.reg'), 0o644);
    }
  });
});

describe('expedite check: documented limits', () => {
  let tmp: ReturnType<typeof scratch>;
  before(() => (tmp = scratch('limits')));
  after(() => tmp.remove());

  test('issue 11 item 11: a file over 256 MB is a clear finding and exit 2, never a crash', () => {
    const big = join(tmp.dir, 'big.reg');
    const fd = openSync(big, 'w');
    closeSync(fd);
    spawnSync('truncate', ['-s', `${257 * 1024 * 1024}`, big]);
    copyExamples(tmp.dir, ['fabrikam-apps.reg']);
    const r = expedite(['check', '.'], { cwd: tmp.dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read big\.reg: too large \(257 MB; the limit is 256 MB\)/);
    assert.match(r.stdout, /1 file checked/);
    assertNoCrash(r);
  });

  test('more than 20,000 files is exit 2 with the count, not a silent cut', () => {
    const many = join(tmp.dir, 'many');
    mkdirSync(many);
    for (let i = 0; i <= 20_000; i++) writeFileSync(join(many, `f${i}.reg`), '');
    const r = expedite(['check', 'many'], { cwd: tmp.dir, timeoutMs: 120_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /more than 20000 files to check \(the limit\)/);
    assert.equal(r.stdout, '');
  });
});

describe('expedite check: stdin, pipes, version and usage', () => {
  test('- reads stdin; --stdin-filename decides the kind and the path shown', () => {
    const text = readFileSync(join(ROOT, 'examples', 'invalid', 'http-endpoint.reg'));
    const fromFile = JSON.parse(expedite(['check', '--format', 'json', 'examples/invalid/http-endpoint.reg']).stdout) as { files: { diagnostics: unknown[] }[] };
    const r = expedite(['check', '--format', 'json', '--stdin-filename', 'piped.reg', '-'], { input: text });
    assert.equal(r.status, 1, r.stderr);
    const json = JSON.parse(r.stdout) as { files: { path: string; kind: string; diagnostics: unknown[] }[] };
    assert.deepEqual(json.files.map((f) => [f.path, f.kind]), [['piped.reg', 'reg']]);
    assert.deepEqual(json.files[0].diagnostics, fromFile.files[0].diagnostics);
    // The name decides the kind for JSON too, case-insensitively as for files: a registration file.
    const direct = JSON.parse(expedite(['check', '--format', 'json', 'examples/invalid/updater_BadTool.json']).stdout) as { files: { kind: string; diagnostics: unknown[] }[] };
    const piped = JSON.parse(expedite(['check', '--format', 'json', '--stdin-filename', 'ci/Updater_BadTool.JSON', '-'], { input: readFileSync(join(ROOT, 'examples', 'invalid', 'updater_BadTool.json')) }).stdout) as { files: { path: string; kind: string; diagnostics: unknown[] }[] };
    assert.deepEqual(piped.files.map((f) => [f.path, f.kind]), [['ci/Updater_BadTool.JSON', 'registration']]);
    assert.deepEqual(piped.files[0].diagnostics, direct.files[0].diagnostics);
    const noName = expedite(['check', '-'], { input: text });
    assert.equal(noName.status, 2);
    assert.match(noName.stderr, /--stdin-filename NAME/);
  });

  test('a reader that closes early (| head -1) ends quietly with the exit code of the findings', () => {
    const tmp = scratch('epipe');
    try {
      // Enough findings to fill the pipe buffer many times over.
      const lines = ['Windows Registry Editor Version 5.00', ''];
      for (let i = 0; i < 5_000; i++) {
        lines.push(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App${i}]`, '"updaterPriority"=dword:000000fa', '');
      }
      writeFileSync(join(tmp.dir, 'many.reg'), lines.join('\r\n'));
      const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" check many.reg 2>err.txt | head -1; echo "status=$?"`], { cwd: tmp.dir, encoding: 'utf8', timeout: 120_000 });
      const stderr = readFileSync(join(tmp.dir, 'err.txt'), 'utf8');
      assert.match(r.stdout, /^many\.reg:\d+:\d+: error: /);
      assert.match(r.stdout, /status=1\n$/, `${r.stdout}\n${stderr}`);
      assert.doesNotMatch(stderr, /EPIPE|Error:|\n\s+at /);
    } finally {
      tmp.remove();
    }
  });

  test('--version is package.json\'s, and no environment variable changes it', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.equal(expedite(['--version']).stdout, `${version}\n`);
    assert.equal(expedite(['--version'], { env: { ...process.env, EXPEDITE_VERSION: '9.9.9' } }).stdout, `${version}\n`);
  });

  test('every command (apply, remove and pull too) has --help (exit 0) and one wording for an unknown option or a missing value (exit 2)', () => {
    for (const command of ['check', 'values', 'simulate', 'convert', 'fix']) {
      const help = expedite([command, '--help']);
      assert.equal(help.status, 0, command);
      assert.match(help.stdout, new RegExp(`^usage: expedite ${command}`), command);
      const unknown = expedite([command, '--bogus', 'examples']);
      assert.equal(unknown.status, 2, command);
      assert.equal(unknown.stderr, `expedite ${command}: unknown option --bogus (see 'expedite ${command} --help')\n`);
    }
    // apply, remove and pull: the same parser, so the same words (and a value that looks like an option is not taken).
    for (const verb of ['apply', 'remove', 'pull']) {
      const help = expedite([verb, '--help']);
      assert.equal(help.status, 0, verb);
      assert.match(help.stdout, /^usage: expedite apply\|remove\|pull /, verb);
      const unknown = expedite([verb, '--dry-run', '--bogus', 'examples']);
      assert.equal(unknown.status, 2, verb);
      assert.equal(unknown.stderr, `expedite ${verb}: unknown option --bogus (see 'expedite ${verb} --help')\n`);
      const noValue = expedite([verb, '--target', '--dry-run', 'examples']);
      assert.equal(noValue.status, 2, verb);
      assert.equal(noValue.stderr, `expedite ${verb}: option --target needs a value (see 'expedite ${verb} --help')\n`);
      const flagValue = expedite([verb, '--dry-run=yes', 'examples']);
      assert.equal(flagValue.stderr, `expedite ${verb}: option --dry-run takes no value (see 'expedite ${verb} --help')\n`);
      assert.match(expedite([verb, '--target', 'moon', 'examples']).stderr, new RegExp(`^expedite ${verb}: option --target must be one of local, wine \\(found 'moon'\\)\n$`));
    }
    const missing = expedite(['check', 'examples', '--format']);
    assert.equal(missing.stderr, "expedite check: option --format needs a value (see 'expedite check --help')\n");
    const bad = expedite(['check', '--format', 'xml', 'examples']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /option --format must be one of text, json, sarif, junit, github, azure \(found 'xml'\)/);
  });
});
