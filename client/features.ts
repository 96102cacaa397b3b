// The feature bundle (dist/clientCommands.js): apply and the other target commands, conversions,
// New Registration and the preview panel, with the core and the backends they run. Activation does
// not load it; client/lazyFeatures.ts does on first use.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { registerApplyCommands } from './apply';
import { formatRegDocument, registerConvertCommands } from './commands/convert';
import { registerNewRegistration } from './commands/newRegistration';
import type { ClientDeps } from './deps';
import { registerPreview, type PreviewApi } from './preview';

export interface Features {
  preview: PreviewApi;
  /** Format Document on a .reg file. */
  formatRegDocument(document: vscode.TextDocument): vscode.TextEdit[];
  /** The target's side of a comparison (`expedited-apps-target:` documents). */
  targetContent: vscode.TextDocumentContentProvider;
}

/** Registers every command of client/featureIds.ts FEATURE_COMMANDS (the stand-ins are gone by then). */
export function registerFeatures(context: vscode.ExtensionContext, deps: ClientDeps): Features {
  // This bundle has its own copy of @vscode/l10n (the preview and backends/format.ts use it): the same bundle as vscode.l10n.
  l10n.config({ contents: vscode.l10n.bundle ?? {} });
  const targetContent = registerApplyCommands(context, deps);
  registerConvertCommands(context, deps);
  registerNewRegistration(context, deps);
  const preview = registerPreview(context, deps);
  return { preview, formatRegDocument, targetContent };
}
