import * as vscode from 'vscode';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Expedited Apps', { log: true });
  context.subscriptions.push(log);
}

export function deactivate(): void {}
