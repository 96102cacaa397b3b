// The "Preview Priority Order" webview panel: VS Code wiring around PreviewController.
import * as vscode from 'vscode';
import { allEditions } from '../../core/data/editions';
import { isRegPath, jsonFileGlobs } from '../../core/documentKinds';
import { allRegions } from '../../core/data/regions';
import { normalizeScenario, SIMULATE_REQUEST, type ExtraDocument, type Scenario } from '../../core/simulate';
import { pullFromTarget } from '../../backends/pull';
import { createBackend } from '../../backends/target';
import { targetOptions } from '../apply/settings';
import type { ClientDeps } from '../deps';
import { PREVIEW_VIEW_TYPE } from '../featureIds';
import { PreviewController } from './controller';
import { makeNonce, panelHtml } from './html';
import type { ExportFormat } from './protocol';

const SCENARIO_STATE_KEY = 'expeditedApps.preview.scenario';
/** URIs of the machine's registrations in the simulation (they exist only in memory). */
const MACHINE_SCHEME = 'expedited-apps-machine';

/** Documents whose edits change the simulation: .reg files and the JSON files `expeditedApps.files` names. */
function isRelevant(doc: vscode.TextDocument): boolean {
  if (doc.languageId === 'reg' || isRegPath(doc.uri.path)) return true;
  const globs = jsonFileGlobs(vscode.workspace.getConfiguration('expeditedApps', doc.uri).get<unknown>('files'));
  return globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
}

