// The real language server over stdio for the benchmarks: pull diagnostics, no workspace, and the
// CPU time its process has used (what a keystroke costs it, whatever the machine's load).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface BenchServer {
  child: ChildProcess;
  connection: MessageConnection;
  /** The server process's CPU time so far (ms), undefined where /proc is not there. */
  cpuMs: () => number | undefined;
  stop: () => void;
}

/**
 * CPU time (user + system, all threads, ms) a process has used so far, from /proc (Linux; undefined
 * elsewhere). /proc counts in clock ticks of 10 ms (USER_HZ = 100): fields 14 and 15 of proc(5).
 */
export function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Starts `serverPath` (with a V8 CPU profile into `cpuProfileDir` when given) and initializes it. */
export async function startBenchServer(serverPath: string, cpuProfileDir?: string): Promise<BenchServer> {
  const flags = cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [];
  const child = spawn(process.execPath, [...flags, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: {} }, workspace: { configuration: true } },
  });
  await connection.sendNotification('initialized', {});
  return { child, connection, cpuMs: () => processCpuMs(child.pid), stop: () => child.kill() };
}
