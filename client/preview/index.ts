// The priority-order preview: the command and the panel (issue: simulator and preview panel).
import * as vscode from 'vscode';
import type { LocatedSimulationResult } from '../../core/simulate/result';
import type { ClientDeps } from '../deps';
import { PreviewPanel } from './panel';
import { commandUri } from '../commandUri';
import { guarded } from '../guarded';

/** What `activate` exposes as `preview` (end-to-end tests read the panel's state through it). */
export interface PreviewApi {
  /** The result the panel shows, or undefined before the first simulation. */
  current(): LocatedSimulationResult | undefined;
  panelVisible(): boolean;
  /** Opens the panel (as the command does) and resolves once it shows a result or an error. */
  open(uri?: vscode.Uri): Promise<void>;
}

export function registerPreview(context: vscode.ExtensionContext, deps: ClientDeps): PreviewApi {
  const panel = new PreviewPanel(context, deps);
  const open = (uri?: unknown) => guarded(deps, vscode.l10n.t('Preview Priority Order'), () => panel.show(commandUri(uri)));
  context.subscriptions.push(vscode.commands.registerCommand('expeditedApps.previewPriorityOrder', open), panel.registerSerializer(), { dispose: () => panel.dispose() });
  return {
    current: () => panel.current(),
    panelVisible: () => panel.visible(),
    open: (uri) => open(uri),
  };
}
