import type { Connection, ServerCapabilities, ClientCapabilities } from 'vscode-languageserver/node';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../core/analyze';
import type { LineIndex } from '../core/text/lineIndex';
import type { Registration } from '../core/model/registration';

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
}

export interface ServerFeature {
  /** Capabilities this feature adds to the initialize result. */
  capabilities(client: ClientCapabilities): ServerCapabilities;
  /** Called once after initialize, to register handlers. */
  register(ctx: ServerContext): void;
}
