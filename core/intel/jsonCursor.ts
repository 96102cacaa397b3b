import { createScanner, ScanError, SyntaxKind } from 'jsonc-parser';
import type { Span } from '../diagnostics/types';

/** A token of the JSON text under or next to the cursor. */
export interface JsonToken {
  kind: SyntaxKind;
  span: Span;
  /** Decoded string content, or the raw text of any other token. */
  value: string;
  /** A string without its closing quote (the user is still typing it). */
  unterminated: boolean;
}

/**
 * Where the cursor sits in a (possibly half-typed) registration or payload. Both forms are flat
 * objects whose values are scalars or arrays of scalars, so the root object's properties and the
 * arrays directly under them are the only places with something to offer.
 */
export type JsonCursor =
  /** No root value yet: the whole document can be offered. */
  | { role: 'document'; replace: Span }
  /** A property name of the root object. */
  | { role: 'key'; replace: Span; token?: JsonToken; existingKeys: ReadonlySet<string>; hasColon: boolean; needsComma: boolean }
  /** The value of root property `property`, or an element of the array that is that value. */
  | { role: 'value'; property: string; inArray: boolean; replace: Span; token?: JsonToken; arrayItems: readonly JsonToken[]; needsComma: boolean }
  | { role: 'none' };

type FrameState = 'key' | 'colon' | 'value' | 'after';

interface Frame {
  type: 'object' | 'array';
  state: FrameState;
  /** Object: the last property name read. */
  key?: string;
  keys: string[];
  items: JsonToken[];
}

const WORD_TOKENS = new Set<SyntaxKind>([SyntaxKind.NumericLiteral, SyntaxKind.TrueKeyword, SyntaxKind.FalseKeyword, SyntaxKind.NullKeyword, SyntaxKind.Unknown]);

function isTrivia(kind: SyntaxKind): boolean {
  return kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia || kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia;
}

/**
 * Finds the cursor's role with the scanner only (no parse tree), so it works on text being typed.
 * `mode: 'hover'` also counts a token the cursor touches at either end; `'complete'` counts a
 * closed string only when the cursor is strictly inside it (after its closing quote is "after").
 */
export function jsonCursorAt(text: string, offset: number, mode: 'complete' | 'hover' = 'complete'): JsonCursor {
  const scanner = createScanner(text, false);
  const stack: Frame[] = [];
  let rootStarted = false;
  let resolved: { frame: Frame | undefined; depth: number; state: FrameState; token?: JsonToken; rootStarted: boolean } | undefined;
  /** The root property whose value holds the cursor, read when the cursor is reached (later keys overwrite frame.key). */
  let property: string | undefined;
  let editedKeyIndex = -1;
  let afterResolved: SyntaxKind | undefined;

  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const start = scanner.getTokenOffset();
    let end = start + scanner.getTokenLength();
    if (kind === SyntaxKind.StringLiteral) {
      // A broken escape can carry an unterminated string across a line break; a string never spans lines.
      const lineBreak = text.slice(start, end).search(/[\r\n]/);
      if (lineBreak >= 0) end = start + lineBreak;
    }
    if (isTrivia(kind)) {
      const inComment = (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) && start < offset && offset <= end;
      if (!resolved && inComment) return { role: 'none' };
      continue;
    }
    const top = stack[stack.length - 1];
    if (!resolved) {
      const unterminated = kind === SyntaxKind.StringLiteral && scanner.getTokenError() === ScanError.UnexpectedEndOfString;
      const touches =
        kind === SyntaxKind.StringLiteral
          ? (start < offset && offset < end) || (offset === end && (unterminated || mode === 'hover')) || (mode === 'hover' && offset === start)
          : WORD_TOKENS.has(kind) && (mode === 'hover' ? start <= offset && offset <= end : start < offset && offset <= end);
      if (touches) {
        const token: JsonToken = { kind, span: { start, end }, value: kind === SyntaxKind.StringLiteral ? scanner.getTokenValue() : text.slice(start, end), unterminated };
        resolved = { frame: top, depth: stack.length, state: top?.state ?? 'value', token, rootStarted };
        if (top?.type === 'object' && top.state === 'key') editedKeyIndex = top.keys.length;
        property = stack[0]?.key;
      } else if (start >= offset) {
        resolved = { frame: top, depth: stack.length, state: top?.state ?? 'value', rootStarted };
        afterResolved = kind;
        property = stack[0]?.key;
      }
    } else if (afterResolved === undefined) {
      afterResolved = kind;
    }

    switch (kind) {
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken:
        if (top) top.state = 'after';
        rootStarted = true;
        stack.push({ type: kind === SyntaxKind.OpenBraceToken ? 'object' : 'array', state: kind === SyntaxKind.OpenBraceToken ? 'key' : 'value', keys: [], items: [] });
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        stack.pop();
        break;
      case SyntaxKind.CommaToken:
        if (top) top.state = top.type === 'object' ? 'key' : 'value';
        break;
      case SyntaxKind.ColonToken:
        if (top?.type === 'object' && top.state === 'colon') top.state = 'value';
        break;
      default: {
        // A scalar: a property name where one is expected, otherwise a value.
        rootStarted = true;
        if (!top) break;
        const value = kind === SyntaxKind.StringLiteral ? scanner.getTokenValue() : text.slice(start, end);
        if (top.type === 'object' && top.state === 'key') {
          top.key = value;
          top.keys.push(value);
          top.state = 'colon';
        } else {
          if (top.type === 'array') top.items.push({ kind, span: { start, end }, value, unterminated: false });
          top.state = 'after';
        }
      }
    }
    if (resolved && afterResolved !== undefined && stack.length < resolved.depth) break;
  }
  if (!resolved) {
    resolved = { frame: stack[stack.length - 1], depth: stack.length, state: stack[stack.length - 1]?.state ?? 'value', rootStarted };
    property = stack[0]?.key;
  }

  const { frame, depth, state, token } = resolved;
  const replace = token ? token.span : { start: offset, end: offset };
  if (!frame) {
    return resolved.rootStarted && !token ? { role: 'none' } : { role: 'document', replace };
  }
  // Something else (another property or element) follows: the inserted text needs a comma.
  const followedByItem = afterResolved !== undefined && afterResolved !== SyntaxKind.CloseBraceToken && afterResolved !== SyntaxKind.CloseBracketToken && afterResolved !== SyntaxKind.CommaToken && afterResolved !== SyntaxKind.ColonToken;
  if (frame.type === 'object' && depth === 1 && state === 'key') {
    const existing = frame.keys.filter((_, i) => i !== editedKeyIndex);
    const hasColon = token !== undefined && afterResolved === SyntaxKind.ColonToken;
    return { role: 'key', replace, token, existingKeys: new Set(existing), hasColon, needsComma: !hasColon && followedByItem };
  }
  if (state !== 'value') return { role: 'none' };
  if (property === undefined) return { role: 'none' };
  if (frame.type === 'object' && depth === 1) {
    return { role: 'value', property, inArray: false, replace, token, arrayItems: [], needsComma: followedByItem };
  }
  if (frame.type === 'array' && depth === 2) {
    const items = frame.items.filter((item) => !token || item.span.start !== token.span.start);
    return { role: 'value', property, inArray: true, replace, token, arrayItems: items, needsComma: followedByItem };
  }
  return { role: 'none' };
}
