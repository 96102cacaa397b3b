// `node --import tsx bench/keystrokeCpu.ts [--sizes 1000,5000] [--keystrokes 20] [--cpu-prof DIR] [--json]`:
// the language server's own CPU time per keystroke, typed as `npm run bench:e2e` types: `0` after the
// middle registration's `MaxRetryCount` digit (out of range), then Backspace (valid again), each
// followed by the diagnostics pull the client makes. The CPU time is the server process's
// (user + system, from /proc), so the figure does not depend on the machine's load.
// With --cpu-prof the server writes a V8 CPU profile per size into DIR; --server PATH runs another
// build of the server (say, of the code before a change) for a comparison on the same machine.
import { dirname, join, resolve } from 'node:path';
import { DELTA_PARAM } from '../core/diagnostics/delta';
import { startBenchServer } from './benchServer';
import { registrationsReg } from './generate';

const ROOT = resolve(dirname(__filename), '..');
const SERVER = resolve(argValue('--server') ?? join(ROOT, 'dist/server.js'));

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function keystrokeCpu(size: number, keystrokes: number, profileDir?: string): Promise<{ cpuMsPerKeystroke: number; wallMsPerKeystroke: number }> {
  const text = registrationsReg(size);
  const { child, connection, cpuMs } = await startBenchServer(SERVER, profileDir);
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
      const c0 = cpuMs()!;
      const t0 = process.hrtime.bigint();
      await type(i);
      wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
      cpu.push(cpuMs()! - c0);
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
