// The pulled diagnostics' collection, split over several owners (core/diagnostics/shards.ts) so a
// keystroke in a big file sends the workbench only the part of its diagnostics it changed.
import * as vscode from 'vscode';
import { DiagnosticCollectionSource, type DiagnosticCollectionProvider } from 'vscode-languageclient/node';
import { ShardedDiagnostics } from '../core/diagnostics/shards';
import { clientPerfEvent } from './perfLog';

type Entry = [uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]];

/** A vscode.DiagnosticCollection in front of one real collection per shard. */
class ShardedCollection implements vscode.DiagnosticCollection {
  private readonly owners: vscode.DiagnosticCollection[] = [];
  private readonly shards: ShardedDiagnostics<vscode.Uri, vscode.Diagnostic>;

  constructor(readonly name: string) {
    this.shards = new ShardedDiagnostics<vscode.Uri, vscode.Diagnostic>(
      (shard) => {
        // Shard 0 (the errors) keeps the plain name: what tasks' problem matchers and logs see.
        const owner = vscode.languages.createDiagnosticCollection(shard === 0 ? name : `${name}.${shard}`);
        this.owners.push(owner);
        return {
          set: (uri, items) => {
            owner.set(uri, items);
            clientPerfEvent({ ev: 'markersSet', uri: uri.toString(), count: items.length });
          },
          delete: (uri) => owner.delete(uri),
        };
      },
      (d) => ({ line: d.range.start.line, error: d.severity === vscode.DiagnosticSeverity.Error }),
      (uri) => uri.toString(),
    );
  }

  set(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[] | undefined): void;
  set(entries: ReadonlyArray<[vscode.Uri, readonly vscode.Diagnostic[] | undefined]>): void;
  set(first: vscode.Uri | ReadonlyArray<[vscode.Uri, readonly vscode.Diagnostic[] | undefined]>, diagnostics?: readonly vscode.Diagnostic[]): void {
    const entries = first instanceof vscode.Uri ? [[first, diagnostics] as const] : first;
    // As vscode.DiagnosticCollection: entries for one document add up, an undefined one clears it.
    const merged = new Map<string, { uri: vscode.Uri; items: vscode.Diagnostic[] | undefined }>();
    for (const [uri, items] of entries) {
      const key = uri.toString();
      const was = merged.get(key);
      merged.set(key, { uri, items: items === undefined ? undefined : [...(was?.items ?? []), ...items] });
    }
    for (const { uri, items } of merged.values()) {
      if (items === undefined) this.shards.delete(uri);
      else this.shards.set(uri, items);
    }
  }

  delete(uri: vscode.Uri): void {
    this.shards.delete(uri);
  }

  clear(): void {
    this.shards.clear();
  }

  forEach(callback: (uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[], collection: vscode.DiagnosticCollection) => unknown, thisArg?: unknown): void {
    for (const [uri, items] of this.shards.entries()) callback.call(thisArg, uri, items, this);
  }

  get(uri: vscode.Uri): readonly vscode.Diagnostic[] | undefined {
    return this.shards.get(uri);
  }

  has(uri: vscode.Uri): boolean {
    return this.shards.get(uri) !== undefined;
  }

  [Symbol.iterator](): Iterator<Entry> {
    return this.shards.entries()[Symbol.iterator]();
  }

  dispose(): void {
    for (const owner of this.owners.splice(0)) owner.dispose();
  }
}

/** Gives the pull model (the one VS Code uses) the split collection; the push model a plain one. `fallbackName` when the server names none. */
export function shardedCollections(fallbackName: string): DiagnosticCollectionProvider {
  return {
    create: (name, source) =>
      source === DiagnosticCollectionSource.pull ? new ShardedCollection(name ?? fallbackName) : vscode.languages.createDiagnosticCollection(name),
    dispose: (collection) => collection.dispose(),
  };
}
