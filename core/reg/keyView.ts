// The lazy key view: what a parsed document's keys look like to everything above the parser.
import type { Span } from '../diagnostics/types';
import { RegScanner } from './importer';
import { KEY_DELETE, KEY_DROPPED, KEY_IGNORED, KEY_ORCHESTRATOR, type KeyTable } from './keyTable';
import type { RegKeyEntry, RegRoot, RegValueEntry } from './model';

/**
 * A key line: a view of one row of the document's KeyTable. Strings and spans are cut when asked
 * for; the values are read again from the text on first access (and kept): the main pass
 * validates them without keeping them, so a big file costs a few integers per key, not a graph
 * of objects per key and value.
 */
export class ParsedKey implements RegKeyEntry {
  #table: KeyTable;
  readonly #index: number;
  #values: RegValueEntry[] | undefined;

  constructor(table: KeyTable, index: number) {
    this.#table = table;
    this.#index = index;
  }

  get path(): string {
    return this.#table.path(this.#index);
  }

  get fullPath(): string {
    return this.#table.fullPath(this.#index);
  }

  get root(): RegRoot | undefined {
    return this.#table.root(this.#index);
  }

  get isDelete(): boolean {
    return (this.#table.flags(this.#index) & KEY_DELETE) !== 0;
  }

  get dropped(): boolean {
    return (this.#table.flags(this.#index) & KEY_DROPPED) !== 0;
  }

  get lineIgnored(): boolean | undefined {
    return (this.#table.flags(this.#index) & KEY_IGNORED) !== 0 ? true : undefined;
  }

  /** A segment of the path is `UScheduler_OOBE` (any case): the only keys the registry form looks at. */
  get mentionsOrchestrator(): boolean {
    return (this.#table.flags(this.#index) & KEY_ORCHESTRATOR) !== 0;
  }

  get lineSpan(): Span {
    return { start: this.#table.lineStart(this.#index), end: this.#table.lineEnd(this.#index) };
  }

  get pathSpan(): Span {
    return { start: this.#table.pathStart(this.#index), end: this.#table.pathEnd(this.#index) };
  }

  get blockSpan(): Span {
    return { start: this.#table.lineStart(this.#index), end: this.#table.blockEnd(this.#index) };
  }

  get values(): RegValueEntry[] {
    if (!this.#values) {
      const table = this.#table;
      const values: RegValueEntry[] = [];
      const scanner = new RegScanner(table.text, table.unicode, values);
      scanner.resume(table.valueState(this.#index));
      scanner.scan(scanner.nextLine(table.lineEnd(this.#index)), () => true);
      this.#values = values;
    }
    return this.#values;
  }

  set values(values: RegValueEntry[]) {
    this.#values = values;
  }

  /** Points the key at a new table whose row `index` is the same (a reparse keeps the keys before an edit). */
  rebind(table: KeyTable): void {
    this.#table = table;
  }

  toJSON(): Omit<RegKeyEntry, 'values'> & { values: RegValueEntry[] } {
    const { path, fullPath, root, isDelete, lineSpan, pathSpan, blockSpan, dropped, lineIgnored } = this;
    return { path, fullPath, root, isDelete, lineSpan, pathSpan, blockSpan, values: this.values, dropped, ...(lineIgnored ? { lineIgnored } : {}) };
  }
}

/** The key entries of a table (one small view object per row). */
export function keyEntries(table: KeyTable, from = 0, into: RegKeyEntry[] = []): RegKeyEntry[] {
  for (let i = from; i < table.count; i++) into.push(new ParsedKey(table, i));
  return into;
}
