// Administrator rights on Windows' node.exe under Wine: what the detection says there (Wine has no UAC:
// every process is an administrator), and a process forced to count as not elevated
// (EXPEDITE_TEST_NOT_ADMIN=1, read by nothing but the detection) refused before it writes anything.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { TEST_NOT_ADMIN_ENV } from '../../backends/elevation';
import { createWindowsMachine, subkeys, USCHEDULER, windowsNodeMissing, type WindowsMachine } from './windowsMachine';

const NOT_ADMIN = { [TEST_NOT_ADMIN_ENV]: '1' };

describe("administrator rights on Windows' node.exe", { skip: windowsNodeMissing() }, () => {
  let machine: WindowsMachine;

  before(async () => {
    machine = await createWindowsMachine();
    for (const [entry, out] of [['elevationProbe.ts', 'probe.js'], ['elevatedOnceProbe.ts', 'elevated-once.js']]) {
      await build({ entryPoints: [resolve(__dirname, entry)], bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', outfile: join(machine.root, out) });
    }
  });

  after(async () => {
    await machine?.dispose();
  });

  test('the detection says Wine runs this process as an administrator', async () => {
    const run = await machine.node(['C:\\expedite\\probe.js']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { elevated: true, evidence: 'Wine: every process holds an administrator token' });
  });

  test(`${TEST_NOT_ADMIN_ENV}=1 makes the detection say not elevated`, async () => {
    const run = await machine.node(['C:\\expedite\\probe.js'], NOT_ADMIN);
    assert.equal(JSON.parse(run.stdout).elevated, false, run.stdout + run.stderr);
  });

  test('not elevated: apply, remove and --undo exit 2 with "run from an elevated prompt" and write nothing', async () => {
    for (const args of [
      ['apply', '--target', 'local', 'C:\\expedite\\examples\\fabrikam-apps.reg'],
      ['apply', '--target', 'local', '--format', 'json', 'examples\\fabrikam-apps.reg', 'examples\\registration'],
      ['remove', '--target', 'local', 'examples\\fabrikam-apps.reg'],
      ['apply', '--undo', '--target', 'local'],
    ]) {
      const run = await machine.cli(args, NOT_ADMIN);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, /run from an elevated prompt/);
      // Without --elevate no prompt is even tried (the --elevate test below shows what trying says).
      assert.doesNotMatch(run.stderr, /elevation prompt/);
      assert.equal(run.stdout, '', 'nothing on stdout (a --format json reader sees no half report)');
    }
    assert.deepEqual(await subkeys(machine, USCHEDULER), []);
  });

  test('not elevated: --elevate asks for the whole command once; Wine shows no prompt, so it exits 2 and writes nothing', async () => {
    const run = await machine.cli(['apply', '--elevate', '--target', 'local', 'examples\\fabrikam-apps.reg', 'examples\\northwind-regedit4.reg'], NOT_ADMIN);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /elevation prompt was declined or could not be shown/);
    assert.equal(run.stderr.match(/elevation prompt/g)?.length, 1, 'one attempt for the batch');
    assert.deepEqual(await subkeys(machine, USCHEDULER), []);
  });

  test('not elevated: reading needs no rights (pull and --dry-run still work)', async () => {
    const pull = await machine.cli(['pull', '--target', 'local', '--format', 'json'], NOT_ADMIN);
    assert.equal(pull.code, 0, pull.stderr);
    const dryRun = await machine.cli(['apply', '--dry-run', '--target', 'local', 'examples\\fabrikam-apps.reg'], NOT_ADMIN);
    assert.equal(dryRun.code, 0, dryRun.stderr);
    assert.deepEqual(await subkeys(machine, USCHEDULER), []);
  });

  test('elevated (Wine): the same apply writes, so the refusal above came from the rights alone', async () => {
    const run = await machine.cli(['apply', '--target', 'local', 'examples\\fabrikam-apps.reg']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(await subkeys(machine, USCHEDULER), ['Fabrikam_PhotoStudio', 'Fabrikam_SupportAssistant']);
  });

  test("the editor's elevated batch: one elevated CLI run applies every file, and its report comes back", async () => {
    // Continues from the test above: Fabrikam's subkeys exist, Northwind's do not.
    const run = await machine.node(['C:\\expedite\\elevated-once.js', 'C:\\expedite\\editor backups', 'C:\\expedite\\examples\\northwind-regedit4.reg', 'C:\\expedite\\examples\\fabrikam-apps.reg']);
    assert.equal(run.code, 0, run.stderr);
    const { prompts, report, error } = JSON.parse(run.stdout) as { prompts: number; report?: { ok: boolean; steps: unknown[] }; error?: string };
    assert.equal(error, undefined);
    assert.equal(prompts, 1, 'one prompt for the batch');
    assert.equal(report?.ok, true);
    assert.equal(report?.steps.length, 4);
    assert.deepEqual(await subkeys(machine, USCHEDULER), ['Fabrikam_PhotoStudio', 'Fabrikam_SupportAssistant', 'Northwind_InventoryScanner', 'Northwind_TradersPOS']);
    assert.ok(existsSync(join(machine.root, 'editor backups')), 'the backup went where the editor keeps them');
  });
});
