// --codepage: REGEDIT4 files read with an ANSI code page other than 1252 (Korean Windows exports
// with 949). Every code page offered decodes with this Node's ICU.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ANSI_CODE_PAGES, decodeCodePage } from '../../core/reg/ansi';
import { decodeRegBytes } from '../../core/reg/decode';
import { expedite, scratch } from './runCli';

describe('ANSI code pages', () => {
  let tmp: ReturnType<typeof scratch>;
  before(() => {
    tmp = scratch('codepage');
    const key = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App';
    writeFileSync(join(tmp.dir, 'korean.reg'), Buffer.concat([Buffer.from(`REGEDIT4\r\n\r\n[${key}]\r\n"`), Buffer.from('bcb3b8ed', 'hex'), Buffer.from('"="'), Buffer.from('c7d1b1b9beee20b0aa', 'hex'), Buffer.from('"\r\n')]));
  });
  after(() => tmp.remove());

  test('every code page offered (874, 932, 936, 949, 950, 1250-1258) decodes with Node\'s TextDecoder', () => {
    for (const [cp, label] of ANSI_CODE_PAGES) {
      assert.doesNotThrow(() => new TextDecoder(label), `${cp} ${label}`);
      assert.equal(decodeCodePage(Buffer.from('REGEDIT4'), cp), 'REGEDIT4');
    }
    assert.equal(decodeCodePage(Buffer.from('c7d1b1b9', 'hex'), 949), '한국');
    assert.equal(decodeCodePage(Buffer.from('93fa967b', 'hex'), 932), '日本');
    assert.equal(decodeCodePage(Buffer.from('d6d0cec4', 'hex'), 936), '中文');
    assert.equal(decodeCodePage(Buffer.from('a4a4a4e5', 'hex'), 950), '中文');
    assert.equal(decodeCodePage(Buffer.from([0x80, 0x9f]), 1252), '€Ÿ');
    assert.equal(decodeRegBytes(Buffer.from('c7d1', 'hex'), 949).encoding, 'ansi');
  });

  test('values --codepage 949 reads a Korean REGEDIT4 export; the default (1252 here) shows what Wine\'s default locale stores', () => {
    const korean = JSON.parse(expedite(['values', '--format', 'json', '--codepage', '949', 'korean.reg'], { cwd: tmp.dir }).stdout) as { values: { name: string; data: string }[] }[];
    assert.deepEqual(korean[0].values, [{ name: '설명', type: 'REG_SZ', data: '한국어 값' }]);
    const western = JSON.parse(expedite(['values', '--format', 'json', 'korean.reg'], { cwd: tmp.dir }).stdout) as { values: { name: string }[] }[];
    assert.equal(western[0].values[0].name, '¼³¸í');
  });

  test('check and simulate take --codepage too; an unsupported code page is exit 2 naming the supported ones', () => {
    assert.notEqual(expedite(['check', '--codepage', '949', 'korean.reg'], { cwd: tmp.dir }).status, 2);
    assert.notEqual(expedite(['simulate', '--codepage', '949', 'korean.reg'], { cwd: tmp.dir }).status, 2);
    const bad = expedite(['values', '--codepage', '65001', 'korean.reg'], { cwd: tmp.dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unsupported code page '65001' \(supported: 874, 932, 936, 949, 950, 1250/);
  });
});
