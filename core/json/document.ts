import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { report } from '../diagnostics/catalogue';
import type { Finding, Span } from '../diagnostics/types';
import { parseStrictJson } from './strictParse';

/** A parsed JSON document: the jsonc-parser tree (offsets into the text) and the syntax findings. */
export interface JsonDocument {
  text: string;
  root?: Node;
  findings: Finding[];
  /** The text is strict JSON (no comment, trailing comma or syntax error). */
  strict: boolean;
  /** For strict text: the plain value (JSON.parse is faster than walking the tree). */
  value?: unknown;
}

const PARSE_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace } is expected',
  CloseBracketExpected: 'a closing bracket ] is expected',
  EndOfFileExpected: 'nothing may follow the JSON value',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

/**
 * Parses leniently (so the tree survives comments and trailing commas) and reports both as
 * errors: Windows reads strict JSON.
 */
export function parseJsonDocument(text: string): JsonDocument {
  // A byte-order mark is reported by the ASCII rule; parse as if it were a space (same offsets).
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const strict = parseStrictJson(source);
  if (strict) return { text, root: strict, findings: [], strict: true, value: JSON.parse(source) };
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const findings: Finding[] = [];
  for (const e of errors) {
    const name = printParseErrorCode(e.error);
    const span = errorSpan(source, e.offset, e.length);
    findings.push(report('json-syntax-error', span, `Invalid JSON: ${PARSE_MESSAGES[name] ?? name}. Windows reads strict JSON; fix the syntax here.`));
  }
  // The scanner pass only runs when a comment or a trailing comma is possible.
  if (source.includes('/') || /,\s*[}\]]/.test(source)) findings.push(...strictnessFindings(source));
  return { text, root, findings, strict: false };
}

function errorSpan(text: string, offset: number, length: number): Span {
  if (length > 0) return { start: offset, end: offset + length };
  return offset < text.length ? { start: offset, end: offset + 1 } : { start: offset, end: offset };
}

function strictnessFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  const scanner = createScanner(text, false);
  let lastComma: Span | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const start = scanner.getTokenOffset();
    const span = { start, end: start + scanner.getTokenLength() };
    switch (kind) {
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia: {
        const removal = wholeLineOrSelf(text, span);
        findings.push(report('json-comment', span, 'Comments are not allowed: Windows reads strict JSON. Remove the comment.', {
          fixes: [{ title: 'Remove the comment', edits: [{ span: removal, newText: '' }], safeForFixAll: true }],
        }));
        continue;
      }
      case SyntaxKind.Trivia:
      case SyntaxKind.LineBreakTrivia:
        continue;
      case SyntaxKind.CommaToken:
        lastComma = span;
        continue;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        if (lastComma) {
          findings.push(report('json-trailing-comma', lastComma, 'Trailing commas are not allowed: Windows reads strict JSON. Remove the comma.', {
            fixes: [{ title: 'Remove the trailing comma', edits: [{ span: lastComma, newText: '' }], safeForFixAll: true }],
          }));
        }
        break;
    }
    lastComma = undefined;
  }
  return findings;
}

/** A comment alone on its line is removed with its line; otherwise just the comment (and the blanks before it). */
function wholeLineOrSelf(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const atLineStart = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
  let end = span.end;
  if (!atLineStart) return { start, end };
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === '\r' && text[end + 1] === '\n') return { start, end: end + 2 };
  if (text[end] === '\n' || text[end] === '\r') return { start, end: end + 1 };
  return { start: span.start, end: span.end };
}
