// The documents behind CLI paths: files as given, glob patterns expanded here (cmd.exe and
// PowerShell pass them literally), folders searched for our files, `-` read from stdin. Each is read
// from bytes, decoded as the editor would (.reg by its encoding) and analysed by the shared core.
// Nothing is skipped silently: every link, special file, ignored or unreadable input is reported,
// and an input that could not be read makes the run fail (exit 2), so a pipeline never passes by accident.
import type { Dirent, Stats } from 'node:fs';
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as l10n from '@vscode/l10n';
import { parse as parseJsonc } from 'jsonc-parser';
import { glob, isDynamicPattern } from 'tinyglobby';
import { analyzeDocument, type DocumentAnalysis } from '../core/analyze';
import { decodeDocumentBytes } from '../core/documentBytes';
import { DEFAULT_JSON_FILE_GLOBS } from '../core/documentKinds';
import { MAX_FILE_BYTES, MAX_FILES } from '../node/documentFiles';
import { isOurFile, isSkippedFolder } from '../node/folderScan';
import { isIgnoredPath, type IgnoreRules } from '../node/ignoreRules';
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
      return [...new Set([...DEFAULT_JSON_FILE_GLOBS, ...extra])];
    }
  } catch {
    // No project settings: the defaults.
  }
  return [...DEFAULT_JSON_FILE_GLOBS];
}

/** Whether a file found in a folder is one of ours; names compare case-insensitively, as on Windows. */
const isOurFileName = (relativePath: string, globs: readonly string[]) => isOurFile(relativePath, globs, true);

export interface InputOptions {
  cwd: string;
  /** Reports a skipped or unreadable input (one line, no newline). */
  report: (line: string) => void;
  /** ANSI code page for REGEDIT4 files (default 1252). */
  codePage?: number;
  /** The name that decides the kind of the document read from stdin (`-`). */
  stdinFilename?: string;
  readStdin?: () => Promise<Uint8Array>;
  ignore?: IgnoreRules;
}

export interface LoadedDocument {
  /** Absolute path on disk; undefined for stdin. */
  absolute?: string;
  bytes: Uint8Array;
  analysis: DocumentAnalysis;
}

export interface LoadedInputs {
  documents: LoadedDocument[];
  /** Inputs that were named or found but could not be read (the run must exit 2). */
  failures: number;
}

interface Candidate {
  absolute?: string;
  path: string;
}

const describeKind = (info: Stats | Dirent) =>
  info.isFIFO() ? l10n.t('a named pipe (FIFO)') : info.isSocket() ? l10n.t('a socket') : info.isBlockDevice() || info.isCharacterDevice() ? l10n.t('a device') : l10n.t('not a regular file');

/** Refuses empty PATHs before anything is read: an unset variable must not mean the current folder. */
export function assertPathsGiven(paths: readonly string[], what = 'PATH'): void {
  if (paths.length === 0) throw new UsageError(l10n.t('no {0} given (a file, a folder or a glob pattern)', what));
  if (paths.some((p) => p.trim() === '')) {
    throw new UsageError(l10n.t("an empty {0} was given (an unset variable?); name a file or folder, or '.' for the current folder", what));
  }
}

