// A fresh Wine prefix for tests that need a real Windows registry (Wine's reg.exe).
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAgainIfNotLaunched } from '../../backends/wine';

export interface WineRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface WinePrefix {
  dir: string;
  env: NodeJS.ProcessEnv;
  /** Runs `wine <args>` in the prefix (arguments as an array: no shell). */
  wine(args: string[], options?: { timeoutMs?: number }): Promise<WineRun>;
  /** `wine reg <args>`. */
  reg(...args: string[]): Promise<WineRun>;
  /**
   * The registry exactly as Wine holds it: stops the wineserver (which saves `system.reg`, Wine's
   * lossless text form: `hex(N):` wherever a string form would not be exact), reads it, restarts.
   */
  savedSystemRegistry(): Promise<string>;
  /** Stops the prefix's wineserver and deletes the prefix. */
  dispose(): Promise<void>;
}

export function wineAvailable(): boolean {
  try {
    execFileSync('wine', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates and boots a prefix (several seconds the first time), then keeps its wineserver
 * running (`wineserver -p`) so later reg.exe calls take tens of milliseconds.
 */
export async function createWinePrefix(options: { env?: NodeJS.ProcessEnv } = {}): Promise<WinePrefix> {
  const dir = mkdtempSync(join(tmpdir(), 'expedite-wine-'));
  // options.env: e.g. LANG for a prefix in another locale (its ANSI code page follows it).
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, WINEPREFIX: dir, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=' };
  const wine = (args: string[], options?: { timeoutMs?: number }) =>
    new Promise<WineRun>((resolve) => {
      execFile('wine', args, { env, encoding: 'latin1', timeout: options?.timeoutMs ?? 120_000, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      });
    });
  const prefix: WinePrefix = {
    dir,
    env,
    wine,
    reg: (...args) => runAgainIfNotLaunched(() => wine(['reg', ...args])),
    savedSystemRegistry: async () => {
      // -k asks the server to save and exit; -w waits until it has.
      stopServer(env);
      try {
        execFileSync('wineserver', ['-w'], { env, stdio: 'ignore' });
      } catch {
        // no server left to wait for
      }
      const text = readFileSync(join(dir, 'system.reg'), 'utf8');
      await startServer(env);
      return text;
    },
    dispose: async () => {
      stopServer(env);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await bootPrefix(dir, env);
  } catch (error) {
    await prefix.dispose();
    throw error;
  }
  return prefix;
}

const BOOT_ATTEMPTS = 3;

/**
 * Boots a new prefix until Wine has made its drive C: now and then (seen once in CI, with two
 * prefixes booting side by side) `wineboot -i` ends at once and leaves the folder empty. Nothing
 * was written then, so booting again is safe; the last attempt's output goes into the error.
 */
async function bootPrefix(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
  // In the prefix itself: Wine does not mind a file there, and dispose removes it with the rest.
  const log = join(dir, 'wineboot.log');
  for (let attempt = 1; ; attempt++) {
    const code = await startServer(env, ['-i'], log);
    if (existsSync(join(dir, 'drive_c', 'windows'))) return;
    if (attempt === BOOT_ATTEMPTS) {
      throw new Error(`wineboot -i left no drive_c\\windows in ${dir} after ${attempt} attempts (last exit code ${code}): ${readFileSync(log, 'utf8').slice(-2000)}`);
    }
    stopServer(env);
  }
}

/** Stops the prefix's wineserver (it saves the registry first); nothing to do when none runs. */
function stopServer(env: NodeJS.ProcessEnv): void {
  try {
    execFileSync('wineserver', ['-k'], { env, stdio: 'ignore' });
  } catch {
    // no server running
  }
}

/**
 * Starts the server and Wine's background services detached from our pipes: a wineserver (or a
 * service it starts for the first client) that inherited them would keep every execFile call
 * waiting for its output to close.
 */
async function startServer(env: NodeJS.ProcessEnv, bootArgs: string[] = [], logPath?: string): Promise<number | null> {
  spawn('wineserver', ['-p'], { env, stdio: 'ignore', detached: true }).unref();
  // wineboot's output goes to a file, not a pipe: the services it starts would hold a pipe open.
  const log = logPath ? openSync(logPath, 'w') : 'ignore';
  try {
    return await new Promise<number | null>((resolve, reject) => {
      const boot = spawn('wine', ['wineboot', ...bootArgs], { env, stdio: ['ignore', log, log] });
      boot.on('error', reject);
      boot.on('exit', (code) => resolve(code));
    });
  } finally {
    if (typeof log === 'number') closeSync(log);
  }
}

/**
 * A Korean UTF-8 locale compiled into `dir` (LOCPATH), so the system stays as it is: a prefix made
 * with this environment is a Korean Windows (ANSI code page 949). Undefined without the locale sources.
 */
export function koreanLocaleEnv(dir: string): NodeJS.ProcessEnv | undefined {
  if (!existsSync('/usr/share/i18n/locales/ko_KR')) return undefined;
  const target = join(dir, 'locale');
  mkdirSync(target, { recursive: true });
  // localedef may exit 1 for warnings while still writing the locale: its output decides.
  spawnSync('localedef', ['-i', 'ko_KR', '-f', 'UTF-8', join(target, 'ko_KR.UTF-8')], { stdio: 'ignore' });
  if (!existsSync(join(target, 'ko_KR.UTF-8'))) return undefined;
  return { LANG: 'ko_KR.UTF-8', LC_ALL: 'ko_KR.UTF-8', LOCPATH: target };
}
