// The registry backend interface the editor commands and the CLI share.
import type { ImportedKey } from '../core/reg/model';
import { render } from '../core/rules/render';
import type { BackendText } from './texts';

export type TargetKind = 'local' | 'wine' | 'dry-run';

/** A path below %ProgramData%, as segments (no separators inside a segment). */
export type ProgramDataPath = readonly string[];

/** One change to the target. The dry-run recorder lists these; real backends run them. */
export type WriteOp =
  | { op: 'delete-key'; key: string }
  /** Copies a key tree byte for byte (`reg copy /s /f`): the lossless backup of registry values. */
  | { op: 'copy-key'; from: string; to: string }
  /** Imports `regText` (a .reg file in a private temp folder: `keys`, after deleting `deletes`) into the 64-bit view. */
  | { op: 'import'; keys: ImportedKey[]; deletes?: string[]; regText: string }
  /** Restores a key from a `reg export` taken earlier (undo, rollback). */
  | { op: 'import-export'; key: string; regText: string }
  | { op: 'mkdir'; path: ProgramDataPath }
  | { op: 'write-file'; path: ProgramDataPath; bytes: Uint8Array }
  | { op: 'remove-dir'; path: ProgramDataPath };

export interface DirEntry {
  name: string;
  isDirectory: boolean;
}

/** Read access to the target's registry (64-bit view) and %ProgramData%. */
export interface TargetReader {
  /** Output lines of `reg query KEY` (not recursive); undefined when the key does not exist. */
  queryKey(key: string): Promise<string[] | undefined>;
  /** `reg export KEY` (recursive) as decoded text; undefined when the key does not exist. */
  exportKey(key: string): Promise<string | undefined>;
  /** Directory entries below %ProgramData%; undefined when the folder does not exist. */
  listDir(path: ProgramDataPath): Promise<DirEntry[] | undefined>;
  /** File bytes below %ProgramData%; undefined when the file does not exist. */
  readFile(path: ProgramDataPath): Promise<Uint8Array | undefined>;
}

export interface Backend extends TargetReader {
  readonly kind: TargetKind;
  /** For messages and logs: "Wine prefix /home/u/.wine", "local registry (reg.exe, 64-bit view)". */
  readonly label: string;
  /** True when writes are only recorded (nothing changes). */
  readonly dryRun: boolean;
  /** Where %ProgramData% is, for messages (Windows path or the prefix's host path). */
  describePath(path: ProgramDataPath): string;
  /** The exact command (argument array) or file operation `op` runs, for dry-run listings and logs. */
  describe(op: WriteOp): string[];
  /** Runs `op`; an abort of `signal` stops the child process it started. */
  write(op: WriteOp, signal?: AbortSignal): Promise<void>;
}

/** Test hook: make the Nth write (1-based, counted over the backend's life) fail before it runs. */
export interface FaultOptions {
  failWrite?: number;
  /** The Nth write runs, then reports a failure (a write that half-landed). */
  failAfterWrite?: number;
}

/** A refusal or failure of the target. `text` is what the user reads, rendered in their language at the edge; `message` is its English form (logs, stack traces). */
export class BackendError extends Error {
  readonly text: BackendText;
  constructor(text: BackendText) {
    super(render(text));
    this.text = text;
  }
}

/** What to tell the user about a failure: a backend's message, else the error's own words. */
export function errorText(err: unknown): BackendText {
  if (err instanceof BackendError) return err.text;
  return err instanceof Error ? err.message : String(err);
}

/** The target cannot be used at all (wrong platform, Wine missing): the CLI exits 2. */
export class BackendUnavailableError extends BackendError {}
