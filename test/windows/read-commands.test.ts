// check, values and simulate on Windows' own node.exe: drive-letter paths, backslashes, CRLF files and
// arguments as cmd passes them. Each result must equal what the same command prints on Linux for the
// same files, so a win32-only path or line-ending bug shows up as a difference.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createWindowsMachine, windowsNodeMissing, type Run, type WindowsMachine } from './windowsMachine';

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');

describe("read-only commands on Windows' node.exe", { skip: windowsNodeMissing() }, () => {
  let machine: WindowsMachine;

  /** The same command with Linux's node, from the same folder (C:\expedite on the Linux side). */
  const onLinux = (args: string[]): Run => {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: machine.root, encoding: 'utf8' });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  };

  before(async () => {
    machine = await createWindowsMachine();
  });

  after(async () => {
    await machine?.dispose();
  });

  test('process.platform is win32 there (the CLI really runs as on Windows)', async () => {
    const probe = join(machine.root, 'platform.js');
    writeFileSync(probe, 'process.exitCode = process.platform === "win32" && process.env.ProgramData === "C:\\\\ProgramData" ? 0 : 3;');
    const run = await machine.node(['C:\\expedite\\platform.js']);
    assert.equal(run.code, 0, `platform ${run.stdout}${run.stderr}`);
  });

  test('check: drive-letter paths, backslashes and a folder give the same findings as on Linux', async () => {
    const windows = await machine.cli(['check', '--format', 'json', 'C:\\expedite\\examples\\fabrikam-apps.reg', 'examples\\invalid\\priority-250.reg', 'C:\\expedite\\examples\\registration\\']);
    const linux = onLinux(['check', '--format', 'json', 'examples/fabrikam-apps.reg', 'examples/invalid/priority-250.reg', 'examples/registration/']);
    assert.equal(windows.code, linux.code, windows.stderr);
    assert.equal(windows.code, 1, 'priority-250.reg has an error-severity finding');
    assert.deepEqual(JSON.parse(windows.stdout), JSON.parse(linux.stdout));
    const paths = (JSON.parse(windows.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.ok(paths.includes('examples/fabrikam-apps.reg') && paths.includes('examples/registration/updater_PhotoEditor.json'), paths.join(', '));
  });

  test('check: files with CRLF line ends (a Windows checkout) give the findings LF files give on Linux, at the same positions', async () => {
    const names = ['updater_BadTool.json', 'dangling-continuation.reg', 'priority-250.reg', 'fabrikam-apps.reg'];
    for (const [folder, eol] of [['lf', '\n'], ['crlf', '\r\n']] as const) {
      mkdirSync(join(machine.root, folder), { recursive: true });
      for (const name of names) {
        const source = join(machine.root, 'examples', name.startsWith('fabrikam') ? '' : 'invalid', name);
        const bytes = readFileSync(source);
        // .reg files may be UTF-16LE: change line ends in the decoded text, write back in the same encoding.
        const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf16le' : 'utf8';
        writeFileSync(join(machine.root, folder, name), Buffer.from(bytes.toString(encoding).replace(/\r?\n/g, eol), encoding));
      }
    }
    const windows = await machine.cli(['check', '--format', 'json', 'C:\\expedite\\crlf']);
    const linux = onLinux(['check', '--format', 'json', 'lf']);
    assert.equal(windows.code, linux.code, windows.stderr);
    const starts = (out: string) =>
      (JSON.parse(out) as { files: { path: string; diagnostics: { code: string; range: { start: unknown } }[] }[] }).files.map((f) => ({
        name: f.path.split('/').pop(),
        found: f.diagnostics.map((d) => [d.code, d.range.start]),
      }));
    const found = starts(windows.stdout);
    assert.deepEqual(found, starts(linux.stdout));
    assert.equal(found.length, names.length);
    assert.ok(found.some((f) => f.found.length > 0), 'the invalid examples have findings');
  });

  test('check: the text report has the same lines as on Linux', async () => {
    const windows = await machine.cli(['check', 'examples\\invalid\\priority-250.reg']);
    const linux = onLinux(['check', 'examples/invalid/priority-250.reg']);
    assert.equal(windows.code, 1, `exit ${windows.code}: ${windows.stdout}${windows.stderr}`);
    assert.deepEqual(windows.stdout.split(/\r?\n/), linux.stdout.split(/\r?\n/));
  });

  test(
    'check: a wildcard argument as cmd passes it (cmd does not expand *.reg) checks every matching file',
    async () => {
      const run = await machine.cmd(`${machine.nodeExe} C:\\expedite\\cli.js check --format json examples\\invalid\\*.reg`);
      const expected = readdirSync(join(machine.root, 'examples', 'invalid')).filter((n) => n.endsWith('.reg')).map((n) => `examples/invalid/${n}`).sort();
      const files = (JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path).sort();
      assert.deepEqual(files, expected);
    },
  );

  test('values: a UTF-16LE and a REGEDIT4 file by drive-letter path give what Linux gives', async () => {
    for (const name of ['fabrikam-apps.reg', 'northwind-regedit4.reg']) {
      const windows = await machine.cli(['values', '--format', 'json', `C:\\expedite\\examples\\${name}`]);
      const linux = onLinux(['values', '--format', 'json', `examples/${name}`]);
      assert.equal(windows.code, 0, windows.stderr);
      assert.deepEqual(JSON.parse(windows.stdout), JSON.parse(linux.stdout), name);
      assert.ok((JSON.parse(windows.stdout) as unknown[]).length > 0, `${name} has keys`);
    }
  });

  test('simulate: a scenario file and a folder by Windows paths give the same run order as on Linux', async () => {
    writeFileSync(join(machine.root, 'scenario.json'), JSON.stringify({ phase: 'oobe', attempts: { Fabrikam_PhotoStudio: ['fail', 'succeed'] } }));
    const windows = await machine.cli(['simulate', '--format', 'json', '--scenario', 'C:\\expedite\\scenario.json', 'C:\\expedite\\examples\\fabrikam-apps.reg', 'examples\\registration']);
    const linux = onLinux(['simulate', '--format', 'json', '--scenario', 'scenario.json', 'examples/fabrikam-apps.reg', 'examples/registration']);
    assert.equal(windows.code, linux.code, windows.stderr);
    const result = JSON.parse(windows.stdout) as { order: string[] };
    assert.deepEqual(result, JSON.parse(linux.stdout));
    assert.ok(result.order.includes('Fabrikam_PhotoStudio') && result.order.includes('Contoso_PhotoEditor'), result.order.join(', '));
  });
});
