import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../support/poll';
import { activatedApi, openDocument, removeWorkspaceFiles, workspaceRoot } from './context';

const created: vscode.Uri[] = [];

// regedit writes Version 5.00 files as UTF-16LE with a BOM; Windows refuses them re-encoded as UTF-8.
suite('.reg encoding', () => {
  suiteSetup(async () => {
    await activatedApi();
  });
  suiteTeardown(async () => {
    await removeWorkspaceFiles(created);
  });

  test('a UTF-16LE .reg opens, is edited and saved without changing its encoding', async () => {
    const original = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), 'fabrikam-apps.reg'));
    assert.deepEqual([...original.subarray(0, 2)], [0xff, 0xfe], 'the example is UTF-16LE with a BOM');
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'encoding-roundtrip.reg');
    await vscode.workspace.fs.writeFile(uri, original);
    created.push(uri);

    const editor = await openDocument(uri);
    assert.equal(editor.document.languageId, 'reg');
    await waitFor('the file to be validated', () => editor.document.getText().startsWith('Windows Registry Editor Version 5.00'));
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '; reviewed\r\n'));
    assert.equal(await editor.document.save(), true, 'save failed');

    const saved = await vscode.workspace.fs.readFile(uri);
    assert.deepEqual([...saved.subarray(0, 2)], [0xff, 0xfe], 'the saved file lost its UTF-16LE BOM');
    const decoded = new TextDecoder('utf-16le').decode(saved.subarray(2));
    assert.equal(decoded, editor.document.getText(), 'the saved bytes are not the document as UTF-16LE');
    assert.ok(decoded.includes('; reviewed\r\n'));
  });
});
