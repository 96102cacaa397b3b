// The attempt loop (domain.md §3): one attempt at a time, best priority among the ready, 30-minute
// cooldown from the end of a failed attempt, failures beyond MaxRetryCount end it, the window.
import { MinHeap } from './heap';
import type { Attempt, Cooldown } from './result';
import type { ScriptedOutcome } from './scenario';

export const WINDOW_MINUTES = 30;
export const COOLDOWN_MINUTES = 30;

export interface Candidate {
  /** Position in the run order: lower goes first when several are ready. */
  rank: number;
  maxRetryCount: number;
  timeoutMinutes: number;
  /** Scripted outcomes of its tries, in order; tries past the script succeed. */
  script: readonly ScriptedOutcome[];
}

export interface ScheduleOptions {
  attemptMinutes: number;
  retriesAfterWindow: boolean;
}

export type Outcome =
  | { status: 'installed' }
  | { status: 'failed'; cause: 'retries'; failures: number }
  | { status: 'failed'; cause: 'window'; failures: number };

export interface Schedule {
  attempts: Attempt[];
  cooldowns: Cooldown[];
  outcome: Outcome;
}

/** Runs the candidates to the end; the result is index-aligned with `candidates`. */
export function schedule(candidates: readonly Candidate[], options: ScheduleOptions): Schedule[] {
  const out: Schedule[] = candidates.map(() => ({ attempts: [], cooldowns: [], outcome: { status: 'installed' } }));
  const failures = candidates.map(() => 0);
  const ranks = candidates.map((c) => c.rank);
  const byRank = (a: number, b: number) => ranks[a] < ranks[b] || (ranks[a] === ranks[b] && a < b);
  const ready = new MinHeap<number>(byRank);
  const cooling = new MinHeap<{ index: number; until: number }>((a, b) => a.until < b.until || (a.until === b.until && byRank(a.index, b.index)));
  candidates.forEach((_, i) => ready.push(i));

  let now = 0;
  while (ready.size > 0 || cooling.size > 0) {
    while (cooling.size > 0 && (cooling.peek() as { until: number }).until <= now) ready.push((cooling.pop() as { index: number }).index);
    if (ready.size === 0) {
      // Nobody is ready: time jumps to the earliest end of a cooldown.
      now = (cooling.peek() as { until: number }).until;
      continue;
    }
    if (!options.retriesAfterWindow && now >= WINDOW_MINUTES) {
      for (const index of [...ready.drain(), ...cooling.drain().map((c) => c.index)]) {
        out[index].outcome = { status: 'failed', cause: 'window', failures: failures[index] };
      }
      break;
    }
    const index = ready.pop() as number;
    const c = candidates[index];
    const sched = out[index];
    const scripted = c.script[sched.attempts.length] ?? 'succeed';
    const end = now + (scripted === 'timeout' ? c.timeoutMinutes : options.attemptMinutes);
    if (scripted === 'succeed') {
      sched.attempts.push({ start: now, end, result: 'Succeeded' });
      sched.outcome = { status: 'installed' };
    } else {
      sched.attempts.push({ start: now, end, result: scripted === 'timeout' ? 'Aborted' : 'Failed' });
      failures[index]++;
      if (failures[index] > c.maxRetryCount) {
        sched.outcome = { status: 'failed', cause: 'retries', failures: failures[index] };
      } else {
        sched.cooldowns.push({ start: end, end: end + COOLDOWN_MINUTES });
        cooling.push({ index, until: end + COOLDOWN_MINUTES });
      }
    }
    now = end;
  }
  return out;
}
