// Private temporary files: a fresh mkdtemp folder (0700), files 0600, always removed afterwards.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivateTemp {
  dir: string;
  /** Writes `name` (a plain file name) with mode 0600 and returns its path. */
  write(name: string, bytes: Uint8Array): Promise<string>;
  path(name: string): string;
}

export async function withPrivateTemp<T>(use: (temp: PrivateTemp) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'expedite-'));
  const temp: PrivateTemp = {
    dir,
    path: (name) => join(dir, name),
    write: async (name, bytes) => {
      const path = join(dir, name);
      await writeFile(path, bytes, { mode: 0o600, flag: 'wx' });
      return path;
    },
  };
  try {
    return await use(temp);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** .reg text as reg.exe writes and best reads it: UTF-16LE with a byte-order mark. */
export function utf16leWithBom(text: string): Uint8Array {
  const body = Buffer.from(text.replace(/^\uFEFF/, ''), 'utf16le');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
}
