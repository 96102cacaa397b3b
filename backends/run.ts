// Runs a plan on a backend: backup, write, roll back on any failure, read back and verify. Also undo.
import { latestBackup, markUndone, readBackup, restoredSnapshots, writeBackup } from './backup';
import { readFolderFiles, readMachineState } from './machineState';
import { planChanges, selectRegistrations, type Expectation, type PlanInput, type PlannedStep, type Refusal, type Skip, type Snapshot, type Verb } from './plan';
import type { Backend, TargetKind, WriteOp } from './types';
import { verifyExpectation } from './verify';

export interface OperationRecord {
  /** The command (argument array) or file operation, as the target runs it. */
  command: string[];
  /** For imports: the .reg text the private temp file holds. */
  regText?: string;
}

export type StepStatus = 'done' | 'planned' | 'not-run' | 'rolled-back';

export interface StepReport {
  name: string;
  form: 'registry' | 'file';
  source: string;
  action: PlannedStep['action'];
  target: string;
  status: StepStatus;
}

export interface ChangeReport {
  verb: Verb | 'undo';
  target: { kind: TargetKind; label: string };
  dryRun: boolean;
  ok: boolean;
  steps: StepReport[];
  skipped: Skip[];
  refused: Refusal[];
  operations: OperationRecord[];
  /** After the writes: every expected value read back (undefined in dry runs and when nothing ran). */
  verification?: { checked: number; problems: string[] };
  backup?: string;
  error?: string;
  rollback?: { ok: boolean; problems: string[] };
  message?: string;
}

export interface ChangeOptions {
  /** Where backups go; none are written when undefined or in dry runs. */
  backupRoot?: string;
  log?: (line: string) => void;
}

function restoreOps(snapshot: Snapshot, existsNow: boolean): WriteOp[] {
  const ops: WriteOp[] = [];
  if (snapshot.kind === 'registry') {
    if (existsNow) ops.push({ op: 'delete-key', key: snapshot.key });
    if (snapshot.before !== undefined) ops.push({ op: 'import-export', key: snapshot.key, regText: snapshot.before });
  } else {
    if (existsNow) ops.push({ op: 'remove-dir', path: snapshot.path });
    if (snapshot.before !== undefined) {
      ops.push({ op: 'mkdir', path: snapshot.path });
      for (const file of snapshot.before) ops.push({ op: 'write-file', path: [...snapshot.path, file.name], bytes: file.bytes });
    }
  }
  return ops;
}

function restoredExpectation(snapshot: Snapshot): Expectation {
  return snapshot.kind === 'registry' ? { kind: 'registry-export', key: snapshot.key, before: snapshot.before } : { kind: 'folder', path: snapshot.path, files: snapshot.before };
}

async function currentSnapshot(backend: Backend, snapshot: Snapshot): Promise<Snapshot> {
  if (snapshot.kind === 'registry') return { kind: 'registry', key: snapshot.key, before: await backend.exportKey(snapshot.key) };
  return { kind: 'folder', path: snapshot.path, before: await readFolderFiles(backend, snapshot.path) };
}

class Runner {
  readonly operations: OperationRecord[] = [];

  constructor(
    private readonly backend: Backend,
    private readonly log: (line: string) => void,
  ) {}

  async write(op: WriteOp): Promise<void> {
    const record: OperationRecord = { command: this.backend.describe(op) };
    if (op.op === 'import' || op.op === 'import-export') record.regText = op.regText;
    this.operations.push(record);
    this.log(`${this.backend.dryRun ? 'would run' : 'run'}: ${record.command.join(' ')}`);
    await this.backend.write(op);
  }

  /** Puts each snapshot back as it was (newest change first) and checks it. */
  async rollback(snapshots: readonly Snapshot[]): Promise<{ ok: boolean; problems: string[] }> {
    const problems: string[] = [];
    for (const snapshot of [...snapshots].reverse()) {
      try {
        const now = await currentSnapshot(this.backend, snapshot);
        for (const op of restoreOps(snapshot, now.before !== undefined)) await this.write(op);
      } catch (err) {
        problems.push(`restoring ${snapshot.kind === 'registry' ? snapshot.key : this.backend.describePath(snapshot.path)}: ${(err as Error).message}`);
      }
    }
    for (const snapshot of snapshots) problems.push(...(await this.verify(restoredExpectation(snapshot))));
    return { ok: problems.length === 0, problems };
  }

  verify(expect: Expectation): Promise<string[]> {
    return verifyExpectation(this.backend, expect, (p) => this.backend.describePath(p));
  }
}

