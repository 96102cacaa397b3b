// Diagnostics: pulled (`textDocument/diagnostic`) when the client supports it, else pushed after a
// short debounce. Either way the items come from the same cached analysis and one conversion.
import {
  DiagnosticSeverity,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE } from '../../core/diagnostics/catalogue';
import { DELTA_PARAM, deltaOf, newItemCount, type DiagnosticsDelta } from '../../core/diagnostics/delta';
import { toRecord } from '../../core/diagnostics/records';
import type { Finding, Severity } from '../../core/diagnostics/types';
import type { LineIndex } from '../../core/text/lineIndex';
import type { ServerContext, ServerFeature } from '../context';
import { render } from '../../core/rules/render';
import { rulePageUri } from '../../core/rules/pages';
import type { Locale } from '../../core/rules/message';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reconvert, type Converted } from './diagnosticReuse';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The extension's folder (the one holding package.json), from the bundle in dist/ or the sources. */
function installRoot(): { root: string; homepage?: string } {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return { root: dir, homepage: (JSON.parse(readFileSync(manifest, 'utf8')) as { homepage?: string }).homepage };
    if (dirname(dir) === dir) return { root: join(__dirname, '..') };
  }
}

let install: ReturnType<typeof installRoot> | undefined;
const codeDescriptions = new Map<Locale, Map<string, { href: string }>>();

/** Each diagnostic links to its rule page (like ESLint): docs/rules/<code>.md (docs/rules/ko/ in Korean), one object per code and locale. */
function codeDescriptionOf(code: string, locale: Locale): { href: string } {
  let byCode = codeDescriptions.get(locale);
  if (!byCode) codeDescriptions.set(locale, (byCode = new Map()));
  let description = byCode.get(code);
  if (!description) {
    install ??= installRoot();
    description = { href: rulePageUri(code, locale, install.homepage, pathToFileURL(install.root).href) };
    byCode.set(code, description);
  }
  return description;
}

export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string, ctx: Pick<ServerContext, 'lineIndexOfPath' | 'locale'>): Diagnostic {
  const record = toRecord(finding, lines, ctx.locale);
  const diagnostic: Diagnostic = {
    range: record.range,
    severity: SEVERITIES[record.severity],
    code: record.code,
    source: DIAGNOSTIC_SOURCE,
    message: record.message,
    codeDescription: codeDescriptionOf(record.code, ctx.locale),
  };
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related ?? []) {
    const otherLines = r.path && r.path !== uri ? ctx.lineIndexOfPath(r.path) : lines;
    if (!otherLines) continue; // The other document is gone: keep the diagnostic, drop the pointer.
    related.push({ location: { uri: r.path ?? uri, range: otherLines.rangeOf(r.span) }, message: render(r.message, ctx.locale) });
  }
  if (related.length) diagnostic.relatedInformation = related;
  return diagnostic;
}

/** Converts one document's findings, looking each other document's line index up once. */
function converter(ctx: ServerContext, uri: string, lines: LineIndex): (f: Finding) => Diagnostic {
  // Cross-file findings point at the same few documents thousands of times: look each up once.
  const indexes = new Map<string, LineIndex | undefined>();
  const lineIndexOfPath = (path: string) => {
    if (!indexes.has(path)) indexes.set(path, ctx.lineIndexOfPath(path));
    return indexes.get(path);
  };
  const locale = ctx.locale;
  return (f) => toDiagnostic(f, lines, uri, { lineIndexOfPath, locale });
}

/** The diagnostics of an open document we serve ([] when it is not ours). */
export function diagnosticsOf(ctx: ServerContext, uri: string): Diagnostic[] {
  const findings = ctx.findings(uri);
  const lines = ctx.lineIndex(uri);
  if (!findings || !lines) return [];
  return findings.map(converter(ctx, uri, lines));
}

/**
 * The document's diagnostics with what they were made from, reusing those of `before` (what the
 * client was last given) for findings an edit only moved. Undefined when the document is not ours.
 */
