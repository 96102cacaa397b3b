// %ProgramData% on the host's file system (Windows itself, or a Wine prefix's drive_c).
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DirEntry, ProgramDataPath } from './types';
import { BackendError } from './types';
import { hasControlCharacter } from './names';

/** Each segment is one plain name: no separators, no `.`/`..`, nothing that climbs out of ProgramData. */
export function checkedSegments(path: ProgramDataPath): readonly string[] {
  for (const segment of path) {
    if (segment === '' || segment === '.' || segment === '..' || /[\\/:]/.test(segment) || hasControlCharacter(segment)) {
      throw new BackendError(`refusing ProgramData path segment '${segment}'`);
    }
  }
  return path;
}

export class HostProgramData {
  constructor(readonly root: string) {}

  hostPath(path: ProgramDataPath): string {
    return join(this.root, ...checkedSegments(path));
  }

  async listDir(path: ProgramDataPath): Promise<DirEntry[] | undefined> {
    try {
      const entries = await readdir(this.hostPath(path), { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, isDirectory: e.isDirectory() })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async readFile(path: ProgramDataPath): Promise<Uint8Array | undefined> {
    try {
      const host = this.hostPath(path);
      if (!(await lstat(host)).isFile()) return undefined;
      return new Uint8Array(await readFile(host));
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async mkdir(path: ProgramDataPath): Promise<void> {
    await mkdir(this.hostPath(path), { recursive: true });
  }

  async writeFile(path: ProgramDataPath, bytes: Uint8Array): Promise<void> {
    await writeFile(this.hostPath(path), bytes);
  }

  async removeDir(path: ProgramDataPath): Promise<void> {
    await rm(this.hostPath(path), { recursive: true, force: true });
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
