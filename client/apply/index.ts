// Editor commands that act on a target (Windows' registry, a Wine prefix, or a dry run): apply, remove,
// pull, compare, undo and save as .reg. They share the CLI's backends and plan (backends/).
import * as vscode from 'vscode';
import { guarded } from '../guarded';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { regFromRegistrationFile } from '../../core/convert/toRegistry';
import { formatChangeReport } from '../../backends/format';
import { planChanges, selectRegistrations, type Refusal } from '../../backends/plan';
import { readMachineState } from '../../backends/machineState';
import { readBackup } from '../../backends/backup';
import { pullFromTarget } from '../../backends/pull';
import { regTextOf } from '../../backends/regText';
import { changeElevatedOnce, type CliLaunch } from '../../backends/elevation';
import { changeRegistrations, undoLastChange, type ChangeReport } from '../../backends/run';
import { createBackend, resolveTarget } from '../../backends/target';
import { defaultWinePrefix } from '../../backends/wine';
import { writesNeedElevation } from '../../backends/windows';
import { BackendUnavailableError, type Backend } from '../../backends/types';
import { utf16leWithBom } from '../../backends/tempFiles';
import type { ClientDeps } from '../deps';
import { commandUri } from '../commandUri';
import { loadPlanInput } from './documents';
import { confirmationDetail, onlyRegistration } from './confirmation';
import { confirmBeforeWriting, targetOptions } from './settings';
import { TargetContentProvider } from './targetContent';

const SAVE_AS_REG = 'Save as .reg';
const SHOW_PROBLEMS = 'Show Problems';

/** Returns the provider of the comparisons' target side (registered for its scheme by client/lazyFeatures.ts). */
export function registerApplyCommands(context: vscode.ExtensionContext, deps: ClientDeps): TargetContentProvider {
  const backups = join(context.globalStorageUri.fsPath, 'backups');
  const provider = new TargetContentProvider(() => createBackend(targetOptions()));
  const run = (title: string, body: (arg: unknown, name?: unknown) => Promise<void>) => (arg?: unknown, name?: unknown) => guarded(deps, title, () => body(arg, name));
  const nameOf = (name: unknown) => (typeof name === 'string' && name.length > 0 ? name : undefined);
  context.subscriptions.push(
    provider,
    vscode.commands.registerCommand('expeditedApps.apply', run('Apply', (arg, name) => change(deps, 'apply', arg, backups, nameOf(name)))),
    vscode.commands.registerCommand('expeditedApps.remove', run('Remove', (arg, name) => change(deps, 'remove', arg, backups, nameOf(name)))),
    vscode.commands.registerCommand('expeditedApps.undoLastApply', run('Undo Last Apply', () => undo(deps, backups))),
    vscode.commands.registerCommand('expeditedApps.pull', run('Pull', () => pull(deps))),
    vscode.commands.registerCommand('expeditedApps.compare', run('Compare', (arg) => compare(deps, provider, arg))),
    vscode.commands.registerCommand('expeditedApps.saveAsReg', run('Save as .reg', (arg) => saveAsReg(deps, arg))),
  );
  return provider;
}


const MANAGE_TRUST = 'Manage Workspace Trust';

/** VS Code's runtime as Node.js, running the bundled CLI next to this file: the one elevated process of a batch. */
function elevatedCli(): CliLaunch {
  return { program: process.execPath, script: join(__dirname, 'cli.js'), env: { ELECTRON_RUN_AS_NODE: '1' } };
}

