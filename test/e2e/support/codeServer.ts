// Starts and stops code-server (VS Code 1.100.3 served to a browser), installed by scripts/setup.sh.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from './poll';

/** The repository root (this file sits in test/e2e/support/). */
export const repoRoot = resolve(__dirname, '..', '..', '..');

export function codeServerBinary(): string {
  const bin = process.env.CODE_SERVER_BIN ?? join(repoRoot, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');
  if (!existsSync(bin)) {
    throw new Error(`code-server not found at ${bin}: run scripts/setup.sh first (or set CODE_SERVER_BIN)`);
  }
  return bin;
}

export interface CodeServerOptions {
  userDataDir: string;
  extensionsDir: string;
  /** The folder the workbench opens (passed on the command line and in the URL). */
  folder?: string;
  /** Merged into the user settings (`workbench.startupEditor` is always `none`). */
  settings?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  /** Receives code-server's output lines (default: kept for `output()` only). */
  onOutput?: (line: string) => void;
  /** How long to wait for /healthz. */
  startTimeoutMs?: number;
  /** Keep VS Code's workspace trust on (default off): the folder then opens in Restricted Mode. */
  workspaceTrust?: boolean;
  /** VS Code's display language (`--locale`); needs a language pack for it (support/languagePack.ts). */
  locale?: string;
}

export interface RunningCodeServer {
  port: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The workbench URL for a folder, with an optional extension-development payload. */
  workbenchUrl(folder?: string, payload?: Array<[string, string]>): string;
  /** `vscode-remote://127.0.0.1:<port><absolute path>`: how the browser names a server path. */
  remoteUri(path: string): string;
  /** Everything code-server printed so far (for failure reports). */
  output(): string;
  /** Stops code-server and every process it started (its process group). */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Creates the folders code-server needs (its own mkdir is not recursive) and the user settings. */
export function prepareUserData(userDataDir: string, extensionsDir: string, settings: Record<string, unknown> = {}): void {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  let current: Record<string, unknown> = {};
  if (existsSync(settingsFile)) {
    try {
      current = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
    } catch {
      current = {};
    }
  }
  const merged = { ...current, 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, ...settings };
  writeFileSync(settingsFile, JSON.stringify(merged, null, 2));
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const bin = codeServerBinary();
  prepareUserData(options.userDataDir, options.extensionsDir, options.settings);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Always pass --config: without it code-server writes one into the home folder.
  const configDir = mkdtempSync(join(tmpdir(), 'expedite-code-server-'));
  const config = join(configDir, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
  ];
  if (!options.workspaceTrust) args.push('--disable-workspace-trust');
  if (options.locale) args.push('--locale', options.locale);
  if (options.folder) args.push(options.folder);
  // Its own process group, so stop() also ends the extension host and the language server.
  const child = spawn(bin, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > 400) lines.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited: number | string | undefined;
  const exitPromise = new Promise<void>((resolveExit) => {
    child.once('exit', (code, signal) => {
      exited = code ?? signal ?? 'unknown';
      resolveExit();
    });
  });

  const running: RunningCodeServer = {
    port,
    origin,
    workbenchUrl(folder, payload) {
      const query = new URLSearchParams();
      if (folder) query.set('folder', folder);
      if (payload) query.set('payload', JSON.stringify(payload));
      const search = query.toString();
      return `${origin}/${search ? `?${search}` : ''}`;
    },
    remoteUri: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    output: () => lines.join('\n'),
    stop: () => stopProcessGroup(child, exitPromise, () => exited !== undefined).finally(() => rmSync(configDir, { recursive: true, force: true })),
  };

  try {
    await waitFor('code-server /healthz', async () => {
      if (exited !== undefined) throw new Error(`code-server exited (${exited}) before it was ready:\n${running.output()}`);
      const response = await fetch(`${origin}/healthz`).catch(() => undefined);
      return response?.ok === true;
    }, { timeoutMs: options.startTimeoutMs ?? 60_000, intervalMs: 100 });
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}

async function stopProcessGroup(child: ChildProcess, exitPromise: Promise<void>, hasExited: () => boolean): Promise<void> {
  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  signalGroup('SIGTERM');
  const deadline = new Promise<'timeout'>((resolveTimeout) => setTimeout(() => resolveTimeout('timeout'), 5_000).unref());
  if (!hasExited() && (await Promise.race([exitPromise.then(() => 'exited' as const), deadline])) === 'timeout') {
    signalGroup('SIGKILL');
    await exitPromise;
  }
  // Stragglers that ignored SIGTERM (a language server mid-request, say) go too.
  signalGroup('SIGKILL');
}

/** `code-server --install-extension <vsix>` (one or several, in one run) into the given profile. */
export async function installVsix(vsix: string | string[], userDataDir: string, extensionsDir: string): Promise<string> {
  const packages = Array.isArray(vsix) ? vsix : [vsix];
  prepareUserData(userDataDir, extensionsDir);
  const configDir = mkdtempSync(join(tmpdir(), 'expedite-code-server-'));
  const config = join(configDir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  try {
    return await new Promise((resolveInstall, reject) => {
      execFile(codeServerBinary(), ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...packages.flatMap((p) => ['--install-extension', p]), '--force'],
        { timeout: 120_000 }, (error, stdout, stderr) => {
          if (error) reject(new Error(`installing ${packages.join(', ')} failed: ${error.message}\n${stdout}\n${stderr}`));
          else resolveInstall(String(stdout));
        });
    });
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
}
