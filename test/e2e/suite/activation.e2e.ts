import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedApi, extension } from './context';

suite('activation', () => {
  test('the extension activates in a workspace with registrations', async () => {
    await activatedApi();
    assert.equal(extension().isActive, true);
    assert.equal(typeof vscode.version, 'string');
    console.log(`      (VS Code ${vscode.version}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI, remote: ${vscode.env.remoteName ?? 'none'})`);
  });

  test('every command contributed in package.json is registered', async () => {
    await activatedApi();
    const contributed = (extension().packageJSON as { contributes: { commands: Array<{ command: string }> } }).contributes.commands.map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((command) => !registered.has(command));
    assert.ok(missing.length === 0, `contributed but not registered: ${missing.join(', ')}`);
  });
});
