// Reading our documents from disk, as the editor would show them: .reg bytes decoded with the
// encoding regedit would use (which .reg findings depend on), JSON by its byte-order mark.
import { readFileSync, statSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { decodeRegBytes } from '../core/reg/decode';
import type { RegEncoding } from '../core/reg/model';
import { isRegPath } from '../core/analyze';

export interface DiskText {
  text: string;
  encoding?: RegEncoding;
}

/**
 * JSON bytes decoded as Windows PowerShell's Get-Content does (a byte-order mark picks UTF-8 or
 * UTF-16); the mark itself is left out of the text and reported once by the JSON core from
 * `encoding` (registration files must be ASCII), so the content is checked as written, not as
 * ~100 findings of misread bytes. The editor decodes the same way and hides the mark, so the
 * server reads the file's bytes to learn it (regEncodings.ts).
 */
function decodeJsonBytes(bytes: Uint8Array): DiskText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le-bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be-bom' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf8-bom' };
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

/** `codePage`: the ANSI code page for REGEDIT4 files that are neither UTF-16 nor UTF-8 (default 1252). */
export function decodeDocumentBytes(path: string, bytes: Uint8Array, codePage?: number): DiskText {
  if (isRegPath(path)) {
    const decoded = decodeRegBytes(bytes, codePage);
    return { text: decoded.text, encoding: decoded.encoding };
  }
  return decodeJsonBytes(bytes);
}

// The code page of `expeditedApps.reg.codePage` (server/codePage.ts), set when the settings change.
let settingCodePage: number | undefined;
export function setDiskCodePage(codePage: number): void {
  settingCodePage = codePage;
}

/** The documented limits of the CLI and the server: a larger file is refused with its size, never read. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
export const MAX_FILES = 20_000;

/**
 * A regular file's text. A FIFO or device is refused before it is opened (reading one would block a
 * thread of the file pool for good), and so is a file over MAX_FILE_BYTES (it would take the memory).
 */
export async function readDocumentFile(path: string): Promise<DiskText> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${path} is not a regular file`);
  if (info.size > MAX_FILE_BYTES) throw new Error(`${path} is too large (${Math.round(info.size / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  return decodeDocumentBytes(path, await readFile(path), settingCodePage);
}

/** Files read at once when a document opens (see readSmallDocumentFile). */
export const SMALL_FILE_BYTES = 4 * 1024 * 1024;

/**
 * A regular file of at most SMALL_FILE_BYTES, read synchronously (a millisecond or two), or
 * undefined: then read it with readDocumentFile. Lets the first analysis of an opened document know
 * its encoding, instead of analysing it again once the read completes.
 */
export function readSmallDocumentFile(path: string): DiskText | undefined {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info?.isFile() || info.size > SMALL_FILE_BYTES) return undefined;
  return decodeDocumentBytes(path, readFileSync(path), settingCodePage);
}

/** The `ignore` patterns of `.expeditedrc.json`: globs relative to the folder that holds it. */
export interface IgnoreRules {
  /** Glob patterns, relative to `base`. */
  patterns: readonly string[];
  base: string;
  /** Where they come from, for messages. */
  source: string;
}

/** Whether `absolute` (a file or folder) is ignored: `name` matches at any depth, `dir/` everything below it; case-insensitive, as on Windows. */
export function isIgnoredPath(rules: IgnoreRules | undefined, absolute: string): boolean {
  if (!rules?.patterns.length) return false;
  const rel = relative(rules.base, absolute).split(sep).join('/');
  if (rel === '' || rel.startsWith('../') || isAbsolute(rel)) return false;
  return rules.patterns.some((p) => {
    const opts = { dot: true, nocase: true, matchBase: !p.includes('/') };
    return minimatch(rel, p, opts) || minimatch(rel, p.replace(/\/+$/, '') + '/**', opts);
  });
}

/** Folders never worth scanning: dependencies and dot-folders (.git, .vscode-test, ...). */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Whether a file (by its path relative to a scanned folder, forward slashes) is one of ours. */
export function isOurFile(relativePath: string, globs: readonly string[]): boolean {
  if (isRegPath(relativePath)) return true;
  return globs.some((glob) => minimatch(relativePath, glob, { dot: true, nocase: process.platform === 'win32' }));
}

/**
 * Every file of ours below `root` (absolute paths, sorted), skipping node_modules and dot-folders.
 * Unreadable folders are skipped; `limit` stops runaway scans of huge trees.
 */
export async function findOurFiles(root: string, globs: readonly string[], limit = 20_000): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (found.length >= limit) return;
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) await walk(join(dir, entry.name), childRel);
      } else if (entry.isFile() && isOurFile(childRel, globs)) {
        found.push(join(dir, entry.name));
      }
    }
  };
  await walk(root, '');
  return found;
}
