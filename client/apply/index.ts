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
import { render } from '../../core/rules/render';
import { targetTitle, type BackendText } from '../../backends/texts';
import { displayLocale } from '../displayLocale';

function say(text: BackendText): string {
  return render(text, displayLocale());
}

/** The target, named in the display language. */
function where(backend: Backend): string {
  return say(targetTitle(backend.label));
}

/** Returns the provider of the comparisons' target side (registered for its scheme by client/lazyFeatures.ts). */
export function registerApplyCommands(context: vscode.ExtensionContext, deps: ClientDeps): TargetContentProvider {
  const backups = join(context.globalStorageUri.fsPath, 'backups');
  const provider = new TargetContentProvider(() => createBackend(targetOptions()));
  const run = (title: () => string, body: (arg: unknown, name?: unknown) => Promise<void>) => (arg?: unknown, name?: unknown) => guarded(deps, title(), () => body(arg, name));
  const nameOf = (name: unknown) => (typeof name === 'string' && name.length > 0 ? name : undefined);
  context.subscriptions.push(
    provider,
    vscode.commands.registerCommand('expeditedApps.apply', run(() => vscode.l10n.t('Apply'), (arg, name) => change(deps, 'apply', arg, backups, nameOf(name)))),
    vscode.commands.registerCommand('expeditedApps.remove', run(() => vscode.l10n.t('Remove'), (arg, name) => change(deps, 'remove', arg, backups, nameOf(name)))),
    vscode.commands.registerCommand('expeditedApps.undoLastApply', run(() => vscode.l10n.t('Undo Last Apply'), () => undo(deps, backups))),
    vscode.commands.registerCommand('expeditedApps.pull', run(() => vscode.l10n.t('Pull'), () => pull(deps))),
    vscode.commands.registerCommand('expeditedApps.compare', run(() => vscode.l10n.t('Compare'), (arg) => compare(deps, provider, arg))),
    vscode.commands.registerCommand('expeditedApps.saveAsReg', run(() => vscode.l10n.t('Save as .reg'), (arg) => saveAsReg(deps, arg))),
  );
  return provider;
}

/** VS Code's runtime as Node.js, running the bundled CLI next to this file: the one elevated process of a batch. */
function elevatedCli(): CliLaunch {
  return { program: process.execPath, script: join(__dirname, 'cli.js'), env: { ELECTRON_RUN_AS_NODE: '1' } };
}

/** Why a writing command is disabled in an untrusted workspace, one sentence per command. */
function untrustedMessage(what: 'apply' | 'remove' | 'undo'): string {
  if (what === 'apply') return vscode.l10n.t('Apply writes to the registry and %ProgramData%: it is disabled until you trust this workspace.');
  if (what === 'remove') return vscode.l10n.t('Remove writes to the registry and %ProgramData%: it is disabled until you trust this workspace.');
  return vscode.l10n.t('Undo Last Apply writes to the registry and %ProgramData%: it is disabled until you trust this workspace.');
}

