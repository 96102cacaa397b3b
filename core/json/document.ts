import { ParseErrorCode, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { report } from '../diagnostics/catalogue';
import type { Finding, Span } from '../diagnostics/types';
import { depthBeyond, POWERSHELL_MAX_DEPTH } from './powershell';
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
 * Strict JSON takes the fast path. Anything else is parsed by jsonc-parser in strict mode, whose
 * error recovery keeps the tree whole; comments and trailing commas among its errors become
 * their own findings (Windows reads strict JSON) and the rest are syntax errors.
 */
export function parseJsonDocument(text: string): JsonDocument {
  // A byte-order mark is reported by the ASCII rule; parse as if it were a space (same offsets).
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  // Deeper than Windows PowerShell reads: one finding, and no tree (the tree walkers recurse).
  const deep = depthBeyond(source);
  if (deep) {
    const span = { start: deep.offset, end: deep.offset + 1 };
    const message = `This JSON is nested ${deep.depth} levels deep: Windows PowerShell 5.1's ConvertFrom-Json reads at most ${POWERSHELL_MAX_DEPTH} levels (RecursionLimit 100 + 2), so Test-UpdaterRegistration cannot read the file. Remove the nesting; nothing else is checked until then.`;
    return { text, findings: [report('json-too-deep', span, message)], strict: false };
  }
  const strict = parseStrictJson(source);
  if (strict) return { text, root: strict, findings: [], strict: true, value: JSON.parse(source) };
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const findings: Finding[] = [];
  const comments = errors.filter((e) => e.error === ParseErrorCode.InvalidCommentToken).map((e) => ({ start: e.offset, end: e.offset + e.length }));
  for (const span of comments) findings.push(commentFinding(source, span));
  const trailingCommaAt = new Set<number>();
  for (const e of errors) {
    if (e.error === ParseErrorCode.InvalidCommentToken || trailingCommaAt.has(e.offset)) continue;
    const comma = trailingComma(source, e.offset, comments);
    if (comma !== undefined) {
      trailingCommaAt.add(e.offset); // jsonc-parser reports two errors at an object's closing brace
      findings.push(report('json-trailing-comma', { start: comma, end: comma + 1 }, 'Trailing commas are not allowed: Windows reads strict JSON. Remove the comma.', {
        fixes: [{ title: 'Remove the trailing comma', edits: [{ span: { start: comma, end: comma + 1 }, newText: '' }], safeForFixAll: true }],
      }));
      continue;
    }
    const name = printParseErrorCode(e.error);
    findings.push(report('json-syntax-error', errorSpan(source, e.offset, e.length), `Invalid JSON: ${PARSE_MESSAGES[name] ?? name}. Windows reads strict JSON; fix the syntax here.`));
  }
  return { text, root, findings, strict: false };
}

function errorSpan(text: string, offset: number, length: number): Span {
  if (length > 0) return { start: offset, end: offset + length };
  return offset < text.length ? { start: offset, end: offset + 1 } : { start: offset, end: offset };
}

/** The offset of the comma before a closing `}`/`]` at `offset` (skipping blanks and comments), if that is what the error is about. */
function trailingComma(text: string, offset: number, comments: readonly Span[]): number | undefined {
  const close = text[offset];
  if (close !== '}' && close !== ']') return undefined;
  let i = offset - 1;
  for (;;) {
    while (i >= 0 && /\s/.test(text[i])) i--;
    const comment = comments.find((c) => c.end === i + 1);
    if (!comment) break;
    i = comment.start - 1;
  }
  return text[i] === ',' ? i : undefined;
}

function commentFinding(text: string, span: Span): Finding {
  return report('json-comment', span, 'Comments are not allowed: Windows reads strict JSON. Remove the comment.', {
    fixes: [{ title: 'Remove the comment', edits: [{ span: wholeLineOrSelf(text, span), newText: '' }], safeForFixAll: true }],
  });
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
