// The default ANSI code page of REGEDIT4 files on Windows is the system's (what regedit uses):
// dist/cli.js on Windows' own node.exe in a Wine prefix set to Korean (ACP 949) reads a CP949
// export without --codepage, exactly as Wine's reg.exe imports it there; --codepage still wins.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { koreanLocaleEnv } from '../helpers/winePrefix';
import { createWindowsMachine, windowsNodeMissing, type WindowsMachine } from './windowsMachine';

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
const KEY = 'HKEY_CURRENT_USER\\Software\\ExpediteCodePage';
const cp949 = (hex: string) => Buffer.from(hex, 'hex');
// [KEY\한국] 설명 = "한국어 값", as Korean Windows' regedit exports it (REGEDIT4, CP949).
const FILE = Buffer.concat([
  Buffer.from(`REGEDIT4\r\n\r\n[${KEY}\\`),
  cp949('c7d1b1b9'),
  Buffer.from(']\r\n"'),
  cp949('bcb3b8ed'),
  Buffer.from('"="'),
  cp949('c7d1b1b9beee20b0aa'),
  Buffer.from('"\r\n\r\n'),
]);

describe("REGEDIT4 on a Korean Windows: the system's code page by default", { skip: windowsNodeMissing() }, () => {
  let work: string;
  let machine: WindowsMachine | undefined;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'expedite-win-codepage-'));
    const env = koreanLocaleEnv(work);
    if (!env) return;
    machine = await createWindowsMachine({ env });
    writeFileSync(join(machine.root, 'korean.reg'), FILE);
  });
  after(async () => {
    await machine?.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  test('the ANSI code page of this Windows is 949', async (t) => {
    if (!machine) return t.skip('no ko_KR locale source to compile (package locales)');
    const acp = await machine.prefix.reg('query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage', '/v', 'ACP');
    assert.match(acp.stdout, /ACP\s+REG_SZ\s+949/);
  });

  test('values without --codepage reads the Korean names; --codepage 1252 still wins', async (t) => {
    if (!machine) return t.skip('no ko_KR locale source to compile (package locales)');
    const run = await machine.cli(['values', '--format', 'json', 'korean.reg']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [{ key: `${KEY}\\한국`, values: [{ name: '설명', type: 'REG_SZ', data: '한국어 값' }] }]);
    const western = await machine.cli(['values', '--format', 'json', '--codepage', '1252', 'korean.reg']);
    assert.equal((JSON.parse(western.stdout) as { values: { name: string }[] }[])[0].values[0].name, '¼³¸í');
  });

  test("what Wine's reg.exe imports there is what values said", async (t) => {
    if (!machine) return t.skip('no ko_KR locale source to compile (package locales)');
    const imported = await machine.prefix.reg('import', 'C:\\expedite\\korean.reg');
    assert.equal(imported.code, 0, imported.stdout + imported.stderr);
    // Exported back as UTF-16LE (no code page involved) and read on the Linux side.
    const exported = await machine.prefix.reg('export', KEY, 'C:\\expedite\\back.reg', '/y');
    assert.equal(exported.code, 0, exported.stdout + exported.stderr);
    const back = spawnSync(process.execPath, [CLI, 'values', '--format', 'json', 'back.reg'], { cwd: machine.root, encoding: 'utf8' });
    const stored = (JSON.parse(back.stdout) as { key: string; values: unknown[] }[]).filter((k) => k.values.length);
    assert.deepEqual(stored, [{ key: `${KEY}\\한국`, values: [{ name: '설명', type: 'REG_SZ', data: '한국어 값' }] }]);
  });
});
