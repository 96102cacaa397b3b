// The dry-run recorder: reads from a real target when there is one, records every write and changes nothing.
import { describeWriteOp } from './regExeBackend';
import type { Backend, DirEntry, ProgramDataPath, TargetReader, WriteOp } from './types';
import { REGISTRATION_STORE } from './names';
import { backendTarget } from './texts';
import { render } from '../core/rules/render';

/** With no target to read: an empty registry and a %ProgramData% that has only the registration store (as on Windows). */
const emptyMachine: TargetReader = {
  queryKey: async () => undefined,
  exportKey: async () => undefined,
  listDir: async (path) => {
    const lower = path.map((s) => s.toLowerCase());
    const store = REGISTRATION_STORE.map((s) => s.toLowerCase());
    if (lower.length < store.length && lower.every((s, i) => s === store[i])) return [{ name: REGISTRATION_STORE[lower.length], isDirectory: true }];
    if (lower.length === store.length && lower.every((s, i) => s === store[i])) return [];
    return lower.length === 0 ? [{ name: REGISTRATION_STORE[0], isDirectory: true }] : undefined;
  },
  readFile: async () => undefined,
};

export class DryRunBackend implements Backend {
  readonly kind = 'dry-run' as const;
  readonly dryRun = true;
  readonly label: string;
  readonly recorded: WriteOp[] = [];

  constructor(private readonly reader?: Backend) {
    this.label = reader ? reader.label : render(backendTarget.emptyMachine());
  }

  describePath(path: ProgramDataPath): string {
    return this.reader ? this.reader.describePath(path) : ['%ProgramData%', ...path].join('\\');
  }

  describe(op: WriteOp): string[] {
    return this.reader ? this.reader.describe(op) : describeWriteOp(['reg.exe'], '%ProgramData%', op);
  }

  queryKey(key: string): Promise<string[] | undefined> {
    return (this.reader ?? emptyMachine).queryKey(key);
  }

  exportKey(key: string): Promise<string | undefined> {
    return (this.reader ?? emptyMachine).exportKey(key);
  }

  listDir(path: ProgramDataPath): Promise<DirEntry[] | undefined> {
    return (this.reader ?? emptyMachine).listDir(path);
  }

  readFile(path: ProgramDataPath): Promise<Uint8Array | undefined> {
    return (this.reader ?? emptyMachine).readFile(path);
  }

  async write(op: WriteOp): Promise<void> {
    this.recorded.push(op);
  }
}
