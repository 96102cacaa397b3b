// Writing files the CLI produces or changes: bytes in the document's own encoding, written whole
// (a temporary file renamed over the target) and never over an existing file without a backup.
import { copyFile, lstat, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { encodeAnsi } from '../core/reg/ansi';
import { decodeRegBytes } from '../core/reg/decode';
import type { RegEncoding } from '../core/reg/model';
import { DEFAULT_CODE_PAGE } from '../core/reg/ansi';

/**
 * The text encoded as the file was (`encoding` of a .reg; undefined = JSON, UTF-8 with any BOM
 * kept as the text's U+FEFF), or undefined when that encoding cannot hold the text exactly.
 */
export function encodeDocument(text: string, encoding: RegEncoding | undefined, codePage = DEFAULT_CODE_PAGE): Uint8Array | undefined {
  let bytes: Uint8Array;
  switch (encoding) {
    case undefined:
    case 'utf8':
      return new TextEncoder().encode(text);
    case 'utf8-bom':
      return new TextEncoder().encode(`\ufeff${text}`);
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16le-nobom':
      return Buffer.from(text, 'utf16le');
    case 'utf16be-bom':
      return Buffer.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    case 'ansi':
      // Only ASCII is written for other code pages: there is no encoder for them, and a guess would corrupt the file.
      bytes = codePage === DEFAULT_CODE_PAGE ? encodeAnsi(text) : isAscii(text) ? Buffer.from(text, 'latin1') : new Uint8Array();
      return decodeRegBytes(bytes, codePage).text === text ? bytes : undefined;
  }
}

const isAscii = (text: string) => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** The first free `NAME.bak`, `NAME.1.bak`, ... beside the file. */
async function backupName(path: string): Promise<string> {
  for (let i = 0; ; i++) {
    const candidate = i === 0 ? `${path}.bak` : `${path}.${i}.bak`;
    if (!(await exists(candidate))) return candidate;
  }
}

/** Writes `bytes` to `path` whole; an existing file is first copied to a backup, whose name is returned. */
export async function writeFileSafely(path: string, bytes: Uint8Array, options: { backup: boolean }): Promise<string | undefined> {
  let backup: string | undefined;
  if (options.backup && (await exists(path))) {
    backup = await backupName(path);
    await copyFile(path, backup);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  return backup;
}
