import type { Position, Range, Span } from '../diagnostics/types';

/**
 * Maps offsets to LSP positions and back. Line ends are CRLF, LF or a lone CR,
 * exactly as VS Code's TextDocument counts them.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(
    private readonly text: string,
    known?: number[],
  ) {
    if (known) {
      this.starts = known;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /**
   * The index of `text`, which differs from this index's text only in `[change.start, change.oldEnd)`
   * (now `[change.start, change.newEnd)`): line starts before the change are kept, those after it
   * moved, and only the new characters scanned (typing in a big file). Scans all of `text` when
   * the change borders a line break (it could join or split a CRLF).
   */
  edited(text: string, change: { start: number; oldEnd: number; newEnd: number }): LineIndex {
    const { start, oldEnd, newEnd } = change;
    const isBreak = (t: string, i: number) => t.charCodeAt(i) === 13 || t.charCodeAt(i) === 10;
    if (isBreak(this.text, start - 1) || isBreak(this.text, oldEnd) || isBreak(text, newEnd) || isBreak(text, start - 1)) return new LineIndex(text);
    const old = this.starts;
    let keep = 0;
    while (keep < old.length && old[keep] <= start) keep++;
    let after = keep;
    while (after < old.length && old[after] <= oldEnd) after++;
    const starts = old.slice(0, keep);
    for (let i = start; i < newEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10 && i + 1 < newEnd) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    const delta = newEnd - oldEnd;
    for (let i = after; i < old.length; i++) starts.push(old[i] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}
