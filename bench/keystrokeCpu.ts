// `node --import tsx bench/keystrokeCpu.ts [--sizes 1000,5000] [--keystrokes 20] [--cpu-prof DIR] [--json]`:
// the language server's own CPU time per keystroke, typed as `npm run bench:e2e` types: `0` after the
// middle registration's `MaxRetryCount` digit (out of range), then Backspace (valid again), each
// followed by the diagnostics pull the client makes. The CPU time is the server process's
// (user + system, from /proc), so the figure does not depend on the machine's load.
// With --cpu-prof the server writes a V8 CPU profile per size into DIR; --server PATH runs another
// build of the server (say, of the code before a change) for a comparison on the same machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { DELTA_PARAM } from '../core/diagnostics/delta';
import { registrationsReg } from './generate';

const ROOT = resolve(dirname(__filename), '..');
const SERVER = resolve(argValue('--server') ?? join(ROOT, 'dist/server.js'));
const CLOCK_TICKS_PER_MS = 100 / 1000; // USER_HZ is 100 on Linux

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The process's user + system CPU time so far, in ms (Linux /proc). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[11] = utime, fields[12] = stime (fields 14 and 15 of proc(5), counted from after the name)
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_MS;
}

async function startServer(profileDir?: string): Promise<{ child: ChildProcess; connection: MessageConnection }> {
  const flags = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const child = spawn(process.execPath, [...flags, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
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
  return { child, connection };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function keystrokeCpu(size: number, keystrokes: number, profileDir?: string): Promise<{ cpuMsPerKeystroke: number; wallMsPerKeystroke: number }> {
  const text = registrationsReg(size);
  const { child, connection } = await startServer(profileDir);
  try {
    let resultId: string | undefined;
    const uri = 'file:///bench/bench.reg';
    const pull = async () => {
      const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultId, [DELTA_PARAM]: true })) as { resultId?: string };
      if (report.resultId) resultId = report.resultId;
    };
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'reg', version: 1, text } });
    await pull();
    const middle = Math.floor(size / 2);
    const keyAt = text.indexOf(`\\Fabrikam_Tool${middle}]`);
    const digitEnd = text.indexOf('MaxRetryCount\\":', keyAt) + 'MaxRetryCount\\":'.length + 1;
    const before = text.slice(0, digitEnd);
    const position = { line: before.split('\r\n').length - 1, character: digitEnd - (before.lastIndexOf('\n') + 1) };
    const after = { line: position.line, character: position.character + 1 };
    let version = 2;
    const type = async (i: number) => {
      const change = i % 2 === 0 ? { range: { start: position, end: position }, text: '0' } : { range: { start: position, end: after }, text: '' };
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version++ }, contentChanges: [change] });
      await pull();
    };
    for (let i = 0; i < 6; i++) await type(i); // warm-up: the JIT compiles the incremental paths
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < keystrokes; i++) {
      const c0 = cpuMs(child.pid!);
      const t0 = process.hrtime.bigint();
      await type(i);
      wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
      cpu.push(cpuMs(child.pid!) - c0);
    }
    // Ticks are 10 ms: the mean over the keystrokes is the figure, the median would be quantised.
    return { cpuMsPerKeystroke: Math.round((cpu.reduce((a, b) => a + b, 0) / cpu.length) * 10) / 10, wallMsPerKeystroke: Math.round(median(wall) * 10) / 10 };
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    await new Promise<void>((done) => (child.exitCode !== null ? done() : child.once('exit', () => done())));
    connection.dispose();
  }
}

async function main(): Promise<void> {
  const sizes = (argValue('--sizes') ?? '1000,5000').split(',').map(Number);
  const keystrokes = Number(argValue('--keystrokes') ?? 20);
  const profileDir = argValue('--cpu-prof');
  const figures: Record<string, number> = {};
  for (const size of sizes) {
    const { cpuMsPerKeystroke, wallMsPerKeystroke } = await keystrokeCpu(size, keystrokes, profileDir);
    figures[`serverCpuMsPerKeystroke${size}`] = cpuMsPerKeystroke;
    figures[`serverWallMsPerKeystroke${size}`] = wallMsPerKeystroke;
    process.stderr.write(`${size} registrations: ${cpuMsPerKeystroke} ms of server CPU a keystroke (mean), ${wallMsPerKeystroke} ms keystroke to answer (median)\n`);
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
}

// Run as a script only: bench/run.ts imports keystrokeCpu into its bundle, where require.main is the bundle.
if (/keystrokeCpu\.[jt]s$/.test(process.argv[1] ?? '')) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
