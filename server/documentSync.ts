// The open documents as the client sends them, checked first: a notification with the wrong shape
// (a non-string uri, `text: null`) is logged and ignored instead of poisoning every document, and
// an edit whose range lies outside the document is clamped to it before it is applied (the text
// document library would otherwise splice at offsets the client never meant, and the server's copy
// would drift from the client's for good).
import type { Connection } from 'vscode-languageserver/node';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

interface Position {
  line: number;
  character: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPosition = (v: unknown): v is Position => isObject(v) && isNumber(v.line) && isNumber(v.character);
const isRange = (v: unknown): boolean => isObject(v) && isPosition(v.start) && isPosition(v.end);

/** Why a didOpen cannot be used, or undefined when it can. */
export function invalidOpen(params: unknown): string | undefined {
  const td = isObject(params) ? params.textDocument : undefined;
  if (!isObject(td)) return 'no textDocument';
  if (typeof td.uri !== 'string' || td.uri === '') return 'the uri is not a non-empty string';
  if (typeof td.languageId !== 'string') return 'the languageId is not a string';
  if (!Number.isInteger(td.version)) return 'the version is not an integer';
  if (typeof td.text !== 'string') return 'the text is not a string';
  return undefined;
}

/** Why a didChange cannot be used, or undefined when it can. */
export function invalidChange(params: unknown): string | undefined {
  const td = isObject(params) ? params.textDocument : undefined;
  if (!isObject(td) || typeof td.uri !== 'string') return 'the uri is not a string';
  if (!Number.isInteger(td.version)) return 'the version is not an integer';
  const changes = isObject(params) ? params.contentChanges : undefined;
  if (!Array.isArray(changes)) return 'contentChanges is not an array';
  for (const c of changes) {
    if (!isObject(c) || typeof c.text !== 'string') return 'a change has no text';
    if (c.range !== undefined && !isRange(c.range)) return 'a change has a malformed range';
  }
  return undefined;
}

/** Whether a notification that names a document (close, save) names it by a string uri. */
function namesDocument(params: unknown): boolean {
  return isObject(params) && isObject(params.textDocument) && typeof params.textDocument.uri === 'string';
}

/** `p` moved into `doc`: before the start → the start, past a line's end → that end, past the last line → the end. */
export function clampPosition(doc: TextDocument, p: Position): Position {
  const lastLine = doc.lineCount - 1;
  if (p.line < 0) return { line: 0, character: 0 };
  const text = doc.getText();
  if (p.line > lastLine) return doc.positionAt(text.length);
  const line = Math.floor(p.line);
  const start = doc.offsetAt({ line, character: 0 });
  let end = line < lastLine ? doc.offsetAt({ line: line + 1, character: 0 }) : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { line, character: Math.min(Math.max(0, Math.floor(p.character)), end - start) };
}

/** A change with its range inside the document (start not after end); whole-text changes pass. */
export function clampChange(doc: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent {
  if (!('range' in change) || !change.range) return change;
  let start = clampPosition(doc, change.range.start);
  let end = clampPosition(doc, change.range.end);
  if (doc.offsetAt(start) > doc.offsetAt(end)) [start, end] = [end, start];
  return { range: { start, end }, text: change.text };
}

/** Open documents whose edits are clamped to the text they apply to, one change at a time. */
export function createDocuments(): TextDocuments<TextDocument> {
  return new TextDocuments({
    create: TextDocument.create,
    update: (doc, changes, version) => {
      // Each change is relative to the text the previous ones left.
      for (const change of changes) TextDocument.update(doc, [clampChange(doc, change)], version);
      return TextDocument.update(doc, [], version);
    },
  });
}

/**
 * The connection as `documents.listen` should see it: document notifications with the wrong
 * shape are logged and dropped before they reach the document store.
 */
export function checkedConnection(connection: Connection, log: (message: string) => void): Connection {
  const guard =
    <P>(method: string, why: (params: unknown) => string | undefined) =>
    (register: (handler: (params: P) => void) => unknown) =>
    (handler: (params: P) => void) =>
      register((params: P) => {
        const problem = why(params);
        if (problem) log(`ignored ${method}: ${problem}`);
        else handler(params);
      });
  const named = (params: unknown) => (namesDocument(params) ? undefined : 'the uri is not a string');
  const wrapped: Record<string, (register: (handler: (params: never) => void) => unknown) => unknown> = {
    onDidOpenTextDocument: guard('textDocument/didOpen', invalidOpen),
    onDidChangeTextDocument: guard('textDocument/didChange', invalidChange),
    onDidCloseTextDocument: guard('textDocument/didClose', named),
    onDidSaveTextDocument: guard('textDocument/didSave', named),
    onWillSaveTextDocument: guard('textDocument/willSave', named),
  };
  return new Proxy(connection, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      const wrap = typeof prop === 'string' ? wrapped[prop] : undefined;
      return wrap && typeof value === 'function' ? wrap(value.bind(target)) : value;
    },
  });
}
