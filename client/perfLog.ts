// The extension host's side of the timeline the server writes (server/perfLog.ts): with
// `EXPEDITE_PERF_LOG` set to a file, one JSON line per edit handed to the language client and per
// diagnostics pull (sent, answered, converted). Off unless the variable is set.
import { appendFileSync } from 'node:fs';

const file = process.env.EXPEDITE_PERF_LOG;

export const perfLogEnabled = file !== undefined && file !== '';

/** Appends one event stamped with the wall clock the browser and the server share. */
export function clientPerfEvent(event: Record<string, unknown>): void {
  if (!perfLogEnabled || !file) return;
  try {
    appendFileSync(file, JSON.stringify({ p: 'client', t: performance.timeOrigin + performance.now(), ...event }) + '\n');
  } catch {
    // A measurement must never break the extension.
  }
}
