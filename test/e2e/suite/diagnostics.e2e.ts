import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../support/poll';
import { activatedApi, cliCheck, codeOf, fileUri, openDocument, ourDiagnostics, pickCheckedFile, type CheckedFile } from './context';

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
});
