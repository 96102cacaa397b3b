// The document a command acts on, read as the CLI reads it: saved bytes, decoded, analysed by the shared core.
import * as vscode from 'vscode';
import { analyzeDocument } from '../../core/analyze';
import { isRegPath } from '../../core/documentKinds';
import type { PlanInput } from '../../backends/plan';
import { effectiveCodePage } from '../../node/systemCodePage';
import { planInputFromBytes } from './planInput';

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
  return planInputFromBytes(vscode.workspace.asRelativePath(uri), bytes, { languageId: reg ? 'reg' : 'json', codePage });
}
