// Reads the timeline the extension host and the language server write with EXPEDITE_PERF_LOG
// (client/perfLog.ts, server/perfLog.ts) and turns it into figures that do not depend on the
// machine's load: per keystroke, the requests the server answered, the bytes each way and the
// server's CPU time; and, in wall time, how long each stage took between the keystroke and the
// squiggle (where a loaded machine makes the wait).
import { existsSync, readFileSync, statSync } from 'node:fs';

export interface PerfEvent {
  p: 'server' | 'client';
  t: number;
  /** Server only: its CPU ms so far (without the log's own cost). */
  cpu?: number;
  dir?: 'in' | 'out';
  method?: string;
  id?: number | string;
  bytes?: number;
  ev?: string;
  uri?: string;
  ms?: number;
  sentAt?: number;
  answeredAt?: number;
  kind?: string;
  /** `markersSet`: how many diagnostics one owner gave the workbench. */
  count?: number;
}

/** One measured keystroke: when its key went down and when the page saw the result. */
export interface Keystroke {
  keyAt: number;
  doneAt: number;
}

export class PerfLog {
  private offset = 0;

  constructor(readonly file: string) {}

  /** Forgets what was written so far: the next `take` returns only newer events. */
  mark(): void {
    this.offset = existsSync(this.file) ? statSync(this.file).size : 0;
  }

  /** The events written since the last mark. */
  take(): PerfEvent[] {
    if (!existsSync(this.file)) return [];
    const text = readFileSync(this.file).subarray(this.offset).toString('utf8');
    const events: PerfEvent[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        events.push(JSON.parse(line) as PerfEvent);
      } catch {
        // A line cut by a concurrent write: skip it.
      }
    }
    return events.sort((a, b) => a.t - b.t);
  }
}

const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** What the server did for one keystroke: the events between its key and the next keystroke's. */
interface KeystrokeWork {
  requests: number;
  byMethod: Map<string, number>;
  /** Bytes the server sent, by the method of the request answered (or of its own message). */
  bytesByMethod: Map<string, number>;
  bytesToServer: number;
  bytesFromServer: number;
  serverCpuMs: number;
  /** Diagnostics the extension host gave the workbench (each set of an owner sends all its markers). */
  markersToWorkbench: number;
  stages: Partial<Record<Stage, number>>;
}

/** The path of one keystroke, in order; each stage ends at the event it names. */
const STAGES = ['clientDidChange', 'serverReceived', 'analysed', 'pullAnswered', 'clientReceived', 'drawn'] as const;
type Stage = (typeof STAGES)[number];

function workOf(events: PerfEvent[], from: number, to: number, key: Keystroke, uri: string | undefined): KeystrokeWork {
  const inWindow = events.filter((e) => e.t >= from && e.t < to);
  const server = inWindow.filter((e) => e.p === 'server');
  const byMethod = new Map<string, number>();
  const bytesByMethod = new Map<string, number>();
  const methodOfId = new Map<number | string, string>();
  let requests = 0;
  let bytesToServer = 0;
  let bytesFromServer = 0;
  for (const e of server) {
    if (e.dir === 'in') {
      bytesToServer += e.bytes ?? 0;
      // Requests and notifications from the client (answers to the server's own requests carry no method).
      if (e.method) {
        byMethod.set(e.method, (byMethod.get(e.method) ?? 0) + 1);
        if (e.id !== undefined) {
          requests++;
          methodOfId.set(e.id, e.method);
        }
      }
    } else if (e.dir === 'out') {
      bytesFromServer += e.bytes ?? 0;
      // An answer carries no method: name it by its request.
      const method = e.method ?? (e.id !== undefined ? methodOfId.get(e.id) : undefined) ?? 'other';
      bytesByMethod.set(method, (bytesByMethod.get(method) ?? 0) + (e.bytes ?? 0));
    }
  }
  // CPU: from the last server event before the window to the last one in it.
  const before = events.filter((e) => e.p === 'server' && e.t < from && e.cpu !== undefined).at(-1);
  const last = server.filter((e) => e.cpu !== undefined).at(-1);
  const serverCpuMs = before && last ? (last.cpu ?? 0) - (before.cpu ?? 0) : 0;

  // The stages of the first edit of the window, up to the squiggle the page saw.
  const stages: Partial<Record<Stage, number>> = {};
  const mine = (e: PerfEvent) => uri === undefined || e.uri === undefined || e.uri === uri;
  const change = inWindow.find((e) => e.p === 'client' && e.ev === 'didChange' && mine(e));
  const received = server.find((e) => e.dir === 'in' && e.method === 'textDocument/didChange');
  const analysed = server.find((e) => e.ev === 'analysed' && (!received || e.t >= received.t));
  // The pull that brought the squiggle: the last one the client had answered before the page saw it.
  const pull = inWindow.filter((e) => e.p === 'client' && e.ev === 'pull' && e.answeredAt !== undefined && e.t <= key.doneAt && mine(e)).at(-1);
  const pullIds = new Set(server.filter((e) => e.dir === 'in' && e.method === 'textDocument/diagnostic').map((e) => e.id));
  const pullAnswer = pull ? server.filter((e) => e.dir === 'out' && e.method === undefined && pullIds.has(e.id) && e.t <= (pull.answeredAt ?? pull.t)).at(-1) : undefined;
  const at: Partial<Record<Stage, number>> = {
    clientDidChange: change?.t,
    serverReceived: received?.t,
    analysed: analysed?.t,
    pullAnswered: pullAnswer?.t,
    clientReceived: pull?.t,
    drawn: key.doneAt,
  };
  let previous = key.keyAt;
  for (const stage of STAGES) {
    const t = at[stage];
    if (t === undefined) continue;
    stages[stage] = Math.max(0, t - previous);
    previous = Math.max(previous, t);
  }
  const markersToWorkbench = inWindow.filter((e) => e.p === 'client' && e.ev === 'markersSet' && (!uri || e.uri === uri)).reduce((n, e) => n + (e.count ?? 0), 0);
  return { requests, byMethod, bytesByMethod, bytesToServer, bytesFromServer, serverCpuMs, markersToWorkbench, stages };
}

