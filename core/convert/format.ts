import { format, parseTree, type ParseError } from 'jsonc-parser';
import type { DocumentAnalysis } from '../analyze';
import type { TextEdit } from '../diagnostics/types';
import type { RegDocument, RegValueEntry } from '../reg/model';
import { escapeRegString } from '../reg/escape';
import { classifyKey } from '../registry/keyPath';
import { canonicalPayload } from './canonicalJson';

/**
 * "Format payload": JSON documents are pretty-printed with 2 spaces; in a .reg document each
 * expeditedPayload string (or only the one at `offset`) becomes canonical one-line JSON,
 * escaped so the .reg stays valid. Nothing is touched when the JSON does not parse.
 */
export function formatPayloadEdits(analysis: DocumentAnalysis, offset?: number): TextEdit[] {
  if (analysis.kind === 'reg') return analysis.reg ? formatRegPayloads(analysis.text, analysis.reg, offset) : [];
  return formatJson(analysis.text);
}

function formatJson(text: string): TextEdit[] {
  const errors: ParseError[] = [];
  parseTree(text, errors);
  if (errors.length) return [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return format(text, undefined, { tabSize: 2, insertSpaces: true, eol, insertFinalNewline: true }).map((e) => ({
    span: { start: e.offset, end: e.offset + e.length },
    newText: e.content,
  }));
}

/** expeditedPayload strings of UScheduler_OOBE subkeys, every occurrence in file order. */
export function payloadValues(doc: RegDocument): RegValueEntry[] {
  const values: RegValueEntry[] = [];
  for (const key of doc.keys) {
    if (key.isDelete || classifyKey(key)?.level !== 'registration') continue;
    for (const value of key.values) {
      if (value.name.toLowerCase() === 'expeditedpayload' && value.stringLiteral && !value.dropped) values.push(value);
    }
  }
  return values;
}

function formatRegPayloads(text: string, doc: RegDocument, offset: number | undefined): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const value of payloadValues(doc)) {
    if (offset !== undefined && (offset < value.span.start || offset > value.span.end)) continue;
    const literal = value.stringLiteral!;
    const canonical = canonicalPayload(literal.value);
    if (canonical === undefined) continue;
    const newText = escapeRegString(canonical);
    if (text.slice(literal.contentSpan.start, literal.contentSpan.end) !== newText) edits.push({ span: literal.contentSpan, newText });
  }
  return edits;
}
