// Runs a plan on a backend: backup, write, roll back on any failure, read back and verify. Also undo.
// Registry-form changes are batched: one export to plan, one lossless `reg copy` as the backup, one
// import to write and one export to verify, whatever the number of registrations.
import { randomBytes } from 'node:crypto';
import { latestBackup, markUndone, readBackup, restoredSnapshots, writeBackup, type BackupManifest } from './backup';
import { readFolderFiles, readMachineState } from './machineState';
import { ORCHESTRATOR_KEY } from '../core/registry/orchestratorKey';
import { hasControlCharacter, REGISTRY_BACKUP_ROOT } from './names';
import { planChanges, selectRegistrations, type Expectation, type PlanInput, type PlannedStep, type Refusal, type Skip, type Snapshot, type Verb } from './plan';
import { RegistryView } from './registryView';
import { batchImportText } from './regText';
import type { ImportedKey } from '../core/reg/model';
import type { Backend, TargetKind, TargetReader, WriteOp } from './types';
import { verifyExpectation } from './verify';
import { foldName } from '../core/text/caseFold';
import { list } from '../core/rules/message';
import { backendLog, backendReport, targetTitle, verbText, type BackendText } from './texts';
import { errorText } from './types';

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
  verification?: { checked: number; problems: BackendText[] };
  backup?: string;
  error?: BackendText;
  rollback?: { ok: boolean; problems: BackendText[] };
  /** True when the change was stopped by `ChangeOptions.signal` (then rolled back). */
  interrupted?: boolean;
  message?: BackendText;
}

export interface ChangeOptions {
  /** Where backups go; none are written when undefined or in dry runs. */
  backupRoot?: string;
  /** Progress lines, as messages: the caller renders them in its language. */
  log?: (line: BackendText) => void;
  /** Aborting stops the running child process and the remaining writes; what ran is rolled back. */
  signal?: AbortSignal;
}

class InterruptedError extends Error {
  constructor() {
    super('interrupted');
  }
}

/** What a registry restore needs: the keys to put back, where their lossless copy is, and whether UScheduler_OOBE existed. */
interface RegistryRestore {
  snapshots: Extract<Snapshot, { kind: 'registry' }>[];
  copyKey?: string;
  uschedulerExisted: boolean;
}

function folderRestoreOps(snapshot: Extract<Snapshot, { kind: 'folder' }>, existsNow: boolean): WriteOp[] {
  const ops: WriteOp[] = [];
  if (existsNow) ops.push({ op: 'remove-dir', path: snapshot.path });
  if (snapshot.before !== undefined) {
    ops.push({ op: 'mkdir', path: snapshot.path });
    for (const file of snapshot.before) ops.push({ op: 'write-file', path: [...snapshot.path, file.name], bytes: file.bytes });
  }
  return ops;
}

function restoredExpectation(snapshot: Snapshot): Expectation {
  return snapshot.kind === 'registry' ? { kind: 'registry-export', key: snapshot.key, before: snapshot.before } : { kind: 'folder', path: snapshot.path, files: snapshot.before };
}

function registrySnapshots(snapshots: readonly Snapshot[]): Extract<Snapshot, { kind: 'registry' }>[] {
  return snapshots.filter((s): s is Extract<Snapshot, { kind: 'registry' }> => s.kind === 'registry');
}

/** The one import that does what the registry steps' ops (delete a subkey, import its values) do one by one. */
function batchedRegistryWrite(steps: readonly PlannedStep[]): WriteOp | undefined {
  const deletes: string[] = [];
  const keys: ImportedKey[] = [];
  for (const step of steps) {
    for (const op of step.ops) {
      if (op.op === 'delete-key') deletes.push(op.key);
      else if (op.op === 'import') keys.push(...op.keys);
    }
  }
  if (deletes.length === 0 && keys.length === 0) return undefined;
  return { op: 'import', keys, deletes, regText: batchImportText(deletes, keys) };
}

class Runner {
  readonly operations: OperationRecord[] = [];

  constructor(
    private readonly backend: Backend,
    private readonly log: (line: BackendText) => void,
    private readonly signal?: AbortSignal,
  ) {}

  /** A write of the change itself: an abort stops it (and the child process it started). */
  async write(op: WriteOp): Promise<void> {
    if (this.signal?.aborted) throw new InterruptedError();
    let failure: unknown;
    await this.run(op, this.signal).catch((err: unknown) => (failure = err));
    // The child was killed half-way: whatever it did is rolled back like a failure.
    if (this.signal?.aborted) throw new InterruptedError();
    if (failure !== undefined) throw failure;
  }

  /** A write of a rollback or cleanup: it runs to its end, whatever the signal. */
  restoreWrite(op: WriteOp): Promise<void> {
    return this.run(op);
  }

