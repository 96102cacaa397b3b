// Wine's registry and drive_c: a real reg.exe on Linux, for trying registrations without a Windows device.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { runProcess } from './process';
import { RegExeBackend } from './regExeBackend';
import { BackendUnavailableError, type FaultOptions } from './types';

export interface WineOptions {
  /** WINEPREFIX; default `$WINEPREFIX`, else `~/.wine`. */
  prefix?: string;
  /** The Wine launcher (a program, not a shell command); default `wine`. */
  command?: string;
  env?: NodeJS.ProcessEnv;
  faults?: FaultOptions;
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

export async function createWineBackend(options: WineOptions = {}): Promise<RegExeBackend> {
  const baseEnv = options.env ?? process.env;
  const command = options.command && options.command.trim() ? options.command.trim() : 'wine';
  const prefix = resolve(options.prefix && options.prefix.length > 0 ? options.prefix : defaultWinePrefix(baseEnv));
  if (!isAbsolute(prefix)) throw new BackendUnavailableError(`the Wine prefix must be an absolute path: ${prefix}`);
  // Quiet Wine's own logging; a new prefix must not stop to offer Mono or Gecko downloads.
  const env: NodeJS.ProcessEnv = { ...baseEnv, WINEPREFIX: prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: baseEnv.WINEDLLOVERRIDES ?? 'mscoree,mshtml=' };
  if (!(await wineInstalled(command, env))) {
    throw new BackendUnavailableError(`Wine is not available ('${command} --version' did not run). Install Wine (apt-get install wine64 wine) or choose another target.`);
  }
  return new RegExeBackend({
    kind: 'wine',
    label: `Wine prefix ${prefix}`,
    program: [command, 'reg'],
    runReg: (args) => runProcess(command, ['reg', ...args], { env }),
    targetPath: wineDrivePath,
    programDataRoot: join(prefix, 'drive_c', 'ProgramData'),
    programDataDisplay: join(prefix, 'drive_c', 'ProgramData'),
    faults: options.faults,
  });
}
