// Read-only documents holding the target's side of a comparison: `expedited-apps-target:` URIs.
import * as vscode from 'vscode';
import { targetCounterpart } from '../../backends/compare';
import type { Backend } from '../../backends/types';
import { loadPlanInput } from './documents';

export const TARGET_SCHEME = 'expedited-apps-target';

export class TargetContentProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly backendFor: () => Promise<Backend>) {}

  /** The target-side URI for a document: same file name (so the same language), the source in the query. */
  static uriFor(source: vscode.Uri): vscode.Uri {
    const name = source.path.split('/').pop() ?? 'registration';
    return vscode.Uri.from({ scheme: TARGET_SCHEME, path: `/${name}`, query: source.toString() });
  }

  refresh(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const source = vscode.Uri.parse(uri.query);
    const backend = await this.backendFor();
    const counterpart = await targetCounterpart(await loadPlanInput(source, { save: false }), backend);
    return counterpart.text;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
