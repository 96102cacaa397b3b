import { mangleUtf8AsAnsi } from './ansi';
import type { ImportedKey, ImportedValue, RegData, RegDocument, RegKeyEntry } from './model';
import { foldName } from './names';

// What importing a parsed .reg file into an empty registry leaves (contracts.md `expedite values`).

interface Node {
  name: string;
  path: string;
  /** Order of the first key line that opened it: keys are listed in file order. */
  seq: number;
  /** Opened by a key line; parents the import creates on the way are not listed. */
  explicit: boolean;
  children: Map<string, Node>;
  values: Map<string, ImportedValue>;
}

/** Files the importer refuses or reads as nothing. */
function importsNothing(doc: RegDocument): boolean {
  if (doc.header !== 'REGEDIT4' && doc.header !== 'REGEDIT5') return true;
  return doc.encoding === 'utf8-bom' || doc.encoding === 'utf16le-nobom' || doc.encoding === 'utf16be-bom';
}

/** Segments of a key path after its root, as the registry stores them (empty segments skipped). */
function segmentsOf(key: RegKeyEntry): string[] {
  const rest = key.fullPath.slice((key.root ?? '').length);
  return rest.split('\\').filter((s) => s !== '');
}

export function importedValues(doc: RegDocument): ImportedKey[] {
  if (importsNothing(doc)) return [];
  // UTF-8 without BOM is read as ANSI: what lands is each UTF-8 byte as a windows-1252 character.
  const land = doc.encoding === 'utf8' ? mangleUtf8AsAnsi : (s: string) => s;
  const landData = (data: RegData): RegData => (typeof data === 'string' ? land(data) : Array.isArray(data) ? data.map(land) : data);
  let seq = 0;
  const roots = new Map<string, Node>();
  const node = (name: string, path: string): Node => ({ name, path, seq: 0, explicit: false, children: new Map(), values: new Map() });
  let open: Node | undefined;

  for (const key of doc.keys) {
    if (key.lineIgnored) {
      // The importer skipped the key line: its values go to the key opened before it.
    } else if (key.dropped || !key.root) {
      open = undefined;
    } else if (key.isDelete) {
      open = undefined;
      deleteKey(roots.get(key.root), segmentsOf(key).map((s) => foldName(land(s))));
    } else {
      let at: Node | undefined = roots.get(key.root);
      if (!at) {
        at = node(key.root, key.root);
        roots.set(key.root, at);
      }
      for (const raw of segmentsOf(key)) {
        const segment = land(raw);
        const folded = foldName(segment);
        let child: Node | undefined = at.children.get(folded);
        if (!child) {
          child = node(segment, `${at.path}\\${segment}`);
          at.children.set(folded, child);
        }
        at = child;
      }
      if (!at.explicit) {
        at.explicit = true;
        at.seq = seq++;
      }
      open = at;
    }
    if (!open) continue;
    for (const value of key.values) {
      if (value.dropped) continue;
      const name = land(value.name);
      const folded = foldName(name);
      if (value.isDelete) {
        open.values.delete(folded);
        continue;
      }
      if (value.type === undefined || value.data === undefined) continue;
      const existing = open.values.get(folded);
      if (existing) {
        existing.type = value.type;
        existing.data = landData(value.data);
      } else {
        open.values.set(folded, { name, type: value.type, data: landData(value.data) });
      }
    }
  }

  const all: Node[] = [];
  const collect = (n: Node, isRoot: boolean) => {
    if (isRoot ? n.values.size > 0 : n.explicit) all.push(n);
    for (const child of n.children.values()) collect(child, false);
  };
  for (const root of roots.values()) collect(root, true);
  all.sort((a, b) => a.seq - b.seq);
  return all.map((n) => ({ key: n.path, values: [...n.values.values()] }));
}

function deleteKey(root: Node | undefined, folded: string[]): void {
  if (!root || folded.length === 0) return;
  let parent = root;
  for (let i = 0; i < folded.length - 1; i++) {
    const next = parent.children.get(folded[i]);
    if (!next) return;
    parent = next;
  }
  parent.children.delete(folded[folded.length - 1]);
}
