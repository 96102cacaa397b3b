// A small LSP client for tests: spawns `node dist/server.js --stdio` and speaks JSON-RPC to it.
// Every wait polls a condition with a deadline; nothing sleeps a fixed time.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CodeLens,
  ConfigurationParams,
  Diagnostic,
  DocumentDiagnosticReport,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceFolder,
} from 'vscode-languageserver-protocol';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SERVER_PATH = resolve(REPO_ROOT, 'dist', 'server.js');

/** Settings answered to `workspace/configuration`, nested by section: `{ expeditedApps: { files: [...] } }`. */
export type Settings = Record<string, unknown>;

export interface LspClientOptions {
  /** Advertise `textDocument/diagnostic` (pull). Default true. */
  pullDiagnostics?: boolean;
  /** The client's display language (`initialize.locale`). */
  locale?: string;
  settings?: Settings;
  workspaceFolders?: WorkspaceFolder[] | null;
  /** Merged over the default capabilities. */
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** `initialize.trace`: 'verbose' makes the server's trace log (validation times, scans) arrive in `logs`. */
  trace?: 'off' | 'messages' | 'verbose';
  serverPath?: string;
  /** Default deadline of the waiting helpers. */
  timeoutMs?: number;
}

export type ContentChange = { text: string } | { range: Range; text: string };

interface Published {
  seq: number;
  params: PublishDiagnosticsParams;
}

/** A file URI for a path (absolute or relative to the repository). */
export function fileUri(path: string): string {
  return pathToFileURL(resolve(REPO_ROOT, path)).href;
}

