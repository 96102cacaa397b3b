// Which files below a folder are ours (a .reg file, or a JSON file matching the globs), for the
// CLI's folder arguments and the language server's workspace scan.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { minimatch } from 'minimatch';
import { isRegPath } from '../core/documentKinds';
import { MAX_FILES } from './documentFiles';

/** Folders never worth scanning: dependencies and dot-folders (.git, .vscode-test, ...). */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Whether a file (by its path relative to a scanned folder, forward slashes) is one of ours.
 * `caseInsensitive`: how names compare; by default as the editor matches its document filters
 * (case-insensitively on Windows only). The CLI compares as Windows does everywhere.
 */
export function isOurFile(relativePath: string, globs: readonly string[], caseInsensitive = process.platform === 'win32'): boolean {
  if (isRegPath(relativePath)) return true;
  return globs.some((glob) => minimatch(relativePath, glob, { dot: true, nocase: caseInsensitive }));
}

/**
 * Every file of ours below `root` (absolute paths, sorted), skipping node_modules and dot-folders.
 * Unreadable folders are skipped; `limit` stops runaway scans of huge trees.
 */
export async function findOurFiles(root: string, globs: readonly string[], limit = MAX_FILES): Promise<string[]> {
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
