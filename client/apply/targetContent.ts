// Read-only documents holding the target's side of a comparison: `expedited-apps-target:` URIs.
import * as vscode from 'vscode';
import { targetCounterpart } from '../../backends/compare';
import type { Backend } from '../../backends/types';
import { loadPlanInput } from './documents';
import { targetView, type TargetView } from './sameContent';
import { TARGET_SCHEME } from '../featureIds';

export class TargetContentProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** What `read` found last, per target URI: the diff shows it without reading the target again. */
  private readonly views = new Map<string, TargetView>();

  constructor(private readonly backendFor: () => Promise<Backend>) {}

  /** The target-side URI for a document: same file name (so the same language), the source in the query. */
  static uriFor(source: vscode.Uri): vscode.Uri {
    const name = source.path.split('/').pop() ?? 'registration';
    return vscode.Uri.from({ scheme: TARGET_SCHEME, path: `/${name}`, query: source.toString() });
  }

  /** Reads the target's side for `uri` now (and shows it in an open diff). */
  async read(uri: vscode.Uri, backend?: Backend): Promise<TargetView> {
    const source = vscode.Uri.parse(uri.query);
    const input = await loadPlanInput(source, { save: false });
    const counterpart = await targetCounterpart(input, backend ?? (await this.backendFor()));
    const view = targetView(input, counterpart.text);
    this.views.set(uri.toString(), view);
    this.changed.fire(uri);
    return view;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    return (this.views.get(uri.toString()) ?? (await this.read(uri))).text;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
