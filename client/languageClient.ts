// Starts the language server (dist/server.js over IPC) for .reg files and the JSON files of
// `expeditedApps.files`, and keeps it in step with the settings.
import * as vscode from 'vscode';
import {
  DocumentDiagnosticRequest,
  LanguageClient,
  TransportKind,
  vsdiag,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { applyDelta, DELTA_PARAM, type DiagnosticsDelta } from '../core/diagnostics/delta';
import { jsonFileGlobs, REG_FILE_GLOB } from '../core/documentKinds';
import { readLensData } from '../core/intel/lensData';
import { clientPerfEvent, perfLogEnabled } from './perfLog';
import { shardedCollections } from './shardedCollection';

/** Commands that change the target machine (disabled in untrusted workspaces, see package.json). */
const WRITING_COMMANDS = new Set(['expeditedApps.apply', 'expeditedApps.remove', 'expeditedApps.undoLastApply']);

export const CLIENT_ID = 'expeditedApps';
export const DIAGNOSTIC_SOURCE = 'expedited-apps';
/** VS Code's built-in JSON language features (outline, folding, validation of `json` documents). */
const VSCODE_JSON = 'vscode.json-language-features';

/**
 * Strict-JSON findings of the JSON core (core/rules/json.ts) that VS Code's own JSON validation
 * already reports in `json` documents (comments, trailing commas and syntax errors are errors
 * there). Showing ours as well would squiggle the same characters twice. The CLI keeps them, and
 * so do `.reg` payloads and `jsonc` documents, which VS Code does not check that way.
 */
export const JSON_SYNTAX_CODES: ReadonlySet<string> = new Set(['json-syntax-error', 'json-comment', 'json-trailing-comma']);

export function fileGlobs(): string[] {
  return jsonFileGlobs(vscode.workspace.getConfiguration('expeditedApps').get<unknown>('files'));
}

export function documentSelector(globs: readonly string[]): DocumentSelector {
  return [{ language: 'reg' }, ...globs.map((pattern) => ({ language: 'json', pattern }))];
}

/** Whether the server validates this document (the document selector, matched the way VS Code does). */
export function isServedDocument(doc: vscode.TextDocument): boolean {
  const filters: vscode.DocumentFilter[] = [{ language: 'reg' }, ...fileGlobs().map((pattern) => ({ language: 'json', pattern }))];
  return vscode.languages.match(filters, doc) > 0;
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Whether VS Code's JSON validation already reports this diagnostic of ours. */
export function duplicatesVsCodeJson(languageId: string | undefined, diagnostic: vscode.Diagnostic): boolean {
  if (languageId !== 'json' || diagnostic.source !== DIAGNOSTIC_SOURCE || !JSON_SYNTAX_CODES.has(codeOf(diagnostic))) return false;
  return vscode.workspace.getConfiguration('json').get<boolean>('validate.enable', true);
}

function languageIdOf(uri: vscode.Uri): string | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.languageId;
}

function withoutDuplicates(languageId: string | undefined, diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  return languageId === 'json' ? diagnostics.filter((d) => !duplicatesVsCodeJson(languageId, d)) : diagnostics;
}

function fileWatchers(globs: readonly string[]): vscode.FileSystemWatcher[] {
  return [REG_FILE_GLOB, ...globs].map((glob) => vscode.workspace.createFileSystemWatcher(glob));
}

/** The diagnostics the server last reported per document, unfiltered: what its next delta builds on. */
type HeldReports = Map<string, { resultId: string; items: vscode.Diagnostic[] }>;

/**
 * Whether a pull whose token was cancelled should be dropped. A pull cancelled by a refresh (the
 * server's `workspace/diagnostic/refresh`, sent as a workspace scan or the settings arrive) while
 * its document kept its version still answers for the text on screen: it is shown, and the pull the
 * refresh asked for follows at once. A big file's first squiggle no longer waits for that one.
 */
function superseded(token: vscode.CancellationToken, sameVersion: () => boolean): boolean {
  return token.isCancellationRequested && !sameVersion();
}

/**
 * `textDocument/diagnostic`, taking deltas: when the server answers with the positions of the
 * diagnostics it reuses and only the new ones, the list is rebuilt from the diagnostic objects
 * already held, so only what changed is sent, parsed and converted.
 */
async function pullDiagnostics(
  client: LanguageClient,
  held: HeldReports,
  uri: vscode.Uri,
  previousResultId: string | undefined,
  token: vscode.CancellationToken,
  sameVersion: () => boolean,
): Promise<vsdiag.DocumentDiagnosticReport> {
  const empty: vsdiag.DocumentDiagnosticReport = { kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] };
  if (!client.isRunning()) return empty;
  const key = uri.toString();
  const mine = held.get(key);
  // The base is the server's last report held here, even when VS Code never showed it (its pull was
  // superseded after the answer came): naming an older one would cost a full report.
  const base = mine?.resultId;
  const params = { identifier: DIAGNOSTIC_SOURCE, textDocument: { uri: client.code2ProtocolConverter.asUri(uri) }, previousResultId: base, [DELTA_PARAM]: true };
  const sentAt = perfLogEnabled ? performance.timeOrigin + performance.now() : 0;
  let result;
  try {
    result = await client.sendRequest(DocumentDiagnosticRequest.type, params, token);
  } catch (error) {
    clientPerfEvent({ ev: 'pull', sentAt, uri: key, failed: true });
    return client.handleFailedRequest(DocumentDiagnosticRequest.type, token, error, empty, true, true);
  }
  const answeredAt = perfLogEnabled ? performance.timeOrigin + performance.now() : 0;
  if (!result) return empty;
  if (result.kind === 'unchanged') {
    clientPerfEvent({ ev: 'pull', sentAt, answeredAt, uri: key, kind: 'unchanged' });
    if (superseded(token, sameVersion)) throw new vscode.CancellationError();
    // Unchanged from the report held here; VS Code may still show an older one.
    if (mine && previousResultId !== mine.resultId) return { kind: vsdiag.DocumentDiagnosticReportKind.full, resultId: mine.resultId, items: mine.items };
    return { kind: vsdiag.DocumentDiagnosticReportKind.unChanged, resultId: result.resultId };
  }
  const delta = (result as { delta?: DiagnosticsDelta<unknown> }).delta;
  // Never cut short by the token: a list held as the base of the next delta must be whole.
  const convert = (items: Parameters<typeof client.protocol2CodeConverter.asDiagnostics>[0]) => client.protocol2CodeConverter.asDiagnostics(items);
  const items = delta ? (mine && delta.base === mine.resultId ? await applyDelta(mine.items, delta.segments, convert) : undefined) : await convert(result.items);
  if (!items) {
    // A delta for a list this side does not hold: ask for the whole list.
    held.delete(key);
    return base === undefined ? empty : pullDiagnostics(client, held, uri, undefined, token, sameVersion);
  }
  if (result.resultId) held.set(key, { resultId: result.resultId, items });
  else held.delete(key);
  clientPerfEvent({ ev: 'pull', sentAt, answeredAt, uri: key, kind: delta ? 'delta' : 'full', items: items.length });
  // Superseded by an edit: the next pull builds on this answer (held above), VS Code asks again.
  if (superseded(token, sameVersion)) throw new vscode.CancellationError();
  return { kind: vsdiag.DocumentDiagnosticReportKind.full, resultId: result.resultId, items };
}