export class PreviewPanel {
  private panel: vscode.WebviewPanel | undefined;
  private controller: PreviewController | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The machine's documents last read, by URI: revealing a machine registration opens its text. */
  private readonly machineTexts = new Map<string, ExtraDocument>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly deps: ClientDeps,
  ) {}

  visible(): boolean {
    return this.panel?.visible ?? false;
  }

  current() {
    return this.controller?.current();
  }

  /** Opens (or reveals) the panel; `focusUri` highlights the registrations of that document. */
  async show(focusUri?: vscode.Uri): Promise<void> {
    if (this.panel && this.controller) {
      this.controller.focus(focusUri?.toString());
      this.panel.reveal(undefined, true);
      await this.controller.refresh();
      return;
    }
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Priority Order'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [dist],
      retainContextWhenHidden: false,
    });
    await this.adopt(panel, focusUri);
  }

  /** After a reload VS Code hands back the panel it had open: show the preview in it again (the serializer: client/lazyFeatures.ts). */
  async restore(panel: vscode.WebviewPanel): Promise<void> {
    if (this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist')] };
    await this.adopt(panel, undefined);
  }

  /** Wires a panel (new, or restored after a reload) to a controller and simulates. */
  private async adopt(panel: vscode.WebviewPanel, focusUri: vscode.Uri | undefined): Promise<void> {
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    this.panel = panel;
    const controller = new PreviewController(
      {
        simulate: (scenario, documents, previousResultId) => this.deps.client.sendRequest(SIMULATE_REQUEST, { scenario, ...(documents.length ? { documents } : {}), ...(previousResultId ? { previousResultId } : {}) }),
        machineDocuments: () => this.machineDocuments(),
        post: (message) => void panel.webview.postMessage(message),
        reveal: (uri, range) => this.reveal(uri, range),
        save: (format, content, name) => this.save(format, content, name),
        persist: (scenario) => void this.context.workspaceState.update(SCENARIO_STATE_KEY, scenario),
        log: (message) => this.deps.log.info(message),
        regions: () => allRegions(vscode.env.language),
        editions: () => allEditions().filter((e) => !e.special).map((e) => ({ code: e.code, name: e.name })),
      },
      this.initialScenario(),
    );
    controller.focus(focusUri?.toString());
    this.controller = controller;

    panel.webview.html = panelHtml({
      cspSource: panel.webview.cspSource,
      nonce: makeNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      codiconUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'codicon.css')).toString(),
      language: vscode.env.language,
      l10nBundle: vscode.l10n.bundle,
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void controller.handle(message)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && isRelevant(e.document)) controller.scheduleRefresh();
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => isRelevant(doc) && controller.scheduleRefresh()),
      vscode.workspace.onDidCreateFiles(() => controller.scheduleRefresh()),
      vscode.workspace.onDidDeleteFiles(() => controller.scheduleRefresh()),
      vscode.workspace.onDidRenameFiles(() => controller.scheduleRefresh()),
      panel.onDidChangeViewState((e) => e.webviewPanel.visible && controller.scheduleRefresh()),
    );
    panel.onDidDispose(() => this.disposePanel(), undefined, this.context.subscriptions);
    // Simulate right away (the webview asks again once it has loaded): current() is set when show() resolves.
    await controller.refresh();
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposePanel();
  }

  private disposePanel(): void {
    this.controller?.dispose();
    this.controller = undefined;
    this.panel = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  /** The last scenario used in this workspace, with the assumption settings as defaults. */
  private initialScenario(): Scenario {
    const config = vscode.workspace.getConfiguration('expeditedApps.preview');
    const saved = this.context.workspaceState.get<unknown>(SCENARIO_STATE_KEY);
    const fromSettings = { assumptions: { tieBreak: config.get<string>('tieBreak', 'name'), retriesAfterWindow: config.get<boolean>('retriesAfterWindow', true) } };
    const restored = saved !== undefined ? normalizeScenario(saved) : undefined;
    if (restored?.ok) return restored.scenario;
    const defaults = normalizeScenario(fromSettings);
    return defaults.ok ? defaults.scenario : (normalizeScenario({}) as { ok: true; scenario: Scenario }).scenario;
  }

  /** What the target (Windows registry or Wine prefix) has, read with the same backend Apply uses. */
  private async machineDocuments(): Promise<ExtraDocument[]> {
    if (!vscode.workspace.isTrusted) throw new Error(vscode.l10n.t('reading the target runs reg.exe or Wine, which needs a trusted workspace'));
    const backend = await createBackend(targetOptions());
    const pulled = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading {0}', backend.label) }, () => pullFromTarget(backend, (p) => backend.describePath(p)));
    const docs: ExtraDocument[] = [
      { uri: `${MACHINE_SCHEME}:/UScheduler_OOBE.reg`, text: pulled.regText, languageId: 'reg' },
      ...pulled.files.map((f): ExtraDocument => ({ uri: `${MACHINE_SCHEME}:/${f.path.map(encodeURIComponent).join('/')}`, text: f.text, languageId: 'json' })),
    ];
    this.deps.log.info(`preview: read ${pulled.keys.length} key(s) and ${pulled.files.length} staged file(s) from ${backend.label}`);
    this.machineTexts.clear();
    for (const d of docs) this.machineTexts.set(d.uri, d);
    return docs;
  }

  private async reveal(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } } | undefined): Promise<void> {
    const selection = range ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) : undefined;
    const machine = this.machineTexts.get(uri);
    if (machine) {
      // The machine's registrations live in memory: show them as an untitled document.
      const doc = await vscode.workspace.openTextDocument({ language: machine.languageId, content: machine.text });
      await vscode.window.showTextDocument(doc, { selection, viewColumn: vscode.ViewColumn.One, preview: true });
      return;
    }
    const target = vscode.Uri.parse(uri);
    const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString())?.viewColumn ?? vscode.ViewColumn.One;
    await vscode.window.showTextDocument(target, { selection, viewColumn: column, preserveFocus: false });
  }

  private async save(format: ExportFormat, content: string, suggestedName: string): Promise<boolean> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, suggestedName) : undefined,
      filters: format === 'markdown' ? { Markdown: ['md'] } : { JSON: ['json'] },
      title: format === 'markdown' ? vscode.l10n.t('Export the priority order as Markdown') : vscode.l10n.t('Export the simulation as JSON'),
    });
    if (!target) return false;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Saved the priority order to {0}.', vscode.workspace.asRelativePath(target)), open).then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(target, { preview: false });
    });
    return true;
  }
}
