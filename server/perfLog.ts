// Where the time goes, measured without depending on the machine's load: with `EXPEDITE_PERF_LOG`
// set to a file, the server appends one JSON line per LSP message it receives or sends over IPC
// (method, id, bytes, wall time, the server's own CPU time so far) and per analysis. The client
// (client/perfLog.ts) writes its side to the same file; `npm run bench:e2e` reads both. Off unless
// the variable is set: then nothing is wrapped and nothing is measured.
import { appendFileSync } from 'node:fs';

interface RpcMessage {
  id?: number | string | null;
  method?: string;
  result?: unknown;
  error?: unknown;
}

const file = process.env.EXPEDITE_PERF_LOG;
/** CPU time spent writing this log, left out of the figures it writes. */
let overheadUs = 0;

const now = () => performance.timeOrigin + performance.now();
function cpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Appends one event; `cpu` is the server's CPU ms so far, without the log's own cost. */
export function perfEvent(event: Record<string, unknown>): void {
  if (!file) return;
  const start = cpuUs();
  try {
    appendFileSync(file, JSON.stringify({ p: 'server', t: now(), cpu: (start - overheadUs) / 1000, ...event }) + '\n');
  } catch {
    // A measurement must never break the server.
  }
  overheadUs += cpuUs() - start;
}

const isEnabled = () => file !== undefined && file !== '';

/** Wraps the IPC channel (when the log is on): every message in and out becomes an event. */
export function installPerfLog(): boolean {
  if (!isEnabled() || typeof process.send !== 'function') return false;
  const sizeOf = (message: unknown) => {
    const start = cpuUs();
    const bytes = Buffer.byteLength(JSON.stringify(message) ?? '');
    overheadUs += cpuUs() - start;
    return bytes;
  };
  const describe = (m: RpcMessage) => ({ method: m.method, id: m.id ?? undefined, bytes: sizeOf(m), ...(m.error ? { error: true } : {}) });
  process.prependListener('message', (message: unknown) => perfEvent({ dir: 'in', ...describe(message as RpcMessage) }));
  const send = process.send.bind(process) as (...args: unknown[]) => boolean;
  process.send = ((message: RpcMessage, ...rest: unknown[]) => {
    perfEvent({ dir: 'out', ...describe(message) });
    return send(message, ...rest);
  }) as typeof process.send;
  return true;
}