function refuseUntrusted(what: 'apply' | 'remove' | 'undo'): boolean {
  if (vscode.workspace.isTrusted) return false;
  const manageTrust = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window.showErrorMessage(untrustedMessage(what), manageTrust).then((choice) => {
    if (choice === manageTrust) void vscode.commands.executeCommand('workbench.trust.manage');
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
async function readingBackendOrExplain(deps: ClientDeps, what: 'pull' | 'compare', uri?: vscode.Uri): Promise<Backend | undefined> {
  const missing = await missingWinePrefix();
  if (missing) {
    deps.log.warn(what === 'pull' ? vscode.l10n.t('Pull: no Wine prefix at {0}', missing) : vscode.l10n.t('Compare: no Wine prefix at {0}', missing));
    const message = vscode.workspace.isTrusted
      ? what === 'pull'
        ? vscode.l10n.t('Pull: there is no Wine prefix at {0} yet, so there is nothing to read (Apply creates it). Set expeditedApps.wine.prefix to read another one.', missing)
        : vscode.l10n.t('Compare: there is no Wine prefix at {0} yet, so there is nothing to read (Apply creates it). Set expeditedApps.wine.prefix to read another one.', missing)
      : what === 'pull'
        ? vscode.l10n.t("Pull: there is no Wine prefix at {0} yet, so there is nothing to read. In an untrusted workspace the workspace's expeditedApps.wine.prefix is ignored: trust the workspace to use it, or set the prefix in your user settings.", missing)
        : vscode.l10n.t("Compare: there is no Wine prefix at {0} yet, so there is nothing to read. In an untrusted workspace the workspace's expeditedApps.wine.prefix is ignored: trust the workspace to use it, or set the prefix in your user settings.", missing);
    const openSettings = vscode.l10n.t('Open Settings');
    const manageTrust = vscode.l10n.t('Manage Workspace Trust');
    const choice = await vscode.window.showWarningMessage(message, openSettings, ...(vscode.workspace.isTrusted ? [] : [manageTrust]));
    if (choice === openSettings) await vscode.commands.executeCommand('workbench.action.openSettings', 'expeditedApps.wine.prefix');
    if (choice === manageTrust) await vscode.commands.executeCommand('workbench.trust.manage');
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
    const why = say(err.text);
    deps.log.warn(why);
    const saveAsReg = vscode.l10n.t('Save as .reg');
    const openSettings = vscode.l10n.t('Open Settings');
    const choice = await vscode.window.showErrorMessage(vscode.l10n.t('Expedited Apps: {0}', why), saveAsReg, openSettings);
    if (choice === saveAsReg) await vscode.commands.executeCommand('expeditedApps.saveAsReg', uri);
    if (choice === openSettings) await vscode.commands.executeCommand('workbench.action.openSettings', 'expeditedApps.target');
    return undefined;
  }
}

function logReport(deps: ClientDeps, report: ChangeReport): void {
  for (const line of formatChangeReport(report, displayLocale()).trimEnd().split('\n')) (report.ok ? deps.log.info : deps.log.error).call(deps.log, line);
}

function refusalSummary(refused: readonly Refusal[]): string {
  return refused
    .map((r) => [`${r.name ?? r.source}: ${say(r.reason)}`, ...(r.findings ?? []).map((f) => vscode.l10n.t('  line {0}: {1}', f.line + 1, say(f.message)))].join('\n'))
    .join('\n');
}

async function change(deps: ClientDeps, verb: 'apply' | 'remove', arg: unknown, backupRoot: string, registrationName?: string): Promise<void> {
  const apply = verb === 'apply';
  // The button that confirms, also the answer compared below.
  const title = apply ? vscode.l10n.t('Apply') : vscode.l10n.t('Remove');
  if (refuseUntrusted(verb)) return;
  const uri = commandUri(arg);
  if (!uri) {
    void vscode.window.showErrorMessage(apply ? vscode.l10n.t('Apply: open a .reg file or a registration file first.') : vscode.l10n.t('Remove: open a .reg file or a registration file first.'));
    return;
  }
  const whole = await loadPlanInput(uri);
  // The code lens of one registration passes its name: only that one is applied.
  const input = registrationName ? onlyRegistration(whole, registrationName) : whole;
  if (!input) {
    const file = vscode.workspace.asRelativePath(uri);
    void vscode.window.showErrorMessage(
      apply
        ? vscode.l10n.t('Apply: {0} no longer holds the registration "{1}".', file, registrationName ?? '')
        : vscode.l10n.t('Remove: {0} no longer holds the registration "{1}".', file, registrationName ?? ''),
    );
    return;
  }
  // An invalid file is refused before the target is read (no Wine start, no waiting).
  const invalid = selectRegistrations([input], verb).refused;
  if (invalid.length > 0) {
    for (const r of invalid) deps.log.error(vscode.l10n.t('refused {0}: {1}', r.name ?? r.source, say(r.reason)));
    const file = vscode.workspace.asRelativePath(uri);
    const showProblems = vscode.l10n.t('Show Problems');
    const message = apply ? vscode.l10n.t('Apply refused: {0} has errors, so nothing was changed.', file) : vscode.l10n.t('Remove refused: {0} has errors, so nothing was changed.', file);
    const choice = await vscode.window.showErrorMessage(message, { modal: true, detail: refusalSummary(invalid) }, showProblems);
    if (choice === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  const backend = await backendOrExplain(deps, uri);
  if (!backend) return;
  const what = registrationName ? `${input.path} (${registrationName})` : input.path;
  deps.log.info(apply ? vscode.l10n.t('apply {0} → {1}', what, where(backend)) : vscode.l10n.t('remove {0} → {1}', what, where(backend)));
  // Plan against the real target without writing: the confirmation shows exactly what will change.
  // Reading the target takes seconds under Wine: show that something is happening before the question.
  const plan = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Expedited Apps: reading {0}', where(backend)) }, async () => {
    const selection = selectRegistrations([input], verb);
    return planChanges(selection, await readMachineState(backend, selection, (p) => backend.describePath(p)));
  });
  if (plan.refused.length > 0 || plan.steps.length === 0) {
    for (const r of plan.refused) deps.log.error(vscode.l10n.t('refused {0}: {1}', r.name ?? r.source, say(r.reason)));
    const detail = plan.refused.length > 0 ? refusalSummary(plan.refused) : vscode.l10n.t('no registrations found in the file');
    const message = apply ? vscode.l10n.t('Apply refused: nothing was changed on {0}.', where(backend)) : vscode.l10n.t('Remove refused: nothing was changed on {0}.', where(backend));
    void vscode.window.showErrorMessage(message, { modal: true, detail });
    return;
  }
  if (confirmBeforeWriting() && !backend.dryRun) {
    const count = plan.steps.length;
    const question = apply ? vscode.l10n.t('Apply {0} registration(s) to {1}?', count, where(backend)) : vscode.l10n.t('Remove {0} registration(s) from {1}?', count, where(backend));
    const answer = await vscode.window.showWarningMessage(question, { modal: true, detail: confirmationDetail(plan, displayLocale()) }, title);
    if (answer !== title) {
      deps.log.info(apply ? vscode.l10n.t('apply cancelled') : vscode.l10n.t('remove cancelled'));
      return;
    }
  }
  // Without administrator rights on Windows: one elevation prompt for the whole batch, never one per write.
  const progressTitle = apply ? vscode.l10n.t('Expedited Apps: applying on {0}', where(backend)) : vscode.l10n.t('Expedited Apps: removing from {0}', where(backend));
  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: progressTitle }, () =>
    writesNeedElevation(backend) && uri.scheme === 'file'
      ? changeElevatedOnce(elevatedCli(), verb, [uri.fsPath], backupRoot)
      : changeRegistrations(verb, [input], backend, { backupRoot, log: (line) => deps.log.info(say(line)) }),
  );
  logReport(deps, report);
  if (!report.ok) {
    const why = report.error !== undefined ? say(report.error) : report.message !== undefined ? say(report.message) : vscode.l10n.t('see the log');
    const failed = report.rollback?.ok
      ? apply
        ? vscode.l10n.t('Apply failed: {0} (rolled back: nothing changed)', why)
        : vscode.l10n.t('Remove failed: {0} (rolled back: nothing changed)', why)
      : apply
        ? vscode.l10n.t('Apply failed: {0}', why)
        : vscode.l10n.t('Remove failed: {0}', why);
    void vscode.window.showErrorMessage(failed, vscode.l10n.t('Show Log')).then((c) => c && deps.log.show());
    return;
  }
  const done = backend.dryRun
    ? vscode.l10n.t('Dry run: {0} operation(s) listed in the log, nothing changed.', report.operations.length)
    : apply
      ? vscode.l10n.t('Applied {0} registration(s) on {1}; verified.', report.steps.length, where(backend))
      : vscode.l10n.t('Removed {0} registration(s) on {1}; verified.', report.steps.length, where(backend));
  const compareButton = vscode.l10n.t('Compare');
  const showLog = vscode.l10n.t('Show Log');
  const choice = await vscode.window.showInformationMessage(done, compareButton, showLog);
  if (choice === compareButton) await vscode.commands.executeCommand('expeditedApps.compare', uri);
  if (choice === showLog) deps.log.show();
}

async function undo(deps: ClientDeps, backupRoot: string): Promise<void> {
  if (refuseUntrusted('undo')) return;
  const backend = await backendOrExplain(deps);
  if (!backend) return;
  if (confirmBeforeWriting() && !backend.dryRun) {
    const undoButton = vscode.l10n.t('Undo');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Put back what the last apply or remove changed on {0}?', where(backend)), { modal: true }, undoButton);
    if (answer !== undoButton) return;
  }
  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Expedited Apps: undoing the last change on {0}', where(backend)) }, () =>
    writesNeedElevation(backend) ? changeElevatedOnce(elevatedCli(), 'undo', [], backupRoot) : undoLastChange(backend, { backupRoot, log: (line) => deps.log.info(say(line)) }),
  );
  logReport(deps, report);
  if (report.ok) void vscode.window.showInformationMessage(await undoneMessage(report));
  else void vscode.window.showErrorMessage(vscode.l10n.t('Undo failed: {0}', report.message !== undefined ? say(report.message) : report.error !== undefined ? say(report.error) : vscode.l10n.t('see the log')));
}

