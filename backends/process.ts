// Runs a program with an argument array: never through a shell.
import { execFile } from 'node:child_process';
import { backendError, type BackendText } from './texts';

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Kills the child when aborted (Ctrl-C of the CLI). */
  signal?: AbortSignal;
}

export function runProcess(program: string, args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = execFile(
      program,
      [...args],
      { env: options.env, signal: options.signal, killSignal: 'SIGKILL', shell: false, windowsHide: true, encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (error?.name === 'AbortError') {
          // Node answers as soon as it sends the kill: wait for the exit, so that what runs next
          // (the rollback) never runs beside a child still writing.
          const interrupted = () => resolve({ code: -1, stdout: String(stdout), stderr: 'interrupted' });
          if (child.exitCode !== null || child.signalCode !== null) interrupted();
          else child.once('exit', interrupted);
          return;
        }
        const launchError = error && typeof error.code !== 'number' ? `${error.message}\n` : '';
        resolve({ code, stdout: String(stdout), stderr: `${launchError}${String(stderr)}` });
      },
    );
  });
}

/** reg.exe reports errors on stdout (Wine) or stderr (Windows): one line for messages (reg.exe's own words), else the exit code. */
export function processMessage(result: ProcessResult): BackendText {
  return processOutput(result) || backendError.exitCode({ code: result.code });
}

/** What the program printed, as one line ('' when nothing). */
export function processOutput(result: ProcessResult): string {
  return `${result.stderr}\n${result.stdout}`.replace(/\r/g, '').split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
}
