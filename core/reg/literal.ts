import type { Span } from '../diagnostics/types';
import type { RegStringLiteral } from './model';

/**
 * A quoted string of the document. `escapes` lists, in order, the decoded offsets produced by a
 * two-character escape (`\\`, `\"`, ...); it is absent for the common string without escapes,
 * so the map back to the source costs nothing there.
 */
export class ParsedStringLiteral implements RegStringLiteral {
  constructor(
    readonly contentSpan: Span,
    readonly value: string,
    readonly escapes?: readonly number[],
  ) {}

  sourceOffset(i: number): number {
    const at = i < 0 ? 0 : i > this.value.length ? this.value.length : i;
    const escapes = this.escapes;
    if (!escapes) return this.contentSpan.start + at;
    // Count escapes whose decoded offset is below `at`: each one took one extra source character.
    let lo = 0;
    let hi = escapes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (escapes[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return this.contentSpan.start + at + lo;
  }

  shifted(delta: number): ParsedStringLiteral {
    return new ParsedStringLiteral({ start: this.contentSpan.start + delta, end: this.contentSpan.end + delta }, this.value, this.escapes);
  }
}
