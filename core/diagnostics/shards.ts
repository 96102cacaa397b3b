// One document's diagnostics split over several owners, so that an edit sends only the part it
// changed. VS Code replaces all of an owner's markers for a file whenever that owner sets them:
// the extension host converts and sends the whole list, and the workbench makes new markers and
// redraws every decoration. Its marker decorations are diffed by marker identity, and markers of
// the owners that did not set anything keep theirs. So with the list split by line, typing in a
// file of 1,000 findings costs the few findings of one part instead of all 1,000.

/** What the split needs of a diagnostic: where it starts, and whether it is an error. */
export interface ShardPlace {
  line: number;
  error: boolean;
}

/** One owner's side: a real collection in the extension, a recording one in tests. */
export interface ShardSink<U, D> {
  set(uri: U, items: readonly D[]): void;
  delete(uri: U): void;
}

/**
 * VS Code draws the squiggles of a file's first 500 markers only, taken owner by owner in the
 * order the owners first gave markers for that file. Above that, the owners are kept in order:
 * errors first, then by line, as one sorted list would be.
 */
export const DRAWN_MARKERS = 500;
/** Owners per document at most (errors, then the line ranges). */
export const MAX_SHARDS = 64;
const MIN_LINES_PER_SHARD = 64;

/** Lines per range: a power of two, so it changes only when the file doubles or halves. */
export function linesPerShard(lastLine: number): number {
  const needed = Math.ceil((lastLine + 1) / (MAX_SHARDS - 1));
  let lines = MIN_LINES_PER_SHARD;
  while (lines < needed) lines *= 2;
  return lines;
}

/** Shard 0 holds the errors; shard k ≥ 1 the other diagnostics of lines [(k-1)·n, k·n). */
export function split<D>(items: readonly D[], place: (d: D) => ShardPlace): Map<number, D[]> {
  const places = items.map(place);
  let lastLine = 0;
  for (const p of places) lastLine = Math.max(lastLine, p.line);
  const n = linesPerShard(lastLine);
  const shards = new Map<number, D[]>();
  for (const [i, d] of items.entries()) {
    const p = places[i];
    const k = p.error ? 0 : 1 + Math.floor(p.line / n);
    let list = shards.get(k);
    if (!list) shards.set(k, (list = []));
    list.push(d);
  }
  return shards;
}

const sameItems = <D>(a: readonly D[] | undefined, b: readonly D[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((d, i) => d === b[i]));

const ascending = (order: readonly number[]) => order.every((k, i) => i === 0 || order[i - 1] < k);

interface Held<U, D> {
  uri: U;
  all: readonly D[];
  shards: Map<number, readonly D[]>;
  /** The owners holding markers for this document, in the order the workbench reads them. */
  order: number[];
}

/**
 * The documents' diagnostics, each split over shard owners; only the shards whose items changed
 * (by identity: the pull keeps the objects of unchanged diagnostics) are set again.
 */
export class ShardedDiagnostics<U, D> {
  private readonly held = new Map<string, Held<U, D>>();
  private readonly sinks = new Map<number, ShardSink<U, D>>();

  constructor(
    private readonly sinkOf: (shard: number) => ShardSink<U, D>,
    private readonly place: (d: D) => ShardPlace,
    private readonly keyOf: (uri: U) => string,
  ) {}

  private sink(shard: number): ShardSink<U, D> {
    let sink = this.sinks.get(shard);
    if (!sink) this.sinks.set(shard, (sink = this.sinkOf(shard)));
    return sink;
  }

  set(uri: U, items: readonly D[]): void {
    const key = this.keyOf(uri);
    const was = this.held.get(key) ?? { uri, all: [], shards: new Map<number, readonly D[]>(), order: [] };
    const next = split(items, this.place);
    const changed = [...new Set([...was.shards.keys(), ...next.keys()])].filter((k) => !sameItems(was.shards.get(k), next.get(k)));
    // The workbench's order after these changes: an owner that empties leaves it, a new one comes last.
    const added = changed.filter((k) => !was.shards.has(k)).sort((a, b) => a - b);
    let order = [...was.order.filter((k) => next.has(k)), ...added];
    if (items.length > DRAWN_MARKERS && !ascending(order)) {
      // Out of order where it decides what is drawn: give every owner's markers again, in order.
      for (const k of was.order) this.sink(k).delete(uri);
      order = [...next.keys()].sort((a, b) => a - b);
      for (const k of order) this.sink(k).set(uri, next.get(k) ?? []);
    } else {
      // Owners already holding markers keep their place; new ones are added in order, so they line up as `order` says.
      for (const k of changed) {
        if (!was.shards.has(k)) continue;
        const list = next.get(k);
        if (list) this.sink(k).set(uri, list);
        else this.sink(k).delete(uri);
      }
      for (const k of added) this.sink(k).set(uri, next.get(k) ?? []);
    }
    if (items.length === 0) this.held.delete(key);
    else this.held.set(key, { uri, all: items, shards: next, order });
  }

  delete(uri: U): void {
    const key = this.keyOf(uri);
    const was = this.held.get(key);
    if (!was) return;
    for (const k of was.order) this.sink(k).delete(was.uri);
    this.held.delete(key);
  }

  clear(): void {
    for (const { uri } of [...this.held.values()]) this.delete(uri);
  }

  /** The document's diagnostics as last set, whole and in their order. */
  get(uri: U): readonly D[] | undefined {
    return this.held.get(this.keyOf(uri))?.all;
  }

  entries(): Array<[U, readonly D[]]> {
    return [...this.held.values()].map((h) => [h.uri, h.all]);
  }

  /** How many owners hold markers for the document (for the perf log and tests). */
  shardCount(uri: U): number {
    return this.held.get(this.keyOf(uri))?.order.length ?? 0;
  }
}
