// The simulation's rows as a delta, the way pulled diagnostics are (core/diagnostics/delta.ts): a
// keystroke in one registration changes one row of the run order, so the preview is sent the rows
// whose content changed since the table it holds, and the runs of rows it already has by position.
// Rows are compared by a content key (the server uses their JSON), not by object identity: each
// simulation builds new objects.
import { deltaByKey, newItemCount, type DeltaSegment } from '../diagnostics/delta';

export type { DeltaSegment } from '../diagnostics/delta';

/** A table's stand-in: `segments` applied to the table whose result id is `base`. */
export interface RowsDelta<T> {
  base: string;
  segments: DeltaSegment<T>[];
}

/**
 * `after` as runs of rows of the table before (by content key: `beforeKeys[i]` is the key of its
 * row `i`) and the rows between them that are new or changed.
 */
export function rowDeltaOf<T>(beforeKeys: readonly string[], after: readonly T[], afterKeys: readonly string[]): DeltaSegment<T>[] {
  return deltaByKey(beforeKeys, after, afterKeys);
}

/** How many rows the segments carry themselves (the rest are taken from the table before). */
export const rowsSent: <T>(segments: readonly DeltaSegment<T>[]) => number = newItemCount;

/** The words of rowDeltaProblem's answers (the caller's, in the display language). */
export interface RowDeltaTexts {
  notList(): string;
  badSegment(index: number): string;
  pastEnd(index: number): string;
}

/**
 * Why `segments` is not a delta of a table of `previousLength` rows (a run outside it, a segment of
 * neither kind), or undefined when it is one. `rowProblem` checks each row the delta carries.
 */
export function rowDeltaProblem(segments: unknown, previousLength: number, rowProblem: (row: unknown, index: number) => string | undefined, texts: RowDeltaTexts): string | undefined {
  if (!Array.isArray(segments)) return texts.notList();
  let index = 0;
  for (const [k, s] of segments.entries()) {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return texts.badSegment(k);
    const seg = s as { items?: unknown; from?: unknown; count?: unknown };
    if (Array.isArray(seg.items)) {
      for (const row of seg.items) {
        const problem = rowProblem(row, index++);
        if (problem) return problem;
      }
      continue;
    }
    if (!Number.isInteger(seg.from) || !Number.isInteger(seg.count) || (seg.from as number) < 0 || (seg.count as number) < 1) return texts.badSegment(k);
    if ((seg.from as number) + (seg.count as number) > previousLength) return texts.pastEnd(k);
    index += seg.count as number;
  }
  return undefined;
}

/** The table the segments describe, taking runs from `previous`; undefined when a run lies outside it. */
export function patchRows<T>(previous: readonly T[], segments: readonly DeltaSegment<T>[]): T[] | undefined {
  const out: T[] = [];
  for (const s of segments) {
    if ('items' in s) {
      for (const row of s.items) out.push(row);
      continue;
    }
    if (s.from < 0 || s.count < 1 || s.from + s.count > previous.length) return undefined;
    for (let k = s.from; k < s.from + s.count; k++) out.push(previous[k]);
  }
  return out;
}