  private async run(op: WriteOp, signal?: AbortSignal): Promise<void> {
    const record: OperationRecord = { command: this.backend.describe(op) };
    if (op.op === 'import' || op.op === 'import-export') record.regText = op.regText;
    this.operations.push(record);
    this.log(this.backend.dryRun ? backendLog.wouldRun({ command: record.command.join(' ') }) : backendLog.run({ command: record.command.join(' ') }));
    await this.backend.write(op, signal);
  }

  /**
   * Takes the lossless copy of the registry keys `snapshots` replace or delete: one `reg copy` of
   * UScheduler_OOBE, then one import that trims the copy to exactly those keys (so a restore never
   * touches another registration, nor the values on UScheduler_OOBE itself).
   */
  async copyRegistry(view: RegistryView, snapshots: RegistryRestore['snapshots'], copyKey: string): Promise<void> {
    const existing = new Set(snapshots.filter((s) => s.before !== undefined).map((s) => foldName(s.key.slice(ORCHESTRATOR_KEY.length + 1))));
    await this.write({ op: 'copy-key', from: ORCHESTRATOR_KEY, to: copyKey });
    // Names with control characters cannot be written into a .reg file: they stay in the copy, unused.
    const others = (await view.children()).filter((name) => !existing.has(foldName(name)) && !hasControlCharacter(name)).map((name) => `${copyKey}\\${name}`);
    const parentValues = (await view.uscheduler()).keys[0]?.values.map((v) => v.name) ?? [];
    if (others.length > 0 || parentValues.length > 0) {
      const valueDeletes = parentValues.length > 0 ? [{ key: copyKey, names: parentValues }] : [];
      await this.write({ op: 'import', keys: [], deletes: others, regText: batchImportText(others, [], valueDeletes) });
    }
  }

  /** Puts registry keys back from their lossless copy (or, without one, from the export text) and removes an empty UScheduler_OOBE it left. */
  async restoreRegistry(restore: RegistryRestore): Promise<BackendText[]> {
    const problems: BackendText[] = [];
    if (restore.snapshots.length === 0) return problems;
    const keys = restore.snapshots.map((s) => s.key);
    await this.restoreWrite({ op: 'import', keys: [], deletes: keys, regText: batchImportText(keys, []) });
    const needed = restore.snapshots.filter((s) => s.before !== undefined);
    if (needed.length > 0) {
      const copyExists = restore.copyKey !== undefined && (await this.backend.exportKey(restore.copyKey)) !== undefined;
      if (copyExists) {
        await this.restoreWrite({ op: 'copy-key', from: restore.copyKey!, to: ORCHESTRATOR_KEY });
      } else {
        // Only the text export is left: values reg export cannot write exactly may come back changed.
        for (const s of needed) await this.restoreWrite({ op: 'import-export', key: s.key, regText: s.before! });
        problems.push(backendReport.lossyRestore({ copy: restore.copyKey ?? backendReport.noneRecorded() }));
      }
    }
    if (!restore.uschedulerExisted) {
      const parent = await new RegistryView(this.backend).uscheduler();
      const empty = parent.text !== undefined && parent.keys.length <= 1 && (parent.keys[0]?.values.length ?? 0) === 0;
      if (empty) await this.restoreWrite({ op: 'delete-key', key: ORCHESTRATOR_KEY });
    }
    return problems;
  }

  /** Deletes a lossless copy that nothing refers to any more. */
  async dropCopy(copyKey: string | undefined): Promise<void> {
    if (copyKey === undefined) return;
    try {
      await this.restoreWrite({ op: 'delete-key', key: copyKey });
    } catch (err) {
      this.log(backendLog.copyNotDeleted({ key: copyKey, error: errorText(err) }));
    }
  }

  /** Puts each snapshot back as it was and checks it by reading the target back. */
  async rollback(snapshots: readonly Snapshot[], restore: Omit<RegistryRestore, 'snapshots'>): Promise<{ ok: boolean; problems: BackendText[] }> {
    const problems: BackendText[] = [];
    const registry = registrySnapshots(snapshots);
    try {
      problems.push(...(await this.restoreRegistry({ ...restore, snapshots: registry })));
    } catch (err) {
      problems.push(backendReport.restoring({ what: ORCHESTRATOR_KEY, error: errorText(err) }));
    }
    for (const snapshot of [...snapshots].reverse()) {
      if (snapshot.kind !== 'folder') continue;
      try {
        const now = await readFolderFiles(this.backend, snapshot.path);
        for (const op of folderRestoreOps(snapshot, now !== undefined)) await this.restoreWrite(op);
      } catch (err) {
        problems.push(backendReport.restoring({ what: this.backend.describePath(snapshot.path), error: errorText(err) }));
      }
    }
    problems.push(...(await this.verifyRestored(snapshots, restore.uschedulerExisted)));
    return { ok: problems.length === 0, problems };
  }

