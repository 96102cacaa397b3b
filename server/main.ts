// Entry of the language server: over IPC when started by the client, or `node dist/server.js --stdio`.
// (Skeleton: the document cache, settings and workspace scan are filled in by server/*.ts.)
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, type DocumentAnalysis } from '../core/analyze';
import { LineIndex } from '../core/text/lineIndex';
import type { ServerContext } from './context';
import { features } from './features';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new Map<string, { version: number; analysis: DocumentAnalysis; lines: LineIndex }>();

function entry(uri: string) {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  let hit = cache.get(uri);
  if (!hit || hit.version !== doc.version) {
    const text = doc.getText();
    hit = { version: doc.version, analysis: analyzeDocument({ path: uri, text, languageId: doc.languageId }), lines: new LineIndex(text) };
    cache.set(uri, hit);
  }
  return hit;
}

connection.onInitialize((params) => {
  const ctx: ServerContext = {
    connection,
    documents,
    analysis: (uri) => entry(uri)?.analysis,
    lineIndex: (uri) => entry(uri)?.lines,
    allRegistrations: () => documents.all().flatMap((d) => entry(d.uri)?.analysis.registrations ?? []),
    clientCapabilities: params.capabilities,
  };
  let capabilities: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
  for (const f of features) capabilities = { ...capabilities, ...f.capabilities(params.capabilities) };
  for (const f of features) f.register(ctx);
  return { capabilities, serverInfo: { name: 'expedited-apps' } };
});

documents.onDidClose((e) => cache.delete(e.document.uri));
documents.listen(connection);
connection.listen();
