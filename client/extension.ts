// Extension entry: the language client, the log, and stand-ins for the feature modules (apply,
// preview, conversions), which load on first use (client/lazyFeatures.ts).
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { ClientDeps } from './deps';
import { REG_FILE_GLOB } from '../core/documentKinds';
import { createLanguageClient, fileGlobs, isServedDocument, type ExpeditedClient } from './languageClient';
import { registerLazyFeatures } from './lazyFeatures';
import { clientPerfEvent } from './perfLog';

/** What `activate` returns: used by the end-to-end tests. */
export interface ExtensionApi {
  client: LanguageClient;
  log: vscode.LogOutputChannel;
  /** Whatever the preview module exposes (its owner defines it); reading it loads the feature bundle. */
  readonly preview: unknown;
  /** Whether the feature bundle (dist/clientCommands.js) is loaded: not at activation, on first use. */
  featuresLoaded(): boolean;
  /** How long `activate` took (the benchmark reports it); the language server starts after it. */
  activationMs: number;
  /** The CPU time `activate` used: unlike `activationMs`, not stretched when other processes hold the CPU. */
  activationCpuMs: number;
  /** `performance.now()` when `activate` returned, and when the language server answered `initialize` (undefined before). */
  activatedAt: number;
  serverInitializedAt(): number | undefined;
}

let expedited: ExpeditedClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const started = performance.now();
  // Nothing loaded at activation translates through @vscode/l10n: the modules that do (shared with the
  // webview and the CLI) are in dist/clientCommands.js, whose own copy is configured there (features.ts).
  const cpuStarted = process.cpuUsage();
  const log = vscode.window.createOutputChannel('Expedited Apps', { log: true });
  context.subscriptions.push(log);
  expedited = createLanguageClient(context, log);
  const { client } = expedited;
  let serverInitializedAt: number | undefined;
  context.subscriptions.push(
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) serverInitializedAt ??= performance.now();
    }),
  );
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

  const features = registerLazyFeatures(context, deps);

  startOnDemand(context, client, log);
  const activationMs = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuStarted);
  const activationCpuMs = Math.round((cpu.user + cpu.system) / 1000);
  log.info(`activated in ${activationMs} ms (${activationCpuMs} ms of CPU)`);
  // With when the extension host's process started: the benchmark tells VS Code's start from ours.
  clientPerfEvent({ ev: 'activated', ms: activationMs, hostStartedAt: performance.timeOrigin });
  return {
    client,
    log,
    get preview(): unknown {
      return features.get().preview;
    },
    featuresLoaded: features.loaded,
    activationMs,
    activationCpuMs,
    activatedAt: performance.now(),
    serverInitializedAt: () => serverInitializedAt,
  };
}

/**
 * Starts the language server in the background (activation does not wait for it): at once when the
 * workspace holds files it serves (the extension activates by `workspaceContains` before any is
 * opened, so the first open finds it running), otherwise once a document it serves is opened. A
 * request (the preview's simulation) starts it as well.
 */
function startOnDemand(context: vscode.ExtensionContext, client: LanguageClient, log: vscode.LogOutputChannel): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    opened.dispose();
    client.start().catch((err: unknown) => {
      log.error('the language server did not start', err);
      const showLog = vscode.l10n.t('Show Log');
      void vscode.window.showErrorMessage(vscode.l10n.t('Expedited Apps: the language server did not start. See the log for details.'), showLog).then((pick) => {
        if (pick) log.show(true);
      });
    });
  };
  const opened = vscode.workspace.onDidOpenTextDocument((doc) => {
    if (isServedDocument(doc)) start();
  });
  context.subscriptions.push(opened);
  if (vscode.workspace.textDocuments.some(isServedDocument)) return start();
  // The same search as the `workspaceContains` activation events, for the configured globs: one hit is enough.
  if (!vscode.workspace.workspaceFolders?.length) return;
  const served = `{${[REG_FILE_GLOB, ...fileGlobs()].join(',')}}`;
  void Promise.resolve(vscode.workspace.findFiles(served, undefined, 1)).then(
    (found) => {
      clientPerfEvent({ ev: 'workspaceSearched', found: found.length > 0 });
      if (found.length > 0) {
        log.info('the workspace holds registrations: starting the language server');
        start();
      }
    },
    (err: unknown) => log.warn(`could not search the workspace for registrations: ${String(err)}`),
  );
}

export async function deactivate(): Promise<void> {
  await expedited?.dispose();
  expedited = undefined;
}