function refuseUntrusted(what: string): boolean {
  if (vscode.workspace.isTrusted) return false;
  void vscode.window.showErrorMessage(`${what} writes to the registry and %ProgramData%: it is disabled until you trust this workspace.`, MANAGE_TRUST).then((choice) => {
    if (choice === MANAGE_TRUST) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return true;
}

/**
 * The Wine prefix a read-only command (Compare, Pull) would read, when it does not exist yet:
 * running Wine there would silently create it, and reading an empty prefix tells nothing.
 */
async function missingWinePrefix(): Promise<string | undefined> {
  const options = targetOptions();
  if ((await resolveTarget(options).catch(() => undefined)) !== 'wine') return undefined;
  const prefix = resolve(options.winePrefix || defaultWinePrefix());
  return existsSync(join(prefix, 'system.reg')) ? undefined : prefix;
}

/** The configured backend for reading only: never creates a Wine prefix. */
async function readingBackendOrExplain(deps: ClientDeps, what: string, uri?: vscode.Uri): Promise<Backend | undefined> {
  const missing = await missingWinePrefix();
  if (missing) {
    deps.log.warn(`${what}: no Wine prefix at ${missing}`);
    const message = vscode.workspace.isTrusted
      ? `${what}: there is no Wine prefix at ${missing} yet, so there is nothing to read (Apply creates it). Set expeditedApps.wine.prefix to read another one.`
      : `${what}: there is no Wine prefix at ${missing} yet, so there is nothing to read. In an untrusted workspace the workspace's expeditedApps.wine.prefix is ignored: trust the workspace to use it, or set the prefix in your user settings.`;
    const choice = await vscode.window.showWarningMessage(message, 'Open Settings', ...(vscode.workspace.isTrusted ? [] : [MANAGE_TRUST]));
    if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'expeditedApps.wine.prefix');
    if (choice === MANAGE_TRUST) await vscode.commands.executeCommand('workbench.trust.manage');
    return undefined;
  }
  return backendOrExplain(deps, uri);
}

/** The configured backend, or a clear message (with "Save as .reg") when there is none. */
async function backendOrExplain(deps: ClientDeps, uri?: vscode.Uri): Promise<Backend | undefined> {
  try {
    return await createBackend(targetOptions());
  } catch (err) {
    if (!(err instanceof BackendUnavailableError)) throw err;
    deps.log.warn(err.message);
    const choice = await vscode.window.showErrorMessage(`Expedited Apps: ${err.message}`, SAVE_AS_REG, 'Open Settings');
    if (choice === SAVE_AS_REG) await vscode.commands.executeCommand('expeditedApps.saveAsReg', uri);
    if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'expeditedApps.target');
    return undefined;
  }
}

function logReport(deps: ClientDeps, report: ChangeReport): void {
  for (const line of formatChangeReport(report).trimEnd().split('\n')) (report.ok ? deps.log.info : deps.log.error).call(deps.log, line);
}

function refusalSummary(refused: readonly Refusal[]): string {
  return refused
    .map((r) => [`${r.name ?? r.source}: ${r.reason}`, ...(r.findings ?? []).map((f) => `  line ${f.line + 1}: ${f.message}`)].join('\n'))
    .join('\n');
}