/**
 * Figures for one scenario, named `<prefix>…`: medians per keystroke of requests, bytes and server
 * CPU, the requests by method (per keystroke, over all keystrokes), and the median of each stage.
 */
export function keystrokeFigures(
  prefix: string,
  events: PerfEvent[],
  keys: Keystroke[],
  uri?: string,
): { figures: Record<string, number | null>; methods: Record<string, number>; bytesByMethod: Record<string, number>; stages: Record<string, number | null> } {
  const works = keys.map((key, i) => workOf(events, key.keyAt, keys[i + 1]?.keyAt ?? key.doneAt + 2_000, key, uri));
  const perKeystroke = (pick: (w: KeystrokeWork) => Map<string, number>) => {
    const sums: Record<string, number> = {};
    for (const w of works) for (const [m, n] of pick(w)) sums[m] = (sums[m] ?? 0) + n;
    for (const m of Object.keys(sums)) sums[m] = Math.round((sums[m] / Math.max(1, works.length)) * 100) / 100;
    return sums;
  };
  const methods = perKeystroke((w) => w.byMethod);
  const bytesByMethod = perKeystroke((w) => w.bytesByMethod);
  const stages: Record<string, number | null> = {};
  for (const stage of STAGES) stages[stage] = round(median(works.flatMap((w) => (w.stages[stage] === undefined ? [] : [w.stages[stage]]))));
  return {
    figures: {
      [`${prefix}RequestsPerKeystroke`]: median(works.map((w) => w.requests)),
      [`${prefix}BytesToServerPerKeystroke`]: median(works.map((w) => w.bytesToServer)),
      [`${prefix}BytesFromServerPerKeystroke`]: median(works.map((w) => w.bytesFromServer)),
      [`${prefix}ServerCpuMsPerKeystroke`]: round(median(works.map((w) => w.serverCpuMs))),
      [`${prefix}MarkersToWorkbenchPerKeystroke`]: median(works.map((w) => w.markersToWorkbench)),
    },
    methods,
    bytesByMethod,
    stages,
  };
}

/** From opening a file to its first squiggle: the stages, as events of the timeline. */
export function openStages(events: PerfEvent[], openedAt: number, drawnAt: number): Record<string, number | null> {
  const first = (pred: (e: PerfEvent) => boolean) => events.find((e) => e.t >= openedAt && pred(e))?.t;
  const at: Record<string, number | undefined> = {
    // The extension host starts the server (State.Starting = 3).
    clientStarting: first((e) => e.p === 'client' && e.ev === 'state' && (e as { state?: number }).state === 3),
    serverFirstMessage: first((e) => e.p === 'server'),
    initialized: first((e) => e.p === 'server' && e.dir === 'in' && e.method === 'initialized'),
    didOpen: first((e) => e.p === 'server' && e.dir === 'in' && e.method === 'textDocument/didOpen'),
    firstAnalysis: first((e) => e.p === 'server' && e.ev === 'analysed'),
    firstPullAnswered: first((e) => e.p === 'client' && e.ev === 'pull' && e.kind !== undefined),
    drawn: drawnAt,
  };
  const out: Record<string, number | null> = {};
  let previous = openedAt;
  for (const [stage, t] of Object.entries(at)) {
    out[stage] = t === undefined ? null : round(Math.max(0, t - previous));
    if (t !== undefined) previous = Math.max(previous, t);
  }
  // The server started at activation (the folder holds registrations): how long before the Enter it was running (State.Running = 2).
  const running = events.filter((e) => e.t < openedAt && e.p === 'client' && e.ev === 'state' && (e as { state?: number }).state === 2).at(-1)?.t;
  out.serverRunningBeforeOpen = running === undefined ? null : round(openedAt - running);
  // When the extension activated and found registrations in the folder, from the Enter (negative: before it).
  const activation = events.filter((e) => e.p === 'client' && e.ev === 'activated').at(-1);
  const activated = activation?.t;
  // The extension host's process start (its performance.timeOrigin, logged at activation): whether VS Code had started it before the Enter.
  const hostStarted = (activation as { hostStartedAt?: number } | undefined)?.hostStartedAt;
  out.extensionHostStartedFromOpen = hostStarted === undefined ? null : round(hostStarted - openedAt);
  const searched = events.filter((e) => e.p === 'client' && e.ev === 'workspaceSearched').at(-1)?.t;
  out.activatedFromOpen = activated === undefined ? null : round(activated - openedAt);
  out.workspaceSearchedFromOpen = searched === undefined ? null : round(searched - openedAt);
  return out;
}
