import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** What the client's feature modules (apply, preview, conversions) get from activation. */
export interface ClientDeps {
  client: LanguageClient;
  log: vscode.LogOutputChannel;
}