async function change(deps: ClientDeps, verb: 'apply' | 'remove', arg: unknown, backupRoot: string, registrationName?: string): Promise<void> {
  const title = verb === 'apply' ? 'Apply' : 'Remove';
  if (refuseUntrusted(title)) return;
  const uri = commandUri(arg);
  if (!uri) {
    void vscode.window.showErrorMessage(`${title}: open a .reg file or a registration file first.`);
    return;
  }
  const whole = await loadPlanInput(uri);
  // The code lens of one registration passes its name: only that one is applied.
  const input = registrationName ? onlyRegistration(whole, registrationName) : whole;
  if (!input) {
    void vscode.window.showErrorMessage(`${title}: ${vscode.workspace.asRelativePath(uri)} no longer holds the registration "${registrationName}".`);
    return;
  }
  // An invalid file is refused before the target is read (no Wine start, no waiting).
  const invalid = selectRegistrations([input], verb).refused;
  if (invalid.length > 0) {
    for (const r of invalid) deps.log.error(`refused ${r.name ?? r.source}: ${r.reason}`);
    const choice = await vscode.window.showErrorMessage(`${title} refused: ${vscode.workspace.asRelativePath(uri)} has errors, so nothing was changed.`, { modal: true, detail: refusalSummary(invalid) }, SHOW_PROBLEMS);
    if (choice === SHOW_PROBLEMS) await vscode.commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  const backend = await backendOrExplain(deps, uri);
  if (!backend) return;
  deps.log.info(`${verb} ${input.path}${registrationName ? ` (${registrationName})` : ''} → ${backend.label}`);
  // Plan against the real target without writing: the confirmation shows exactly what will change.
  // Reading the target takes seconds under Wine: show that something is happening before the question.
  const plan = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Expedited Apps: reading ${backend.label}` }, async () => {
    const selection = selectRegistrations([input], verb);
    return planChanges(selection, await readMachineState(backend, selection, (p) => backend.describePath(p)));
  });
  if (plan.refused.length > 0 || plan.steps.length === 0) {
    for (const r of plan.refused) deps.log.error(`refused ${r.name ?? r.source}: ${r.reason}`);
    const detail = plan.refused.length > 0 ? refusalSummary(plan.refused) : 'no registrations found in the file';
    void vscode.window.showErrorMessage(`${title} refused: nothing was changed on ${backend.label}.`, { modal: true, detail });
    return;
  }
  if (confirmBeforeWriting() && !backend.dryRun) {
    const question = verb === 'apply' ? `Apply ${plan.steps.length} registration(s) to ${backend.label}?` : `Remove ${plan.steps.length} registration(s) from ${backend.label}?`;
    const answer = await vscode.window.showWarningMessage(question, { modal: true, detail: confirmationDetail(plan) }, title);
    if (answer !== title) {
      deps.log.info(`${verb} cancelled`);
      return;
    }
  }
  // Without administrator rights on Windows: one elevation prompt for the whole batch, never one per write.
  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: verb === 'apply' ? `Expedited Apps: applying on ${backend.label}` : `Expedited Apps: removing from ${backend.label}` }, () =>
    writesNeedElevation(backend) && uri.scheme === 'file'
      ? changeElevatedOnce(elevatedCli(), verb, [uri.fsPath], backupRoot)
      : changeRegistrations(verb, [input], backend, { backupRoot, log: (line) => deps.log.info(line) }),
  );
  logReport(deps, report);
  if (!report.ok) {
    void vscode.window.showErrorMessage(`${title} failed: ${report.error ?? report.message ?? 'see the log'}${report.rollback?.ok ? ' (rolled back: nothing changed)' : ''}`, 'Show Log').then((c) => c && deps.log.show());
    return;
  }
  const done = backend.dryRun ? `Dry run: ${report.operations.length} operation(s) listed in the log, nothing changed.` : `${title === 'Apply' ? 'Applied' : 'Removed'} ${report.steps.length} registration(s) on ${backend.label}; verified.`;
  const choice = await vscode.window.showInformationMessage(done, 'Compare', 'Show Log');
  if (choice === 'Compare') await vscode.commands.executeCommand('expeditedApps.compare', uri);
  if (choice === 'Show Log') deps.log.show();
}

async function undo(deps: ClientDeps, backupRoot: string): Promise<void> {
  if (refuseUntrusted('Undo Last Apply')) return;
  const backend = await backendOrExplain(deps);
  if (!backend) return;
  if (confirmBeforeWriting() && !backend.dryRun) {
    const answer = await vscode.window.showWarningMessage(`Put back what the last apply or remove changed on ${backend.label}?`, { modal: true }, 'Undo');
    if (answer !== 'Undo') return;
  }
  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Expedited Apps: undoing the last change on ${backend.label}` }, () =>
    writesNeedElevation(backend) ? changeElevatedOnce(elevatedCli(), 'undo', [], backupRoot) : undoLastChange(backend, { backupRoot, log: (line) => deps.log.info(line) }),
  );
  logReport(deps, report);
  if (report.ok) void vscode.window.showInformationMessage(await undoneMessage(report));
  else void vscode.window.showErrorMessage(`Undo failed: ${report.message ?? report.error ?? 'see the log'}`);
}

