// apply / remove / pull / undo of the registry form against Wine's real registry.
// Every check of what landed reads Wine's own `reg query` text, never our .reg reader.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../../core/analyze';
import { DryRunBackend } from '../../backends/dryRun';
import type { PlanInput } from '../../backends/plan';
import { pullFromTarget } from '../../backends/pull';
import { changeRegistrations, undoLastChange } from '../../backends/run';
import type { Backend } from '../../backends/types';
import { createWineBackend } from '../../backends/wine';
import { render } from '../../core/rules/render';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';

const USCHED = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';
const OTHER = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\ExpediteTest';

function payload(pfn: string, extra = ''): string {
  return `{\\"PFN\\":\\"${pfn}\\",\\"Endpoint\\":\\"https://contoso.example/app.msixbundle\\"${extra}}`;
}

function regFile(path: string, body: string): PlanInput {
  const text = `Windows Registry Editor Version 5.00\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
  return { path, analysis: analyzeDocument({ path, text, encoding: 'utf16le-bom' }), bytes: Buffer.from(text, 'utf16le') };
}

function registration(name: string, priority: number, pfn: string, extra = ''): string {
  return `[${USCHED}\\${name}]\n"updaterPriority"=dword:${priority.toString(16).padStart(8, '0')}\n"expeditedPayload"="${payload(pfn, extra)}"\n\n`;
}

type QueryTree = Map<string, Map<string, { type: string; data: string }>>;

/** Wine's `reg query KEY /s` text read into key → value name → type and data (the test's own reading). */
function readQuery(text: string): QueryTree {
  const tree: QueryTree = new Map();
  let current: Map<string, { type: string; data: string }> | undefined;
  for (const line of text.replace(/\r/g, '').split('\n')) {
    if (line.startsWith('HKEY_')) {
      current = new Map();
      tree.set(line.toLowerCase(), current);
      continue;
    }
    const value = /^ {4}(.*?) {4}(REG_[A-Z_]+) {4}(.*)$/.exec(line) ?? /^ {4}(.*?) {4}(REG_[A-Z_]+)$/.exec(line);
    if (value && current) current.set(value[1].toLowerCase(), { type: value[2], data: value[3] ?? '' });
  }
  return tree;
}

describe('apply to Wine: registry form', { skip: !wineAvailable() && 'wine is not installed' }, () => {
  let prefix: WinePrefix;
  let backend: Backend;
  let backups: string;

  const query = async (key = USCHED) => {
    const run = await prefix.reg('query', key, '/s', '/reg:64');
    return run.code === 0 ? run.stdout : '';
  };
  const subkey = (tree: QueryTree, name: string) => tree.get(`${USCHED}\\${name}`.toLowerCase());

  before(async () => {
    prefix = await createWinePrefix();
    backend = await createWineBackend({ prefix: prefix.dir });
    backups = mkdtempSync(join(tmpdir(), 'expedite-backups-'));
  });

  after(async () => {
    await prefix?.dispose();
    rmSync(backups, { recursive: true, force: true });
  });

  test('apply writes exactly the registration values and nothing outside UScheduler_OOBE', async () => {
    const input = regFile(
      'contoso.reg',
      `[${OTHER}\\Other]\n"x"="not a registration"\n\n[${USCHED}]\n"BlockedOobeUpdaters"="MS_Outlook"\n\n${registration('Contoso_App', 5, 'Contoso.App_8wekyb3d8bbwe')}${registration('Contoso Tool "Beta"', 20, 'Contoso.Tool_8wekyb3d8bbwe', ',\\"MaxRetryCount\\":3')}`,
    );
    const report = await changeRegistrations('apply', [input], backend, { backupRoot: backups });
    assert.equal(report.ok, true, JSON.stringify(report, null, 2));
    assert.deepEqual(report.steps.map((s) => [s.name, s.action, s.status]), [['Contoso_App', 'create', 'done'], ['Contoso Tool "Beta"', 'create', 'done']]);
    assert.deepEqual(report.skipped.map((s) => s.what), [`[${OTHER}\\Other]`, `[${USCHED}]`]);
    assert.deepEqual(report.verification, { checked: 2, problems: [] });

    const tree = readQuery(await query());
    // Wine's `reg query /s` lists a key only when it has values: the parent has none.
    assert.deepEqual([...tree.keys()].sort(), [`${USCHED}\\Contoso Tool "Beta"`, `${USCHED}\\Contoso_App`].map((k) => k.toLowerCase()).sort());
    assert.deepEqual(Object.fromEntries(subkey(tree, 'Contoso_App') ?? []), {
      updaterpriority: { type: 'REG_DWORD', data: '0x5' },
      expeditedpayload: { type: 'REG_SZ', data: '{"PFN":"Contoso.App_8wekyb3d8bbwe","Endpoint":"https://contoso.example/app.msixbundle"}' },
    });
    assert.deepEqual(Object.fromEntries(subkey(tree, 'Contoso Tool "Beta"') ?? []), {
      updaterpriority: { type: 'REG_DWORD', data: '0x14' },
      expeditedpayload: { type: 'REG_SZ', data: '{"PFN":"Contoso.Tool_8wekyb3d8bbwe","Endpoint":"https://contoso.example/app.msixbundle","MaxRetryCount":3}' },
    });
    // The parent key's value and the unrelated key were skipped, not written.
    assert.equal((await prefix.reg('query', USCHED, '/v', 'BlockedOobeUpdaters', '/reg:64')).code, 1);
    assert.equal((await prefix.reg('query', OTHER)).code, 1);
  });

  test('an invalid registration writes nothing, and says why', async () => {
    const beforeText = await query();
    const input = regFile('bad.reg', `${registration('Fabrikam_Good', 7, 'Fabrikam.Good_8wekyb3d8bbwe')}${registration('Fabrikam_Bad', 250, 'Fabrikam.Bad_8wekyb3d8bbwe')}`);
    const report = await changeRegistrations('apply', [input], backend, { backupRoot: backups });
    assert.equal(report.ok, false);
    assert.deepEqual(report.refused.map((r) => r.name), ['Fabrikam_Bad']);
    assert.ok(report.refused[0].findings?.some((f) => f.severity === 'error'), 'the refusal lists the error findings');
    assert.deepEqual(report.operations, []);
    assert.equal(await query(), beforeText);
  });

  test('dry run lists the exact operations and writes nothing', async () => {
    const beforeText = await query();
    const dry = new DryRunBackend(backend);
    const input = regFile('dry.reg', `${registration('Contoso_App', 9, 'Contoso.App_8wekyb3d8bbwe')}${registration('Dry_New', 30, 'Dry.New_8wekyb3d8bbwe')}`);
    const report = await changeRegistrations('apply', [input], dry, { backupRoot: backups });
    assert.equal(report.ok, true);
    assert.equal(report.dryRun, true);
    assert.deepEqual(report.steps.map((s) => [s.name, s.action, s.status]), [['Contoso_App', 'replace', 'planned'], ['Dry_New', 'create', 'planned']]);
    // One batched import: the replaced subkey is deleted inside it, then both are written.
    assert.deepEqual(report.operations.map((o) => o.command.slice(1)), [['reg', 'import', '<private temp>\\import.reg', '/reg:64']]);
    const text = report.operations[0].regText ?? '';
    assert.ok(text.indexOf(`[-${USCHED}\\Contoso_App]`) > 0 && text.indexOf(`[-${USCHED}\\Contoso_App]`) < text.indexOf(`[${USCHED}\\Contoso_App]`), text);
    assert.match(text, /"updaterPriority"=dword:00000009/);
    assert.match(text, /\\Dry_New\]\r\n"updaterPriority"=dword:0000001e/);
    assert.equal(report.backup, undefined);
    assert.equal(await query(), beforeText);
  });

  test('a failure in the middle of a multi-registration apply leaves the registry as it was', async () => {
    const beforeText = await query();
    // Writes: 1 lossless copy of UScheduler_OOBE, 2 trim the copy to Contoso_App, 3 the one import of
    // all three registrations: it lands, then fails, so everything it wrote must be rolled back.
    const failing = await createWineBackend({ prefix: prefix.dir, faults: { failAfterWrite: 3 } });
    const input = regFile('three.reg', `${registration('Contoso_App', 42, 'Contoso.App_8wekyb3d8bbwe')}${registration('Second', 43, 'Second.App_8wekyb3d8bbwe')}${registration('Third', 44, 'Third.App_8wekyb3d8bbwe')}`);
    const report = await changeRegistrations('apply', [input], failing, { backupRoot: backups });
    assert.equal(report.ok, false);
    assert.match(render(report.error ?? ''), /injected failure after write 3/);
    assert.deepEqual(report.rollback, { ok: true, problems: [] });
    assert.deepEqual(readQuery(await query()), readQuery(beforeText));
    assert.equal(subkey(readQuery(await query()), 'Contoso_App')?.get('updaterpriority')?.data, '0x5');
  });

  test('apply replaces a changed registration; undo restores the previous values', async () => {
    const input = regFile('changed.reg', `[${USCHED}\\Contoso_App]\n"updaterPriority"=dword:00000063\n"expeditedPayload"="${payload('Contoso.App_8wekyb3d8bbwe', ',\\"AllowedInOobe\\":true')}"\n`);
    const report = await changeRegistrations('apply', [input], backend, { backupRoot: backups });
    assert.equal(report.ok, true, JSON.stringify(report, null, 2));
    assert.equal(subkey(readQuery(await query()), 'Contoso_App')?.get('updaterpriority')?.data, '0x63');

    const undo = await undoLastChange(backend, { backupRoot: backups });
    assert.equal(undo.ok, true, JSON.stringify(undo, null, 2));
    assert.deepEqual(Object.fromEntries(subkey(readQuery(await query()), 'Contoso_App') ?? []), {
      updaterpriority: { type: 'REG_DWORD', data: '0x5' },
      expeditedpayload: { type: 'REG_SZ', data: '{"PFN":"Contoso.App_8wekyb3d8bbwe","Endpoint":"https://contoso.example/app.msixbundle"}' },
    });
  });

  test('pull shows what the registry holds as a .reg document', async () => {
    const pulled = await pullFromTarget(backend, (p) => backend.describePath(p));
    const tree = readQuery(await query());
    const keyLines = pulled.regText.split(/\r?\n/).filter((l) => l.startsWith('[')).map((l) => l.slice(1, -1).toLowerCase());
    // The document also names UScheduler_OOBE itself (Wine's query lists only keys with values).
    assert.deepEqual(keyLines.sort(), [USCHED.toLowerCase(), ...tree.keys()].sort());
    assert.match(pulled.regText, /\[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_App\]\r?\n("[^\r\n]*\r?\n)*"updaterPriority"=dword:00000005/i);
    assert.deepEqual(pulled.files, []);
  });

  test('remove deletes exactly the named registration', async () => {
    const input = regFile('remove.reg', registration('Contoso_App', 5, 'Contoso.App_8wekyb3d8bbwe'));
    const report = await changeRegistrations('remove', [input], backend, { backupRoot: backups });
    assert.equal(report.ok, true, JSON.stringify(report, null, 2));
    const tree = readQuery(await query());
    assert.equal(subkey(tree, 'Contoso_App'), undefined);
    assert.ok(subkey(tree, 'Contoso Tool "Beta"'), 'the other registration stays');

    const again = await changeRegistrations('remove', [input], backend, { backupRoot: backups });
    assert.equal(again.ok, false);
    assert.match(render(again.refused[0]?.reason ?? ''), /does not exist/);

    const undo = await undoLastChange(backend, { backupRoot: backups });
    assert.equal(undo.ok, true);
    assert.equal(subkey(readQuery(await query()), 'Contoso_App')?.get('updaterpriority')?.data, '0x5');
  });
});
