import { ParseErrorCode, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { report } from '../diagnostics/catalogue';
import type { Finding, Fix, Span } from '../diagnostics/types';
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
  // `03` and `+48` are not JSON, but Windows PowerShell reads them as 3 and 48: say so once, and
  // check the rest as that value (not "found 0", not "must not be empty").
  const lenient = lenientNumbers(source);
  const parsed = lenient.length ? rewriteNumbers(source, lenient) : source;
  const findings: Finding[] = lenient.map(lenientNumberFinding);
  const errors: ParseError[] = [];
  const root = parseTree(parsed, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
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
    findings.push(report('json-syntax-error', errorSpan(source, e.offset, e.length), `Invalid JSON: ${PARSE_MESSAGES[name] ?? name}. Windows reads strict JSON; fix the syntax here.`, {
      fixes: e.error === ParseErrorCode.CommaExpected ? [missingCommaFix(source, e.offset)] : undefined,
    }));
  }
  return { text, root, findings, strict: false };
}

/** The comma goes right after the previous value, before the line break and indentation. */
function missingCommaFix(text: string, offset: number): Fix {
  let at = offset;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return { title: 'Insert the missing comma', edits: [{ span: { start: at, end: at }, newText: ',' }] };
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

interface LenientNumber {
  start: number;
  end: number;
  raw: string;
  /** The JSON number Windows PowerShell reads it as (no `+`, no leading zeros); never longer than `raw`. */
  json: string;
}

/**
 * Numbers outside strings with a leading `+` or leading zeros, which JavaScriptSerializer accepts
 * (Int32.TryParse) and JSON does not. Found in one pass; only on the slow path (not strict JSON).
 */
function lenientNumbers(text: string): LenientNumber[] {
  const out: LenientNumber[] = [];
  let inString = false;
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if ((c === '+' || c === '-' || (c >= '0' && c <= '9')) && (previous === '' || previous === ':' || previous === '[' || previous === ',')) {
      const m = /^([+-]?)(\d+)(\.\d+)?([eE][+-]?\d+)?(?![\w.+-])/.exec(text.slice(i, i + 64));
      if (m && (m[1] === '+' || /^0\d/.test(m[2]))) {
        const digits = m[2].replace(/^0+(?=\d)/, '');
        out.push({ start: i, end: i + m[0].length, raw: m[0], json: `${m[1] === '-' ? '-' : ''}${digits}${m[3] ?? ''}${m[4] ?? ''}` });
      }
      if (m) i += m[0].length - 1;
    }
    if (!/\s/.test(c)) previous = text[i];
  }
  return out;
}

/** The same text with each lenient number written as JSON, padded with spaces: offsets stay valid. */
function rewriteNumbers(text: string, numbers: readonly LenientNumber[]): string {
  let out = '';
  let at = 0;
  for (const n of numbers) {
    out += text.slice(at, n.start) + ' '.repeat(n.raw.length - n.json.length) + n.json;
    at = n.end;
  }
  return out + text.slice(at);
}

function lenientNumberFinding(n: LenientNumber): Finding {
  const span = { start: n.start, end: n.end };
  const why = /^[+-]?0\d/.test(n.raw) ? 'a JSON number may not start with 0' : 'a JSON number may not start with +';
  return report('json-syntax-error', span, `Invalid JSON: ${n.raw} — ${why}. Microsoft's validator accepts this (Windows PowerShell reads it as ${n.json}), but Windows reads strict JSON: write ${n.json}.`, {
    fixes: [{ title: `Write ${n.json}`, edits: [{ span, newText: n.json }], safeForFixAll: true }],
  });
}
