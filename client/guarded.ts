import * as vscode from 'vscode';
import type { ClientDeps } from './deps';
import { errorText } from '../backends/types';
import { render } from '../core/rules/render';
import { displayLocale } from './displayLocale';

/** Runs a command's body; a failure is logged with its stack and shown once, never thrown at VS Code. */
export async function guarded(deps: ClientDeps, title: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    // The log keeps the English message and its stack; the notification says it in the user's language.
    const english = err instanceof Error ? err.message : String(err);
    deps.log.error(`${title} failed: ${err instanceof Error ? (err.stack ?? english) : english}`);
    const message = render(errorText(err), displayLocale());
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title, message));
  }
}
