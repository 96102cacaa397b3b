import type { RegRoot } from './model';
import { ROOT_VERBATIM, rootLengthOfCode, rootOfCode } from './names';

// The key lines of a document as rows of numbers: a big file's keys cost a few integers each
// while parsing, not a graph of objects and strings for the garbage collector to copy. Strings
// (path, fullPath) are cut from the text when asked for.

/** Row layout: offsets into the text, then the flags. */
const LINE_START = 0;
const LINE_END = 1;
const PATH_START = 2;
const PATH_END = 3;
const BLOCK_END = 4;
const FLAGS = 5;
const STRIDE = 6;

export const KEY_DELETE = 1;
export const KEY_DROPPED = 2;
/** The importer skips the key line without closing the key before it. */
export const KEY_IGNORED = 4;
/** The path has empty segments: fullPath is rebuilt without them. */
export const KEY_UNNORMALIZED = 8;
/** A segment of the path is `UScheduler_OOBE` (any case). */
export const KEY_ORCHESTRATOR = 16;
const VALUE_STATE_SHIFT = 5;
const VALUE_STATE_MASK = 3 << VALUE_STATE_SHIFT;
const ROOT_SHIFT = 7;

/** Which key the importer has open: values land there, or nowhere. */
export type OpenState = 'none' | 'open' | 'deleted' | 'failed';
const OPEN_STATES: readonly OpenState[] = ['none', 'open', 'deleted', 'failed'];

export function openStateCode(state: OpenState): number {
  return state === 'none' ? 0 : state === 'open' ? 1 : state === 'deleted' ? 2 : 3;
}

export class KeyTable {
  count = 0;
  private rows: Int32Array;

  constructor(
    public text: string,
    /** hex(1)/hex(2)/hex(7) bytes are UTF-16LE (else ANSI). */
    readonly unicode: boolean,
    capacity = 64,
  ) {
    this.rows = new Int32Array(capacity * STRIDE);
  }

  /** Appends a key line; returns its index. */
  add(lineStart: number, lineEnd: number, pathStart: number, pathEnd: number): number {
    const i = this.count;
    let o = i * STRIDE;
    if (o + STRIDE > this.rows.length) this.grow(i + 1);
    const r = this.rows;
    r[o++] = lineStart;
    r[o++] = lineEnd;
    r[o++] = pathStart;
    r[o++] = pathEnd;
    r[o++] = lineEnd;
    r[o] = 0;
    this.count = i + 1;
    return i;
  }

  private grow(rows: number): void {
    const grown = new Int32Array(Math.max(rows, this.count * 2, 64) * STRIDE);
    grown.set(this.rows.subarray(0, this.count * STRIDE));
    this.rows = grown;
  }

  /** Appends rows [from, to) of `other`, their offsets moved by `delta`. */
  append(other: KeyTable, from: number, to: number, delta: number): void {
    if (to <= from) return;
    const n = to - from;
    if ((this.count + n) * STRIDE > this.rows.length) this.grow(this.count + n);
    const at = this.count * STRIDE;
    this.rows.set(other.rows.subarray(from * STRIDE, to * STRIDE), at);
    if (delta !== 0) {
      const r = this.rows;
      for (let o = at, end = at + n * STRIDE; o < end; o += STRIDE) {
        r[o + LINE_START] += delta;
        r[o + LINE_END] += delta;
        r[o + PATH_START] += delta;
        r[o + PATH_END] += delta;
        r[o + BLOCK_END] += delta;
      }
    }
    this.count += n;
  }

  lineStart(i: number): number {
    return this.rows[i * STRIDE + LINE_START];
  }

  lineEnd(i: number): number {
    return this.rows[i * STRIDE + LINE_END];
  }

  pathStart(i: number): number {
    return this.rows[i * STRIDE + PATH_START];
  }

  pathEnd(i: number): number {
    return this.rows[i * STRIDE + PATH_END];
  }

  blockEnd(i: number): number {
    return this.rows[i * STRIDE + BLOCK_END];
  }

  setPath(i: number, start: number, end: number): void {
    this.rows[i * STRIDE + PATH_START] = start;
    this.rows[i * STRIDE + PATH_END] = end;
  }

  /** The block grows to `end` (the end of a value below the key line). */
  extendBlock(i: number, end: number): void {
    const o = i * STRIDE + BLOCK_END;
    if (end > this.rows[o]) this.rows[o] = end;
  }

  flags(i: number): number {
    return this.rows[i * STRIDE + FLAGS];
  }

  setFlag(i: number, flag: number): void {
    this.rows[i * STRIDE + FLAGS] |= flag;
  }

  setRoot(i: number, rootCode: number): void {
    this.rows[i * STRIDE + FLAGS] |= rootCode << ROOT_SHIFT;
  }

  rootCode(i: number): number {
    return this.rows[i * STRIDE + FLAGS] >>> ROOT_SHIFT;
  }

  setValueState(i: number, state: OpenState): void {
    const o = i * STRIDE + FLAGS;
    this.rows[o] = (this.rows[o] & ~VALUE_STATE_MASK) | (openStateCode(state) << VALUE_STATE_SHIFT);
  }

  valueState(i: number): OpenState {
    return OPEN_STATES[(this.rows[i * STRIDE + FLAGS] & VALUE_STATE_MASK) >> VALUE_STATE_SHIFT];
  }

  path(i: number): string {
    return this.text.slice(this.pathStart(i), this.pathEnd(i));
  }

  root(i: number): RegRoot | undefined {
    return rootOfCode(this.rootCode(i));
  }

  /** The path with the root in its long form and empty segments dropped (what `reg export` prints). */
  fullPath(i: number): string {
    const code = this.rootCode(i);
    const root = rootOfCode(code);
    const start = this.pathStart(i);
    const end = this.pathEnd(i);
    if (root === undefined) return this.text.slice(start, end);
    const rest = start + rootLengthOfCode(code);
    if (this.flags(i) & KEY_UNNORMALIZED) {
      const segments = this.text.slice(rest, end).split('\\').filter((s) => s !== '');
      return segments.length ? `${root}\\${segments.join('\\')}` : root;
    }
    // Written with the long root in capitals (as regedit does): the path itself.
    if (code & ROOT_VERBATIM) return this.text.slice(start, end);
    return root + this.text.slice(rest, end);
  }
}
