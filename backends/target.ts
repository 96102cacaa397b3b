// Which backend a command uses: the editor's `expeditedApps.target` setting and the CLI's --target share this.
import { DryRunBackend } from './dryRun';
import { createWindowsBackend } from './windows';
import { createWineBackend, wineInstalled } from './wine';
import { backendError } from './texts';
import { BackendUnavailableError, type Backend, type FaultOptions } from './types';

export type TargetSetting = 'auto' | 'local' | 'wine' | 'dry-run';

export interface TargetOptions {
  target: TargetSetting;
  winePrefix?: string;
  wineCommand?: string;
  /** Record instead of writing, reading from the chosen target (the CLI's --dry-run). */
  dryRun?: boolean;
  env?: NodeJS.ProcessEnv;
  faults?: FaultOptions;
  platform?: NodeJS.Platform;
  /** Wine: create the prefix when it does not exist (the CLI's --create-prefix). */
  createPrefix?: boolean;
  /** The command will write (apply, remove, undo): `local` refuses now without administrator rights. */
  writes?: boolean;
}

/** `auto`: Windows' own registry on Windows, else Wine when it runs, else nothing (the caller offers "Save as .reg"). */
export async function resolveTarget(options: TargetOptions): Promise<'local' | 'wine' | 'dry-run'> {
  if (options.target !== 'auto') return options.target;
  if ((options.platform ?? process.platform) === 'win32') return 'local';
  if (await wineInstalled(options.wineCommand || 'wine', options.env)) return 'wine';
  throw new BackendUnavailableError(backendError.noRegistry());
}

export async function createBackend(options: TargetOptions): Promise<Backend> {
  const kind = await resolveTarget(options);
  if (kind === 'dry-run') return new DryRunBackend();
  const real = kind === 'local' ? await createWindowsBackend({ faults: options.faults, env: options.env, writes: options.writes && !options.dryRun }) : await createWineBackend({ prefix: options.winePrefix, command: options.wineCommand, env: options.env, faults: options.faults, createPrefix: options.createPrefix });
  return options.dryRun ? new DryRunBackend(real) : real;
}
