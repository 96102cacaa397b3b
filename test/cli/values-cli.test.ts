// `expedite values` as pipelines call it: the real dist/cli.js on real files (contracts.md).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const CLI = process.env.EXPEDITE_CLI_PATH ?? join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'reg');

function expedite(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ORCH = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('expedite values', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'expedite-values-'));
    writeFileSync(
      join(dir, 'contoso.reg'),
      utf16(
        [
          'Windows Registry Editor Version 5.00',
          '',
          `[HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_Oobe\\Contoso_App]`,
          '"updaterPriority"=dword:00000007',
          '"UpdaterPriority"=dword:00000005',
          '"expeditedPayload"="{\\"PFN\\":\\"Contoso.App_8wekyb3d8bbwe\\"}"',
          '"gone"="x"',
          '"gone"=-',
          '"list"=hex(7):61,00,00,00,00,00',
          '"q"=hex(b):02,00,00,00,00,00,00,00',
          '"bin"=hex:de,ad',
          '',
          `[-${ORCH}\\Old]`,
          '',
        ].join('\r\n'),
      ),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--format json prints exactly the contract shape, keys in file order, long root names', () => {
    const r = expedite(['values', '--format', 'json', join(dir, 'contoso.reg')]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [
      {
        key: `${ORCH.replace('UScheduler_OOBE', 'UScheduler_Oobe')}\\Contoso_App`,
        values: [
          { name: 'updaterPriority', type: 'REG_DWORD', data: 5 },
          { name: 'expeditedPayload', type: 'REG_SZ', data: '{"PFN":"Contoso.App_8wekyb3d8bbwe"}' },
          { name: 'list', type: 'REG_MULTI_SZ', data: ['a'] },
          { name: 'q', type: 'REG_QWORD', data: '2' },
          { name: 'bin', type: 'REG_BINARY', data: 'dead' },
        ],
      },
    ]);
    assert.equal(r.stderr, '');
  });

  test('every record has exactly key/values and name/type/data of the right JSON types', () => {
    const r = expedite(['values', '--format=json', join(FIXTURES, '03-hex-types.reg')]);
    const keys = JSON.parse(r.stdout) as { key: string; values: { name: string; type: string; data: unknown }[] }[];
    assert.ok(keys.length > 0);
    for (const key of keys) {
      assert.deepEqual(Object.keys(key), ['key', 'values']);
      assert.match(key.key, /^HKEY_(LOCAL_MACHINE|CURRENT_USER|CLASSES_ROOT|USERS|CURRENT_CONFIG)\\/);
      for (const v of key.values) {
        assert.deepEqual(Object.keys(v), ['name', 'type', 'data']);
        if (v.type === 'REG_DWORD' || v.type === 'REG_DWORD_BIG_ENDIAN') assert.equal(typeof v.data, 'number');
        else if (v.type === 'REG_MULTI_SZ') assert.ok(Array.isArray(v.data));
        else if (v.type === 'REG_QWORD') assert.match(v.data as string, /^\d+$/);
        else if (['REG_SZ', 'REG_EXPAND_SZ', 'REG_LINK'].includes(v.type)) assert.equal(typeof v.data, 'string');
        else assert.match(v.data as string, /^([0-9a-f]{2})*$/, `${v.name} ${v.type}`);
      }
    }
    const types = new Set(keys.flatMap((k) => k.values.map((v) => v.type)));
    for (const t of ['REG_NONE', 'REG_SZ', 'REG_EXPAND_SZ', 'REG_BINARY', 'REG_DWORD', 'REG_DWORD_BIG_ENDIAN', 'REG_LINK', 'REG_MULTI_SZ', 'REG_QWORD', 'hex(c)', 'hex(100)']) assert.ok(types.has(t), t);
    // The fixture has lines the importer drops: exit 1, values still printed, a note on stderr.
    assert.equal(r.status, 1);
    assert.match(r.stderr, /error/);
  });

  test('text output, and exit 2 for usage errors and unreadable input', () => {
    const text = expedite(['values', join(dir, 'contoso.reg')]);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /^\[HKEY_LOCAL_MACHINE\\SOFTWARE\\.*\\Contoso_App\]\n {2}updaterPriority +REG_DWORD +5\n/);
    assert.equal(expedite(['values', join(dir, 'missing.reg')]).status, 2);
    assert.equal(expedite(['values']).status, 2);
    assert.equal(expedite(['values', '--format', 'xml', join(dir, 'contoso.reg')]).status, 2);
    assert.equal(expedite(['values', join(dir, 'contoso.reg'), join(dir, 'contoso.reg')]).status, 2);
  });
});
