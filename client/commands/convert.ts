import type * as vscode from 'vscode';
import type { ClientDeps } from '../deps';

export function registerConvertCommands(context: vscode.ExtensionContext, deps: ClientDeps): void {
  void context;
  void deps;
}
