// The document a command acts on, read as the CLI reads it: saved bytes, decoded, analysed by the shared core.
import * as vscode from 'vscode';
import { analyzeDocument, isRegPath } from '../../core/analyze';
import { decodeRegBytes } from '../../core/reg/decode';
import type { PlanInput } from '../../backends/plan';
import { effectiveCodePage } from '../../server/codePage';

/**
 * Saves a modified document first (the file form is staged byte-identical to what is on disk),
 * then reads its bytes and analyses them.
 */
export async function loadPlanInput(uri: vscode.Uri, options: { save: boolean } = { save: true }): Promise<PlanInput> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const path = uri.scheme === 'file' ? uri.fsPath : uri.toString();
  const reg = isRegPath(path) || open?.languageId === 'reg';
  if (open && (!options.save || open.isUntitled)) {
    // Reading only (compare, save as .reg): the editor's text as it is now.
    const text = open.getText();
    const analysis = analyzeDocument({ path: vscode.workspace.asRelativePath(uri), text, languageId: reg ? 'reg' : 'json' });
    return { path: analysis.path, analysis, bytes: new TextEncoder().encode(text) };
  }
  if (open?.isDirty && !(await open.save())) throw new Error(vscode.l10n.t('{0} has unsaved changes that could not be saved', vscode.workspace.asRelativePath(uri)));
  const bytes = await vscode.workspace.fs.readFile(uri);
  const codePage = effectiveCodePage(vscode.workspace.getConfiguration('expeditedApps', uri).get<number>('reg.codePage', 0));
  const decoded = reg ? decodeRegBytes(bytes, codePage) : { text: new TextDecoder('utf-8').decode(bytes), encoding: undefined };
  const analysis = analyzeDocument({ path: vscode.workspace.asRelativePath(uri), text: decoded.text, encoding: decoded.encoding, languageId: reg ? 'reg' : 'json' });
  return { path: analysis.path, analysis, bytes };
}
