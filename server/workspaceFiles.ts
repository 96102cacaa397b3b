// Our files in the workspace folders, analysed from disk, so cross-file findings (same PFN, same
// name, equal priorities) cover files the user has not opened. Kept fresh by file events.
import { stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument, type DocumentAnalysis } from '../core/analyze';
import type { RegEncoding } from '../core/reg/model';
import { LineIndex } from '../core/text/lineIndex';
import { readDocumentFile } from '../node/documentFiles';
import { findOurFiles, isOurFile, isSkippedFolder } from '../node/folderScan';
import { isIgnoredPath, type IgnoreRules } from '../node/ignoreRules';

export interface ScannedFile {
  uri: string;
  /** File-system path, forward slashes. */
  path: string;
  analysis: DocumentAnalysis;
  lines(): LineIndex;
  /** The analysis if it has been made (the file was closed when scanned, or asked for since). */
  analysed(): DocumentAnalysis | undefined;
  /** The encoding the file was read with. */
  encoding?: RegEncoding;
}

/** Files larger than this are left out of the scan (they are still validated when opened). */
const MAX_SCANNED_BYTES = 16 * 1024 * 1024;

const toSlashes = (p: string) => p.split(sep).join('/');
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceFiles {
  private readonly files = new Map<string, ScannedFile>();
  private folders: string[] = [];
  private globs: readonly string[] = [];
  private generation = 0;
  /** `.expeditedrc.json`'s ignored paths: left out of the scan and not validated when opened. */
  ignore?: IgnoreRules;
  /** The ANSI code page REGEDIT4 files are read with (`expeditedApps.reg.codePage`, resolved). */
  codePage?: number;
  /**
   * Whether a file is open in the editor: its open document stands in for it, so its disk text is
   * analysed only once it is closed (a save of a big open file costs no second analysis).
   */
  isOpen: (path: string) => boolean = () => false;

  /** Scanned files, by file-system path. */
  all(): IterableIterator<ScannedFile> {
    return this.files.values();
  }

  get(path: string): ScannedFile | undefined {
    return this.files.get(path);
  }

  get size(): number {
    return this.files.size;
  }

  workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** Forgets everything and scans `folders` again (after a settings or folder change). */
  async rescan(folders: readonly string[], globs: readonly string[], log: (m: string) => void): Promise<void> {
    const generation = ++this.generation;
    this.folders = folders.map(toSlashes);
    this.globs = globs;
    const started = Date.now();
    const found: string[] = [];
    for (const folder of folders) for (const path of await findOurFiles(folder, globs)) if (!this.ignores(path)) found.push(path);
    if (generation !== this.generation) return;
    const next = new Map<string, ScannedFile>();
    for (const path of found) {
      await this.load(path, next);
      if (generation !== this.generation) return; // A newer scan took over.
      await yieldToEventLoop(); // Keep answering requests while a big workspace loads.
    }
    // Swap at the end, so cross-file findings never see a half-scanned workspace.
    this.files.clear();
    for (const [k, v] of next) this.files.set(k, v);
    log(`scanned ${this.files.size} file(s) in ${folders.length} workspace folder(s) in ${Date.now() - started} ms`);
  }

  ignores(path: string): boolean {
    return isIgnoredPath(this.ignore, path);
  }

  /** Whether a file (absolute path) would be part of the scan. */
  covers(path: string): boolean {
    const p = toSlashes(path);
    if (this.ignores(path)) return false;
    for (const folder of this.folders) {
      const rel = relative(folder, p);
      if (!rel || rel.startsWith('..') || /^[a-z]:/i.test(rel)) continue;
      const parts = toSlashes(rel).split('/');
      if (parts.slice(0, -1).some(isSkippedFolder)) continue;
      if (isOurFile(toSlashes(rel), this.globs)) return true;
    }
    return false;
  }

  /** Re-reads a created or changed file; returns whether anything the cross-file findings see changed. */
  async update(path: string): Promise<boolean> {
    const p = toSlashes(path);
    if (!this.covers(p)) return false;
    const changed = await this.load(p, this.files);
    // An open file's document stands in for it: its disk text changes no finding yet.
    return changed && !this.isOpen(p);
  }

  /** Drops a deleted file, or every file below a deleted folder. */
  remove(path: string): boolean {
    const p = toSlashes(path);
    let removed = this.files.delete(p);
    for (const key of [...this.files.keys()]) {
      if (key.startsWith(`${p}/`)) removed = this.files.delete(key) || removed;
    }
    return removed;
  }

  private async load(path: string, into: Map<string, ScannedFile>): Promise<boolean> {
    const p = toSlashes(path);
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_SCANNED_BYTES) return into.delete(p);
      const { text, encoding } = await readDocumentFile(path, this.codePage);
      const uri = pathToFileURL(path).href;
      let analysis = this.isOpen(p) ? undefined : analyzeDocument({ path: uri, text, encoding });
      let lines: LineIndex | undefined;
      into.set(p, {
        uri,
        path: p,
        get analysis() {
          return (analysis ??= analyzeDocument({ path: uri, text, encoding }));
        },
        lines: () => (lines ??= new LineIndex(text)),
        analysed: () => analysis,
        encoding,
      });
      return true;
    } catch {
      return into.delete(p); // Deleted meanwhile or unreadable.
    }
  }
}
