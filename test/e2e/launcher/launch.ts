// Runs VS Code extension tests in code-server, taking the arguments a desktop VS Code gets from
// @vscode/test-electron: --extensionDevelopmentPath=…, --extensionTestsPath=…, --user-data-dir=…,
// --extensions-dir=… and a folder. code-server refuses --extensionDevelopmentPath, but the
// workbench URL accepts both paths as a payload; the page reports the tests' exit code through
// window.codeAutomationExit. Exits with that code, and always stops code-server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import type { ConsoleMessage } from 'playwright-core';
import { launchBrowser, type Browser } from '../support/browser';
import { startCodeServer, type RunningCodeServer } from '../support/codeServer';

interface LaunchArguments {
  extensionDevelopmentPaths: string[];
  extensionTestsPath?: string;
  userDataDir?: string;
  extensionsDir?: string;
  folder?: string;
}

const valueOptions = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);

export function parseArguments(argv: string[]): LaunchArguments {
  const parsed: LaunchArguments = { extensionDevelopmentPaths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      parsed.folder = resolve(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!valueOptions.has(name)) continue; // desktop-only flags (--no-sandbox, --skip-welcome, …)
    const value = resolve(eq < 0 ? (argv[++i] ?? '') : arg.slice(eq + 1));
    if (name === 'extensionDevelopmentPath') parsed.extensionDevelopmentPaths.push(value);
    else if (name === 'extensionTestsPath') parsed.extensionTestsPath = value;
    else if (name === 'user-data-dir') parsed.userDataDir = value;
    else parsed.extensionsDir = value;
  }
  return parsed;
}

// The workbench's own start-up chatter, shown only with E2E_VERBOSE=1 (the gallery is offline here).
const workbenchNoise = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|getaddrinfo ENOTFOUND|Started local extension host|Creation of workbench contribution|Extension host \(\w+\) is unresponsive)/;

/**
 * The extension host's console reaches the page as `console.log('%c INFO', 'color: …', format,
 * ...args)`; rebuild the line the extension wrote. Plain browser messages (404s, sandbox
 * warnings) are the workbench's, not the tests'.
 */
async function consoleLine(message: ConsoleMessage, verbose: boolean): Promise<string | undefined> {
  const values = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
  const head = values[0];
  if (typeof head !== 'string' || !head.startsWith('%c')) return verbose ? message.text() : undefined;
  const line = format(...values.slice(2));
  if (!verbose && workbenchNoise.test(line.trim())) return undefined;
  return line;
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  if (args.extensionDevelopmentPaths.length === 0 || !args.extensionTestsPath) {
    console.error('usage: code-server-launcher --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--user-data-dir=DIR] [--extensions-dir=DIR] [FOLDER]');
    return 2;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'expedite-launcher-'));
  const userDataDir = args.userDataDir ?? join(scratch, 'user-data');
  const extensionsDir = args.extensionsDir ?? join(scratch, 'extensions');
  const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 600_000);
  const verbose = process.env.E2E_VERBOSE === '1';

  let consoleLines = Promise.resolve();
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close();
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  }

  try {
    server = await startCodeServer({
      userDataDir,
      extensionsDir,
      folder: args.folder,
      onOutput: verbose ? (line) => process.stderr.write(`[code-server] ${line}\n`) : undefined,
    });
    const current = server;
    const payload: Array<[string, string]> = [
      ...args.extensionDevelopmentPaths.map((path): [string, string] => ['extensionDevelopmentPath', current.remoteUri(path)]),
      ['extensionTestsPath', current.remoteUri(args.extensionTestsPath)],
    ];
    browser = await launchBrowser();
    const { page } = browser;
    let reportExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolveExit, reject) => {
      reportExit = resolveExit;
      page.on('crash', () => reject(new Error('the browser page crashed')));
      page.on('close', () => reject(new Error('the browser page closed before the tests finished')));
      setTimeout(() => reject(new Error(`the tests did not finish within ${timeoutMs} ms`)), timeoutMs).unref();
    });
    await page.exposeFunction('codeAutomationExit', (code: unknown) => reportExit(Number(code) || 0));
    page.on('console', (message) => {
      consoleLines = consoleLines.then(async () => {
        const line = await consoleLine(message, verbose);
        if (line !== undefined) process.stdout.write(`${line}\n`);
      });
    });
    page.on('pageerror', (error) => {
      if (verbose) process.stderr.write(`[page error] ${error.message}\n`);
    });
    await page.goto(current.workbenchUrl(args.folder, payload));
    const code = await exitCode;
    await consoleLines;
    return code;
  } catch (error) {
    console.error(`code-server launcher: ${error instanceof Error ? error.message : String(error)}`);
    if (server && !verbose) console.error(`--- code-server output ---\n${server.output()}`);
    return 1;
  } finally {
    await cleanup();
  }
}

void main().then((code) => process.exit(code));
