import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activatedApi, extension, repoRoot } from './context';

suite('activation', () => {
  test('the extension activates in a workspace with registrations', async () => {
    const api = await activatedApi();
    assert.equal(extension().isActive, true);
    assert.ok(typeof api?.activationMs === 'number' && api.activationMs > 0, 'activate reports how long it took');
    // For `npm run bench`: activation measured where it happens, in a real extension host.
    const results = join(repoRoot(), 'test-results', 'e2e');
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, 'activation.json'), JSON.stringify({ activationMs: api.activationMs, vscode: vscode.version }) + '\n');
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
