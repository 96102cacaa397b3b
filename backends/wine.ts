// Wine's registry and drive_c: a real reg.exe on Linux, for trying registrations without a Windows device.
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { runProcess, type ProcessResult } from './process';
import { RegExeBackend } from './regExeBackend';
import { backendError, backendTarget } from './texts';
import { render } from '../core/rules/render';
import { BackendUnavailableError, type FaultOptions } from './types';

export interface WineOptions {
  /** WINEPREFIX; default `$WINEPREFIX`, else `~/.wine`. */
  prefix?: string;
  /** The Wine launcher (a program, not a shell command); default `wine`. */
  command?: string;
  env?: NodeJS.ProcessEnv;
  faults?: FaultOptions;
  /** Let Wine create a prefix that does not exist yet (otherwise that is refused: no silent ~/.wine). */
  createPrefix?: boolean;
}

/** A prefix exists once Wine has set it up: its registry file or its drive_c is there. */
export async function winePrefixExists(prefix: string): Promise<boolean> {
  for (const [name, isDir] of [['system.reg', false], ['drive_c', true]] as const) {
    try {
      const info = await stat(join(prefix, name));
      if (isDir ? info.isDirectory() : info.isFile()) return true;
    } catch {
      // look at the next sign
    }
  }
  return false;
}

export function defaultWinePrefix(env: NodeJS.ProcessEnv = process.env): string {
  return env.WINEPREFIX && env.WINEPREFIX.length > 0 ? env.WINEPREFIX : join(homedir(), '.wine');
}

/** True when the launcher starts (`wine --version`). */
export async function wineInstalled(command = 'wine', env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const result = await runProcess(command, ['--version'], { env, timeoutMs: 30_000 });
  return result.code === 0;
}

/** A host path as Wine's programs see it: the whole Unix tree is drive Z:. */
export function wineDrivePath(hostPath: string): string {
  return `Z:${hostPath.replace(/\//g, '\\')}`;
}

/**
 * Wine's launcher now and then fails to start reg.exe at all ("Application could not be started …
 * ShellExecuteEx failed"): reg.exe never ran and changed nothing, so one more start is safe.
 */
export async function runAgainIfNotLaunched<R extends ProcessResult>(run: () => Promise<R>, signal?: AbortSignal): Promise<R> {
  const first = await run();
  const notLaunched = first.code !== 0 && /ShellExecuteEx failed/.test(first.stdout + first.stderr);
  return notLaunched && !signal?.aborted ? run() : first;
}

export async function createWineBackend(options: WineOptions = {}): Promise<RegExeBackend> {
  const baseEnv = options.env ?? process.env;
  const command = options.command && options.command.trim() ? options.command.trim() : 'wine';
  const prefix = resolve(options.prefix && options.prefix.length > 0 ? options.prefix : defaultWinePrefix(baseEnv));
  if (!isAbsolute(prefix)) throw new BackendUnavailableError(backendError.winePrefixRelative({ prefix }));
  // Quiet Wine's own logging; a new prefix must not stop to offer Mono or Gecko downloads.
  const env: NodeJS.ProcessEnv = { ...baseEnv, WINEPREFIX: prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: baseEnv.WINEDLLOVERRIDES ?? 'mscoree,mshtml=' };
  // Wine first: without it, the prefix question does not arise.
  if (!(await wineInstalled(command, env))) {
    throw new BackendUnavailableError(backendError.wineMissing({ command }));
  }
  if (!options.createPrefix && !(await winePrefixExists(prefix))) {
    throw new BackendUnavailableError(backendError.winePrefixMissing({ prefix }));
  }
  return new RegExeBackend({
    kind: 'wine',
    label: render(backendTarget.wine({ prefix })),
    program: [command, 'reg'],
    runReg: (args, signal) => runAgainIfNotLaunched(() => runProcess(command, ['reg', ...args], { env, signal, outputThroughFiles: true }), signal),
    targetPath: wineDrivePath,
    programDataRoot: join(prefix, 'drive_c', 'ProgramData'),
    programDataDisplay: join(prefix, 'drive_c', 'ProgramData'),
    faults: options.faults,
  });
}
