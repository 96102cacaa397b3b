// Conversion commands: registry form → registration file, registration file → .reg, and
// "Format Payload". One-shot work, so the core runs here in the extension host on the editor's text.
import * as vscode from 'vscode';
import { guarded } from '../guarded';
import { commandUri } from '../commandUri';
import { analyzeDocument, type DocumentAnalysis } from '../../core/analyze';
import { formatPayloadEdits } from '../../core/convert/format';
import { registrationFileFromRegistry } from '../../core/convert/toFile';
import { regFromRegistrationFile } from '../../core/convert/toRegistry';
import { formatOffset, nameProblem, registrationAtCursor, suggestFileNames } from '../../core/intel/conversion';
import type { Registration } from '../../core/model/registration';
import { render } from '../../core/rules';
import { displayLocale } from '../displayLocale';
import type { ClientDeps } from '../deps';
import { backupName, originalRemoval } from './originalCopy';

export const CONVERT_TO_FILE = 'expeditedApps.convertToRegistrationFile';
export const CONVERT_TO_REG = 'expeditedApps.convertToRegFile';
export const FORMAT_PAYLOAD = 'expeditedApps.formatPayload';

export function registerConvertCommands(context: vscode.ExtensionContext, deps: ClientDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CONVERT_TO_FILE, (target?: unknown) => guarded(deps, vscode.l10n.t('Convert to Registration File'), () => convertToRegistrationFile(deps, target))),
    vscode.commands.registerCommand(CONVERT_TO_REG, (target?: unknown) => guarded(deps, vscode.l10n.t('Convert to Registry Form'), () => convertToRegFile(deps, target))),
    vscode.commands.registerCommand(FORMAT_PAYLOAD, (target?: unknown) => guarded(deps, vscode.l10n.t('Format Payload'), () => formatPayload(target))),
  );
}

/** Format Document (Shift+Alt+F) on a .reg file formats every payload, as Format Payload does (the provider: client/lazyFeatures.ts). */
export function formatRegDocument(document: vscode.TextDocument): vscode.TextEdit[] {
  const analysis = analyze(document);
  return formatPayloadEdits(analysis).map((e) => vscode.TextEdit.replace(new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText));
}


/** The document a command acts on: a URI passed by a menu or code lens, else the active editor's. */
async function targetDocument(target: unknown): Promise<{ document: vscode.TextDocument; offset?: number } | undefined> {
  const uri = commandUri(target);
  const editor = vscode.window.activeTextEditor;
  if (!uri || (editor && editor.document.uri.toString() === uri.toString())) {
    return editor ? { document: editor.document, offset: editor.document.offsetAt(editor.selection.active) } : undefined;
  }
  return { document: await vscode.workspace.openTextDocument(uri) };
}

function analyze(document: vscode.TextDocument): DocumentAnalysis {
  return analyzeDocument({ path: document.uri.toString(), text: document.getText(), languageId: document.languageId });
}

async function pickRegistration(analysis: DocumentAnalysis, registrations: readonly Registration[], offset: number | undefined): Promise<Registration | undefined> {
  const atCursor = offset === undefined ? (registrations.length === 1 ? registrations[0] : undefined) : registrationAtCursor(analysis, offset);
  if (atCursor) return atCursor;
  const picked = await vscode.window.showQuickPick(
    registrations.map((r) => ({ label: r.name, description: vscode.l10n.t('priority {0}', r.priority), registration: r })),
    { title: vscode.l10n.t('Which registration?'), placeHolder: vscode.l10n.t('The registration to convert') },
  );
  return picked?.registration;
}

async function askName(what: 'OEMName' | 'UpdaterName', value: string, step: number): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Convert to Registration File ({0}/2)', step),
    prompt:
      what === 'OEMName'
        ? vscode.l10n.t('OEMName: your company name (letters, digits, _ and -)')
        : vscode.l10n.t('UpdaterName: a name for this registration (letters, digits, _ and -); the file is updater_<UpdaterName>.json'),
    value,
    ignoreFocusOut: true,
    validateInput: (input) => {
      const problem = nameProblem(input, what);
      return problem ? render(problem, displayLocale()) : null;
    },
  });
}

/** A new untitled document beside `source` named `fileName`, holding `text`, shown in an editor. */
async function openUntitled(source: vscode.Uri, fileName: string, text: string, languageId: string): Promise<vscode.TextEditor> {
  const folder = source.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(source, '..');
  const uri = folder ? vscode.Uri.joinPath(folder, fileName).with({ scheme: 'untitled' }) : vscode.Uri.parse(`untitled:${fileName}`);
  let document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
  if (document.languageId !== languageId) document = await vscode.languages.setTextDocumentLanguage(document, languageId);
  return vscode.window.showTextDocument(document, { preview: false });
}

function fileNameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Closes every tab showing `uri`, so its document leaves the analysis too. */
async function closeTabs(uri: vscode.Uri): Promise<void> {
  const key = uri.toString();
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key);
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

