// Reading our documents from disk, as the editor would show them (core/documentBytes.ts), within
// the documented limits of the CLI and the language server.
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { decodeDocumentBytes, type DecodedDocument } from '../core/documentBytes';

/** The documented limits of the CLI and the server: a larger file is refused with its size, never read. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
export const MAX_FILES = 20_000;

/**
 * A regular file's text. A FIFO or device is refused before it is opened (reading one would block a
 * thread of the file pool for good), and so is a file over MAX_FILE_BYTES (it would take the memory).
 * `codePage`: the ANSI code page for REGEDIT4 files that are neither UTF-16 nor UTF-8 (default 1252).
 */
export async function readDocumentFile(path: string, codePage?: number): Promise<DecodedDocument> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${path} is not a regular file`);
  if (info.size > MAX_FILE_BYTES) throw new Error(`${path} is too large (${Math.round(info.size / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  return decodeDocumentBytes(await readFile(path), { path, codePage });
}

/** Files read at once when a document opens (see readSmallDocumentFile). */
export const SMALL_FILE_BYTES = 4 * 1024 * 1024;

/**
 * A regular file of at most SMALL_FILE_BYTES, read synchronously (a millisecond or two), or
 * undefined: then read it with readDocumentFile. Lets the first analysis of an opened document know
 * its encoding, instead of analysing it again once the read completes.
 */
export function readSmallDocumentFile(path: string, codePage?: number): DecodedDocument | undefined {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info?.isFile() || info.size > SMALL_FILE_BYTES) return undefined;
  return decodeDocumentBytes(readFileSync(path), { path, codePage });
}
