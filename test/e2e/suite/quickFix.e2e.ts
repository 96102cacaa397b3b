import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../support/poll';
import { activatedApi, codeOf, openDocument, ourDiagnostics, removeWorkspaceFiles, writeWorkspaceFile } from './context';

const created: vscode.Uri[] = [];

// A valid registration but for one fixable mistake: "UK" is not an ISO 3166-1 code ("GB" is).
const registration = `{
  "PFN": "Contoso.Companion_8wekyb3d8bbwe",
  "OEMName": "Contoso",
  "UpdaterName": "QuickFix",
  "RegistrationVersion": 1,
  "Source": "Store",
  "ProductId": "9NBLGGH4NNS1",
  "Scenario": "Acquisition",
  "ExcludedRegions": ["UK"]
}
`;

suite('quick fixes', () => {
  suiteSetup(async () => {
    await activatedApi();
  });
  suiteTeardown(async () => {
    await removeWorkspaceFiles(created);
  });

  test('applying the quick fix for a reserved region code changes the document and clears the finding', async () => {
    const uri = await writeWorkspaceFile('updater_QuickFix.json', registration);
    created.push(uri);
    const editor = await openDocument(uri);
    const ukOffset = registration.indexOf('"UK"');
    const ukRange = new vscode.Range(editor.document.positionAt(ukOffset), editor.document.positionAt(ukOffset + 4));
    const diagnostic = await waitFor('a diagnostic on "UK"', () => ourDiagnostics(uri).find((d) => d.range.isEqual(ukRange)))
      .catch((error: Error) => {
        const shown = ourDiagnostics(uri).map((d) => `${codeOf(d)} at ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
        throw new Error(`${error.message}; shown: ${shown.join(', ') || 'nothing'}`);
      });
    const code = codeOf(diagnostic);

    let offered: string[] = [];
    const actions = await waitFor('a quick fix with an edit', async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      offered = all.map((a) => `${a.title} (${a.kind?.value ?? 'no kind'}${a.edit ? ', edit' : ''})`);
      const fixes = all.filter((a) => a.edit && (!a.diagnostics || a.diagnostics.some((d) => codeOf(d) === code)));
      return fixes.length > 0 && fixes;
    }).catch((error: Error) => {
      throw new Error(`${error.message} for ${code}; offered: ${offered.join(', ') || 'nothing'}`);
    });
    const fix = actions.find((a) => a.isPreferred) ?? actions[0];
    assert.ok(fix.edit, `quick fix "${fix.title}" has no edit`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, `applying "${fix.title}" failed`);

    const text = editor.document.getText();
    assert.notEqual(text, registration, 'the document did not change');
    assert.ok(text.includes('"GB"') && !text.includes('"UK"'), `expected "UK" replaced by "GB"; the document reads:\n${text}`);
    await waitFor(`the ${code} finding to clear`, () => !ourDiagnostics(uri).some((d) => codeOf(d) === code));
  });
});
