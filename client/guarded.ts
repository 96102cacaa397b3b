import * as vscode from 'vscode';
import type { ClientDeps } from './deps';

/** Runs a command's body; a failure is logged with its stack and shown once, never thrown at VS Code. */
export async function guarded(deps: ClientDeps, title: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    deps.log.error(`${title} failed: ${err instanceof Error ? (err.stack ?? message) : message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, message));
  }
}
