// Entry of the language server: over IPC when started by the client, or `node dist/server.js --stdio`.
// A thin adapter: documents and files go to the core through WorkspaceState; features map results to LSP.
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocumentSyncKind,
  type Disposable,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { checkedConnection, createDocuments } from './documentSync';
import { features } from './features';
import { effectiveCodePage } from '../node/systemCodePage';
import { REG_FILE_GLOB } from '../core/documentKinds';
import { CONFIG_FILE_NAME } from '../core/diagnostics/ruleSettings';
import { isRuleSettingsPath, readRuleSettings } from './ruleSettingsFile';
import { installPerfLog } from './perfLog';
import { effectiveLocale, parseSettings, uriToPath } from './settings';
import { WorkspaceState } from './workspaceState';

installPerfLog(); // Before the connection reads its first message.
const connection = createConnection(ProposedFeatures.all);
const documents = createDocuments();
const trace = (message: string) => {
  try {
    connection.tracer.log(message);
  } catch {
    // Tracing must never break a request.
  }
};

interface InitializationOptions {
  /** The VS Code client watches our files itself and forwards the events (no dynamic registration needed). */
  clientWatchesFiles?: boolean;
  /** Settings for clients without `workspace/configuration`. */
  settings?: unknown;
  /** `expeditedApps.locale` as the client starts us: the first answers are in it, before the settings are read. */
  locale?: unknown;
}

let workspaceFolders: string[] = [];
/** `initialize.locale`: the editor's display language (`expeditedApps.locale: auto` follows it). */
let displayLanguage: string | undefined;
let canAskConfiguration = false;
let canRegisterWatchers = false;
let canRegisterConfiguration = false;
let canWatchFolders = false;
let watcherRegistration: Promise<Disposable> | undefined;

const logError = (where: string, err: unknown) => connection.console.error(`${where}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
const state = new WorkspaceState(documents, trace, logError);

// The server must outlive any input: log what escapes a handler instead of dying.
process.on('uncaughtException', (err) => logError('uncaught exception', err));
process.on('unhandledRejection', (err) => logError('unhandled rejection', err));

function foldersOf(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(uriToPath).filter((p): p is string => p !== undefined);
}

connection.onInitialize((params) => {
  workspaceFolders = foldersOf(params);
  displayLanguage = params.locale;
  const caps = params.capabilities;
  canAskConfiguration = caps.workspace?.configuration === true;
  canRegisterConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  canRegisterWatchers = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && options.clientWatchesFiles !== true;
  canWatchFolders = caps.workspace?.workspaceFolders === true;
  if (options.settings !== undefined) state.settings = parseSettings(options.settings);
  else if (options.locale !== undefined) state.settings = { ...state.settings, locale: parseSettings({ locale: options.locale }).locale };

  const ctx: ServerContext = {
    connection,
    documents,
    analysis: (uri) => state.entry(uri)?.analysis,
    lineIndex: (uri) => state.entry(uri)?.lines,
    allRegistrations: () => state.allRegistrations(),
    clientCapabilities: caps,
    get locale() {
      return effectiveLocale(state.settings.locale, displayLanguage);
    },
    isServed: (uri) => {
      const doc = documents.get(uri);
      return doc !== undefined && state.isServed(doc);
    },
    findings: (uri) => state.findings(uri),
    findingsRevision: (uri) => state.findingsRevision(uri),
    allAnalyses: () => state.allAnalyses(),
    lineIndexOfPath: (path) => state.lineIndexOfPath(path),
    settings: () => state.settings,
    onDidChangeFindings: (listener) => state.onDidChange(listener),
    refreshCrossFile: () => state.refreshCrossFile(),
    ready: (uri) => state.encodings.ready(uri),
    trace,
  };
  let capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
  for (const f of features) capabilities = { ...capabilities, ...f.capabilities(caps) };
  for (const f of features) {
    try {
      f.register(ctx);
    } catch (err) {
      logError('feature registration failed', err);
    }
  }
  return { capabilities, serverInfo: { name: 'expedited-apps', version: process.env.EXPEDITE_VERSION ?? '0.1.0' } };
});

connection.onInitialized(() => {
  if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'expeditedApps' }).catch(() => {});
  if (canWatchFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      const added = e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
      workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...added];
      void reload('folders changed');
    });
  }
  void reload('initialized');
});

/** Re-reads the settings, re-registers the file watchers and rescans the workspace folders. */
async function reload(why: string): Promise<void> {
  try {
    if (canAskConfiguration) {
      const section: unknown = await connection.workspace.getConfiguration('expeditedApps');
      state.settings = parseSettings(section);
    }
    if (canRegisterWatchers) {
      const previous = watcherRegistration;
      const globs = [REG_FILE_GLOB, `**/${CONFIG_FILE_NAME}`, ...state.settings.files];
      watcherRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: globs.map((globPattern) => ({ globPattern })) });
      void previous?.then((d) => d.dispose()).catch(() => {});
    }
    state.files.codePage = state.encodings.codePage = effectiveCodePage(state.settings.codePage);
    const rules = await readRuleSettings(workspaceFolders, (line) => connection.console.warn(line));
    state.ruleLevels = rules.levels;
    state.files.ignore = rules.ignore;
    trace(`settings (${why}): ${JSON.stringify(state.settings)}`);
    // Which documents are ours may have changed: re-report them now, then again with the scan.
    state.fire('settings', documents.all().map((d) => d.uri));
    await state.files.rescan(workspaceFolders, state.settings.files, trace);
    state.fire('files', documents.all().map((d) => d.uri));
  } catch (err) {
    logError(`reload (${why})`, err);
  }
}

connection.onDidChangeConfiguration((change) => {
  if (!canAskConfiguration) {
    const settings = (change.settings ?? {}) as { expeditedApps?: unknown };
    state.settings = parseSettings(settings.expeditedApps);
  }
  void reload('configuration changed');
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  try {
    let changed = false;
    if (changes.some((c) => isRuleSettingsPath(uriToPath(c.uri) ?? ''))) void reload('.expeditedrc.json changed');
    for (const change of changes) {
      const path = uriToPath(change.uri);
      if (!path || isRuleSettingsPath(path)) continue;
      if (change.type === FileChangeType.Deleted) changed = state.files.remove(path) || changed;
      else changed = (await state.files.update(path)) || changed;
    }
    if (changed) state.fire('files', documents.all().map((d) => d.uri));
  } catch (err) {
    logError('watched files', err);
  }
});

async function probeEncoding(doc: TextDocument): Promise<void> {
  if (doc.languageId !== 'reg' && doc.languageId !== 'json' && doc.languageId !== 'jsonc') return;
  try {
    if (await state.encodings.probe(doc)) state.fire('encoding', [doc.uri]);
  } catch (err) {
    logError('encoding probe', err);
  }
}

documents.onDidOpen((e) => void probeEncoding(e.document));
documents.onDidSave((e) => void probeEncoding(e.document));
documents.onDidChangeContent((e) => state.fire('content', [e.document.uri]));
documents.onDidClose((e) => {
  state.cache.delete(e.document.uri);
  state.encodings.forget(e.document.uri);
  state.fire('closed', [e.document.uri]);
});

documents.listen(checkedConnection(connection, (message) => connection.console.warn(message)));
connection.listen();
