// "New Registration…" (command palette, File › New File, the walkthrough): a new untitled document
// in the chosen form with a complete registration to tab through, saved where the workspace is.
import * as vscode from 'vscode';
import { HEADER_V5 } from '../../core/reg/parse';
import { escapeRegString } from '../../core/reg/escape';
import { snippetSyntax } from '../../core/intel/snippet';
import { documentSnippets, regRegistrationSnippet } from '../../core/intel/templates';
import { guarded } from '../guarded';
import type { ClientDeps } from '../deps';

export const NEW_REGISTRATION = 'expeditedApps.newRegistration';

type Form = 'reg' | 'file';

interface FormPick extends vscode.QuickPickItem {
  form: Form;
}

const FORMS: readonly FormPick[] = [
  { form: 'reg', label: 'Registry form (.reg)', description: 'UScheduler_OOBE subkey with updaterPriority and expeditedPayload' },
  { form: 'file', label: 'Registration file (updater_<UpdaterName>.json)', description: 'staged by the AppOrchestration module' },
];

const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** A file name in `folder` not taken yet: `base.ext`, `base-2.ext`, … */
async function freeName(folder: vscode.Uri | undefined, base: string, ext: string): Promise<string> {
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${base}${ext}` : `${base}-${i}${ext}`;
    if (!folder) return name;
    const taken = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name)).then(() => true, () => false);
    const open = vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith(`/${name}`));
    if (!taken && !open) return name;
  }
}

async function newRegistration(form?: Form): Promise<void> {
  const chosen = form ?? (await vscode.window.showQuickPick(FORMS, { title: 'New Registration', placeHolder: 'Which form?' }))?.form;
  if (!chosen) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let fileName: string;
  let snippet: string;
  let languageId: string;
  if (chosen === 'reg') {
    fileName = await freeName(folder, 'registrations', '.reg');
    snippet = snippetSyntax([`${HEADER_V5}\r\n\r\n`, ...regRegistrationSnippet(escapeRegString, '\r\n')]);
    languageId = 'reg';
  } else {
    const updaterName = await vscode.window.showInputBox({
      title: 'New Registration: UpdaterName',
      prompt: 'The file is named updater_<UpdaterName>.json',
      value: 'PhotoStudio',
      validateInput: (v) => (NAME_PATTERN.test(v) ? null : 'Letters, digits, _ . - only'),
    });
    if (!updaterName) return;
    fileName = await freeName(folder, `updater_${updaterName}`, '.json');
    snippet = snippetSyntax(documentSnippets('registration', false, updaterName)[0].insert);
    languageId = 'json';
  }
  const uri = folder ? vscode.Uri.joinPath(folder, fileName).with({ scheme: 'untitled' }) : vscode.Uri.parse(`untitled:${fileName}`);
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== languageId) document = await vscode.languages.setTextDocumentLanguage(document, languageId);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
}

export function registerNewRegistration(context: vscode.ExtensionContext, deps: ClientDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(NEW_REGISTRATION, (form?: unknown) => guarded(deps, 'New Registration', () => newRegistration(form === 'reg' || form === 'file' ? form : undefined))),
  );
}
