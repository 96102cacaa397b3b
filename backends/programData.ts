// %ProgramData% on the host's file system (Windows itself, or a Wine prefix's drive_c).
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DirEntry, ProgramDataPath } from './types';
import { BackendError } from './types';
import { hasControlCharacter } from './names';
import { backendError } from './texts';

/** Each segment is one plain name: no separators, no `.`/`..`, nothing that climbs out of ProgramData. */
export function checkedSegments(path: ProgramDataPath): readonly string[] {
  for (const segment of path) {
    if (segment === '' || segment === '.' || segment === '..' || /[\\/:]/.test(segment) || hasControlCharacter(segment)) {
      throw new BackendError(backendError.programDataSegment({ segment }));
    }
  }
  return path;
}

export class HostProgramData {
  constructor(readonly root: string) {}

  hostPath(path: ProgramDataPath): string {
    return join(this.root, ...checkedSegments(path));
  }

  /**
   * `hostPath`, after checking with lstat that ProgramData and every existing folder on the way
   * is a real folder: a symbolic link (or junction) there could send a write or a recursive
   * delete outside ProgramData. The last segment may be missing; it is never followed either.
   */
  async safePath(path: ProgramDataPath): Promise<string> {
    const segments = checkedSegments(path);
    let current = this.root;
    for (let i = -1; i < segments.length; i++) {
      if (i >= 0) current = join(current, segments[i]);
      let info;
      try {
        info = await lstat(current);
      } catch (err) {
        if (isMissing(err)) return join(this.root, ...segments);
        throw err;
      }
      if (info.isSymbolicLink()) throw new BackendError(backendError.programDataLink({ path: current, root: this.root }));
      if (i < segments.length - 1 && !info.isDirectory()) return join(this.root, ...segments);
    }
    return current;
  }

  async listDir(path: ProgramDataPath): Promise<DirEntry[] | undefined> {
    try {
      const entries = await readdir(await this.safePath(path), { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, isDirectory: e.isDirectory() })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async readFile(path: ProgramDataPath): Promise<Uint8Array | undefined> {
    try {
      const host = await this.safePath(path);
      if (!(await lstat(host)).isFile()) return undefined;
      return new Uint8Array(await readFile(host));
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async mkdir(path: ProgramDataPath): Promise<void> {
    // One level at a time, each checked: `mkdir -p` would follow a link planted on the way.
    for (let depth = 1; depth <= path.length; depth++) {
      const host = await this.safePath(path.slice(0, depth));
      try {
        await mkdir(host);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    await this.safePath(path);
  }

  async writeFile(path: ProgramDataPath, bytes: Uint8Array): Promise<void> {
    await writeFile(await this.safePath(path), bytes);
  }

  async removeDir(path: ProgramDataPath): Promise<void> {
    await rm(await this.safePath(path), { recursive: true, force: true });
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
