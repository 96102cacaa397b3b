import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../support/poll';
import { activatedApi, fileUri, openDocument, pickCheckedFile, runCli, workspaceRoot } from './context';

interface SimulateResult {
  order: string[];
  registrations: Array<{ name: string; priority: number; rank: number }>;
}

function webviewTabOpen(): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview));
}

suite('priority-order preview', () => {
  test('Preview Priority Order opens a panel with the order expedite simulate computes', async function () {
    this.timeout(120_000);
    const api = await activatedApi();
    assert.ok(api?.preview, 'activate() returns no preview API ({ preview: { current() } })');
    const picked = await pickCheckedFile('valid .reg file', (f) => f.kind === 'reg' && !/(^|\/)invalid\//.test(f.path));
    await openDocument(fileUri(picked.path));

    const simulated = await runCli(['simulate', '--format', 'json', workspaceRoot().fsPath]);
    assert.ok(simulated.stdout.trim(), `expedite simulate printed nothing (exit ${simulated.code}): ${simulated.stderr}`);
    const expected = JSON.parse(simulated.stdout) as SimulateResult;
    assert.ok(expected.order.length >= 2, `expected at least two registrations in the examples; simulate gave ${expected.order.join(', ')}`);

    await vscode.commands.executeCommand('expeditedApps.previewPriorityOrder');
    await waitFor('the preview panel', () => webviewTabOpen());
    const shown = await waitFor('a simulation result in the panel', () => api.preview!.current());
    const openDocuments = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file').map((d) => vscode.workspace.asRelativePath(d.uri));
    assert.deepEqual(shown.order, expected.order,
      `panel: ${shown.order.join(', ')}\nexpedite simulate: ${expected.order.join(', ')}\nopen documents: ${openDocuments.join(', ')}`);
    const byName = new Map(shown.registrations.map((r) => [r.name, r]));
    const priorities = shown.order.map((name) => byName.get(name)?.priority ?? Number.NaN);
    assert.ok(priorities.every((p, i) => i === 0 || priorities[i - 1] <= p), `the order does not follow priority: ${priorities.join(', ')}`);
  });
});
