// REGEDIT4 files in an ANSI code page other than 1252, against Wine's real reg.exe: a CP949
// export of Korean Windows imported into a prefix whose locale is Korean (ANSI code page 949)
// leaves exactly what `expedite values --codepage 949` says.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ImportedKey } from '../../core/reg/model';
import { createWinePrefix, koreanLocaleEnv, wineAvailable, type WinePrefix } from '../helpers/winePrefix';
import { expedite } from '../cli/runCli';
import { differences, exportedKeys, winePath } from './reg-compare';

const SANDBOX = 'HKEY_CURRENT_USER\\Software\\ExpediteCodePage';
const cp949 = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex');
// 설명 = "한국어 값" and a key 한국 — written as Korean Windows' regedit exports them (CP949).
const FILE = Buffer.concat([
  Buffer.from(`REGEDIT4\r\n\r\n[${SANDBOX}\\`),
  cp949('c7d1 b1b9'), // 한국
  Buffer.from(']\r\n"'),
  cp949('bcb3 b8ed'), // 설명
  Buffer.from('"="'),
  cp949('c7d1 b1b9 beee 20 b0aa'), // 한국어 값
  Buffer.from('"\r\n"ascii"="plain"\r\n\r\n'),
]);

describe('REGEDIT4 in code page 949 against Wine in a Korean locale', { skip: !wineAvailable() && 'wine is not installed' }, () => {
  let work: string;
  let prefix: WinePrefix | undefined;
  let file: string;
  let env: NodeJS.ProcessEnv | undefined;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'expedite-codepage-'));
    file = join(work, 'korean.reg');
    writeFileSync(file, FILE);
    env = koreanLocaleEnv(work);
    if (env) prefix = await createWinePrefix({ env });
  });
  after(async () => {
    await prefix?.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  test('the prefix\'s ANSI code page is 949', async (t) => {
    if (!prefix) return t.skip('no ko_KR locale source to compile (package locales)');
    const acp = await prefix.reg('query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage', '/v', 'ACP');
    assert.match(acp.stdout, /ACP\s+REG_SZ\s+949/);
  });

  test('values --codepage 949 agrees with what Wine stored; the 1252 reading does not', async (t) => {
    if (!prefix) return t.skip('no ko_KR locale source to compile (package locales)');
    const run = await prefix.reg('import', winePath(file));
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const stored = (await exportedKeys(prefix, SANDBOX, join(work, 'export.reg'))).filter((k) => k.values.length);
    const ours = JSON.parse(expedite(['values', '--format', 'json', '--codepage', '949', file]).stdout) as ImportedKey[];
    assert.deepEqual(differences(ours, stored, SANDBOX), []);
    assert.equal(stored.length, 1);
    assert.deepEqual(ours, [
      {
        key: `${SANDBOX}\\한국`,
        values: [
          { name: '설명', type: 'REG_SZ', data: '한국어 값' },
          { name: 'ascii', type: 'REG_SZ', data: 'plain' },
        ],
      },
    ]);
    const western = JSON.parse(expedite(['values', '--format', 'json', '--codepage', '1252', file]).stdout) as ImportedKey[];
    assert.notDeepEqual(differences(western, stored, SANDBOX), []);
    assert.equal(western[0].values[0].name, '¼³¸í');
  });
});
