// What the server knows: open documents we serve (cached per version), the workspace files found on
// disk, the settings, and the cross-file findings over all of them. Features read from here and
// listen for changes; nothing here talks LSP beyond the documents it is given.
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeWorkspace, type DocumentAnalysis } from '../core/analyze';
import type { Finding, Span } from '../core/diagnostics/types';
import { findingsOfFile } from '../core/diagnostics/records';
import { applyRuleLevels, type RuleLevel } from '../core/diagnostics/ruleSettings';
import type { Registration } from '../core/model/registration';
import type { LineIndex } from '../core/text/lineIndex';
import { DocumentCache, type CachedDocument } from './documentCache';
import { RegEncodings } from './regEncodings';
import { DEFAULT_SETTINGS, matchesFileGlobs, uriToPath, type ServerSettings } from './settings';
import { sameMessage } from '../core/rules/message';
import { WorkspaceFiles } from './workspaceFiles';

/**
 * Why findings may have changed: `content` = the document was edited (a pulling client asks by
 * itself); the others come from outside the document (a pulling client needs a refresh).
 */
export type ChangeReason = 'content' | 'encoding' | 'closed' | 'crossFile' | 'files' | 'settings';

export interface FindingsChange {
  reason: ChangeReason;
  /** Open documents whose findings may have changed (closed: the closed document). */
  uris: string[];
}

const JSON_LANGUAGES = new Set(['json', 'jsonc']);

export class WorkspaceState {
  settings: ServerSettings = DEFAULT_SETTINGS;
  /** Rule levels of the project's `.expeditedrc.json` (changed with a 'settings' event). */
  ruleLevels: ReadonlyMap<string, RuleLevel> = new Map();
  readonly encodings = new RegEncodings();
  readonly files = new WorkspaceFiles();
  readonly cache: DocumentCache;
  private crossFile = new Map<string, Finding[]>();
  /** Per open document: where its cross-file findings point in other documents, as line/character (see otherPlaces). */
  private crossFilePlaces = new Map<string, string>();
  private readonly crossFileRevisions = new Map<string, number>();
  private settingsRevision = 0;
  private crossFileDirty = true;
  private readonly listeners: ((change: FindingsChange) => void)[] = [];

  constructor(
    readonly documents: TextDocuments<TextDocument>,
    private readonly trace: (message: string) => void,
    private readonly reportError: (where: string, err: unknown) => void = () => {},
  ) {
    this.cache = new DocumentCache(
      (uri) => this.encodings.get(uri),
      (doc, ms, fromScan) => this.trace(`analysed ${doc.uri} (version ${doc.version}, ${doc.getText().length} chars) in ${ms.toFixed(1)} ms${fromScan ? ', the workspace scan\'s analysis' : ''}`),
      (uri, err) => this.reportError(`analysing ${uri} failed`, err),
      (uri, text, encoding, languageId) => {
        const path = uriToPath(uri);
        const file = path ? this.files.get(path) : undefined;
        const analysis = file?.analysed();
        if (!file || !analysis || file.uri !== uri || analysis.text !== text || file.encoding !== encoding) return undefined;
        return (analysis.kind === 'reg') === (languageId === 'reg') ? { analysis, lines: file.lines() } : undefined;
      },
    );
    this.files.isOpen = (path) => this.documents.all().some((d) => d.uri.startsWith('file:') && uriToPath(d.uri) === path);
  }

  onDidChange(listener: (change: FindingsChange) => void): void {
    this.listeners.push(listener);
  }

  fire(reason: ChangeReason, uris: string[]): void {
    if (reason !== 'crossFile') this.crossFileDirty = true;
    if (reason === 'settings') this.settingsRevision++;
    for (const listener of this.listeners) {
      try {
        listener({ reason, uris });
      } catch (err) {
        this.trace(`change listener failed: ${(err as Error).stack ?? String(err)}`);
      }
    }
  }

  /** `.reg` documents, and JSON documents whose path matches `expeditedApps.files`. */
  isServed(doc: Pick<TextDocument, 'uri' | 'languageId'>): boolean {
    const path = uriToPath(doc.uri);
    if (path !== undefined && this.files.ignores(path)) return false;
    if (doc.languageId === 'reg') return true;
    return JSON_LANGUAGES.has(doc.languageId) && matchesFileGlobs(doc.uri, this.settings.files, this.files.workspaceFolders());
  }

  servedDocuments(): TextDocument[] {
    return this.documents.all().filter((d) => this.isServed(d));
  }

  /** The cached analysis of an open document we serve. */
  entry(uri: string): CachedDocument | undefined {
    const doc = this.documents.get(uri);
    return doc && this.isServed(doc) ? this.cache.get(doc) : undefined;
  }

  /** Everything the diagnostics of an open document show: its own findings and the cross-file ones. */
  findings(uri: string): Finding[] | undefined {
    const entry = this.entry(uri);
    if (!entry) return undefined;
    return applyRuleLevels(findingsOfFile(entry.analysis.findings, this.crossFileFindings(uri)), this.ruleLevels);
  }

  /**
   * Changes whenever `findings(uri)` may give something else (version, encoding, cross-file
   * results, settings): a cheap result id for pulled diagnostics. Undefined when not served.
   */
  findingsRevision(uri: string): string | undefined {
    const entry = this.entry(uri);
    if (!entry) return undefined;
    this.refreshCrossFile();
    return `${entry.revision}:${entry.encoding ?? ''}:${this.crossFileRevisions.get(uri) ?? 0}:${this.settingsRevision}`;
  }