/** Moves the file to the trash; where there is none (a remote or web window), renames it to a backup beside it. Returns what it did. */
async function removeFile(document: vscode.TextDocument): Promise<string> {
  const uri = document.uri;
  const name = fileNameOf(uri);
  // What goes to the trash or the backup is exactly what was converted.
  if (document.isDirty && !(await document.save())) throw new Error(vscode.l10n.t('{0} has unsaved changes that could not be saved, so it was kept.', name));
  try {
    await vscode.workspace.fs.delete(uri, { useTrash: true });
    await closeTabs(uri);
    return vscode.l10n.t('Moved {0} to the trash.', name);
  } catch {
    const folder = vscode.Uri.joinPath(uri, '..');
    const backup = await backupName(name, (candidate) => Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, candidate))).then(() => true, () => false));
    await vscode.workspace.fs.rename(uri, vscode.Uri.joinPath(folder, backup), { overwrite: false });
    await closeTabs(uri);
    return vscode.l10n.t('Renamed {0} to {1}, a backup (there is no trash here).', name, backup);
  }
}

/**
 * After a conversion the original still registers the same app, so the two copies clash
 * (duplicate-pfn, duplicate-registration-name). Says so and offers to remove the original: the
 * whole file (to the trash, else renamed to a backup) when it holds nothing else, else the
 * registration's lines as an unsaved, undoable edit.
 */
async function offerOriginalRemoval(deps: ClientDeps, source: vscode.TextDocument, analysis: DocumentAnalysis, registration: Registration, summary: string, notes: readonly string[]): Promise<void> {
  deps.log.info(summary);
  for (const note of notes) deps.log.info(vscode.l10n.t('  note: {0}', note));
  const sourceName = fileNameOf(source.uri);
  const removal = source.isUntitled ? { kind: 'blocks' as const, spans: [registration.span] } : originalRemoval(analysis, registration);
  const remove = removal.kind === 'file' ? vscode.l10n.t('Remove {0}', sourceName) : vscode.l10n.t('Remove {0} from {1}', registration.name, sourceName);
  const keep = vscode.l10n.t('Keep Both');
  const clash = vscode.l10n.t('{0} {1} still holds the original, and the two clash (same PFN) until one is removed.', summary, sourceName);
  const message = notes.length ? vscode.l10n.t('{0} Notes: {1}', clash, notes.join(' ')) : clash;
  const choice = await vscode.window.showInformationMessage(message, remove, keep);
  if (choice === keep) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Both copies stay: Problems lists the clash until one of them is removed.'));
    return;
  }
  if (choice !== remove) return;
  let done: string;
  if (removal.kind === 'file') {
    done = await removeFile(source);
  } else {
    const edit = new vscode.WorkspaceEdit();
    for (const span of removal.spans) edit.delete(source.uri, new vscode.Range(source.positionAt(span.start), source.positionAt(span.end)));
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('{0} changed meanwhile: nothing was removed.', sourceName));
    done = vscode.l10n.t('Removed {0} from {1}, not saved yet: Undo in {1} brings it back.', registration.name, sourceName);
  }
  deps.log.info(done);
  void vscode.window.showInformationMessage(done);
}

async function convertToRegistrationFile(deps: ClientDeps, target: unknown): Promise<void> {
  const found = await targetDocument(target);
  const analysis = found && analyze(found.document);
  const registrations = analysis?.kind === 'reg' ? analysis.registrations.filter((r) => r.form === 'registry') : [];
  if (!found || !analysis || registrations.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a .reg file with a UScheduler_OOBE registration (HKEY_LOCAL_MACHINE\\…\\UScheduler_OOBE\\<Name>) to convert it.'));
    return;
  }
  const registration = await pickRegistration(analysis, registrations, found.offset);
  if (!registration) return;
  const suggested = suggestFileNames(registration.name);
  const OEMName = await askName('OEMName', suggested.OEMName, 1);
  if (OEMName === undefined) return;
  const UpdaterName = await askName('UpdaterName', suggested.UpdaterName, 2);
  if (UpdaterName === undefined) return;
  const { text, notes } = registrationFileFromRegistry(registration, { OEMName, UpdaterName });
  const fileName = `updater_${UpdaterName}.json`;
  await openUntitled(found.document.uri, fileName, text, 'json');
  // Not awaited: the command is done; the offer waits for the user.
  void guarded(deps, vscode.l10n.t('Convert to Registration File'), () => offerOriginalRemoval(deps, found.document, analysis, registration, vscode.l10n.t('Converted {0} to {1}.', registration.name, fileName), notes.map((n) => render(n, displayLocale()))));
}

async function convertToRegFile(deps: ClientDeps, target: unknown): Promise<void> {
  const found = await targetDocument(target);
  const analysis = found && analyze(found.document);
  const registration = analysis?.kind === 'registration' ? analysis.registrations.find((r) => r.form === 'file') : undefined;
  if (!found || !registration) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a registration file (updater_<UpdaterName>.json) to convert it to the registry form.'));
    return;
  }
  const { text, notes } = regFromRegistrationFile(registration);
  const fileName = `${registration.name.replace(/[\\/:*?"<>|]/g, '_')}.reg`;
  await openUntitled(found.document.uri, fileName, text, 'reg');
  void guarded(deps, vscode.l10n.t('Convert to Registry Form'), () => offerOriginalRemoval(deps, found.document, analysis!, registration, vscode.l10n.t('Converted {0} to {1}.', registration.name, fileName), notes.map((n) => render(n, displayLocale()))));
}

async function formatPayload(target: unknown): Promise<void> {
  const found = await targetDocument(target);
  if (!found) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a .reg file or a payload file to format its expeditedPayload.'));
    return;
  }
  const { document, offset } = found;
  const analysis = analyze(document);
  const edits = formatPayloadEdits(analysis, formatOffset(analysis, offset));
  if (edits.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to format: the payload is already formatted, or it is not valid JSON yet (see Problems).'));
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText);
  await vscode.workspace.applyEdit(edit);
}
