// `--target local` for real: apply, remove, pull and --undo on Windows' own node.exe, through Wine's
// reg.exe and C:\ProgramData. Every assertion reads the prefix's registry (reg query/export from the
// Linux side) or its files; the CLI's output is only used for its exit status.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWindowsMachine, queryValue, subkeys, USCHEDULER, windowsNodeMissing, type WindowsMachine } from './windowsMachine';

/** The registry-form example's values, read from the file itself (strings unescaped as regedit does). */
function fabrikamValues(machine: WindowsMachine): Map<string, { priority: string; payload: string }> {
  const text = readFileSync(join(machine.root, 'examples', 'fabrikam-apps.reg')).toString('utf16le');
  const values = new Map<string, { priority: string; payload: string }>();
  for (const section of text.split(/\r?\n(?=\[)/).slice(1)) {
    const name = /^\[.*\\([^\\\]]+)\]/.exec(section)?.[1];
    const priority = /"updaterPriority"=dword:([0-9a-f]{8})/.exec(section)?.[1];
    const payload = /"expeditedPayload"="((?:[^"\\]|\\.)*)"/.exec(section)?.[1];
    assert.ok(name && priority && payload, section);
    values.set(name, { priority: `0x${parseInt(priority, 16).toString(16)}`, payload: payload.replace(/\\(["\\])/g, '$1') });
  }
  return values;
}

describe("--target local on Windows' node.exe", { skip: windowsNodeMissing() }, () => {
  let machine: WindowsMachine;
  let store: string;
  const photoEditor = () => readFileSync(join(machine.root, 'examples', 'registration', 'updater_PhotoEditor.json'));

  /** UScheduler_OOBE exported from the Linux side (undefined when the key does not exist). */
  const exportUScheduler = async (): Promise<string | undefined> => {
    const file = join(machine.prefix.dir, 'usched-export.reg');
    rmSync(file, { force: true });
    const result = await machine.prefix.reg('export', USCHEDULER, `Z:${file.replace(/\//g, '\\')}`, '/y', '/reg:64');
    return result.code === 0 ? readFileSync(file).toString('utf16le') : undefined;
  };
  /** Every staged folder and its files with their bytes: what a refusal must leave alone. */
  const storeContents = (): Record<string, string> => {
    const out: Record<string, string> = {};
    if (!existsSync(store)) return out;
    for (const folder of readdirSync(store)) {
      for (const file of readdirSync(join(store, folder))) out[`${folder}\\${file}`] = readFileSync(join(store, folder, file)).toString('base64');
    }
    return out;
  };
  const stagedFile = (folder: string, file: string): Buffer | undefined => {
    const dir = existsSync(store) ? readdirSync(store).find((f) => f.toLowerCase() === folder.toLowerCase()) : undefined;
    const name = dir ? readdirSync(join(store, dir)).find((f) => f.toLowerCase() === file.toLowerCase()) : undefined;
    return dir && name ? readFileSync(join(store, dir, name)) : undefined;
  };
  /** A refused command: exit 1 and neither the registry nor the store changed. */
  const assertRefused = async (args: string[]) => {
    const registryBefore = await exportUScheduler();
    const storeBefore = storeContents();
    const run = await machine.cli(args);
    assert.equal(run.code, 1, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
    assert.equal(await exportUScheduler(), registryBefore, 'the registry is unchanged');
    assert.deepEqual(storeContents(), storeBefore, 'the registration store is unchanged');
  };

  before(async () => {
    machine = await createWindowsMachine();
    store = join(machine.programData, 'USOPrivate', 'ExpeditedAppRegistrations');
  });

  after(async () => {
    await machine?.dispose();
  });

  test('apply (registry form) by a drive-letter path writes both subkeys with the file\'s values, read back by reg query', async () => {
    const run = await machine.cli(['apply', '--target', 'local', '--format', 'json', 'C:\\expedite\\examples\\fabrikam-apps.reg']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const expected = fabrikamValues(machine);
    assert.deepEqual(await subkeys(machine, USCHEDULER), [...expected.keys()].sort());
    for (const [name, values] of expected) {
      assert.deepEqual(await queryValue(machine, `${USCHEDULER}\\${name}`, 'updaterPriority'), ['REG_DWORD', values.priority], name);
      assert.deepEqual(await queryValue(machine, `${USCHEDULER}\\${name}`, 'expeditedPayload'), ['REG_SZ', values.payload], name);
    }
    // The apply verified by reading back: the contract's JSON says so, with no problem found.
    assert.deepEqual((JSON.parse(run.stdout) as { verification: unknown }).verification, { checked: 2, problems: [] });
  });

  test('apply (registration file) is refused while %ProgramData%\\USOPrivate\\ExpeditedAppRegistrations does not exist, creating nothing', async () => {
    assert.equal(existsSync(join(machine.programData, 'USOPrivate')), false);
    await assertRefused(['apply', '--target', 'local', 'examples\\registration\\updater_PhotoEditor.json']);
    assert.equal(existsSync(join(machine.programData, 'USOPrivate')), false);
  });

  test('apply (registration file) stages <OEMName>_<UpdaterName>\\updater_<UpdaterName>.json byte-identical to the file', async () => {
    mkdirSync(store, { recursive: true });
    const run = await machine.cli(['apply', '--target', 'local', 'C:\\expedite\\examples\\registration\\updater_PhotoEditor.json']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(Object.keys(storeContents()).map((k) => k.toLowerCase()), ['contoso_photoeditor\\updater_photoeditor.json']);
    assert.ok(stagedFile('Contoso_PhotoEditor', 'updater_PhotoEditor.json')?.equals(photoEditor()), 'byte-identical copy');
  });

  test(
    'apply (registration file) keeps the names as written, as the merged Add-UpdaterRegistration does',
    () => {
      assert.deepEqual(Object.keys(storeContents()), ['Contoso_PhotoEditor\\updater_PhotoEditor.json']);
    },
  );

  test('apply (registration file) is refused when that name is already staged (in another case too)', async () => {
    const upper = photoEditor().toString('utf8').replace('"Contoso"', '"CONTOSO"').replace('"PhotoEditor"', '"PHOTOEDITOR"');
    writeFileSync(join(machine.root, 'updater_PHOTOEDITOR.json'), upper);
    await assertRefused(['apply', '--target', 'local', 'C:\\expedite\\updater_PHOTOEDITOR.json']);
    await assertRefused(['apply', '--target', 'local', 'examples\\registration\\updater_PhotoEditor.json']);
  });

  test('apply (registration file) is refused when UScheduler_OOBE already has <OEMName>_<UpdaterName> (in another case too)', async () => {
    // Fabrikam_PhotoStudio is in the registry since the first apply; the module compares with -eq.
    for (const [oem, updater] of [['Fabrikam', 'PhotoStudio'], ['FABRIKAM', 'photostudio']]) {
      const text = photoEditor().toString('utf8').replace('"Contoso"', `"${oem}"`).replace('"PhotoEditor"', `"${updater}"`);
      writeFileSync(join(machine.root, `updater_${updater}.json`), text);
      await assertRefused(['apply', '--target', 'local', `C:\\expedite\\updater_${updater}.json`]);
    }
  });

  test('apply (registration file) names the staged file updater_<UpdaterName>.json whatever the source file is called, as the module\'s Rename-Item does', async () => {
    const text = photoEditor().toString('utf8').replace('"PhotoEditor"', '"Renamed"');
    writeFileSync(join(machine.root, 'updater_SourceName.json'), text);
    const run = await machine.cli(['apply', '--target', 'local', 'C:\\expedite\\updater_SourceName.json']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(readdirSync(join(store, 'Contoso_Renamed')), ['updater_Renamed.json']);
    assert.equal(stagedFile('Contoso_Renamed', 'updater_Renamed.json')?.toString('utf8'), text, 'byte-identical copy');
    // Back to the store the later tests expect.
    assert.equal((await machine.cli(['remove', '--target', 'local', 'C:\\expedite\\updater_SourceName.json'])).code, 0);
    assert.equal(existsSync(join(store, 'Contoso_Renamed')), false);
  });

  test('apply is refused for an invalid registration file and an invalid .reg, writing nothing', async () => {
    await assertRefused(['apply', '--target', 'local', 'examples\\invalid\\updater_BadTool.json']);
    await assertRefused(['apply', '--target', 'local', 'C:\\expedite\\examples\\invalid\\priority-250.reg']);
    assert.equal(stagedFile('Contoso_BadTool', 'updater_BadTool.json'), undefined);
  });

  test('apply (registration file) is refused on a Server edition (EditionID like *Server*), staging nothing', async () => {
    const currentVersion = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
    const edition = await queryValue(machine, currentVersion, 'EditionID');
    assert.equal((await machine.prefix.reg('add', currentVersion, '/v', 'EditionID', '/t', 'REG_SZ', '/d', 'ServerStandard', '/f', '/reg:64')).code, 0);
    try {
      await assertRefused(['apply', '--target', 'local', 'examples\\registration\\updater_SupportHub.json']);
    } finally {
      const restore = edition ? ['add', currentVersion, '/v', 'EditionID', '/t', edition[0], '/d', edition[1], '/f', '/reg:64'] : ['delete', currentVersion, '/v', 'EditionID', '/f', '/reg:64'];
      assert.equal((await machine.prefix.reg(...restore)).code, 0);
    }
    assert.equal(stagedFile('Contoso_SupportHub', 'updater_SupportHub.json'), undefined);
    // The edition alone was the reason: back on a client edition the same file plans to stage.
    const dryRun = await machine.cli(['apply', '--dry-run', '--target', 'local', 'examples\\registration\\updater_SupportHub.json']);
    assert.equal(dryRun.code, 0, dryRun.stdout + dryRun.stderr);
  });

  test('pull into a folder writes a UTF-16LE, CRLF .reg that Wine\'s reg import restores exactly, and the staged file', async () => {
    const before = await exportUScheduler();
    const run = await machine.cli(['pull', '--target', 'local', 'C:\\expedite\\pulled']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const reg = readFileSync(join(machine.root, 'pulled', 'UScheduler_OOBE.reg'));
    assert.deepEqual([reg[0], reg[1]], [0xff, 0xfe], 'UTF-16LE with a BOM (regedit\'s format)');
    const text = reg.toString('utf16le');
    assert.equal(text.split('\n').length - 1, text.split('\r\n').length - 1, 'every line ends in CRLF');
    const pulledJson = readdirSync(join(machine.root, 'pulled'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json'));
    assert.equal(pulledJson.length, 1);
    assert.ok(readFileSync(join(pulledJson[0].parentPath, pulledJson[0].name)).equals(photoEditor()));
    // Round trip: delete the subkeys from the Linux side, import what pull wrote, compare the export.
    for (const name of await subkeys(machine, USCHEDULER)) assert.equal((await machine.prefix.reg('delete', `${USCHEDULER}\\${name}`, '/f', '/reg:64')).code, 0);
    assert.deepEqual(await subkeys(machine, USCHEDULER), []);
    assert.equal((await machine.prefix.reg('import', 'C:\\expedite\\pulled\\UScheduler_OOBE.reg', '/reg:64')).code, 0);
    assert.equal(await exportUScheduler(), before);
  });

  test('remove (registry form) deletes both subkeys; --undo puts them back with their values', async () => {
    const before = await exportUScheduler();
    const removed = await machine.cli(['remove', '--target', 'local', 'examples\\fabrikam-apps.reg']);
    assert.equal(removed.code, 0, removed.stdout + removed.stderr);
    assert.deepEqual(await subkeys(machine, USCHEDULER), []);
    const undone = await machine.cli(['apply', '--undo', '--target', 'local']);
    assert.equal(undone.code, 0, undone.stdout + undone.stderr);
    assert.equal(await exportUScheduler(), before);
  });

  test('remove (registration file) deletes the staged folder; --undo restores it byte-identical', async () => {
    const removed = await machine.cli(['remove', '--target', 'local', 'C:\\expedite\\examples\\registration\\updater_PhotoEditor.json']);
    assert.equal(removed.code, 0, removed.stdout + removed.stderr);
    assert.deepEqual(storeContents(), {});
    assert.ok(existsSync(store), 'the store itself stays');
    const undone = await machine.cli(['apply', '--undo', '--target', 'local']);
    assert.equal(undone.code, 0, undone.stdout + undone.stderr);
    assert.ok(stagedFile('Contoso_PhotoEditor', 'updater_PhotoEditor.json')?.equals(photoEditor()), 'restored byte-identical');
  });

  test('remove is refused for a registration that is not on the target, changing nothing', async () => {
    await assertRefused(['remove', '--target', 'local', 'examples\\registration\\updater_SecureVault.json']);
    await assertRefused(['remove', '--target', 'local', 'C:\\expedite\\examples\\northwind-regedit4.reg']);
  });
});
