import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { OUT_FILE_REGISTRATION, outFileBytes } from '../../helpers/outFile';
import { waitFor } from '../support/poll';
import { activatedApi, cliCheck, codeOf, openDocument, ourDiagnostics, removeWorkspaceFiles, workspaceRoot } from './context';

const created: vscode.Uri[] = [];
const SEVERITY = ['error', 'warning', 'information', 'hint']; // vscode.DiagnosticSeverity, in order

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

// Windows PowerShell 5.1's Out-File writes UTF-16LE with a BOM; VS Code shows the text without the mark,
// so the server reads the file's bytes to report the encoding once, as `expedite check` does.
suite('registration file encoding', () => {
  suiteSetup(async () => {
    await activatedApi();
  });
  suiteTeardown(async () => {
    await removeWorkspaceFiles(created);
  });

  test('a UTF-16LE updater_X.json from Out-File shows one encoding finding plus its content\'s, as the CLI prints them', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'updater_OutFile.json');
    await vscode.workspace.fs.writeFile(uri, outFileBytes(OUT_FILE_REGISTRATION));
    created.push(uri);
    // The CLI over the whole workspace, as the editor sees it: the file's own findings, plus the
    // cross-file ones (its default priority 100 ties with other examples).
    const cli = (await cliCheck([workspaceRoot().fsPath])).find((f) => f.path.endsWith('updater_OutFile.json'));
    assert.ok(cli, 'expedite check did not check updater_OutFile.json');
    const expected = cli.diagnostics.map((d) => `${d.code} ${d.severity} ${d.range.start.line}`).sort();
    const crossFile = new Set(['equal-priority', 'duplicate-pfn', 'duplicate-registration-name']);
    assert.deepEqual(cli.diagnostics.filter((d) => !crossFile.has(d.code)).map((d) => `${d.code} ${d.severity} ${d.range.start.line}`), ['registration-encoding error 0', 'max-retry-out-of-range error 8']);

    const editor = await openDocument(uri);
    assert.equal(editor.document.getText().charCodeAt(0), 0x7b, 'VS Code decoded the UTF-16LE text without its mark');
    await waitFor('the encoding finding and the content finding, nothing else', () => {
      const shown = ourDiagnostics(uri).map((d) => `${codeOf(d)} ${SEVERITY[d.severity]} ${d.range.start.line}`).sort();
      if (JSON.stringify(shown) !== JSON.stringify(expected)) throw new Error(`the editor shows: ${shown.join('; ') || 'nothing'}`);
      return true;
    });
  });
});
