// Reads of UScheduler_OOBE answered from one `reg export` of it: planning and verifying cost one
// reg.exe start each, whatever the number of registrations (each start costs about a second on Wine).
import type { ImportedKey } from '../core/reg/model';
import { ORCHESTRATOR_KEY } from '../core/registry/orchestratorKey';
import { isUnderUScheduler, isUSchedulerKey } from './names';
import { keysOf, regTextOf } from './regText';
import type { DirEntry, ProgramDataPath, TargetReader } from './types';
import { foldName } from '../core/text/caseFold';

export interface USchedulerExport {
  /** The export text; undefined when UScheduler_OOBE does not exist. */
  text: string | undefined;
  /** Its keys (UScheduler_OOBE first), parsed once. */
  keys: ImportedKey[];
}

export class RegistryView implements TargetReader {
  private parent?: Promise<USchedulerExport>;
  private byChild?: Map<string, ImportedKey[]>;

  constructor(private readonly reader: TargetReader) {}

  /** UScheduler_OOBE as exported (read once per view). */
  uscheduler(): Promise<USchedulerExport> {
    this.parent ??= this.reader.exportKey(ORCHESTRATOR_KEY).then((text) => {
      const keys = text === undefined ? [] : keysOf(text).filter((k) => isUnderUScheduler(k.key));
      this.byChild = new Map();
      for (const key of keys) {
        const child = childName(key.key);
        if (child === undefined) continue;
        const list = this.byChild.get(foldName(child)) ?? [];
        list.push(key);
        this.byChild.set(foldName(child), list);
      }
      return { text, keys };
    });
    return this.parent;
  }

  /** The direct subkey names of UScheduler_OOBE, as the target spells them. */
  async children(): Promise<string[]> {
    await this.uscheduler();
    return [...(this.byChild?.values() ?? [])].map((keys) => childName(keys[0].key) ?? '');
  }

  async exportKey(key: string): Promise<string | undefined> {
    if (!isUnderUScheduler(key)) return this.reader.exportKey(key);
    const parent = await this.uscheduler();
    if (isUSchedulerKey(key)) return parent.text;
    const child = childName(key);
    const folded = foldName(key);
    const keys = (this.byChild?.get(foldName(child ?? '')) ?? []).filter((k) => foldName(k.key) === folded || foldName(k.key).startsWith(`${folded}\\`));
    return keys.length === 0 ? undefined : regTextOf(keys);
  }

  /** `reg query UScheduler_OOBE` lines (the key and its direct subkeys) without another reg.exe start. */
  async queryKey(key: string): Promise<string[] | undefined> {
    if (!isUSchedulerKey(key)) return this.reader.queryKey(key);
    const parent = await this.uscheduler();
    if (parent.text === undefined) return undefined;
    return ['', ORCHESTRATOR_KEY, ...(await this.children()).map((name) => `${ORCHESTRATOR_KEY}\\${name}`), ''];
  }

  listDir(path: ProgramDataPath): Promise<DirEntry[] | undefined> {
    return this.reader.listDir(path);
  }

  readFile(path: ProgramDataPath): Promise<Uint8Array | undefined> {
    return this.reader.readFile(path);
  }
}

/** The direct subkey of UScheduler_OOBE that `key` is or lies below. */
function childName(key: string): string | undefined {
  const rest = key.slice(ORCHESTRATOR_KEY.length + 1);
  if (key.length <= ORCHESTRATOR_KEY.length + 1) return undefined;
  const end = rest.indexOf('\\');
  return end < 0 ? rest : rest.slice(0, end);
}
