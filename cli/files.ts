// The documents behind CLI paths: files as given, folders searched for our files, each read from
// bytes, decoded as the editor would (.reg by its encoding) and analysed by the shared core.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { analyzeDocument, type DocumentAnalysis } from '../core/analyze';
import { decodeDocumentBytes, findOurFiles } from '../server/diskFiles';
import { DEFAULT_FILE_GLOBS } from '../server/settings';
import { UsageError } from './io';

/** How a path is shown: relative to cwd with forward slashes (contracts.md), absolute when it is elsewhere on another drive. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return (rel === '' ? '.' : isAbsolute(rel) ? absolute : rel).split(sep).join('/');
}

/**
 * The JSON globs to look for in folders: the defaults plus what the project's
 * `.vscode/settings.json` associates through `expeditedApps.files`.
 */
export async function fileGlobs(cwd: string): Promise<string[]> {
  try {
    const settings: unknown = parseJsonc(await readFile(join(cwd, '.vscode', 'settings.json'), 'utf8'));
    const files = settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>)['expeditedApps.files'] : undefined;
    if (Array.isArray(files)) {
      const extra = files.filter((g): g is string => typeof g === 'string' && g.trim() !== '');
      return [...new Set([...DEFAULT_FILE_GLOBS, ...extra])];
    }
  } catch {
    // No project settings: the defaults.
  }
  return DEFAULT_FILE_GLOBS;
}

/** Absolute paths of every file the given paths name (folders searched recursively), without duplicates. */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<string[]> {
  if (paths.length === 0) throw new UsageError('no PATH given (a file or a folder)');
  const globs = await fileGlobs(cwd);
  const found = new Set<string>();
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (err) {
      throw new UsageError(`cannot read ${given}: ${describe(err)}`);
    }
    if (info.isDirectory()) for (const file of await findOurFiles(absolute, globs)) found.add(file);
    else found.add(absolute);
  }
  return [...found];
}

/** Reads, decodes and analyses every document the paths name, sorted by display path. */
export async function loadDocuments(paths: string[], cwd: string): Promise<DocumentAnalysis[]> {
  const files = (await expandPaths(paths, cwd)).map((absolute) => ({ absolute, path: displayPath(absolute, cwd) }));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const analyses: DocumentAnalysis[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file.absolute);
    } catch (err) {
      throw new UsageError(`cannot read ${file.path}: ${describe(err)}`);
    }
    const { text, encoding } = decodeDocumentBytes(file.path, bytes);
    analyses.push(analyzeDocument({ path: file.path, text, encoding }));
  }
  return analyses;
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}