  async verifyRestored(snapshots: readonly Snapshot[], uschedulerExisted: boolean): Promise<BackendText[]> {
    const view = new RegistryView(this.backend);
    const problems: BackendText[] = [];
    try {
      for (const snapshot of snapshots) problems.push(...(await this.verify(view, restoredExpectation(snapshot))));
      if (!uschedulerExisted && registrySnapshots(snapshots).length > 0 && (await view.uscheduler()).text !== undefined) {
        const parent = await view.uscheduler();
        if (parent.keys.length <= 1 && (parent.keys[0]?.values.length ?? 0) === 0) problems.push(backendReport.parentStillThere({ key: ORCHESTRATOR_KEY }));
      }
    } catch (err) {
      problems.push(backendReport.readingBack({ error: errorText(err) }));
    }
    return problems;
  }

  verify(reader: TargetReader, expect: Expectation): Promise<BackendText[]> {
    return verifyExpectation(reader, expect, (p) => this.backend.describePath(p));
  }
}

function backupId(now = new Date()): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}`;
}

async function runSteps(backend: Backend, verb: Verb, steps: PlannedStep[], base: ChangeReport, view: RegistryView, options: ChangeOptions): Promise<ChangeReport> {
  const log = options.log ?? (() => undefined);
  const report: ChangeReport = { ...base, steps: steps.map((s) => ({ name: s.name, form: s.form, source: s.source, action: s.action, target: s.target, status: 'not-run' })) };
  const runner = new Runner(backend, log, options.signal);
  report.operations = runner.operations;
  const registrySteps = steps.filter((s) => s.form === 'registry');
  const snapshots = steps.map((s) => s.snapshot);
  const uschedulerExisted = (await view.uscheduler()).text !== undefined;
  const restore = { uschedulerExisted, copyKey: undefined as string | undefined };
  const started: Snapshot[] = [];
  try {
    if (!backend.dryRun) {
      const replaced = registrySnapshots(snapshots).filter((s) => s.before !== undefined);
      if (replaced.length > 0) {
        // Named before it is written: a copy cut short is deleted by the rollback too.
        restore.copyKey = `${REGISTRY_BACKUP_ROOT}\\${backupId()}`;
        await runner.copyRegistry(view, replaced, restore.copyKey);
      }
      if (options.backupRoot && steps.length > 0) {
        report.backup = await writeBackup(options.backupRoot, verb, report.target, snapshots, { registryCopy: restore.copyKey, uschedulerExisted });
        log(backendLog.backup({ path: report.backup }));
      }
    }
    const registryWrite = batchedRegistryWrite(registrySteps);
    if (registryWrite) {
      started.push(...registrySteps.map((s) => s.snapshot));
      await runner.write(registryWrite);
      for (const [i, step] of steps.entries()) if (step.form === 'registry') report.steps[i].status = backend.dryRun ? 'planned' : 'done';
    }
    for (const [i, step] of steps.entries()) {
      if (step.form === 'registry') continue;
      started.push(step.snapshot);
      for (const op of step.ops) await runner.write(op);
      report.steps[i].status = backend.dryRun ? 'planned' : 'done';
    }
  } catch (err) {
    report.interrupted = err instanceof InterruptedError || options.signal?.aborted === true || undefined;
    report.error = report.interrupted ? backendReport.interruptedBeforeComplete() : errorText(err);
    log(backendLog.failedRollingBack({ error: report.error }));
    return rolledBack(report, runner, started, restore, log);
  }
  if (backend.dryRun) {
    report.ok = true;
    return report;
  }
  if (options.signal?.aborted) {
    report.interrupted = true;
    report.error = backendReport.interruptedBeforeVerified();
    log(backendLog.rollingBack({ error: report.error }));
    return rolledBack(report, runner, started, restore, log);
  }
  const problems: BackendText[] = [];
  const after = new RegistryView(backend);
  try {
    for (const step of steps) problems.push(...(await runner.verify(after, step.expect)));
  } catch (err) {
    problems.push(backendReport.readingBack({ error: errorText(err) }));
  }
  report.verification = { checked: steps.length, problems };
  if (problems.length > 0) {
    report.error = backendReport.verificationFailed({ problems: list(problems, '; ') });
    log(backendLog.rollingBack({ error: report.error }));
    return rolledBack(report, runner, started, restore, log);
  }
  // Without a backup folder nothing will ever refer to the lossless copy.
  if (!report.backup) await runner.dropCopy(restore.copyKey);
  log(backendLog.verified({ count: steps.length, label: targetTitle(backend.label) }));
  report.ok = true;
  return report;
}

async function rolledBack(report: ChangeReport, runner: Runner, started: Snapshot[], restore: Omit<RegistryRestore, 'snapshots'>, log: (line: BackendText) => void): Promise<ChangeReport> {
  report.rollback = await runner.rollback(started, restore);
  for (const s of report.steps) if (s.status === 'done') s.status = 'rolled-back';
  report.ok = false;
  if (report.rollback.ok) await runner.dropCopy(restore.copyKey);
  await retireBackup(report);
  log(report.rollback.ok ? backendLog.rolledBack() : backendLog.rollbackIncomplete({ problems: list(report.rollback.problems, '; ') }));
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
  const view = new RegistryView(backend);
  const state = await readMachineState(view, selection, (p) => backend.describePath(p));
  const plan = planChanges(selection, state);
  const base = { ...baseReport(backend, verb), skipped: plan.skipped, refused: plan.refused };
  for (const skip of plan.skipped) log(backendLog.skip({ what: skip.what, source: skip.source, reason: skip.reason }));
  if (plan.refused.length > 0) {
    for (const r of plan.refused) {
      const name = r.name ?? r.source;
      log(r.findings?.length ? backendLog.refusedWith({ name, reason: r.reason, findings: r.findings.map((f) => `${f.line + 1}:${f.character + 1} ${f.code}`).join(', ') }) : backendLog.refused({ name, reason: r.reason }));
    }
    return { ...base, steps: plan.steps.map((s) => ({ name: s.name, form: s.form, source: s.source, action: s.action, target: s.target, status: 'not-run' })), message: (verb === 'apply' ? backendReport.nothingWritten : backendReport.nothingRemoved)({ count: plan.refused.length }) };
  }
  if (plan.steps.length === 0) return { ...base, ok: true, message: backendReport.noRegistrations() };
  if (options.signal?.aborted) return { ...base, interrupted: true, error: backendReport.interruptedBeforeWrite(), message: backendReport.nothingChanged() };
  return runSteps(backend, verb, plan.steps, base, view, options);
}

function stepOf(backend: Backend, backup: { dir: string }, snapshot: Snapshot): StepReport {
  const target = snapshot.kind === 'registry' ? snapshot.key : backend.describePath(snapshot.path);
  return { name: target.split('\\').pop() ?? target, form: snapshot.kind === 'registry' ? 'registry' : 'file', source: backup.dir, action: 'restore', target, status: 'not-run' };
}

/** Puts back what the newest backup for this target recorded, and says "restored" only when a read-back shows it. */
export async function undoLastChange(backend: Backend, options: ChangeOptions & { backupRoot: string }): Promise<ChangeReport> {
  const base = baseReport(backend, 'undo');
  const backup = await latestBackup(options.backupRoot, backend.label);
  if (!backup) return { ...base, message: backendReport.noBackup({ label: targetTitle(backend.label), root: options.backupRoot }), error: backendReport.nothingToUndo() };
  const log = options.log ?? (() => undefined);
  const snapshots = restoredSnapshots(backup.manifest);
  const report: ChangeReport = { ...base, backup: backup.dir, steps: snapshots.map((s) => stepOf(backend, backup, s)) };
  const runner = new Runner(backend, log);
  report.operations = runner.operations;
  const restore = restoreFacts(backup.manifest);
  if (backend.dryRun) {
    report.ok = true;
    for (const s of report.steps) s.status = 'planned';
    report.message = backendReport.wouldRestore({ verb: verbText(backup.manifest.verb), date: backup.manifest.createdAt });
    return report;
  }
  // The undo runs to its end: an interrupted restore would leave neither state.
  const problems: BackendText[] = [];
  try {
    problems.push(...(await runner.restoreRegistry({ ...restore, snapshots: registrySnapshots(snapshots) })));
    for (const snapshot of snapshots) {
      if (snapshot.kind !== 'folder') continue;
      const now = await readFolderFiles(backend, snapshot.path);
      for (const op of folderRestoreOps(snapshot, now !== undefined)) await runner.restoreWrite(op);
    }
  } catch (err) {
    problems.push(errorText(err));
  }
  const readBack = await runner.verifyRestored(snapshots, restore.uschedulerExisted);
  problems.push(...readBack);
  report.verification = { checked: snapshots.length, problems };
  for (const s of report.steps) s.status = problems.length === 0 ? 'done' : 'not-run';
  if (problems.length > 0) {
    report.error = backendReport.undoIncomplete({ problems: list(problems, '; ') });
    return report;
  }
  await runner.dropCopy(restore.copyKey);
  await markUndone(backup);
  report.ok = true;
  report.message = backendReport.restored({ verb: verbText(backup.manifest.verb), date: backup.manifest.createdAt });
  return report;
}

function restoreFacts(manifest: BackupManifest): Omit<RegistryRestore, 'snapshots'> {
  // Backups from before these facts were recorded: UScheduler_OOBE is left as it is.
  return { copyKey: manifest.registryCopy, uschedulerExisted: manifest.uschedulerExisted ?? true };
}