export interface ExpeditedClient {
  client: LanguageClient;
  /** Re-reads `expeditedApps.files` into the selector and the watchers, then restarts the server. */
  reconfigure(): Promise<void>;
  dispose(): Promise<void>;
}

export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): ExpeditedClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  let globs = fileGlobs();
  let watchers = fileWatchers(globs);
  const held: HeldReports = new Map();
  /**
   * The outline of each document's current version: VS Code asks for it more than once per edit
   * (breadcrumbs, sticky scroll, the Outline view), and a big file's outline is megabytes.
   */
  const outlines = new Map<string, { version: number; symbols: Promise<vscode.DocumentSymbol[] | vscode.SymbolInformation[] | null | undefined> }>();
  const forgetClosed = vscode.workspace.onDidCloseTextDocument((doc) => {
    held.delete(doc.uri.toString());
    outlines.delete(doc.uri.toString());
  });
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(globs),
    outputChannel: log,
    // The locale setting too, so the first diagnostics are already in the user's language.
    initializationOptions: { clientWatchesFiles: true, locale: vscode.workspace.getConfiguration('expeditedApps').get<string>('locale') },
    synchronize: { fileEvents: watchers },
    // vscode-languageclient 10 no longer pulls on change by default: say what we want.
    diagnosticPullOptions: { onChange: true, onSave: true, onFocus: false },
    // Split by line: a keystroke sends the workbench only the diagnostics of the lines it changed.
    diagnosticCollectionProvider: shardedCollections(DIAGNOSTIC_SOURCE),
    middleware: {
      ...(perfLogEnabled
        ? {
            didOpen: async (document: vscode.TextDocument, next: (document: vscode.TextDocument) => Promise<void>) => {
              clientPerfEvent({ ev: 'didOpen', uri: document.uri.toString() });
              return next(document);
            },
            didChange: async (event: vscode.TextDocumentChangeEvent, next: (event: vscode.TextDocumentChangeEvent) => Promise<void>) => {
              clientPerfEvent({ ev: 'didChange', uri: event.document.uri.toString(), version: event.document.version });
              return next(event);
            },
          }
        : {}),
      handleDiagnostics: (uri, diagnostics, next) => next(uri, withoutDuplicates(languageIdOf(uri), diagnostics)),
      provideDiagnostics: async (document, previousResultId, token) => {
        const uri = document instanceof vscode.Uri ? document : document.uri;
        // A tab's Uri has no version to compare: a cancelled pull of it is dropped.
        const version = document instanceof vscode.Uri ? undefined : document.version;
        const sameVersion = () => !(document instanceof vscode.Uri) && document.version === version;
        const report = await pullDiagnostics(client, held, uri, previousResultId, token, sameVersion);
        if (report.kind === vsdiag.DocumentDiagnosticReportKind.full) {
          const languageId = document instanceof vscode.Uri ? languageIdOf(document) : document.languageId;
          // A copy when filtered: the held list stays the server's numbering.
          report.items = withoutDuplicates(languageId, report.items);
        }
        return report;
      },
      provideDocumentSymbols: (document, token, next) => {
        // VS Code's JSON support outlines JSON files already: a second outline would list every key twice.
        if (document.languageId === 'json' && vscode.extensions.getExtension(VSCODE_JSON)) return [];
        const key = document.uri.toString();
        const hit = outlines.get(key);
        if (hit?.version === document.version) return hit.symbols;
        const symbols = Promise.resolve(next(document, token));
        const entry = { version: document.version, symbols };
        outlines.set(key, entry);
        // A cancelled or failed request is not the outline of this version: ask again next time.
        symbols.then(
          (result) => {
            if (!result && outlines.get(key) === entry) outlines.delete(key);
          },
          () => {
            if (outlines.get(key) === entry) outlines.delete(key);
          },
        );
        return symbols;
      },
      // Commands that write to the machine are refused in untrusted workspaces: don't offer them as lenses there
      // (the server's lenses come without commands, resolved when shown: their data says which is Apply).
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        const writes = (lens: vscode.CodeLens) => WRITING_COMMANDS.has(lens.command?.command ?? '') || readLensData((lens as { data?: unknown }).data)?.kind === 'apply';
        return vscode.workspace.isTrusted ? lenses : lenses?.filter((lens) => !writes(lens));
      },
    },
  };
  const client = new LanguageClient(CLIENT_ID, vscode.l10n.t('Expedited Apps Language Server'), serverOptions, clientOptions);
  if (perfLogEnabled) client.onDidChangeState((e) => clientPerfEvent({ ev: 'state', state: e.newState }));

  return {
    client,
    reconfigure: async () => {
      const next = fileGlobs();
      if (JSON.stringify(next) === JSON.stringify(globs)) return;
      globs = next;
      for (const w of watchers) w.dispose();
      watchers = fileWatchers(globs);
      // The client reads both when it starts, so a restart picks them up.
      client.clientOptions.documentSelector = documentSelector(globs);
      client.clientOptions.synchronize = { ...client.clientOptions.synchronize, fileEvents: watchers };
      log.info(`expeditedApps.files changed to ${JSON.stringify(globs)}: restarting the language server`);
      await client.restart();
    },
    dispose: async () => {
      forgetClosed.dispose();
      for (const w of watchers) w.dispose();
      await client.dispose();
    },
  };
}
