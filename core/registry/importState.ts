import type { RegDocument, RegKeyEntry, RegValueEntry } from '../reg/model';
import { classifyKey, type OrchestratorKey } from './keyPath';
import type { Span } from '../diagnostics/types';
import { foldName } from '../text/caseFold';

/** One UScheduler_OOBE key (or a key below it) as importing the whole file leaves it. */
export interface LiveKey {
  /** The key lines that wrote it since its last deletion, in file order. */
  entries: RegKeyEntry[];
  /**
   * The key lines whose values land in this key, in file order: its entries and any skipped key
   * lines (`lineIgnored`) below them. Its values are a function of these blocks alone.
   */
  sources: RegKeyEntry[];
  /** Where the first of those lines sits relative to UScheduler_OOBE. */
  place: OrchestratorKey;
  /** Values by folded name (foldName): the last assignment of each, deletions applied. */
  readonly values: Map<string, RegValueEntry>;
}

export interface OrchestratorImport {
  /** Live keys in the order they first appear (after their last deletion). */
  keys: LiveKey[];
  /** Every key line at or below UScheduler_OOBE that the importer keeps, with its place. */
  lines: { entry: RegKeyEntry; place: OrchestratorKey }[];
}

/**
 * Values are replayed on first use: a key whose analysis is reused never reads its values, so the
 * parser need not materialise them (typing in a big file touches one key).
 */
class ImportedKey implements LiveKey {
  readonly entries: RegKeyEntry[] = [];
  readonly sources: RegKeyEntry[] = [];
  #values: Map<string, RegValueEntry> | undefined;

  constructor(readonly place: OrchestratorKey) {}

  get values(): Map<string, RegValueEntry> {
    if (!this.#values) {
      const values = new Map<string, RegValueEntry>();
      for (const source of this.sources) assign(values, source.values);
      this.#values = values;
    }
    return this.#values;
  }
}

/** What a key line's path alone decides: its folded id and its place, spans relative to the path's start. */
interface KeyShape {
  id: string;
  place: OrchestratorKey | undefined;
}

/**
 * Shapes by path as written. Every keystroke replays every key line of the document, and the paths
 * are the same from one version to the next: a lookup replaces folding and classifying each one.
 */
const shapes = new Map<string, KeyShape>();
/** Paths typed one character at a time each leave a shape: start over past this many. */
const MAX_SHAPES = 50_000;

function shapeOf(entry: RegKeyEntry): KeyShape {
  const written = entry.path;
  let shape = shapes.get(written);
  if (!shape) {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    // The path, id and name are kept as copies: a slice of the document's text would keep that
    // whole version of the text alive as long as the shape.
    const path = detached(written);
    shape = { id: detached(foldName(entry.fullPath)), place: classifyKey({ path, pathSpan: { start: 0, end: path.length }, root: entry.root }) };
    shapes.set(path, shape);
  }
  return shape;
}

/** A copy of the string's characters that shares no storage with the string it was cut from. */
function detached(s: string): string {
  // Concatenating makes a new string; cutting the added character off flattens it into fresh storage.
  return (s + ' ').slice(0, -1);
}

/** The shape's place at a key line whose path starts at `offset` (a fresh object: callers own it). */
function placeAt(place: OrchestratorKey, offset: number): OrchestratorKey {
  const at = (span: Span): Span => ({ start: span.start + offset, end: span.end + offset });
  const out: OrchestratorKey = { level: place.level, rootSpan: at(place.rootSpan), isLocalMachine: place.isLocalMachine };
  if (place.wow64Span) out.wow64Span = at(place.wow64Span);
  if (place.wow64RemovalSpan) out.wow64RemovalSpan = at(place.wow64RemovalSpan);
  if (place.name !== undefined) out.name = place.name;
  if (place.nameSpan) out.nameSpan = at(place.nameSpan);
  if (place.nestedSpan) out.nestedSpan = at(place.nestedSpan);
  return out;
}

/**
 * Replays the document the way the importer does (deletions, then last assignment wins,
 * names compared case-insensitively), keeping only UScheduler_OOBE keys and their sources.
 */
export function orchestratorImport(doc: RegDocument): OrchestratorImport {
  const live = new Map<string, ImportedKey>();
  /**
   * Live key ids by each of their ancestors' ids (and their own): a deletion finds what it removes
   * without a scan. Built at the first deletion only: most files delete nothing, and indexing every
   * key's ancestors was most of the cost of replaying a big file on each keystroke.
   */
  let below: Map<string, Set<string>> | undefined;
  const ancestorsOf = (id: string): string[] => {
    const out = [id];
    for (let i = id.lastIndexOf('\\'); i > 0; i = id.lastIndexOf('\\', i - 1)) out.push(id.slice(0, i));
    return out;
  };
  const index = (into: Map<string, Set<string>>, id: string): void => {
    for (const a of ancestorsOf(id)) {
      const set = into.get(a);
      if (set) set.add(id);
      else into.set(a, new Set([id]));
    }
  };
  const lines: OrchestratorImport['lines'] = [];
  /** The key the importer is writing values into (undefined: a key we do not track, or none). */
  let current: ImportedKey | undefined;
  for (const entry of doc.keys) {
    // A skipped key line does not close the key before it: its values land there.
    if (entry.lineIgnored) {
      if (current) current.sources.push(entry);
      continue;
    }
    current = undefined;
    if (entry.dropped) continue;
    // Most keys of a big export have nothing to do with the orchestrator: the parser flags the ones
    // that do, so only those (and deletions that may remove one) cost a path comparison.
    if (entry.mentionsOrchestrator === false && !(entry.isDelete && live.size > 0)) continue;
    const shape = shapeOf(entry);
    const id = shape.id;
    const place = shape.place && placeAt(shape.place, entry.pathSpan.start);
    if (entry.isDelete) {
      // A deletion removes the key and everything below it, registrations included.
      if (!below) {
        below = new Map();
        for (const liveId of live.keys()) index(below, liveId);
      }
      for (const path of below.get(id) ?? []) {
        live.delete(path);
        for (const a of ancestorsOf(path)) if (a !== id) below.get(a)?.delete(path);
      }
      below.delete(id);
      if (place) lines.push({ entry, place });
      continue;
    }
    if (!place) continue;
    lines.push({ entry, place });
    let key = live.get(id);
    if (!key) {
      key = new ImportedKey(place);
      live.set(id, key);
      if (below) index(below, id);
    }
    key.entries.push(entry);
    key.sources.push(entry);
    current = key;
  }
  return { keys: [...live.values()], lines };
}

function assign(into: Map<string, RegValueEntry>, values: readonly RegValueEntry[]): void {
  for (const value of values) {
    if (value.dropped) continue;
    const name = foldName(value.name);
    if (value.isDelete) into.delete(name);
    else into.set(name, value);
  }
}
