// The local Windows registry (reg.exe, 64-bit view) and %ProgramData%.
// Writes need an elevated process: when this one is not, each write goes through the elevation prompt
// with a command line built only from our own private temp paths and validated folder names.
import { join } from 'node:path';
import { runProcess, type ProcessResult } from './process';
import { elevatedCommandLine, regArgs, regDeletionText } from './regCommands';
import { RegExeBackend } from './regExeBackend';
import { utf16leWithBom, withPrivateTemp } from './tempFiles';
import { BackendError, BackendUnavailableError, type FaultOptions, type WriteOp } from './types';

export interface WindowsOptions {
  faults?: FaultOptions;
  /** Overrides the check `net session` makes (tests, or callers that already know). */
  elevated?: boolean;
  /** Runs one command line elevated; default: @vscode/sudo-prompt. */
  runElevated?: (commandLine: string) => Promise<void>;
}

export function regExePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.SystemRoot ?? env.windir ?? 'C:\\Windows', 'System32', 'reg.exe');
}

/** `net session` succeeds only in an elevated (Administrator) process. */
export async function isElevated(): Promise<boolean> {
  return (await runProcess('net', ['session'], { timeoutMs: 15_000 })).code === 0;
}

async function sudoPrompt(commandLine: string): Promise<void> {
  const sudo = await import('@vscode/sudo-prompt');
  await new Promise<void>((resolve, reject) => {
    sudo.exec(commandLine, { name: 'Expedited Apps' }, (error, _stdout, stderr) => {
      if (error) reject(new BackendError(`elevated command failed: ${error.message}${stderr ? ` ${String(stderr).trim()}` : ''}`));
      else resolve();
    });
  });
}

export interface WindowsBackendConfig {
  regExe: string;
  programData: string;
  elevated: boolean;
  runElevated: (commandLine: string) => Promise<void>;
  /** Runs reg.exe; default: execFile with the argument array (tests record the arrays instead). */
  runReg?: (args: readonly string[], signal?: AbortSignal) => Promise<ProcessResult>;
  faults?: FaultOptions;
}

export class WindowsBackend extends RegExeBackend {
  private readonly regExe: string;
  private readonly elevated: boolean;
  private readonly runElevated: (commandLine: string) => Promise<void>;

  constructor(windows: WindowsBackendConfig) {
    super({
      kind: 'local',
      label: 'local registry (reg.exe, 64-bit view)',
      program: [windows.regExe],
      runReg: windows.runReg ?? ((args, signal) => runProcess(windows.regExe, args, { signal })),
      targetPath: (p) => p,
      programDataRoot: windows.programData,
      programDataDisplay: windows.programData,
      faults: windows.faults,
    });
    this.regExe = windows.regExe;
    this.elevated = windows.elevated;
    this.runElevated = windows.runElevated;
  }

  protected override async perform(op: WriteOp, signal?: AbortSignal): Promise<void> {
    if (this.elevated) return super.perform(op, signal);
    // Not elevated: data travels in private temp files, never on the elevated command line.
    switch (op.op) {
      case 'delete-key':
        return this.importElevated(regDeletionText(op.key));
      case 'copy-key':
        return this.runElevated(elevatedCommandLine([this.regExe, ...regArgs.copy(op.from, op.to)]));
      case 'import':
      case 'import-export':
        return this.importElevated(op.regText);
      case 'mkdir':
        return this.runElevated(elevatedCommandLine(['mkdir', await this.files.safePath(op.path)]));
      case 'write-file':
        return withPrivateTemp(async (temp) => {
          const source = await temp.write('staged.json', op.bytes);
          await this.runElevated(elevatedCommandLine(['copy', '/b', '/y', source, await this.files.safePath(op.path)]));
        });
      case 'remove-dir':
        return this.runElevated(elevatedCommandLine(['rmdir', '/s', '/q', await this.files.safePath(op.path)]));
    }
  }

  private importElevated(regText: string): Promise<void> {
    return withPrivateTemp(async (temp) => {
      const file = await temp.write('import.reg', utf16leWithBom(regText));
      await this.runElevated(elevatedCommandLine([this.regExe, ...regArgs.import(file)]));
    });
  }
}

export async function createWindowsBackend(options: WindowsOptions = {}): Promise<RegExeBackend> {
  if (process.platform !== 'win32') {
    throw new BackendUnavailableError(`--target local needs Windows (this is ${process.platform}); use --target wine with a Wine prefix, or --dry-run`);
  }
  const programData = process.env.ProgramData ?? process.env.ALLUSERSPROFILE ?? 'C:\\ProgramData';
  const elevated = options.elevated ?? (await isElevated());
  return new WindowsBackend({ regExe: regExePath(), programData, elevated, runElevated: options.runElevated ?? sudoPrompt, faults: options.faults });
}