/** Polls `check` until it returns a value other than undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Applies LSP text edits to a text (edits must not overlap; any order). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const offsets = lineOffsets(text);
  const offsetAt = (p: { line: number; character: number }) =>
    p.line >= offsets.length ? text.length : Math.min(offsets[p.line] + p.character, text.length);
  const sorted = edits
    .map((e) => ({ start: offsetAt(e.range.start), end: offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

function lookupSetting(settings: Settings, section: string | undefined): unknown {
  if (!section) return settings;
  if (section in settings) return settings[section];
  let node: unknown = settings;
  for (const part of section.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export class LspTestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  initializeResult!: InitializeResult;
  /** Everything the server wrote to stderr (for failure messages). */
  stderr = '';
  /** Log and trace messages the server sent. */
  readonly logs: string[] = [];
  /** How many times the server asked for `workspace/diagnostic/refresh`. */
  refreshCount = 0;
  settings: Settings;
  readonly timeoutMs: number;
  readonly pull: boolean;
  private readonly published: Published[] = [];
  private seq = 0;
  private readonly versions = new Map<string, { version: number; text: string; languageId: string; changedAtSeq: number }>();
  private exited = false;

  private constructor(options: LspClientOptions) {
    this.settings = options.settings ?? {};
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.pull = options.pullDiagnostics ?? true;
    this.process = spawn(process.execPath, [options.serverPath ?? process.env.EXPEDITE_SERVER_PATH ?? SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: REPO_ROOT });
    this.process.stderr!.setEncoding('utf8');
    this.process.stderr!.on('data', (d: string) => (this.stderr += d));
    this.process.on('exit', () => (this.exited = true));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push({ seq: ++this.seq, params });
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.connection.onNotification('$/logTrace', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.connection.onRequest('workspace/configuration', (params: ConfigurationParams) =>
      params.items.map((item) => lookupSetting(this.settings, item.section) ?? null),
    );
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshCount++;
      return null;
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.listen();
  }

  /** Spawns the server, sends `initialize` and `initialized`. */
  static async start(options: LspClientOptions = {}): Promise<LspTestClient> {
    const client = new LspTestClient(options);
    const pull = client.pull;
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        diagnostics: pull ? { refreshSupport: true } : undefined,
        applyEdit: true,
      },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        diagnostic: pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'refactor'] } },
          isPreferredSupport: true,
          dataSupport: true,
        },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        foldingRange: { lineFoldingOnly: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
      },
      window: { workDoneProgress: true },
      ...options.capabilities,
    };
    const workspaceFolders = options.workspaceFolders === undefined ? null : options.workspaceFolders;
    client.initializeResult = await client.withDeadline(
      client.connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        clientInfo: { name: 'expedited-apps-tests' },
        locale: options.locale,
        rootUri: workspaceFolders?.[0]?.uri ?? null,
        workspaceFolders,
        capabilities,
        initializationOptions: options.initializationOptions,
        trace: options.trace ?? 'off',
      }),
      'initialize',
    );
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves a request with the default deadline, naming it on timeout (and quoting stderr). */
  async withDeadline<T>(promise: Promise<T>, what: string, timeoutMs = this.timeoutMs): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr:\n${this.stderr}`)), timeoutMs);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.withDeadline(this.connection.sendRequest<R>(method, params), method);
  }

  /**
   * The code lenses of `uri` as VS Code shows them: the server answers ranges and data, and each
   * lens gets its title and command from `codeLens/resolve`.
   */
  async codeLenses(uri: string): Promise<CodeLens[]> {
    const lenses = (await this.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } })) ?? [];
    return Promise.all(lenses.map((lens) => (lens.command ? lens : this.request<CodeLens>('codeLens/resolve', lens))));
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** The text the client last sent for `uri`. */
  text(uri: string): string | undefined {
    return this.versions.get(uri)?.text;
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri)?.version;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, { version: 1, text, languageId, changedAtSeq: this.seq });
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends a change: a whole new text, or ranged edits (applied to the client's copy as well). */
  async change(uri: string, change: string | ContentChange[]): Promise<void> {
    const doc = this.versions.get(uri);
    if (!doc) throw new Error(`change before open: ${uri}`);
    const changes: ContentChange[] = typeof change === 'string' ? [{ text: change }] : change;
    let text = doc.text;
    for (const c of changes) text = 'range' in c ? applyTextEdits(text, [{ range: c.range, newText: c.text }]) : c.text;
    const version = doc.version + 1;
    this.versions.set(uri, { ...doc, version, text, changedAtSeq: this.seq });
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Sends new settings (the server re-reads them through `workspace/configuration`). */
  async configure(settings: Settings): Promise<void> {
    this.settings = settings;
    await this.notify('workspace/didChangeConfiguration', { settings });
  }

  /**
   * The diagnostics of the current version of `uri`: pull mode asks `textDocument/diagnostic`;
   * push mode waits for a publishDiagnostics of that version (or, for an unopened file, any publish).
   */
  async diagnostics(uri: string, timeoutMs = this.timeoutMs): Promise<Diagnostic[]> {
    if (this.pull) {
      const report = await this.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      if (report.kind !== 'full') throw new Error(`expected a full report for ${uri}, got ${report.kind}`);
      return report.items;
    }
    return this.nextPublished(uri, timeoutMs);
  }

  /** Push mode: the newest publishDiagnostics for the current version of `uri` (waits for it). */
  async nextPublished(uri: string, timeoutMs = this.timeoutMs): Promise<Diagnostic[]> {
    const doc = this.versions.get(uri);
    const hit = await waitFor(
      () => {
        if (this.exited) throw new Error(`server exited; stderr:\n${this.stderr}`);
        for (let i = this.published.length - 1; i >= 0; i--) {
          const p = this.published[i];
          if (p.params.uri !== uri) continue;
          if (!doc) return p;
          if (p.params.version !== undefined ? p.params.version === doc.version : p.seq > doc.changedAtSeq) return p;
        }
        return undefined;
      },
      timeoutMs,
      `publishDiagnostics for ${uri} version ${doc?.version}`,
    );
    return hit.params.diagnostics;
  }

  /** Every publishDiagnostics received for `uri`, oldest first. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.params.uri === uri).map((p) => p.params);
  }

  /** Writes raw bytes to the server's stdin (for robustness tests). */
  writeRaw(data: string | Buffer): void {
    this.process.stdin!.write(data);
  }

  get isRunning(): boolean {
    return !this.exited;
  }

  async shutdown(): Promise<void> {
    if (!this.exited) {
      try {
        await this.withDeadline(this.connection.sendRequest('shutdown'), 'shutdown', 5_000);
        await this.connection.sendNotification('exit');
      } catch {
        // A server that does not answer is killed below.
      }
      await waitFor(() => (this.exited ? true : undefined), 5_000, 'server exit').catch(() => this.process.kill());
    }
    this.connection.dispose();
  }
}
