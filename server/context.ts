import type { Connection, ServerCapabilities, ClientCapabilities } from 'vscode-languageserver/node';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../core/analyze';
import type { LineIndex } from '../core/text/lineIndex';
import type { Registration } from '../core/model/registration';
import type { Finding } from '../core/diagnostics/types';
import type { Locale } from '../core/rules/message';
import type { ServerSettings } from './settings';
import type { FindingsChange } from './workspaceState';

/** What every feature module of the server gets. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Cached analysis of an open document we serve (undefined when the document is not ours). */
  analysis(uri: string): DocumentAnalysis | undefined;
  lineIndex(uri: string): LineIndex | undefined;
  /** Registrations of every document we know (open or found in the workspace folders). */
  allRegistrations(): Registration[];
  clientCapabilities: ClientCapabilities;
  /**
   * The language every text the server sends is rendered in: `expeditedApps.locale`, or with
   * `auto` the display language the client gave in `initialize.locale`. Read it per request: a
   * settings change switches it at run time.
   */
  readonly locale: Locale;
  /** Whether `uri` is an open document we serve (a `.reg`, or JSON matching `expeditedApps.files`). */
  isServed(uri: string): boolean;
  /** What the document's diagnostics show: its own findings plus the cross-file ones. */
  findings(uri: string): Finding[] | undefined;
  /** Changes whenever `findings(uri)` may differ (a result id for pulled diagnostics); undefined when not served. */
  findingsRevision(uri: string): string | undefined;
  /** Analyses of every document we know: open ones we serve, and workspace files not open. */
  allAnalyses(): DocumentAnalysis[];
  /** The line index of a document by the path a finding or registration carries (a URI here). */
  lineIndexOfPath(path: string): LineIndex | undefined;
  settings(): ServerSettings;
  /** Called when findings or registrations may have changed (edits, files on disk, settings). */
  onDidChangeFindings(listener: (change: FindingsChange) => void): void;
  /** Recomputes cross-file findings if an input changed (announced through onDidChangeFindings). */
  refreshCrossFile(): void;
  /** Resolves when what a document's analysis depends on (its on-disk encoding) is known. */
  ready(uri: string): Promise<void>;
  /** Logs at trace level (shown when `expeditedApps.trace.server` is not off). */
  trace(message: string): void;
}

export interface ServerFeature {
  /** Capabilities this feature adds to the initialize result. */
  capabilities(client: ClientCapabilities): ServerCapabilities;
  /** Called once after initialize, to register handlers. */
  register(ctx: ServerContext): void;
}