export async function loadInputs(paths: readonly string[], options: InputOptions): Promise<LoadedInputs> {
  assertPathsGiven(paths);
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError(l10n.t("'-' (stdin) can be given only once"));
  if (paths.includes('-') && !options.stdinFilename) {
    throw new UsageError(l10n.t("'-' reads stdin: add --stdin-filename NAME (for example setup.reg or updater_App.json) to say which kind of file it is"));
  }
  const { cwd, report } = options;
  const globs = await fileGlobs(cwd);
  const candidates = new Map<string, Candidate>();
  let failures = 0;
  let ignored = 0;
  /** Folders left out by the ignore patterns: counted, so what was not looked at is said. */
  let ignoredFolders = 0;
  /** PATHs that name nothing: a usage error, raised (all of them) before anything is printed. */
  const unmatched: string[] = [];
  const fail = (line: string) => {
    failures++;
    report(line);
  };
  const isIgnored = (absolute: string) => isIgnoredPath(options.ignore, absolute);
  const add = (absolute: string) => {
    if (isIgnored(absolute)) {
      ignored++;
      return true;
    }
    candidates.set(absolute, { absolute, path: displayPath(absolute, cwd) });
    if (candidates.size > MAX_FILES) {
      throw new UsageError(l10n.t('more than {0} files to check (the limit): check sub-folders in separate runs', MAX_FILES));
    }
    return true;
  };

  const walk = async (dir: string, rel: string): Promise<number> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      fail(l10n.t('cannot read folder {0}: {1}', displayPath(dir, cwd), describe(err)));
      return 0;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let found = 0;
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const child = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (isSkippedFolder(entry.name)) continue;
        if (isIgnored(child)) ignoredFolders++;
        else found += await walk(child, childRel);
      } else if (entry.isSymbolicLink()) {
        if (isOurFileName(childRel, globs)) report(l10n.t('skipped {0}: a symbolic link (links are not followed in folders; name the file itself to check it)', displayPath(child, cwd)));
        // A linked folder may hold our files: say so, as for a file (a dot-folder or node_modules would not be searched anyway).
        else if (!isSkippedFolder(entry.name) && !isIgnored(child) && (await stat(child).then((s) => s.isDirectory(), () => false))) {
          report(l10n.t('skipped {0}: a symbolic link to a folder (links are not followed in folders; name the folder itself to check it)', displayPath(child, cwd)));
        }
      } else if (isOurFileName(childRel, globs)) {
        if (!entry.isFile()) report(l10n.t('skipped {0}: {1}', displayPath(child, cwd), describeKind(entry)));
        else if (add(child)) found++;
      }
    }
    return found;
  };

  /** A path named on the command line or matched by a pattern: links are followed here. */
  const named = async (absolute: string, given: string, explicit = true): Promise<boolean> => {
    let info: Stats;
    try {
      info = await stat(absolute);
    } catch (err) {
      const link = await lstat(absolute).catch(() => undefined);
      const why = link?.isSymbolicLink() ? l10n.t('a broken symbolic link') : describe(err);
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') unmatched.push(l10n.t('cannot read {0}: {1}', given, why));
      else fail(l10n.t('cannot read {0}: {1}', given, why));
      return true;
    }
    if (info.isDirectory()) {
      const before = failures;
      const found = await walk(absolute, '');
      if (found === 0 && failures === before) unmatched.push(l10n.t('no .reg, updater_*.json or *.payload.json file in folder {0}', given));
      return true;
    }
    if (!info.isFile()) {
      report(l10n.t('skipped {0}: {1}', given, describeKind(info)));
      return false;
    }
    // A file named itself is reported by name; files a pattern matched are counted with the others.
    if (explicit && isIgnored(absolute)) {
      report(l10n.t('skipped {0}: ignored by {1}', given, options.ignore?.source ?? ''));
      return false;
    }
    return add(absolute);
  };

  let stdin = false;
  for (const given of paths) {
    if (given === '-') {
      stdin = true;
      continue;
    }
    const absolute = resolve(cwd, given);
    const exists = await lstat(absolute).then(
      () => true,
      () => false,
    );
    // A name that exists wins over its reading as a pattern (file names may hold `[` or `(`).
    if (exists || !isDynamicPattern(toPattern(given))) {
      await named(absolute, given);
      continue;
    }
    const matches = await glob([toPattern(given)], { cwd, absolute: true, caseSensitiveMatch: false, onlyFiles: false, followSymbolicLinks: true, expandDirectories: false, dot: false });
    matches.sort();
    let taken = 0;
    for (const match of matches) if (await named(resolve(match), displayPath(resolve(match), cwd), false)) taken++;
    if (taken === 0 && matches.length === 0) unmatched.push(l10n.t('no file matches {0}', given));
  }
  if (unmatched.length) throw new UsageError(unmatched.join('\n'));
  if (ignored) report(ignored === 1 ? l10n.t('1 file ignored by {0}', options.ignore?.source ?? '') : l10n.t('{0} files ignored by {1}', ignored, options.ignore?.source ?? ''));
  if (ignoredFolders) {
    report(ignoredFolders === 1 ? l10n.t('1 folder ignored by {0}', options.ignore?.source ?? '') : l10n.t('{0} folders ignored by {1}', ignoredFolders, options.ignore?.source ?? ''));
  }

  const files = [...candidates.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (stdin) files.push({ path: options.stdinFilename!.split(sep).join('/') });
  const documents: LoadedDocument[] = [];
  for (const file of files) {
    const bytes = file.absolute === undefined ? await readStdin(options) : await readBounded(file.absolute, file.path);
    if (typeof bytes === 'string') {
      fail(bytes);
      continue;
    }
    const { text, encoding } = decodeDocumentBytes(bytes, { path: file.path, codePage: options.codePage });
    documents.push({ absolute: file.absolute, bytes, analysis: analyzeDocument({ path: file.path, text, encoding }) });
  }
  if (documents.length === 0 && failures === 0) fail(l10n.t('nothing to check: every PATH was skipped'));
  return { documents, failures };
}

/** The file's bytes, or why they could not be read (too large, not a file any more, unreadable). */
async function readBounded(absolute: string, path: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(absolute);
    if (!info.isFile()) return l10n.t('cannot read {0}: {1}', path, describeKind(info));
    if (info.size > MAX_FILE_BYTES) return tooLarge(path, info.size);
    return await readFile(absolute);
  } catch (err) {
    return l10n.t('cannot read {0}: {1}', path, describe(err));
  }
}

async function readStdin(options: InputOptions): Promise<Uint8Array | string> {
  if (!options.readStdin) return l10n.t('cannot read stdin');
  try {
    const bytes = await options.readStdin();
    return bytes.length > MAX_FILE_BYTES ? tooLarge('stdin', bytes.length) : bytes;
  } catch (err) {
    return l10n.t('cannot read stdin: {0}', describe(err));
  }
}

const tooLarge = (path: string, size: number) =>
  l10n.t('cannot read {0}: too large ({1} MB; the limit is {2} MB)', path, (size / 1024 / 1024).toFixed(0), MAX_FILE_BYTES / 1024 / 1024);

/** Patterns use forward slashes; on Windows a backslash is a separator, not an escape. */
function toPattern(given: string): string {
  return process.platform === 'win32' ? given.replace(/\\/g, '/') : given;
}

/** Reads, decodes and analyses every document the paths name, sorted by display path; any unreadable input is a usage error. */
export async function loadDocuments(paths: string[], cwd: string, report: (line: string) => void = () => {}, codePage?: number): Promise<DocumentAnalysis[]> {
  const problems: string[] = [];
  const { documents, failures } = await loadInputs(paths, {
    cwd,
    codePage,
    report: (line) => {
      problems.push(line);
      report(line);
    },
  });
  if (failures) throw new UsageError(problems.join('\n'));
  return documents.map((d) => d.analysis);
}

export function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return l10n.t('no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return l10n.t('permission denied');
  if (code === 'EISDIR') return l10n.t('is a directory');
  if (code === 'ENAMETOOLONG') return l10n.t('the name is too long');
  if (code === 'ELOOP') return l10n.t('too many levels of symbolic links');
  return err instanceof Error ? err.message : String(err);
}
