import * as vscode from 'vscode';

/** A URI passed by a menu (Uri), the code lens (`[uri]` string) or a test, else the active editor's document. */
export function commandUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg.length > 0) return vscode.Uri.parse(arg);
  if (Array.isArray(arg) && arg.length > 0) return commandUri(arg[0]);
  return vscode.window.activeTextEditor?.document.uri;
}
