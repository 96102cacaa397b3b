// Reads what the plan needs from the target (read-only: safe in dry runs).
import { ORCHESTRATOR_KEY } from '../core/registry/orchestratorKey';
import { CURRENT_VERSION_KEY, REGISTRATION_STORE } from './names';
import { keysToRead, queryValue, type MachineState, type Selection, type StagedFile } from './plan';
import type { ProgramDataPath, TargetReader } from './types';
import { foldName } from '../core/text/caseFold';

export async function readFolderFiles(reader: TargetReader, path: ProgramDataPath): Promise<StagedFile[] | undefined> {
  const entries = await reader.listDir(path);
  if (!entries) return undefined;
  const files: StagedFile[] = [];
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    const bytes = await reader.readFile([...path, entry.name]);
    if (bytes) files.push({ name: entry.name, bytes });
  }
  return files;
}

export async function readMachineState(reader: TargetReader, selection: Selection, describePath: (p: ProgramDataPath) => string): Promise<MachineState> {
  const keys = new Map<string, string | undefined>();
  for (const key of keysToRead(selection)) keys.set(foldName(key), await reader.exportKey(key));
  const hasFiles = selection.items.some((i) => i.form === 'file');
  const store = hasFiles ? await reader.listDir(REGISTRATION_STORE) : undefined;
  const storeFolders = new Map<string, StagedFile[]>();
  if (selection.verb === 'remove' && store) {
    for (const entry of store) {
      if (entry.isDirectory) storeFolders.set(entry.name.toLowerCase(), (await readFolderFiles(reader, [...REGISTRATION_STORE, entry.name])) ?? []);
    }
  }
  const currentVersion = hasFiles ? await reader.queryKey(CURRENT_VERSION_KEY) : undefined;
  return {
    keys,
    uschedulerListing: hasFiles ? await reader.queryKey(ORCHESTRATOR_KEY) : undefined,
    store,
    storeFolders,
    edition: { editionId: queryValue(currentVersion, 'EditionID'), installationType: queryValue(currentVersion, 'InstallationType') },
    storeDisplay: describePath(REGISTRATION_STORE),
  };
}
