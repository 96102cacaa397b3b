// What every extension-host suite shares: the extension under test, its API, the workspace copy.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';

export const extensionId = 'expedited-apps.expedited-apps';

/** The shape the extension's `activate` returns (see client/extension.ts). */
export interface ExpeditedAppsApi {
  activationMs?: number;
  activationCpuMs?: number;
  /** `performance.now()` when activate returned, and when the language server answered initialize. */
  activatedAt?: number;
  serverInitializedAt?(): number | undefined;
  client?: { isRunning(): boolean };
  /** Whether the feature bundle (dist/clientCommands.js) is loaded. */
  featuresLoaded?(): boolean;
  preview?: {
    current(): { order: string[]; registrations: Array<{ name: string; priority: number; rank: number; status: string }> } | undefined;
  };
}

export function extension(): vscode.Extension<ExpeditedAppsApi> {
  const found = vscode.extensions.getExtension<ExpeditedAppsApi>(extensionId);
  if (!found) throw new Error(`extension ${extensionId} is not loaded`);
  return found;
}

export async function activatedApi(): Promise<ExpeditedAppsApi | undefined> {
  return extension().activate();
}

/** The temporary copy of examples/ the tests run in (never the repository's own files). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return folder.uri;
}

export function repoRoot(): string {
  return process.env.EXPEDITE_REPO_ROOT ?? extension().extensionPath;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the project's own CLI (`node dist/cli.js …`) in the workspace folder: an independent view of the same files. */
export function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolveRun) => {
    const options = { cwd: workspaceRoot().fsPath, maxBuffer: 64 * 1024 * 1024 };
    execFile(process.env.EXPEDITE_NODE ?? 'node', [join(repoRoot(), 'dist', 'cli.js'), ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolveRun({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

export interface CheckedFile {
  path: string;
  kind: string;
  diagnostics: Array<{ code: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

/** `expedite check --format json` over the given paths. */
export async function cliCheck(paths: string[]): Promise<CheckedFile[]> {
  const result = await runCli(['check', '--format', 'json', ...paths]);
  try {
    return (JSON.parse(result.stdout) as { files: CheckedFile[] }).files;
  } catch {
    throw new Error(`expedite check printed no JSON (exit ${result.code}): ${result.stderr || result.stdout}`);
  }
}

export async function openDocument(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'expedited-apps');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

/** Writes a file into the workspace copy (tests remove what they create). */
export async function writeWorkspaceFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function removeWorkspaceFiles(uris: vscode.Uri[]): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const uri of uris) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
}

/** Files of the workspace copy, as paths, whose `expedite check` result satisfies `accept`. */
export async function pickCheckedFile(description: string, accept: (file: CheckedFile) => boolean, prefer?: (file: CheckedFile) => boolean): Promise<CheckedFile> {
  const files = await cliCheck([workspaceRoot().fsPath]);
  const candidates = files.filter(accept).sort((a, b) => a.path.localeCompare(b.path));
  const chosen = (prefer && candidates.find(prefer)) ?? candidates[0];
  if (!chosen) {
    const seen = files.map((f) => `${f.path} (${f.kind}, ${f.diagnostics.length} diagnostics)`).join('; ') || 'none';
    throw new Error(`the workspace (a copy of examples/) has no ${description}; expedite check saw: ${seen}`);
  }
  return chosen;
}

/** `expedite check` reports paths relative to its working folder (the workspace root): make them absolute. */
export function fileUri(path: string): vscode.Uri {
  return vscode.Uri.file(resolve(workspaceRoot().fsPath, path));
}