async function runSteps(backend: Backend, verb: ChangeReport['verb'], steps: PlannedStep[], base: ChangeReport, options: ChangeOptions): Promise<ChangeReport> {
  const log = options.log ?? (() => undefined);
  const report: ChangeReport = { ...base, steps: steps.map((s) => ({ name: s.name, form: s.form, source: s.source, action: s.action, target: s.target, status: 'not-run' })) };
  const runner = new Runner(backend, log);
  report.operations = runner.operations;
  if (!backend.dryRun && options.backupRoot && steps.length > 0) {
    report.backup = await writeBackup(options.backupRoot, verb, report.target, steps.map((s) => s.snapshot));
    log(`backup: ${report.backup}`);
  }
  const started: Snapshot[] = [];
  try {
    for (const [i, step] of steps.entries()) {
      started.push(step.snapshot);
      for (const op of step.ops) await runner.write(op);
      report.steps[i].status = backend.dryRun ? 'planned' : 'done';
    }
  } catch (err) {
    report.error = (err as Error).message;
    log(`failed: ${report.error}; rolling back`);
    report.rollback = await runner.rollback(started);
    for (const s of report.steps) if (s.status === 'done') s.status = 'rolled-back';
    report.ok = false;
    await retireBackup(report);
    log(report.rollback.ok ? 'rolled back: the target is as it was' : `rollback incomplete: ${report.rollback.problems.join('; ')}`);
    return report;
  }
  if (backend.dryRun) {
    report.ok = true;
    return report;
  }
  const problems: string[] = [];
  for (const step of steps) problems.push(...(await runner.verify(step.expect)));
  report.verification = { checked: steps.length, problems };
  if (problems.length > 0) {
    report.error = `verification failed: ${problems.join('; ')}`;
    log(`${report.error}; rolling back`);
    report.rollback = await runner.rollback(started);
    for (const s of report.steps) s.status = 'rolled-back';
    report.ok = false;
    await retireBackup(report);
    return report;
  }
  log(`verified ${steps.length} change(s) on ${backend.label}`);
  report.ok = true;
  return report;
}

/** A change that was rolled back left nothing to undo: its backup must not be offered by undo. */
async function retireBackup(report: ChangeReport): Promise<void> {
  if (report.rollback?.ok && report.backup) {
    const backup = await readBackup(report.backup);
    if (backup) await markUndone(backup);
  }
}

function baseReport(backend: Backend, verb: ChangeReport['verb']): ChangeReport {
  return { verb, target: { kind: backend.kind, label: backend.label }, dryRun: backend.dryRun, ok: false, steps: [], skipped: [], refused: [], operations: [] };
}

/** apply or remove the registrations of `inputs` on `backend` (nothing changes when anything is refused). */
export async function changeRegistrations(verb: Verb, inputs: readonly PlanInput[], backend: Backend, options: ChangeOptions = {}): Promise<ChangeReport> {
  const log = options.log ?? (() => undefined);
  const selection = selectRegistrations(inputs, verb);
  const state = await readMachineState(backend, selection, (p) => backend.describePath(p));
  const plan = planChanges(selection, state);
  const base = { ...baseReport(backend, verb), skipped: plan.skipped, refused: plan.refused };
  for (const skip of plan.skipped) log(`skip ${skip.what} (${skip.source}): ${skip.reason}`);
  if (plan.refused.length > 0) {
    for (const r of plan.refused) log(`refused ${r.name ?? r.source}: ${r.reason}${r.findings?.length ? ` — ${r.findings.map((f) => `${f.line + 1}:${f.character + 1} ${f.code}`).join(', ')}` : ''}`);
    return { ...base, steps: plan.steps.map((s) => ({ name: s.name, form: s.form, source: s.source, action: s.action, target: s.target, status: 'not-run' })), message: `nothing was ${verb === 'apply' ? 'written' : 'removed'}: ${plan.refused.length} registration(s) refused` };
  }
  if (plan.steps.length === 0) return { ...base, ok: true, message: 'no registrations found in the given files' };
  return runSteps(backend, verb, plan.steps, base, options);
}

/** Puts back what the newest backup for this target recorded. */
export async function undoLastChange(backend: Backend, options: ChangeOptions & { backupRoot: string }): Promise<ChangeReport> {
  const base = baseReport(backend, 'undo');
  const backup = await latestBackup(options.backupRoot, backend.label);
  if (!backup) return { ...base, message: `no backup to undo for ${backend.label} in ${options.backupRoot}`, error: 'nothing to undo' };
  const steps: PlannedStep[] = [];
  for (const snapshot of restoredSnapshots(backup.manifest)) {
    const now = await currentSnapshot(backend, snapshot);
    const target = snapshot.kind === 'registry' ? snapshot.key : backend.describePath(snapshot.path);
    steps.push({ name: target.split('\\').pop() ?? target, form: snapshot.kind === 'registry' ? 'registry' : 'file', source: backup.dir, action: 'restore', target, ops: restoreOps(snapshot, now.before !== undefined), snapshot: now, expect: restoredExpectation(snapshot) });
  }
  // The undo itself is not backed up again: its rollback already covers a failure half-way.
  const report = await runSteps(backend, 'undo', steps, base, { log: options.log });
  report.backup = backup.dir;
  if (report.ok && !backend.dryRun) await markUndone(backup);
  report.message = report.ok ? `restored the state from before the ${backup.manifest.verb} of ${backup.manifest.createdAt}` : report.message;
  return report;
}
