import { ParseErrorCode, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { report } from '../diagnostics/catalogue';
import { jsonComment, jsonFix, jsonParseProblem, jsonSyntaxError, jsonTooDeep, jsonTrailingComma } from '../rules/json';
import type { Message } from '../rules/message';
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

const PARSE_PROBLEMS: Readonly<Record<string, () => Message>> = jsonParseProblem;

/** jsonc-parser's error code in words (its own name for a code we have no words for). */
function parseProblem(name: string): Message | string {
  return Object.hasOwn(PARSE_PROBLEMS, name) ? PARSE_PROBLEMS[name]() : name;
}

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
    return { text, findings: [report(jsonTooDeep.message.deep({ depth: deep.depth, max: POWERSHELL_MAX_DEPTH }), span)], strict: false };
  }
  const strict = parseStrictJson(source);
  if (strict) return { text, root: strict, findings: [], strict: true, value: JSON.parse(source) };
  // `03`, `+48` and 'Store' are not JSON, but Windows PowerShell reads them as 3, 48 and "Store": say
  // so once, and check the rest as that value (not "found 0", not "must not be empty", not a
  // member lost to the parser's recovery).
  const quoted = singleQuoted(source);
  const requoted = quoted.length ? rewriteNumbers(source, quoted) : source;
  const lenient = lenientNumbers(requoted);
  const parsed = lenient.length ? rewriteNumbers(requoted, lenient) : requoted;
  const findings: Finding[] = [...quoted, ...lenient].sort((a, b) => a.start - b.start).map(lenientFinding);
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
      findings.push(report(jsonTrailingComma.message.comma(), { start: comma, end: comma + 1 }, {
        fixes: [{ title: jsonFix.removeTrailingComma(), edits: [{ span: { start: comma, end: comma + 1 }, newText: '' }], safeForFixAll: true }],
      }));
      continue;
    }
    const name = printParseErrorCode(e.error);
    findings.push(report(jsonSyntaxError.message.syntax({ problem: parseProblem(name) }), errorSpan(source, e.offset, e.length), {
      fixes: e.error === ParseErrorCode.CommaExpected ? [missingCommaFix(source, e.offset)] : undefined,
    }));
  }
  return { text, root, findings, strict: false };
}

/** The comma goes right after the previous value, before the line break and indentation. */
function missingCommaFix(text: string, offset: number): Fix {
  let at = offset;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return { title: jsonFix.insertComma(), edits: [{ span: { start: at, end: at }, newText: ',' }] };
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
  return report(jsonComment.message.comment(), span, {
    fixes: [{ title: jsonFix.removeComment(), edits: [{ span: wholeLineOrSelf(text, span), newText: '' }], safeForFixAll: true }],
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
  /** The JSON Windows PowerShell reads it as (no `+`, no leading zeros; double quotes); never longer than `raw`. */
  json: string;
}

/**
 * Single-quoted names and strings, which JavaScriptSerializer reads (DeserializeString takes either
 * quote) and JSON does not: `'Store'` becomes `"Store"`, the same length. Only simple ones (on one
 * line, without a quote or backslash inside), where a value or a name may start.
 */
function singleQuoted(text: string): LenientNumber[] {
  const out: LenientNumber[] = [];
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : text[i + 1] === '/' ? end - 1 : end + 1;
      continue;
    } else if (c === "'" && (previous === '' || previous === '{' || previous === '[' || previous === ',' || previous === ':')) {
      const m = /^'([^'"\\\r\n]*)'/.exec(text.slice(i, i + 1024));
      if (m) {
        out.push({ start: i, end: i + m[0].length, raw: m[0], json: `"${m[1]}"` });
        i += m[0].length - 1;
      }
    }
    if (!/\s/.test(c)) previous = text[i];
  }
  return out;
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

/** The same text with each lenient number or string written as JSON, padded with spaces: offsets stay valid. */
function rewriteNumbers(text: string, numbers: readonly LenientNumber[]): string {
  let out = '';
  let at = 0;
  for (const n of numbers) {
    out += text.slice(at, n.start) + ' '.repeat(n.raw.length - n.json.length) + n.json;
    at = n.end;
  }
  return out + text.slice(at);
}

function lenientFinding(n: LenientNumber): Finding {
  const span = { start: n.start, end: n.end };
  const args = { raw: n.raw, json: n.json };
  const m = jsonSyntaxError.message;
  const message = n.raw.startsWith("'") ? m.singleQuote(args) : /^[+-]?0\d/.test(n.raw) ? m.leadingZero(args) : m.leadingPlus(args);
  return report(message, span, {
    fixes: [{ title: jsonFix.write({ value: n.json }), edits: [{ span, newText: n.json }], safeForFixAll: true }],
  });
}
