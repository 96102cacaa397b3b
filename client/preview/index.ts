import type * as vscode from 'vscode';
import type { ClientDeps } from '../deps';

export function registerPreview(context: vscode.ExtensionContext, deps: ClientDeps): void {
  void context;
  void deps;
}
