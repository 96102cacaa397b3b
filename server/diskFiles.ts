// Reading our documents from disk, as the editor would show them: .reg bytes decoded with the
// encoding regedit would use (which .reg findings depend on), JSON as UTF-8.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { minimatch } from 'minimatch';
import { decodeRegBytes } from '../core/reg/decode';
import type { RegEncoding } from '../core/reg/model';
import { isRegPath } from '../core/analyze';

export interface DiskText {
  text: string;
  encoding?: RegEncoding;
}

// JSON keeps a byte-order mark: Windows reads registration files as ASCII, and the JSON core
// reports the mark (the editor hides it, so only files read from disk can show that finding).
const utf8KeepingBom = new TextDecoder('utf-8', { ignoreBOM: true });

/** `codePage`: the ANSI code page for REGEDIT4 files that are neither UTF-16 nor UTF-8 (default 1252). */
export function decodeDocumentBytes(path: string, bytes: Uint8Array, codePage?: number): DiskText {
  if (isRegPath(path)) {
    const decoded = decodeRegBytes(bytes, codePage);
    return { text: decoded.text, encoding: decoded.encoding };
  }
  return { text: utf8KeepingBom.decode(bytes) };
}

// The code page of `expeditedApps.reg.codePage` (server/codePage.ts), set when the settings change.
let settingCodePage: number | undefined;
export function setDiskCodePage(codePage: number): void {
  settingCodePage = codePage;
}

export async function readDocumentFile(path: string): Promise<DiskText> {
  return decodeDocumentBytes(path, await readFile(path), settingCodePage);
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
