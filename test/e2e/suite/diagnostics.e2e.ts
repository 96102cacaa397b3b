import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../support/poll';
import { registrationsReg } from '../../../bench/generate';
import { activatedApi, cliCheck, codeOf, fileUri, openDocument, ourDiagnostics, pickCheckedFile, removeWorkspaceFiles, workspaceRoot, writeWorkspaceFile, type CheckedFile } from './context';

const severities: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

type Expected = CheckedFile['diagnostics'][number];

function formatExpected(d: Expected): string {
  return `${d.code} ${d.severity} at ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

function matches(actual: vscode.Diagnostic, expected: Expected): boolean {
  const r = actual.range;
  return codeOf(actual) === expected.code
    && actual.severity === severities[expected.severity]
    && r.start.line === expected.range.start.line && r.start.character === expected.range.start.character
    && r.end.line === expected.range.end.line && r.end.character === expected.range.end.character;
}

// Strict-JSON findings that VS Code's own JSON validation reports in `json` documents: the client
// leaves those squiggles to it rather than marking the same characters twice (client/languageClient.ts).
const reportedByVsCodeJson = new Set(['json-syntax-error', 'json-comment', 'json-trailing-comma']);

function coveredByVsCodeJson(actual: vscode.Diagnostic, expected: Expected): boolean {
  const range = new vscode.Range(expected.range.start.line, expected.range.start.character, expected.range.end.line, expected.range.end.character);
  return actual.source !== 'expedited-apps' && actual.severity === vscode.DiagnosticSeverity.Error && actual.range.intersection(range) !== undefined;
}

/** The editor shows every finding `expedite check` prints for the file alone (same code, severity, range). */
async function assertEditorShowsCliFindings(kind: string): Promise<void> {
  await activatedApi();
  const invalid = (f: CheckedFile) => f.kind === kind && f.diagnostics.some((d) => d.severity === 'error');
  const picked = await pickCheckedFile(`${kind} file with an error`, invalid, (f) => /(^|\/)invalid\//.test(f.path));
  const uri = fileUri(picked.path);
  const [alone] = await cliCheck([uri.fsPath]);
  assert.ok(alone && alone.diagnostics.length > 0, `expedite check found nothing in ${uri.fsPath} on its own`);
  const { document } = await openDocument(uri);
  const shownBy = (expected: Expected, all: vscode.Diagnostic[]) =>
    document.languageId === 'json' && reportedByVsCodeJson.has(expected.code)
      ? all.some((a) => coveredByVsCodeJson(a, expected))
      : all.some((a) => matches(a, expected));
  const shown = await waitFor(`the editor's diagnostics for ${uri.fsPath}`, () => {
    const all = vscode.languages.getDiagnostics(uri);
    return alone.diagnostics.every((expected) => shownBy(expected, all)) && ourDiagnostics(uri);
  }, { timeoutMs: 30_000 }).catch((error: Error) => {
    const actual = vscode.languages.getDiagnostics(uri).map((d) => `${d.source}:${codeOf(d)} ${d.severity} at ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
    throw new Error(`${error.message} (language ${document.languageId})\n  expected (expedite check): ${alone.diagnostics.map(formatExpected).join(', ')}\n  shown: ${actual.join(', ') || 'nothing'}`);
  });
  assert.ok(shown.length > 0, 'no diagnostics of ours');
  assert.ok(shown.every((d) => d.message.length > 0));
}

suite('diagnostics', () => {
  test('a .reg file with a mistake shows the same findings as expedite check', async () => {
    await assertEditorShowsCliFindings('reg');
  });

  test('a JSON registration file with a mistake shows the same findings as expedite check', async () => {
    await assertEditorShowsCliFindings('registration');
  });

  // 600 registrations share 100 priorities: 600 findings, more than the 500 VS Code draws, spread
  // over many owners (core/diagnostics/shards.ts). After each edit (an error added in the middle, a
  // line added at the top, both undone) VS Code holds exactly what expedite check says of the saved
  // text in the folder: none lost, none left over from an owner that was not set again.
  test('typing in a .reg of 600 registrations: VS Code holds exactly the findings of expedite check after each edit', async () => {
    await activatedApi();
    const uri = await writeWorkspaceFile('typed-600.reg', registrationsReg(600));
    const editor = await openDocument(uri);
    try {
      const key = (d: { code: string; severity: string; range: Expected['range'] }) =>
        `${d.code} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
      const severityName = (s: vscode.DiagnosticSeverity) => Object.keys(severities).find((k) => severities[k] === s) ?? String(s);
      const shown = () => ourDiagnostics(uri).map((d) => key({ code: codeOf(d), severity: severityName(d.severity), range: d.range })).sort();
      const agree = async (step: string) => {
        assert.equal(await editor.document.save(), true, `${step}: save failed`);
        // The whole folder, as the server sees it: the examples' registrations share priorities with these.
        const checked = (await cliCheck([workspaceRoot().fsPath])).find((f) => f.path.endsWith('typed-600.reg'));
        assert.ok(checked, `${step}: expedite check did not list typed-600.reg`);
        const expected = checked.diagnostics.map(key).sort();
        assert.ok(expected.length >= 600, `${step}: expedite check found ${expected.length}`);
        await waitFor(`${step}: the editor's diagnostics equal expedite check's ${expected.length}`, () => JSON.stringify(shown()) === JSON.stringify(expected), { timeoutMs: 30_000 }).catch((error: Error) => {
          const have = new Set(shown());
          const want = new Set(expected);
          throw new Error(`${error.message}; missing ${expected.filter((k) => !have.has(k)).slice(0, 5).join(', ')}; extra ${[...have].filter((k) => !want.has(k)).slice(0, 5).join(', ')}`);
        });
      };
      await agree('opened');
      const text = editor.document.getText();
      const middle = text.indexOf('\\"MaxRetryCount\\":', text.indexOf('Fabrikam_Tool300]'));
      assert.ok(middle > 0);
      const digit = editor.document.positionAt(middle + '\\"MaxRetryCount\\":'.length + 1);
      await editor.edit((edit) => edit.insert(digit, '0'));
      await agree('an out-of-range MaxRetryCount in the middle');
      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '; reviewed\r\n'));
      await agree('a line added at the top');
      await editor.edit((edit) => edit.delete(new vscode.Range(1, 0, 2, 0)));
      await editor.edit((edit) => edit.delete(new vscode.Range(digit, digit.translate(0, 1))));
      await agree('both undone');
    } finally {
      // VS Code may keep the closed document a while, and the server serves it as long: leave it without registrations.
      const all = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length));
      await editor.edit((edit) => edit.delete(all));
      await editor.document.save();
      await removeWorkspaceFiles([uri]);
    }
  });
});
