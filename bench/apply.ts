// `npm run bench:apply [-- --json]`: seconds for apply + verify of 1, 10 and 100 registrations on
// Wine's real reg.exe, and how the cost grows; the reg.exe starts each apply made (counted by the
// launcher); and the same apply with Wine's server stopped first (cold: what an editor's first apply
// after a pause meets, where a reg.exe start costs about a second).
// Skips with a note when Wine is not installed. With --json the last stdout line is one JSON object.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../core/analyze';
import { DryRunBackend } from '../backends/dryRun';
import type { PlanInput } from '../backends/plan';
import { changeRegistrations } from '../backends/run';
import { createWineBackend } from '../backends/wine';
import { countingWineLauncher } from '../test/helpers/countingWine';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../test/helpers/winePrefix';
import { ORCHESTRATOR_KEY } from '../core/registry/orchestratorKey';

const asJson = process.argv.includes('--json');
const log = (line: string) => (asJson ? process.stderr : process.stdout).write(`${line}\n`);
const USCHED = ORCHESTRATOR_KEY;
const SIZES = [1, 10, 100];
const RUNS = 3;

function registrations(size: number): PlanInput {
  const blocks: string[] = [];
  for (let i = 0; i < size; i++) {
    const pfn = `Bench.App${i}_8wekyb3d8bbwe`;
    blocks.push(`[${USCHED}\\Bench_${size}_${i}]\r\n"updaterPriority"=dword:${(1 + (i % 100)).toString(16).padStart(8, '0')}\r\n"expeditedPayload"="{\\"PFN\\":\\"${pfn}\\",\\"Endpoint\\":\\"https://bench.example/app${i}.msixbundle\\"}"\r\n\r\n`);
  }
  const text = `Windows Registry Editor Version 5.00\r\n\r\n${blocks.join('')}`;
  return { path: `bench-${size}.reg`, analysis: analyzeDocument({ path: `bench-${size}.reg`, text, encoding: 'utf16le-bom' }), bytes: Buffer.from(text, 'utf16le') };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function seconds(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Stops the prefix's wineserver and waits until it is gone: the next reg.exe start starts it again. */
function stopWineServer(prefix: WinePrefix): void {
  for (const flag of ['-k', '-w']) {
    try {
      execFileSync('wineserver', [flag], { env: prefix.env, stdio: 'ignore' });
    } catch {
      // no server running (it leaves a few seconds after its last client): already cold
    }
  }
}

async function main(): Promise<void> {
  if (!wineAvailable()) {
    log('bench:apply: skipped (wine is not installed)');
    if (asJson) process.stdout.write('{}\n');
    return;
  }
  const prefix = await createWinePrefix();
  const backups = mkdtempSync(join(tmpdir(), 'expedite-bench-backups-'));
  const launcherDir = mkdtempSync(join(tmpdir(), 'expedite-bench-wine-'));
  const wine = countingWineLauncher(launcherDir);
  const results: Record<string, number> = {};
  try {
    const backend = await createWineBackend({ prefix: prefix.dir, command: wine.command });
    const cases = SIZES.map((size) => {
      const input = registrations(size);
      const plan = () => seconds(() => changeRegistrations('apply', [input], new DryRunBackend(backend)));
      const apply = () =>
        seconds(async () => {
          wine.reset();
          const report = await changeRegistrations('apply', [input], backend, { backupRoot: backups });
          if (!report.ok) throw new Error(`apply of ${size} failed: ${report.error ?? JSON.stringify(report.refused)}`);
          results[`applyWrites${size}`] = report.operations.length;
          results[`applyRegStarts${size}`] = wine.regStarts().length;
        });
      const remove = async () => {
        const removed = await changeRegistrations('remove', [input], backend, { backupRoot: backups });
        if (!removed.ok) throw new Error(`remove of ${size} failed: ${removed.error ?? JSON.stringify(removed.refused)}`);
      };
      return { size, plan, apply, remove };
    });
    // Warm: the prefix's server runs all along (createWinePrefix keeps it).
    for (const { size, plan, apply, remove } of cases) {
      const planned: number[] = [];
      const applied: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        // What the editor does before its confirmation: read the target and plan (a dry run).
        planned.push(await plan());
        applied.push(await apply());
        await remove();
      }
      results[`applyVerify${size}Seconds`] = Number(median(applied).toFixed(2));
      results[`planBeforeConfirm${size}Seconds`] = Number(median(planned).toFixed(2));
    }
    results.applyScaling100vs1 = Number((results.applyVerify100Seconds / results.applyVerify1Seconds).toFixed(2));
    // Cold: Wine's server stopped before the plan and before the apply, as after a pause in the editor.
    for (const { size, plan, apply, remove } of cases) {
      stopWineServer(prefix);
      results[`planBeforeConfirm${size}ColdSeconds`] = Number((await plan()).toFixed(2));
      stopWineServer(prefix);
      results[`applyVerify${size}ColdSeconds`] = Number((await apply()).toFixed(2));
      await remove();
    }
    results.applyScaling100vs1Cold = Number((results.applyVerify100ColdSeconds / results.applyVerify1ColdSeconds).toFixed(2));
  } finally {
    await prefix.dispose();
    rmSync(backups, { recursive: true, force: true });
    rmSync(launcherDir, { recursive: true, force: true });
  }
  for (const [key, value] of Object.entries(results)) {
    const verdict = key.startsWith('applyScaling100vs1') ? (value <= 2 ? 'goal <= 2: met' : 'goal <= 2: MISSED') : '';
    log(`${key.padEnd(36)} ${String(value).padStart(10)}  ${verdict}`);
  }
  if (asJson) process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
