// The local Windows registry (reg.exe, 64-bit view) and %ProgramData%.
// Writes need an elevated process (backends/elevation.ts): one without administrator rights is refused
// before it reads or writes anything, so a batch never meets a prompt per write.
import { join } from 'node:path';
import { detectElevation, ElevationRequiredError } from './elevation';
import { runProcess, type ProcessResult } from './process';
import { RegExeBackend } from './regExeBackend';
import { backendError, backendTarget } from './texts';
import { render } from '../core/rules/render';
import { BackendUnavailableError, type Backend, type FaultOptions, type WriteOp } from './types';

export interface WindowsOptions {
  faults?: FaultOptions;
  /** Overrides the detection (tests, or callers that already know). */
  elevated?: boolean;
  /** The caller will write: refuse now (ElevationRequiredError) when this process is not elevated. */
  writes?: boolean;
  env?: NodeJS.ProcessEnv;
  /** For tests: the platform to assume. */
  platform?: NodeJS.Platform;
}

export function regExePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.SystemRoot ?? env.windir ?? 'C:\\Windows', 'System32', 'reg.exe');
}

export interface WindowsBackendConfig {
  regExe: string;
  programData: string;
  elevated: boolean;
  /** Runs reg.exe; default: execFile with the argument array (tests record the arrays instead). */
  runReg?: (args: readonly string[], signal?: AbortSignal) => Promise<ProcessResult>;
  faults?: FaultOptions;
}

export class WindowsBackend extends RegExeBackend {
  readonly elevated: boolean;

  constructor(windows: WindowsBackendConfig) {
    super({
      kind: 'local',
      label: render(backendTarget.local()),
      program: [windows.regExe],
      runReg: windows.runReg ?? ((args, signal) => runProcess(windows.regExe, args, { signal })),
      targetPath: (p) => p,
      programDataRoot: windows.programData,
      programDataDisplay: windows.programData,
      faults: windows.faults,
    });
    this.elevated = windows.elevated;
  }

  protected override async perform(op: WriteOp, signal?: AbortSignal): Promise<void> {
    // Reached only when a caller skipped the check at creation: fail before reg.exe meets "Access is denied".
    if (!this.elevated) throw new ElevationRequiredError();
    return super.perform(op, signal);
  }
}

/** True for the local registry when this process may not write it: the editor then elevates the batch once. */
export function writesNeedElevation(backend: Backend): boolean {
  return backend instanceof WindowsBackend && !backend.elevated;
}

export async function createWindowsBackend(options: WindowsOptions = {}): Promise<WindowsBackend> {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') {
    throw new BackendUnavailableError(backendError.localNeedsWindows({ platform }));
  }
  const env = options.env ?? process.env;
  const programData = env.ProgramData ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData';
  const elevated = options.elevated ?? (await detectElevation({ env })).elevated;
  // Reading needs no rights; writing without them is refused here, before the target is read.
  if (options.writes && !elevated) throw new ElevationRequiredError();
  return new WindowsBackend({ regExe: regExePath(env), programData, elevated, faults: options.faults });
}
