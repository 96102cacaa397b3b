// Runs a program with an argument array: never through a shell.
import { execFile, spawn } from 'node:child_process';
import { open, readFile } from 'node:fs/promises';
import { withPrivateTemp } from './tempFiles';
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
  /**
   * The program may leave a process behind that holds its stdout and stderr (Wine: the wineserver
   * the first client starts stays for seconds after it): the output goes to private files and the run
   * ends when the program exits. Through pipes every call would wait for that server to leave, so
   * each reg.exe start would also start a new server (seconds instead of tens of milliseconds).
   */
  outputThroughFiles?: boolean;
}

const DEFAULT_TIMEOUT_MS = 120_000;

export function runProcess(program: string, args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  if (options.outputThroughFiles) return runWithOutputFiles(program, args, options);
  return new Promise((resolve) => {
    const child = execFile(
      program,
      [...args],
      { env: options.env, signal: options.signal, killSignal: 'SIGKILL', shell: false, windowsHide: true, encoding: 'utf8', timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
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

function runWithOutputFiles(program: string, args: readonly string[], options: RunOptions): Promise<ProcessResult> {
  if (options.signal?.aborted) return Promise.resolve({ code: -1, stdout: '', stderr: 'interrupted' });
  return withPrivateTemp(async (temp) => {
    const out = await open(temp.path('stdout'), 'wx', 0o600);
    const err = await open(temp.path('stderr'), 'wx', 0o600);
    let ended: { code: number; note: string };
    try {
      ended = await new Promise<{ code: number; note: string }>((resolve) => {
        const child = spawn(program, [...args], { env: options.env, stdio: ['ignore', out.fd, err.fd], shell: false, windowsHide: true });
        const kill = () => child.kill('SIGKILL');
        const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        const timer = setTimeout(() => {
          kill();
          resolve({ code: -1, note: `${program}: no exit after ${timeoutMs / 1000} s, stopped\n` });
        }, timeoutMs);
        options.signal?.addEventListener('abort', kill, { once: true });
        const done = (result: { code: number; note: string }) => {
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', kill);
          resolve(result);
        };
        child.on('error', (error) => done({ code: -1, note: `${error.message}\n` }));
        child.on('exit', (code) => done(options.signal?.aborted ? { code: -1, note: 'interrupted' } : { code: code ?? -1, note: '' }));
      });
    } finally {
      await out.close();
      await err.close();
    }
    if (ended.note === 'interrupted') return { code: -1, stdout: await readFile(temp.path('stdout'), 'utf8'), stderr: 'interrupted' };
    const [stdout, stderr] = await Promise.all([readFile(temp.path('stdout'), 'utf8'), readFile(temp.path('stderr'), 'utf8')]);
    return { code: ended.code, stdout, stderr: `${ended.note}${stderr}` };
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
