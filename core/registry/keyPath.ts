import type { Span } from '../diagnostics/types';
import type { RegKeyEntry } from '../reg/model';
import { ORCHESTRATOR_PATH } from './orchestratorKey';
import { sameName } from '../text/caseFold';

const WOW64_SEGMENT = 'wow6432node';

interface Segment {
  text: string;
  /** Offset of the segment inside the key path as written. */
  start: number;
}

/** Where a key sits relative to UScheduler_OOBE, with the spans the rules point at. */
export interface OrchestratorKey {
  /** `parent` = UScheduler_OOBE itself, `registration` = a direct subkey, `nested` = deeper. */
  level: 'parent' | 'registration' | 'nested';
  /** The root as written (HKEY_CURRENT_USER, HKCU, ...). */
  rootSpan: Span;
  isLocalMachine: boolean;
  /** The `Wow6432Node` segment when the key is in the 32-bit view. */
  wow64Span?: Span;
  /** The same span plus the backslash after it: deleting it moves the key to the 64-bit view. */
  wow64RemovalSpan?: Span;
  /** Registration and nested keys: the registration's subkey name. */
  name?: string;
  nameSpan?: Span;
  /** Nested keys: the part of the path below the registration subkey. */
  nestedSpan?: Span;
}

function segmentsOf(path: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (;;) {
    const end = path.indexOf('\\', start);
    segments.push({ text: path.slice(start, end < 0 ? path.length : end), start });
    if (end < 0) return segments;
    start = end + 1;
  }
}

/** Classifies a key line; undefined when the key is not UScheduler_OOBE or below it. */
export function classifyKey(entry: Pick<RegKeyEntry, 'path' | 'pathSpan' | 'root'>): OrchestratorKey | undefined {
  const segments = segmentsOf(entry.path);
  const at = (segment: Segment, length = segment.text.length): Span => ({
    start: entry.pathSpan.start + segment.start,
    end: entry.pathSpan.start + segment.start + length,
  });
  let i = 1;
  if (!sameName(segments[i]?.text ?? '', 'SOFTWARE')) return undefined;
  i++;
  let wow64: Segment | undefined;
  if (sameName(segments[i]?.text ?? '', WOW64_SEGMENT)) wow64 = segments[i++];
  for (const expected of ORCHESTRATOR_PATH.slice(1)) {
    if (!sameName(segments[i]?.text ?? '', expected)) return undefined;
    i++;
  }
  const key: OrchestratorKey = {
    level: 'parent',
    rootSpan: at(segments[0]),
    isLocalMachine: (entry.root ?? segments[0].text.toUpperCase()) === 'HKEY_LOCAL_MACHINE' || segments[0].text.toUpperCase() === 'HKLM',
  };
  if (wow64) {
    key.wow64Span = at(wow64);
    key.wow64RemovalSpan = at(wow64, wow64.text.length + 1);
  }
  const name = segments[i];
  // A trailing backslash (its own reg-format finding) still names the parent.
  if (!name || (name.text === '' && i + 1 === segments.length)) return key;
  key.level = i + 1 < segments.length ? 'nested' : 'registration';
  key.name = name.text;
  key.nameSpan = at(name);
  if (key.level === 'nested') {
    const deeper = segments[i + 1];
    key.nestedSpan = { start: entry.pathSpan.start + deeper.start, end: entry.pathSpan.start + entry.path.length };
  }
  return key;
}
