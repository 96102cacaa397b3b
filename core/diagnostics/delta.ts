// Pulled diagnostics as a delta: after an edit most of a document's diagnostics are the very objects
// the client was given before (the server keeps them, see server/features/diagnosticReuse.ts), so
// the server names those by position in the previous list and sends only the new ones. A big file's
// report then costs what the edit changed, not megabytes per keystroke. The client opts in per
// request (DELTA_PARAM) and rebuilds the list from the diagnostics it holds.

/** Request parameter (`true`) by which a client says it can apply a delta. */
export const DELTA_PARAM = 'expeditedDelta';

/** Items `from`..`from + count - 1` of the previous list, or new items. */
export type DeltaSegment<T> = { from: number; count: number } | { items: T[] };

/** A full report's stand-in: the list is `segments` applied to the report whose result id is `base`. */
export interface DiagnosticsDelta<T> {
  base: string;
  segments: DeltaSegment<T>[];
}

/** `after` as runs of `before` (the same objects, in order) and new items between them. */
export function deltaOf<T extends object>(before: readonly T[], after: readonly T[]): DeltaSegment<T>[] {
  return deltaByKey(before, after, after);
}

/**
 * `after` as runs of the list before and the items between them that are new, comparing by key:
 * `beforeKeys[i]` stands for item `i` of the list before, `afterKeys[i]` for `after[i]` (the
 * objects themselves for diagnostics, a content key for the preview's rows).
 */
export function deltaByKey<T, K>(beforeKeys: readonly K[], after: readonly T[], afterKeys: readonly K[]): DeltaSegment<T>[] {
  const at = new Map<K, number>();
  beforeKeys.forEach((key, i) => {
    if (!at.has(key)) at.set(key, i);
  });
  const segments: DeltaSegment<T>[] = [];
  for (let i = 0; i < after.length; ) {
    const from = at.get(afterKeys[i]);
    if (from === undefined) {
      const items: T[] = [];
      while (i < after.length && !at.has(afterKeys[i])) items.push(after[i++]);
      segments.push({ items });
      continue;
    }
    let count = 1;
    while (i + count < after.length && from + count < beforeKeys.length && afterKeys[i + count] === beforeKeys[from + count]) count++;
    segments.push({ from, count });
    i += count;
  }
  return segments;
}

/** How many items the segments carry themselves (the rest come from the previous list). */
export function newItemCount<T>(segments: readonly DeltaSegment<T>[]): number {
  return segments.reduce((n, s) => n + ('items' in s ? s.items.length : 0), 0);
}

/**
 * The list the segments describe, taking runs from `previous` (as they are: the client's converted
 * objects) and converting the new items. Undefined when a run lies outside `previous`, i.e. the
 * delta was made for another list: the caller asks for a full report instead.
 */
export async function applyDelta<T, U>(previous: readonly U[], segments: unknown, convert: (items: T[]) => Promise<U[]> | U[]): Promise<U[] | undefined> {
  if (!Array.isArray(segments)) return undefined;
  const fresh: T[] = [];
  for (const s of segments as unknown[]) {
    if (isItems<T>(s)) fresh.push(...s.items);
    else if (!isRun(s) || s.from + s.count > previous.length) return undefined;
  }
  const converted = fresh.length ? await convert(fresh) : [];
  const out: U[] = [];
  let next = 0;
  for (const s of segments as DeltaSegment<T>[]) {
    if ('items' in s) for (let k = 0; k < s.items.length; k++) out.push(converted[next++]);
    else for (let k = s.from; k < s.from + s.count; k++) out.push(previous[k]);
  }
  return out;
}

function isItems<T>(s: unknown): s is { items: T[] } {
  return typeof s === 'object' && s !== null && Array.isArray((s as { items?: unknown }).items);
}

function isRun(s: unknown): s is { from: number; count: number } {
  const r = s as { from?: unknown; count?: unknown };
  return typeof s === 'object' && s !== null && Number.isInteger(r.from) && Number.isInteger(r.count) && (r.from as number) >= 0 && (r.count as number) > 0;
}
