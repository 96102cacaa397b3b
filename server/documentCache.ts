// One analysis per open document version (the languageModelCache idea of json-language-features):
// every feature asks here, so a version is parsed once however many requests it serves.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, type DocumentAnalysis } from '../core/analyze';
import type { RegEncoding } from '../core/reg/model';
import { LineIndex } from '../core/text/lineIndex';
import { changedRegion, type TextChange } from '../core/text/textChange';
import { perfEvent } from './perfLog';

export interface CachedDocument {
  uri: string;
  version: number;
  /** Changes with every new analysis: a document reopened with the same version but another text gets a new one. */
  revision: number;
  encoding?: RegEncoding;
  analysis: DocumentAnalysis;
  lines: LineIndex;
}

export class DocumentCache {
  private readonly entries = new Map<string, CachedDocument>();
  private revisions = 0;

  constructor(
    private readonly encodingOf: (uri: string) => RegEncoding | undefined,
    private readonly onAnalysed: (doc: TextDocument, ms: number, fromScan: boolean) => void,
    private readonly onFailure: (uri: string, err: unknown) => void = () => {},
    /**
     * The workspace scan's analysis of the same file, when it read this very text in this encoding:
     * opening a file the scan has analysed costs no second analysis (a big file's first squiggle).
     */
    private readonly fromScan: (uri: string, text: string, encoding: RegEncoding | undefined, languageId: 'reg' | 'json') => { analysis: DocumentAnalysis; lines: LineIndex } | undefined = () => undefined,
  ) {}

  get(doc: TextDocument): CachedDocument {
    const encoding = this.encodingOf(doc.uri);
    const hit = this.entries.get(doc.uri);
    const text = doc.getText();
    // The version alone is not enough: a client may reopen a document with the same version and another text.
    if (hit && hit.version === doc.version && hit.encoding === encoding && hit.analysis.text === text) return hit;
    const started = performance.now();
    const languageId = doc.languageId === 'reg' ? 'reg' : 'json';
    // One comparison with the previous version serves the parser, the registry memo and the line index.
    const change = hit ? changedRegion(hit.analysis.text, text) : undefined;
    const scanned = hit ? undefined : this.fromScan(doc.uri, text, encoding, languageId);
    const entry: CachedDocument = {
      uri: doc.uri,
      version: doc.version,
      revision: ++this.revisions,
      encoding,
      analysis: scanned?.analysis ?? this.analyze(doc.uri, text, encoding, languageId, hit?.analysis, change),
      lines: scanned?.lines ?? (!hit ? new LineIndex(text) : change ? hit.lines.edited(text, change) : hit.lines),
    };
    this.entries.set(doc.uri, entry);
    const ms = performance.now() - started;
    perfEvent({ ev: 'analysed', uri: doc.uri, version: doc.version, ms, incremental: change !== undefined, fromScan: scanned !== undefined });
    this.onAnalysed(doc, ms, scanned !== undefined);
    return entry;
  }

  /** A core failure must not take every feature of the document down with it: log it, show nothing. */
  private analyze(uri: string, text: string, encoding: RegEncoding | undefined, languageId: 'reg' | 'json', previous?: DocumentAnalysis, change?: TextChange): DocumentAnalysis {
    try {
      // The previous version lets a .reg reparse only the keys the edit touched.
      const reuse = previous?.kind === 'reg' ? { previous, change } : {};
      return analyzeDocument({ path: uri, text, encoding, languageId, ...reuse });
    } catch (err) {
      this.onFailure(uri, err);
      return { path: uri, kind: languageId === 'reg' ? 'reg' : 'registration', text, findings: [], registrations: [] };
    }
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
