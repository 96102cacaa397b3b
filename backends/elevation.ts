// Administrator rights for `--target local`: writing HKLM and %ProgramData%\USOPrivate needs them.
// Never a UAC prompt by surprise: a process without the rights is refused before the target is read or
// written, unless the caller asked to elevate, and then the whole batch runs in ONE elevated process.
import { runProcess, type ProcessResult } from './process';
import type { ChangeReport } from './run';
import { elevatedCommandLine } from './regCommands';
import { backendError, verbText, type BackendText } from './texts';
import { BackendError, BackendUnavailableError } from './types';

/** Set only by tests: this process counts as not elevated whatever the probes say. */
export const TEST_NOT_ADMIN_ENV = 'EXPEDITE_TEST_NOT_ADMIN';

/** The target is there but this process may not write to it: the CLI exits 2 with the message. */
export class ElevationRequiredError extends BackendUnavailableError {
  constructor(text: BackendText = backendError.elevationRequired()) {
    super(text);
  }
}

export interface ElevationStatus {
  elevated: boolean;
  /** Which probe decided, for logs. */
  evidence: string;
}

export type ProbeRunner = (program: string, args: readonly string[]) => Promise<ProcessResult>;

/** High Mandatory Level (S-1-16-12288) and above: an elevated administrator, or SYSTEM. */
const HIGH_INTEGRITY = 0x3000;

/**
 * The process token's integrity level from `whoami /groups` (the Mandatory Label SID, which no
 * locale translates), or undefined when the output has none (Wine's whoami, or whoami missing).
 */
export function integrityLevel(whoami: ProcessResult): number | undefined {
  if (whoami.code !== 0) return undefined;
  const match = /\bS-1-16-(\d+)\b/.exec(whoami.stdout);
  return match ? Number(match[1]) : undefined;
}

/**
 * Decides from the probes' results, most reliable first:
 * 1. whoami's integrity label (Windows Vista and later, whatever the language and UAC setting);
 * 2. Wine (its HKLM\Software\Wine key exists): Wine has no UAC and every process holds an
 *    administrator token;
 * 3. `net session`, which only an elevated process may run (it also fails when the Server service
 *    is stopped, hence last).
 * Returns undefined while the probes given so far do not decide.
 */
export function decideElevation(probes: { whoami?: ProcessResult; wineKey?: ProcessResult; netSession?: ProcessResult }): ElevationStatus | undefined {
  if (probes.whoami) {
    const level = integrityLevel(probes.whoami);
    if (level !== undefined) return { elevated: level >= HIGH_INTEGRITY, evidence: `whoami: integrity level S-1-16-${level}` };
  }
  if (probes.wineKey?.code === 0) return { elevated: true, evidence: 'Wine: every process holds an administrator token' };
  if (probes.netSession) return { elevated: probes.netSession.code === 0, evidence: `net session: exit code ${probes.netSession.code}` };
  return undefined;
}

/** Whether this process runs with administrator rights (Windows; Wine counts as Windows). */
export async function detectElevation(options: { env?: NodeJS.ProcessEnv; run?: ProbeRunner } = {}): Promise<ElevationStatus> {
  const env = options.env ?? process.env;
  if (env[TEST_NOT_ADMIN_ENV] === '1') return { elevated: false, evidence: `${TEST_NOT_ADMIN_ENV}=1` };
  const run: ProbeRunner = options.run ?? ((program, args) => runProcess(program, args, { timeoutMs: 15_000 }));
  const whoami = await run('whoami', ['/groups', '/fo', 'csv', '/nh']);
  const byWhoami = decideElevation({ whoami });
  if (byWhoami) return byWhoami;
  const wineKey = await run('reg', ['query', 'HKLM\\Software\\Wine', '/reg:64']);
  const byWine = decideElevation({ whoami, wineKey });
  if (byWine) return byWine;
  return decideElevation({ whoami, wineKey, netSession: await run('net', ['session']) }) ?? { elevated: false, evidence: 'no probe answered' };
}

export interface ElevatedResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one command line elevated (one prompt) with extra environment variables and waits for it;
 * rejects (BackendError) when it never ran. Default: @vscode/sudo-prompt.
 */
export type ElevatedRunner = (commandLine: string, env?: Record<string, string>) => Promise<ElevatedResult>;

export const sudoPromptRunner: ElevatedRunner = async (commandLine, env) => {
  const sudo = await import('@vscode/sudo-prompt');
  return new Promise<ElevatedResult>((resolve, reject) => {
    sudo.exec(commandLine, { name: 'Expedited Apps', ...(env ? { env } : {}) }, (error, stdout, stderr) => {
      // sudo-prompt reports the command's nonzero exit status as error.code; without one the command never ran.
      const status = (error as (Error & { code?: unknown }) | undefined)?.code;
      if (error && typeof status !== 'number') reject(new BackendError(backendError.elevationDeclinedBecause({ error: error.message })));
      else resolve({ code: error ? (status as number) : 0, stdout: String(stdout ?? ''), stderr: String(stderr ?? '') });
    });
  });
};

/**
 * The one command line the elevation prompt runs: this program again with the same arguments.
 * The prompt goes through cmd.exe, so an argument cmd would expand or split is refused
 * (elevatedCommandLine) and the user is told to start an elevated prompt instead.
 */
export function relaunchCommandLine(program: string, script: string, argv: readonly string[]): string {
  return elevatedCommandLine([program, script, ...argv]);
}

/** Runs `program script argv` once elevated; the result carries its exit code and output. */
export async function relaunchElevated(program: string, script: string, argv: readonly string[], runner: ElevatedRunner = sudoPromptRunner): Promise<ElevatedResult> {
  return runner(relaunchCommandLine(program, script, argv));
}

/** This CLI process once more, elevated, with `argv` (the command and its arguments). */
export function relaunchThisCli(argv: readonly string[], runner?: ElevatedRunner): Promise<ElevatedResult> {
  return relaunchElevated(process.execPath, process.argv[1], argv, runner);
}

/** The CLI as the editor starts it: VS Code's own runtime as Node.js, and the bundled dist/cli.js. */
export interface CliLaunch {
  program: string;
  script: string;
  env?: Record<string, string>;
}

/**
 * The editor's apply, remove or undo on a local registry it may not write: the CLI's same command
 * in one elevated process (one prompt for the whole batch), its JSON report read back.
 */
export async function changeElevatedOnce(
  cli: CliLaunch,
  verb: 'apply' | 'remove' | 'undo',
  files: readonly string[],
  backupRoot: string,
  runner: ElevatedRunner = sudoPromptRunner,
): Promise<ChangeReport> {
  const command = verb === 'undo' ? ['apply', '--undo'] : [verb];
  const result = await runner(relaunchCommandLine(cli.program, cli.script, [...command, '--target', 'local', '--format', 'json', '--backup-dir', backupRoot, ...files]), cli.env);
  try {
    return JSON.parse(result.stdout) as ChangeReport;
  } catch {
    throw new BackendError(backendError.elevatedNoResult({ verb: verbText(verb), code: result.code, output: result.stderr.trim() || backendError.noOutput() }));
  }
}