/** "Restored …: A, B (as before the apply of 1 Dec 2026, 11:30)", in the editor's time zone. */
async function undoneMessage(report: ChangeReport): Promise<string> {
  const manifest = report.backup ? (await readBackup(report.backup))?.manifest : undefined;
  const names = report.steps.map((s) => s.name).join(', ');
  const count = report.steps.length;
  if (!manifest) return vscode.l10n.t('Restored {0} item(s): {1}.', count, names);
  const when = new Date(manifest.createdAt).toLocaleString(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' });
  return manifest.verb === 'remove'
    ? vscode.l10n.t('Restored {0} item(s) to how they were before the remove of {1}: {2}.', count, when, names)
    : vscode.l10n.t('Restored {0} item(s) to how they were before the apply of {1}: {2}.', count, when, names);
}

async function pull(deps: ClientDeps): Promise<void> {
  const backend = await readingBackendOrExplain(deps, 'pull');
  if (!backend) return;
  const pulled = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Expedited Apps: reading {0}', where(backend)) }, () => pullFromTarget(backend, (p) => backend.describePath(p)));
  deps.log.info(vscode.l10n.t('pull from {0}: {1} key(s), {2} staged file(s)', where(backend), pulled.keys.length, pulled.files.length));
  const reg = await vscode.workspace.openTextDocument({ language: 'reg', content: pulled.regText });
  await vscode.window.showTextDocument(reg, { preview: false });
  for (const file of pulled.files.slice(0, 10)) {
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: file.text });
    await vscode.window.showTextDocument(json, { preview: false, preserveFocus: true });
    deps.log.info(vscode.l10n.t('pulled {0}', file.location));
  }
}