function convertedOf(ctx: ServerContext, uri: string, before: Converted | undefined): (Converted & { same: boolean }) | undefined {
  const findings = ctx.findings(uri);
  const lines = ctx.lineIndex(uri);
  const text = ctx.analysis(uri)?.text;
  if (!findings || !lines || text === undefined) return undefined;
  const convert = converter(ctx, uri, lines);
  if (!before) return { text, lines, findings, items: findings.map(convert), same: false };
  const { items, same } = reconvert(before, text, lines, findings, uri, convert);
  return { text, lines, findings, items, same };
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What a client was given for a document: its result id, the findings revision it was computed from, and the items. */
interface Report {
  resultId: string;
  revision: string;
  items: Diagnostic[];
  made?: Converted;
}

function registerPull(ctx: ServerContext): void {
  const { connection } = ctx;
  /**
   * What each open document's client last received: its result id, the findings revision it was
   * computed from, and the items. An edit that moves offsets but no line/character range (typing
   * inside a line without findings) is answered `unchanged`: a big file's megabytes of diagnostics
   * are neither re-sent nor re-parsed by the client.
   */
  const reported = new Map<string, Report>();
  /**
   * The reports before the last one, per document: a client whose pull was superseded never saw
   * the last answer and names the one before; a delta against it still costs only what changed.
   */
  const earlier = new Map<string, Report[]>();
  const KEPT_EARLIER = 2;
  let reports = 0;
  let failures = 0;
  let pulling: string | undefined;
  /** Documents whose pull has arrived and is not answered yet: it will see any change, no refresh needed. */
  const awaiting = new Map<string, number>();
  let refreshTimer: NodeJS.Timeout | undefined;
  let crossFileTimer: NodeJS.Timeout | undefined;

  const refresh = () => {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      void connection.languages.diagnostics.refresh().catch(() => {});
    }, 10);
  };

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    awaiting.set(uri, (awaiting.get(uri) ?? 0) + 1);
    try {
      return await answerPull(uri, params, token);
    } finally {
      const n = (awaiting.get(uri) ?? 1) - 1;
      if (n > 0) awaiting.set(uri, n);
      else awaiting.delete(uri);
    }
  });

  async function answerPull(uri: string, params: { previousResultId?: string }, token: { isCancellationRequested: boolean }): Promise<DocumentDiagnosticReport> {
    await ctx.ready(uri);
    // Let queued edits land first: a request for an old version is wasted work. Not for the first
    // pull of a document: that would let every request VS Code sends with the open (outline, code
    // lenses, code actions, folding) go first, and the first squiggle wait for them.
    if (reported.has(uri)) await nextTick();
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer edit', { retriggerRequest: true });
    let items: Diagnostic[] = [];
    let made: Converted | undefined;
    let revision: string;
    pulling = uri;
    try {
      // The messages are rendered in the current locale: a locale switch makes every report new.
      revision = `${ctx.locale}:${ctx.findingsRevision(uri) ?? 'not-served'}`;
      const last = reported.get(uri);
      const clientHasLast = last !== undefined && params.previousResultId === last.resultId;
      if (clientHasLast && last.revision === revision) return { kind: 'unchanged', resultId: last.resultId };
      const sameLocale = last !== undefined && last.revision.startsWith(`${ctx.locale}:`);
      const now = convertedOf(ctx, uri, sameLocale ? last.made : undefined);
      if (now) {
        ({ items } = now);
        made = now;
        if (clientHasLast && now.same) {
          // The client shows exactly these: remember what they were made from, for the next edit.
          last.revision = revision;
          last.made = { ...now, items: last.items };
          return { kind: 'unchanged', resultId: last.resultId };
        }
      }
    } catch (err) {
      ctx.trace(`diagnostics of ${uri} failed: ${(err as Error).stack ?? String(err)}`);
      revision = `failed-${++failures}`;
      items = [];
      made = undefined;
    } finally {
      pulling = undefined;
    }
    const resultId = `${++reports}`;
    const last = reported.get(uri);
    const base = last && params.previousResultId === last.resultId ? last : earlier.get(uri)?.find((r) => r.resultId === params.previousResultId);
    if (last) earlier.set(uri, [last, ...(earlier.get(uri) ?? [])].slice(0, KEPT_EARLIER));
    reported.set(uri, { resultId, revision, items, made });
    // A client that holds the report it names and takes deltas gets only the diagnostics that are new.
    if (base && (params as { [DELTA_PARAM]?: unknown })[DELTA_PARAM] === true) {
      const segments = deltaOf(base.items, items);
      if (newItemCount(segments) < items.length) {
        const delta: DiagnosticsDelta<Diagnostic> = { base: base.resultId, segments };
        return { kind: 'full', resultId, items: [], delta } as DocumentDiagnosticReport;
      }
    }
    return { kind: 'full', resultId, items };
  }

  ctx.onDidChangeFindings((change) => {
    switch (change.reason) {
      case 'content':
        return; // The client pulls an edited document by itself.
      case 'crossFile':
        // A document never answered yet is pulled anyway (VS Code pulls on open): no refresh for it.
        if (change.uris.some((u) => u !== pulling && !awaiting.has(u) && reported.has(u))) refresh();
        return;
      case 'closed':
      case 'files':
        for (const uri of change.reason === 'closed' ? change.uris : []) {
          reported.delete(uri);
          earlier.delete(uri);
        }
        clearTimeout(crossFileTimer);
        crossFileTimer = setTimeout(() => ctx.refreshCrossFile(), 10); // Announces the documents that changed.
        return;
      default:
        refresh();
    }
  });
}

function registerPush(ctx: ServerContext): void {
  const { connection, documents } = ctx;
  const timers = new Map<string, NodeJS.Timeout>();
  const published = new Set<string>();
  let publishing: string | undefined;

  const publish = async (uri: string) => {
    await ctx.ready(uri);
    const doc = documents.get(uri);
    if (!doc || !ctx.isServed(uri)) {
      if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    let diagnostics: Diagnostic[];
    publishing = uri;
    try {
      diagnostics = diagnosticsOf(ctx, uri);
    } catch (err) {
      ctx.trace(`diagnostics of ${uri} failed: ${(err as Error).stack ?? String(err)}`);
      diagnostics = [];
    } finally {
      publishing = undefined;
    }
    published.add(uri);
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  };

  /** Re-arms the document's timer: only the last edit of a burst is validated. */
  const schedule = (uri: string, delayMs: number) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        publish(uri).catch((err) => ctx.trace(`publish ${uri} failed: ${String(err)}`));
      }, delayMs),
    );
  };

  ctx.onDidChangeFindings((change) => {
    switch (change.reason) {
      case 'content':
        for (const uri of change.uris) schedule(uri, ctx.settings().debounceMs);
        return;
      case 'closed':
        for (const uri of change.uris) {
          clearTimeout(timers.get(uri));
          timers.delete(uri);
          if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        }
        setTimeout(() => ctx.refreshCrossFile(), ctx.settings().debounceMs);
        return;
      case 'crossFile':
        for (const uri of change.uris) if (uri !== publishing) schedule(uri, 0);
        return;
      default:
        for (const uri of change.uris) schedule(uri, 0);
    }
  });
}

export const diagnosticsFeature: ServerFeature = {
  capabilities: (client) =>
    client.textDocument?.diagnostic
      ? { diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: true, workspaceDiagnostics: false } }
      : {},
  register: (ctx) => (ctx.clientCapabilities.textDocument?.diagnostic ? registerPull(ctx) : registerPush(ctx)),
};
