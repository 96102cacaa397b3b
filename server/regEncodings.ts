// The on-disk encoding of open `.reg` and JSON documents. The editor hands us decoded text, but regedit's
// verdict depends on the bytes (UTF-16LE BOM, ANSI, UTF-8...), so we read the file once and trust
// what we find when the disk decodes to the very text the editor shows. The editor saves in the
// encoding it opened with, so the finding stays with the document across edits.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RegEncoding } from '../core/reg/model';
import { isRegPath } from '../core/documentKinds';
import type { DecodedDocument } from '../core/documentBytes';
import { readDocumentFile, readSmallDocumentFile } from '../node/documentFiles';
import { uriToPath } from './settings';

export class RegEncodings {
  private readonly known = new Map<string, RegEncoding>();
  private readonly pending = new Map<string, Promise<boolean>>();
  /** The ANSI code page REGEDIT4 files are read with (`expeditedApps.reg.codePage`, resolved). */
  codePage?: number;

  get(uri: string): RegEncoding | undefined {
    return this.known.get(uri);
  }

  /** Resolves once the probe of `uri` (if any) has finished. */
  async ready(uri: string): Promise<void> {
    await this.pending.get(uri);
  }

  /**
   * Reads the file behind `doc` and records its encoding when the disk text equals the document
   * text. Resolves true when the recorded encoding changed.
   */
  probe(doc: TextDocument): Promise<boolean> {
    const path = uriToPath(doc.uri);
    if (!path || (!isRegPath(path) && !/\.json$/i.test(path))) return Promise.resolve(false);
    const text = doc.getText();
    // A file of a usual size is read now: requests that come with the open then see its encoding.
    let now: DecodedDocument | undefined;
    try {
      now = readSmallDocumentFile(path, this.codePage);
    } catch {
      now = undefined; // Unreadable now: try again asynchronously.
    }
    const run = (async () => {
      try {
        const disk = now ?? (await readDocumentFile(path, this.codePage));
        if (disk.text !== text) return false;
        const before = this.known.get(doc.uri);
        // Plain UTF-8 JSON has no encoding to report (and a file saved again without its mark loses the finding).
        if (disk.encoding) this.known.set(doc.uri, disk.encoding);
        else this.known.delete(doc.uri);
        return before !== disk.encoding;
      } catch {
        return false; // Unsaved or unreadable: validate the text as it is.
      }
    })();
    this.pending.set(doc.uri, run);
    void run.then(() => {
      if (this.pending.get(doc.uri) === run) this.pending.delete(doc.uri);
    });
    return run;
  }

  forget(uri: string): void {
    this.known.delete(uri);
  }
}
