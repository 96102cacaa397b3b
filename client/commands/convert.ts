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
import type { ClientDeps } from '../deps';

export const CONVERT_TO_FILE = 'expeditedApps.convertToRegistrationFile';
export const CONVERT_TO_REG = 'expeditedApps.convertToRegFile';
export const FORMAT_PAYLOAD = 'expeditedApps.formatPayload';

export function registerConvertCommands(context: vscode.ExtensionContext, deps: ClientDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CONVERT_TO_FILE, (target?: unknown) => guarded(deps, 'Convert to Registration File', () => convertToRegistrationFile(deps, target))),
    vscode.commands.registerCommand(CONVERT_TO_REG, (target?: unknown) => guarded(deps, 'Convert to Registry Form', () => convertToRegFile(deps, target))),
    vscode.commands.registerCommand(FORMAT_PAYLOAD, (target?: unknown) => guarded(deps, 'Format Payload', () => formatPayload(target))),
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
    registrations.map((r) => ({ label: r.name, description: `priority ${r.priority}`, registration: r })),
    { title: 'Which registration?', placeHolder: 'The registration to convert' },
  );
  return picked?.registration;
}

async function askName(what: 'OEMName' | 'UpdaterName', value: string, step: number): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: `Convert to Registration File (${step}/2)`,
    prompt:
      what === 'OEMName'
        ? 'OEMName: your company name (letters, digits, _ and -)'
        : 'UpdaterName: a name for this registration (letters, digits, _ and -); the file is updater_<UpdaterName>.json',
    value,
    ignoreFocusOut: true,
    validateInput: (input) => nameProblem(input, what) ?? null,
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

function reportNotes(deps: ClientDeps, summary: string, notes: readonly string[]): void {
  deps.log.info(summary);
  for (const note of notes) deps.log.info(`  note: ${note}`);
  void vscode.window.showInformationMessage(notes.length ? `${summary} Notes: ${notes.join(' ')}` : summary);
}

async function convertToRegistrationFile(deps: ClientDeps, target: unknown): Promise<void> {
  const found = await targetDocument(target);
  const analysis = found && analyze(found.document);
  const registrations = analysis?.kind === 'reg' ? analysis.registrations.filter((r) => r.form === 'registry') : [];
  if (!found || !analysis || registrations.length === 0) {
    void vscode.window.showWarningMessage('Open a .reg file with a UScheduler_OOBE registration (HKEY_LOCAL_MACHINE\\…\\UScheduler_OOBE\\<Name>) to convert it.');
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
  reportNotes(deps, `Converted ${registration.name} to ${fileName}.`, notes);
}

async function convertToRegFile(deps: ClientDeps, target: unknown): Promise<void> {
  const found = await targetDocument(target);
  const analysis = found && analyze(found.document);
  const registration = analysis?.kind === 'registration' ? analysis.registrations.find((r) => r.form === 'file') : undefined;
  if (!found || !registration) {
    void vscode.window.showWarningMessage('Open a registration file (updater_<UpdaterName>.json) to convert it to the registry form.');
    return;
  }
  const { text, notes } = regFromRegistrationFile(registration);
  const fileName = `${registration.name.replace(/[\\/:*?"<>|]/g, '_')}.reg`;
  await openUntitled(found.document.uri, fileName, text, 'reg');
  reportNotes(deps, `Converted ${registration.name} to ${fileName}.`, notes);
}

async function formatPayload(target: unknown): Promise<void> {
  const found = await targetDocument(target);
  if (!found) {
    void vscode.window.showWarningMessage('Open a .reg file or a payload file to format its expeditedPayload.');
    return;
  }
  const { document, offset } = found;
  const analysis = analyze(document);
  const edits = formatPayloadEdits(analysis, formatOffset(analysis, offset));
  if (edits.length === 0) {
    void vscode.window.showInformationMessage('Nothing to format: the payload is already formatted, or it is not valid JSON yet (see Problems).');
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText);
  await vscode.workspace.applyEdit(edit);
}
