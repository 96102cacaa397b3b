// Runs the real dist/cli.js as pipelines do: a separate process, real files, real pipes.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const CLI = process.env.EXPEDITE_CLI_PATH ?? join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  signal: NodeJS.Signals | null;
}

export function expedite(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): CliRun {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
  };
  const r = spawnSync(process.execPath, [CLI, ...args], spawnOptions);
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), signal: r.signal };
}

/** A scratch folder removed by the returned function. */
export function scratch(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `expedite-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies files of examples/ into a folder (names relative to examples/; by default under their own base name). */
export function copyExamples(dir: string, names: readonly string[], rename: (name: string) => string = (n) => basename(n)): void {
  for (const name of names) cpSync(join(ROOT, 'examples', name), join(dir, rename(name)));
}

/** No stack trace and no internal error reached the user. */
export function assertNoCrash(run: CliRun): void {
  if (/\n\s+at .+:\d+:\d+\)?\n|internal error|TypeError|RangeError/.test(run.stderr)) throw new Error(`crash output on stderr:\n${run.stderr}`);
}