  crossFileFindings(uri: string): Finding[] {
    this.refreshCrossFile();
    return this.crossFile.get(uri) ?? [];
  }

  /**
   * Analyses of open documents we serve, and of workspace files that are not open. Only files on
   * disk: an untitled document (a pull) or a virtual one (the target side of a diff) is a copy,
   * and would clash with the files it copies.
   */
  allAnalyses(): DocumentAnalysis[] {
    const open = this.servedDocuments().filter((d) => d.uri.startsWith('file:'));
    const openPaths = new Set(open.map((d) => uriToPath(d.uri) ?? d.uri));
    const analyses = open.map((d) => this.cache.get(d).analysis);
    for (const file of this.files.all()) if (!openPaths.has(file.path)) analyses.push(file.analysis);
    return analyses;
  }

  allRegistrations(): Registration[] {
    return this.allAnalyses().flatMap((a) => a.registrations);
  }

  /** The line index of a document by the path its analysis carries (a URI here), open or scanned. */
  lineIndexOfPath(path: string): LineIndex | undefined {
    const open = this.entry(path);
    if (open) return open.lines;
    const fsPath = uriToPath(path);
    const scanned = fsPath ? this.files.get(fsPath) : undefined;
    return scanned?.lines();
  }

  /**
   * Recomputes the cross-file findings when an input changed, and announces the open documents
   * whose cross-file findings differ from before.
   */
  refreshCrossFile(): void {
    if (!this.crossFileDirty) return;
    this.crossFileDirty = false;
    const started = performance.now();
    const analyses = this.allAnalyses();
    const next = analyzeWorkspace(analyses);
    // Only open documents show diagnostics: compare theirs with what they had, field by field.
    const changed: string[] = [];
    const places = new Map<string, string>();
    for (const doc of this.documents.all()) {
      const findings = next.get(doc.uri) ?? [];
      const before = this.crossFile.get(doc.uri) ?? [];
      shareMessages(findings, before);
      // An edit elsewhere can move a related place to another line without changing its offsets.
      const where = this.otherPlaces(doc.uri, findings);
      places.set(doc.uri, where);
      if (!sameFindings(findings, before, doc.uri) || where !== (this.crossFilePlaces.get(doc.uri) ?? '')) {
        changed.push(doc.uri);
        this.crossFileRevisions.set(doc.uri, (this.crossFileRevisions.get(doc.uri) ?? 0) + 1);
      }
    }
    this.crossFile = next;
    this.crossFilePlaces = places;
    this.trace(`cross-file findings over ${analyses.length} document(s) in ${(performance.now() - started).toFixed(1)} ms`);
    if (changed.length) this.fire('crossFile', changed);
  }

  /** The line/character ranges the findings' related places in other documents convert to (what a client shows). */
  private otherPlaces(uri: string, findings: readonly Finding[]): string {
    const parts: string[] = [];
    const indexes = new Map<string, LineIndex | undefined>();
    for (const f of findings) {
      for (const r of f.related ?? []) {
        if (!r.path || r.path === uri) continue;
        if (!indexes.has(r.path)) indexes.set(r.path, this.lineIndexOfPath(r.path));
        const range = indexes.get(r.path)?.rangeOf(r.span);
        parts.push(range ? `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}` : '-');
      }
    }
    return parts.join(',');
  }
}

/**
 * Recomputed cross-file findings carry new message objects that mostly say what the previous ones
 * said: those take the previous objects (messages are values, never changed), so this comparison
 * and the diagnostics' reuse after it (server/features/diagnosticReuse.ts) find them equal by
 * identity instead of deeply, 11 messages a finding.
 */
function shareMessages(next: Finding[], previous: readonly Finding[]): void {
  if (next.length !== previous.length) return;
  for (let i = 0; i < next.length; i++) {
    const x = next[i];
    const y = previous[i];
    if (x === y || x.code !== y.code) continue;
    if (x.message !== y.message && sameMessage(x.message, y.message)) x.message = y.message;
    const rx = x.related;
    const ry = y.related;
    if (!rx || !ry || rx.length !== ry.length) continue;
    for (let j = 0; j < rx.length; j++) {
      if (rx[j].message !== ry[j].message && sameMessage(rx[j].message, ry[j].message)) rx[j].message = ry[j].message;
    }
  }
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Whether two lists of findings of document `uri` are equal (codes, spans, messages, related
 * places). Places in other documents are compared as the client sees them, by otherPlaces: typing
 * there moves their offsets, not always their lines.
 */
function sameFindings(a: readonly Finding[], b: readonly Finding[], uri: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.code !== y.code || !sameSpan(x.span, y.span) || !sameMessage(x.message, y.message)) return false;
    const rx = x.related ?? [];
    const ry = y.related ?? [];
    if (rx.length !== ry.length) return false;
    for (let j = 0; j < rx.length; j++) {
      const elsewhere = rx[j].path !== undefined && rx[j].path !== uri;
      if (rx[j].path !== ry[j].path || (!elsewhere && !sameSpan(rx[j].span, ry[j].span)) || !sameMessage(rx[j].message, ry[j].message)) return false;
    }
  }
  return true;
}
