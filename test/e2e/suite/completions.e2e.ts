import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../support/poll';
import { activatedApi, openDocument, removeWorkspaceFiles, writeWorkspaceFile } from './context';

const created: vscode.Uri[] = [];

function labelText(item: vscode.CompletionItem): string {
  const label = typeof item.label === 'string' ? item.label : item.label.label;
  return label.replace(/^"|"$/g, '');
}

/** Completion labels at a position, polled until they include every wanted label. */
async function labelsAt(uri: vscode.Uri, position: vscode.Position, wanted: string[]): Promise<string[]> {
  let last: string[] = [];
  try {
    return await waitFor(`completions ${wanted.join(', ')}`, async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
      last = list.items.map(labelText);
      return wanted.every((w) => last.includes(w)) && last;
    }, { timeoutMs: 30_000, intervalMs: 250 });
  } catch (error) {
    throw new Error(`${(error as Error).message}; got: ${last.slice(0, 40).join(', ') || 'nothing'}`);
  }
}

suite('completions', () => {
  suiteSetup(async () => {
    await activatedApi();
  });
  suiteTeardown(async () => {
    await removeWorkspaceFiles(created);
  });

  test('property names of the registration-file form in an empty registration', async () => {
    const uri = await writeWorkspaceFile('updater_Completion.json', '{\n  \n}\n');
    created.push(uri);
    await openDocument(uri);
    const labels = await labelsAt(uri, new vscode.Position(1, 2), ['PFN', 'OEMName', 'UpdaterName', 'Source', 'Scenario']);
    assert.ok(labels.includes('RegistrationVersion'), `RegistrationVersion missing from ${labels.join(', ')}`);
  });

  test('value names under a UScheduler_OOBE key in a .reg file', async () => {
    const text = [
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE\\Contoso_Completion]',
      '',
      '',
    ].join('\r\n');
    const uri = await writeWorkspaceFile('completion.reg', text);
    created.push(uri);
    await openDocument(uri);
    await labelsAt(uri, new vscode.Position(3, 0), ['updaterPriority', 'expeditedPayload']);
  });
});