/** "Restored …: A, B (as before the apply of 1 Dec 2026, 11:30)", in the editor's time zone. */
async function undoneMessage(report: ChangeReport): Promise<string> {
  const manifest = report.backup ? (await readBackup(report.backup))?.manifest : undefined;
  const names = report.steps.map((s) => s.name).join(', ');
  if (!manifest) return `Restored ${report.steps.length} item(s): ${names}.`;
  const when = new Date(manifest.createdAt).toLocaleString(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' });
  return `Restored ${report.steps.length} item(s) to how they were before the ${manifest.verb} of ${when}: ${names}.`;
}

async function pull(deps: ClientDeps): Promise<void> {
  const backend = await readingBackendOrExplain(deps, 'Pull');
  if (!backend) return;
  const pulled = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Expedited Apps: reading ${backend.label}` }, () => pullFromTarget(backend, (p) => backend.describePath(p)));
  deps.log.info(`pull from ${backend.label}: ${pulled.keys.length} key(s), ${pulled.files.length} staged file(s)`);
  const reg = await vscode.workspace.openTextDocument({ language: 'reg', content: pulled.regText });
  await vscode.window.showTextDocument(reg, { preview: false });
  for (const file of pulled.files.slice(0, 10)) {
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: file.text });
    await vscode.window.showTextDocument(json, { preview: false, preserveFocus: true });
    deps.log.info(`pulled ${file.location}`);
  }
}

async function compare(deps: ClientDeps, provider: TargetContentProvider, arg: unknown): Promise<void> {
  const uri = commandUri(arg);
  if (!uri) {
    void vscode.window.showErrorMessage('Compare: open a .reg file or a registration file first.');
    return;
  }
  const backend = await readingBackendOrExplain(deps, 'Compare', uri);
  if (!backend) return;
  const left = TargetContentProvider.uriFor(uri);
  const name = uri.path.split('/').pop() ?? 'registration';
  const view = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Expedited Apps: reading ${backend.label}` }, () => provider.read(left, backend));
  deps.log.info(`compare ${vscode.workspace.asRelativePath(uri)} with ${backend.label}: ${view.identical ? 'identical' : 'different'}`);
  const title = view.identical ? `${name}: ${backend.label} ↔ file (identical)` : `${name}: ${backend.label} ↔ file`;
  await vscode.commands.executeCommand('vscode.diff', left, uri, title);
  if (view.identical) void vscode.window.showInformationMessage(`${name} and ${backend.label} are identical: the target holds exactly what the file registers.`);
}

async function saveAsReg(deps: ClientDeps, arg: unknown): Promise<void> {
  const uri = commandUri(arg);
  if (!uri) {
    void vscode.window.showErrorMessage('Save as .reg: open a .reg file or a registration file first.');
    return;
  }
  const input = await loadPlanInput(uri, { save: false });
  let text: string;
  const notes: string[] = [];
  if (input.analysis.kind === 'reg') {
    const selection = selectRegistrations([input], 'remove');
    const keys = selection.items.flatMap((i) => (i.form === 'registry' ? [{ key: i.key, values: i.values }] : []));
    text = regTextOf(keys);
    notes.push(...selection.skipped.map((s) => `skipped ${s.what}: ${s.reason}`));
  } else {
    const registration = input.analysis.registrations.find((r) => r.form === 'file');
    if (!registration) {
      void vscode.window.showErrorMessage('Save as .reg: this file holds no registration.');
      return;
    }
    const converted = regFromRegistrationFile(registration);
    text = converted.text;
    notes.push(...converted.notes);
  }
  const base = (uri.path.split('/').pop() ?? 'registrations').replace(/\.(reg|json)$/i, '');
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
  const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, `${base}.registrations.reg`), filters: { 'Registry files': ['reg'] } });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, utf16leWithBom(text));
  deps.log.info(`saved ${vscode.workspace.asRelativePath(target)} (UTF-16LE, regedit's format)${notes.length ? `; ${notes.join('; ')}` : ''}`);
  void vscode.window.showInformationMessage(`Saved ${vscode.workspace.asRelativePath(target)}. Import it on the device with: reg import <file> /reg:64`);
}
