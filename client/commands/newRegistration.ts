// "New Registration…" (command palette, File › New File, the walkthrough): a new untitled document
// in the chosen form with a complete registration to tab through, saved where the workspace is.
import * as vscode from 'vscode';
import { HEADER_V5 } from '../../core/reg/parse';
import { escapeRegLiteral } from '../../core/intel/regString';
import { snippetSyntax } from '../../core/intel/snippet';
import { documentSnippets, freshPlaceholders, regRegistrationSnippet } from '../../core/intel/templates';
import type { Registration } from '../../core/model/registration';
import { loadPlanInput } from '../apply/documents';
import { guarded } from '../guarded';
import { fileGlobs, isServedDocument } from '../languageClient';
import type { ClientDeps } from '../deps';

export const NEW_REGISTRATION = 'expeditedApps.newRegistration';

type Form = 'reg' | 'file';

interface FormPick extends vscode.QuickPickItem {
  form: Form;
}

function forms(): FormPick[] {
  return [
    { form: 'reg', label: vscode.l10n.t('Registry form (.reg)'), description: vscode.l10n.t('UScheduler_OOBE subkey with updaterPriority and expeditedPayload') },
    { form: 'file', label: vscode.l10n.t('Registration file (updater_<UpdaterName>.json)'), description: vscode.l10n.t('staged by the AppOrchestration module') },
  ];
}

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

const MAX_SCANNED_FILES = 2000;

/** The registrations of the workspace's files and of open unsaved ones: a new registration's example values clash with none of them. */
async function knownRegistrations(): Promise<Registration[]> {
  const globs = ['**/*.reg', ...fileGlobs()];
  const uris = await vscode.workspace.findFiles(`{${globs.join(',')}}`, '**/node_modules/**', MAX_SCANNED_FILES);
  const open = vscode.workspace.textDocuments.filter((d) => d.isUntitled && isServedDocument(d)).map((d) => d.uri);
  // A file that cannot be read has no registrations to avoid.
  const found = await Promise.all([...uris, ...open].map((uri) => loadPlanInput(uri, { save: false }).then((input) => input.analysis.registrations, () => [])));
  return found.flat();
}

async function newRegistration(form?: Form): Promise<void> {
  const chosen = form ?? (await vscode.window.showQuickPick(forms(), { title: vscode.l10n.t('New Registration'), placeHolder: vscode.l10n.t('Which form?') }))?.form;
  if (!chosen) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const existing = await knownRegistrations();
  let fileName: string;
  let snippet: string;
  let languageId: string;
  if (chosen === 'reg') {
    fileName = await freeName(folder, 'registrations', '.reg');
    snippet = snippetSyntax([`${HEADER_V5}\r\n\r\n`, ...regRegistrationSnippet(escapeRegLiteral, '\r\n', existing)]);
    languageId = 'reg';
  } else {
    const updaterName = await vscode.window.showInputBox({
      title: vscode.l10n.t('New Registration: UpdaterName'),
      prompt: vscode.l10n.t('The file is named updater_<UpdaterName>.json'),
      value: freshPlaceholders(existing).updaterName,
      validateInput: async (v) => {
        if (!NAME_PATTERN.test(v)) return vscode.l10n.t('Letters, digits, _ . - only');
        // updater_<UpdaterName>-2.json would not match its UpdaterName: ask for another name instead.
        return (await freeName(folder, `updater_${v}`, '.json')) === `updater_${v}.json` ? null : vscode.l10n.t('updater_{0}.json exists already: choose another UpdaterName.', v);
      },
    });
    if (!updaterName) return;
    fileName = `updater_${updaterName}.json`;
    snippet = snippetSyntax(documentSnippets('registration', false, updaterName, existing)[0].insert);
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
    vscode.commands.registerCommand(NEW_REGISTRATION, (form?: unknown) => guarded(deps, vscode.l10n.t('New Registration'), () => newRegistration(form === 'reg' || form === 'file' ? form : undefined))),
  );
}