async function compare(deps: ClientDeps, provider: TargetContentProvider, arg: unknown): Promise<void> {
  const uri = commandUri(arg);
  if (!uri) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Compare: open a .reg file or a registration file first.'));
    return;
  }
  const backend = await readingBackendOrExplain(deps, 'compare', uri);
  if (!backend) return;
  const left = TargetContentProvider.uriFor(uri);
  const name = uri.path.split('/').pop() ?? 'registration';
  const view = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Expedited Apps: reading {0}', where(backend)) }, () => provider.read(left, backend));
  const file = vscode.workspace.asRelativePath(uri);
  deps.log.info(view.identical ? vscode.l10n.t('compare {0} with {1}: identical', file, where(backend)) : vscode.l10n.t('compare {0} with {1}: different', file, where(backend)));
  const title = view.identical ? vscode.l10n.t('{0}: {1} ↔ file (identical)', name, where(backend)) : vscode.l10n.t('{0}: {1} ↔ file', name, where(backend));
  await vscode.commands.executeCommand('vscode.diff', left, uri, title);
  if (view.identical) void vscode.window.showInformationMessage(vscode.l10n.t('{0} and {1} are identical: the target holds exactly what the file registers.', name, where(backend)));
}

async function saveAsReg(deps: ClientDeps, arg: unknown): Promise<void> {
  const uri = commandUri(arg);
  if (!uri) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Save as .reg: open a .reg file or a registration file first.'));
    return;
  }
  const input = await loadPlanInput(uri, { save: false });
  let text: string;
  const notes: string[] = [];
  if (input.analysis.kind === 'reg') {
    const selection = selectRegistrations([input], 'remove');
    const keys = selection.items.flatMap((i) => (i.form === 'registry' ? [{ key: i.key, values: i.values }] : []));
    text = regTextOf(keys);
    notes.push(...selection.skipped.map((s) => vscode.l10n.t('skipped {0}: {1}', s.what, say(s.reason))));
  } else {
    const registration = input.analysis.registrations.find((r) => r.form === 'file');
    if (!registration) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Save as .reg: this file holds no registration.'));
      return;
    }
    const converted = regFromRegistrationFile(registration);
    text = converted.text;
    notes.push(...converted.notes.map(say));
  }
  const base = (uri.path.split('/').pop() ?? 'registrations').replace(/\.(reg|json)$/i, '');
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
  const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, `${base}.registrations.reg`), filters: { [vscode.l10n.t('Registry files')]: ['reg'] } });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, utf16leWithBom(text));
  const saved = vscode.workspace.asRelativePath(target);
  deps.log.info(notes.length ? vscode.l10n.t("saved {0} (UTF-16LE, regedit's format); {1}", saved, notes.join('; ')) : vscode.l10n.t("saved {0} (UTF-16LE, regedit's format)", saved));
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}. Import it on the device with: reg import <file> /reg:64', saved));
}
