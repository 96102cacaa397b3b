// What the target has: the UScheduler_OOBE keys as a .reg document and the staged registration files.
import { decodeDocumentBytes } from '../core/documentBytes';
import type { ImportedKey } from '../core/reg/model';
import { ORCHESTRATOR_KEY } from '../core/registry/orchestratorKey';
import { isUnderUScheduler, REGISTRATION_STORE } from './names';
import { keysOf, regTextOf } from './regText';
import type { ProgramDataPath, TargetReader } from './types';

export interface PulledFile {
  /** Below %ProgramData%. */
  path: string[];
  /** Where it is on the target, for people. */
  location: string;
  text: string;
  bytes: Uint8Array;
}

export interface Pulled {
  /** The UScheduler_OOBE key and its subkeys as a regedit-style document. */
  regText: string;
  keys: ImportedKey[];
  /** Registration files staged below ExpeditedAppRegistrations (as Microsoft's Get-UpdaterRegistration lists them). */
  files: PulledFile[];
  storeExists: boolean;
}

async function jsonFilesBelow(reader: TargetReader, path: ProgramDataPath, depth: number, out: ProgramDataPath[]): Promise<void> {
  const entries = (await reader.listDir(path)) ?? [];
  for (const entry of entries) {
    if (entry.isDirectory && depth < 8) await jsonFilesBelow(reader, [...path, entry.name], depth + 1, out);
    // Get-UpdaterRegistration skips *.json lying directly in the store folder.
    else if (!entry.isDirectory && depth > 0 && /\.json$/i.test(entry.name)) out.push([...path, entry.name]);
  }
}

export async function pullFromTarget(reader: TargetReader, describePath: (p: ProgramDataPath) => string): Promise<Pulled> {
  const exported = await reader.exportKey(ORCHESTRATOR_KEY);
  const keys = exported === undefined ? [] : keysOf(exported).filter((k) => isUnderUScheduler(k.key));
  const storeExists = (await reader.listDir(REGISTRATION_STORE)) !== undefined;
  const paths: ProgramDataPath[] = [];
  if (storeExists) await jsonFilesBelow(reader, REGISTRATION_STORE, 0, paths);
  const files: PulledFile[] = [];
  for (const path of paths) {
    const bytes = await reader.readFile(path);
    if (bytes) files.push({ path: [...path], location: describePath(path), text: decodeDocumentBytes(bytes, { path: path[path.length - 1] }).text, bytes });
  }
  return { regText: regTextOf(keys), keys, files, storeExists };
}
