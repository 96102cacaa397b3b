// Extension entry: the language client, the log, and the feature modules (apply, preview, conversions).
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerApplyCommands } from './apply';
import { registerConvertCommands } from './commands/convert';
import { registerNewRegistration } from './commands/newRegistration';
import type { ClientDeps } from './deps';
import { createLanguageClient, isServedDocument, type ExpeditedClient } from './languageClient';
import { registerPreview } from './preview';

/** What `activate` returns: used by the end-to-end tests. */
export interface ExtensionApi {
  client: LanguageClient;
  log: vscode.LogOutputChannel;
  /** Whatever the preview module exposes (its owner defines it). */
  preview: unknown;
  /** How long `activate` took (the benchmark reports it); the language server starts after it. */
  activationMs: number;
}

let expedited: ExpeditedClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const started = performance.now();
  // The pure modules shared with the webview and the CLI translate through @vscode/l10n: same bundle as vscode.l10n.
  l10n.config({ contents: vscode.l10n.bundle ?? {} });
  const log = vscode.window.createOutputChannel('Expedited Apps', { log: true });
  context.subscriptions.push(log);
  expedited = createLanguageClient(context, log);
  const { client } = expedited;
  const deps: ClientDeps = { client, log };

  context.subscriptions.push(
    vscode.commands.registerCommand('expeditedApps.showOutput', () => log.show(true)),
    vscode.commands.registerCommand('expeditedApps.restartServer', async () => {
      log.info('restarting the language server');
      await client.restart();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('expeditedApps.files')) void expedited?.reconfigure().catch((err) => log.error('restart failed', err));
    }),
  );

  registerApplyCommands(context, deps);
  registerConvertCommands(context, deps);
  registerNewRegistration(context, deps);
  const preview: unknown = registerPreview(context, deps);

  startOnDemand(context, client, log);
  const activationMs = Math.round(performance.now() - started);
  log.info(`activated in ${activationMs} ms`);
  return { client, log, preview, activationMs };
}

/**
 * Starts the language server once a document it serves is open (now or later), in the background:
 * activation does not wait for it. A request (the preview's simulation) starts it as well.
 */
function startOnDemand(context: vscode.ExtensionContext, client: LanguageClient, log: vscode.LogOutputChannel): void {
  const start = () => {
    client.start().catch((err: unknown) => {
      log.error('the language server did not start', err);
      const showLog = vscode.l10n.t('Show Log');
      void vscode.window.showErrorMessage(vscode.l10n.t('Expedited Apps: the language server did not start. See the log for details.'), showLog).then((pick) => {
        if (pick) log.show(true);
      });
    });
  };
  if (vscode.workspace.textDocuments.some(isServedDocument)) return start();
  const opened = vscode.workspace.onDidOpenTextDocument((doc) => {
    if (!isServedDocument(doc)) return;
    opened.dispose();
    start();
  });
  context.subscriptions.push(opened);
}

export async function deactivate(): Promise<void> {
  await expedited?.dispose();
  expedited = undefined;
}
