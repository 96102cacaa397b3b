// Keeps the extension host thin: the feature bundle (dist/clientCommands.js: a copy of the core and
// the backends, twice the size of the language client) is required on first use, not at activation.
// Until then stand-ins hold its places: each command, the preview's restore after a reload,
// Format Document on .reg files and the target's side of a comparison (a diff restored after a reload).
import * as vscode from 'vscode';
import type { ClientDeps } from './deps';
import { FEATURE_COMMANDS, PREVIEW_VIEW_TYPE, TARGET_SCHEME } from './featureIds';
import type { Features } from './features';

type FeatureModule = typeof import('./features');

/** The bundle beside dist/client.js; esbuild leaves this require alone (scripts/build.mjs). */
const FEATURE_BUNDLE = './clientCommands.js';

export interface LazyFeatures {
  /** The features, loaded now if they were not. */
  get(): Features;
  loaded(): boolean;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const requireBundle = (): FeatureModule => require(FEATURE_BUNDLE) as FeatureModule;

export function registerLazyFeatures(context: vscode.ExtensionContext, deps: ClientDeps, load: () => FeatureModule = requireBundle): LazyFeatures {
  let features: Features | undefined;
  const standIns: vscode.Disposable[] = [];
  const targetChanged = new vscode.EventEmitter<vscode.Uri>();
  const get = (): Features => {
    if (features) return features;
    const started = performance.now();
    const bundle = load();
    // The real commands take the ids over: a command id can be registered once.
    for (const standIn of standIns.splice(0)) standIn.dispose();
    features = bundle.registerFeatures(context, deps);
    if (features.targetContent.onDidChange) context.subscriptions.push(features.targetContent.onDidChange((uri) => targetChanged.fire(uri)));
    deps.log.info(`loaded the commands in ${Math.round(performance.now() - started)} ms`);
    return features;
  };
  for (const id of FEATURE_COMMANDS) {
    standIns.push(
      vscode.commands.registerCommand(id, (...args: unknown[]) => {
        get();
        return vscode.commands.executeCommand(id, ...args);
      }),
    );
  }
  context.subscriptions.push(
    { dispose: () => standIns.splice(0).forEach((d) => d.dispose()) },
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: (panel) => get().preview.restore(panel) }),
    vscode.languages.registerDocumentFormattingEditProvider({ language: 'reg' }, { provideDocumentFormattingEdits: (document) => get().formatRegDocument(document) }),
    targetChanged,
    vscode.workspace.registerTextDocumentContentProvider(TARGET_SCHEME, { onDidChange: targetChanged.event, provideTextDocumentContent: (uri, token) => get().targetContent.provideTextDocumentContent(uri, token) }),
  );
  return { get, loaded: () => features !== undefined };
}
