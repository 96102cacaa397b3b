import type { Span } from '../diagnostics/types';
import type { RegDocument, RegStringLiteral, RegValueEntry } from '../reg/model';

/**
 * The decoded offset at document offset `offset` inside a literal: the last decoded character
 * that starts at or before it (a cursor between `\` and `"` counts as before the `"`).
 */
export function decodedOffsetAt(literal: RegStringLiteral, offset: number): number {
  let lo = 0;
  let hi = literal.value.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (literal.sourceOffset(mid) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps a span of the decoded text back to the document. */
export function sourceSpan(literal: RegStringLiteral, span: Span): Span {
  return { start: literal.sourceOffset(span.start), end: literal.sourceOffset(span.end) };
}

/** The string-valued entry whose literal holds `offset` (between its quotes, ends included). */
export function stringValueAt(doc: RegDocument, offset: number): RegValueEntry | undefined {
  const key = keyIndexAt(doc, offset);
  if (key < 0) return undefined;
  return doc.keys[key].values.find((v) => v.stringLiteral && v.stringLiteral.contentSpan.start <= offset && offset <= v.stringLiteral.contentSpan.end);
}

/** Index of the last key whose line starts at or before `offset` (-1 before the first key). */
export function keyIndexAt(doc: RegDocument, offset: number): number {
  let lo = 0;
  let hi = doc.keys.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.keys[mid].lineSpan.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Reads the string literal whose opening quote is at `quote`, the way the importer does, up to the
 * closing quote or the end of the line. For text being typed, which the parser may have dropped.
 */
export function scanRegString(text: string, quote: number): RegStringLiteral {
  const sources: number[] = [];
  let value = '';
  let i = quote + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === '\n' || c === '\r') break;
    sources.push(i);
    if (c === '\\' && i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') {
      value += text[i + 1];
      i += 2;
    } else {
      value += c;
      i += 1;
    }
  }
  const end = i;
  sources.push(end);
  return {
    contentSpan: { start: quote + 1, end },
    value,
    sourceOffset: (k: number) => sources[Math.max(0, Math.min(k, sources.length - 1))],
  };
}
