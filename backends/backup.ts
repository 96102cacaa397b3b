// Backups of what an apply or remove replaces: one folder per change, newest last; undo reads them back.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Snapshot, StagedFile } from './plan';
import { utf16leWithBom } from './tempFiles';
import type { TargetKind } from './types';

export interface BackupManifest {
  version: 1;
  verb: string;
  createdAt: string;
  target: { kind: TargetKind; label: string };
  snapshots: StoredSnapshot[];
  /** The lossless copy (`reg copy`) of the registry snapshots' keys, when any of them existed. */
  registryCopy?: string;
  /** Whether UScheduler_OOBE existed before (a restore removes it again when it is left empty). */
  uschedulerExisted?: boolean;
  undoneAt?: string;
}

type StoredSnapshot =
  | { kind: 'registry'; key: string; before: string | null }
  | { kind: 'folder'; path: string[]; before: { name: string; base64: string }[] | null };

export interface Backup {
  dir: string;
  manifest: BackupManifest;
}

/** The CLI's backup folder. The editor passes its globalStorage folder instead. */
export function defaultBackupRoot(): string {
  return join(homedir(), '.expedited-apps', 'backups');
}

function store(snapshot: Snapshot): StoredSnapshot {
  if (snapshot.kind === 'registry') return { kind: 'registry', key: snapshot.key, before: snapshot.before ?? null };
  return { kind: 'folder', path: [...snapshot.path], before: snapshot.before ? snapshot.before.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') })) : null };
}

export function restoredSnapshots(manifest: BackupManifest): Snapshot[] {
  return manifest.snapshots.map((s): Snapshot => {
    if (s.kind === 'registry') return { kind: 'registry', key: s.key, before: s.before ?? undefined };
    const before: StagedFile[] | undefined = s.before ? s.before.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) })) : undefined;
    return { kind: 'folder', path: s.path, before };
  });
}

export interface RegistryBackupFacts {
  registryCopy?: string;
  uschedulerExisted?: boolean;
}

/**
 * Writes the backup before anything changes. Besides manifest.json, each replaced key is kept as
 * `<n>.reg` to read by hand: file names come from a counter, never from key names (which are
 * untrusted text and may hold `/`, `..` or 255 characters).
 */
export async function writeBackup(root: string, verb: string, target: BackupManifest['target'], snapshots: readonly Snapshot[], facts: RegistryBackupFacts = {}, now = new Date()): Promise<string> {
  await mkdir(root, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let dir = join(root, stamp);
  for (let n = 2; ; n++) {
    try {
      await mkdir(dir, { mode: 0o700 });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      dir = join(root, `${stamp}-${n}`);
    }
  }
  const manifest: BackupManifest = { version: 1, verb, createdAt: now.toISOString(), target, snapshots: snapshots.map(store), ...facts };
  let n = 0;
  for (const snapshot of snapshots) {
    n++;
    if (snapshot.kind === 'registry' && snapshot.before !== undefined) {
      await writeFile(join(dir, `${n}.reg`), utf16leWithBom(snapshot.before), { mode: 0o600, flag: 'wx' });
    }
  }
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return dir;
}

export async function readBackup(dir: string): Promise<Backup | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
    return manifest.version === 1 ? { dir, manifest } : undefined;
  } catch {
    return undefined;
  }
}

/** The newest backup for this target that was not undone yet. */
export async function latestBackup(root: string, targetLabel: string): Promise<Backup | undefined> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return undefined;
  }
  for (const name of names.sort().reverse()) {
    // Folders without a readable manifest are not backups (or damaged ones): look further back.
    const backup = await readBackup(join(root, name));
    if (backup && !backup.manifest.undoneAt && backup.manifest.target.label === targetLabel) return backup;
  }
  return undefined;
}

export async function markUndone(backup: Backup, now = new Date()): Promise<void> {
  const manifest = { ...backup.manifest, undoneAt: now.toISOString() };
  await writeFile(join(backup.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
}
