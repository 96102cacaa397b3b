// The simulator's entry: registrations of both forms + a scenario → the simulate JSON (contracts.md).
// Pure and deterministic: the same input always gives the same result, notes included.
import type { Registration } from '../model/registration';
import { DEFAULT_SETTINGS } from '../model/registration';
import { blockingConditions } from './conditions';
import { presenceContext, preAttemptVerdict } from './eligibility';
import type { SimulatedRegistration, SimulationResult } from './result';
import { withDefaults, type Scenario, type ScenarioInput, type ScriptedOutcome } from './scenario';
import { COOLDOWN_MINUTES, schedule, WINDOW_MINUTES, type Candidate } from './schedule';
import { simulateHazard, simulateNote, simulatePhrase, simulateReason } from './texts';
import { list as listOf, type Message } from '../rules/message';

/** Simulates the run; a scenario built in code may leave fields out (the defaults apply). */
export function simulate(registrations: readonly Registration[], input: Scenario | ScenarioInput): SimulationResult {
  const scenario = withDefaults(input);
  const notes: Message[] = [];
  const ordered = runOrderOf(registrations);
  const regs = ordered.map((o) => o.reg);
  const rows: SimulatedRegistration[] = regs.map((reg, i) => {
    const row: SimulatedRegistration = { name: reg.name, priority: reg.priority, rank: i + 1, status: 'installed', reason: '', attempts: [], form: reg.form, path: reg.path, span: reg.span, nameSpan: reg.nameSpan, cooldowns: [], hazards: [] };
    if (reg.settings.PFN !== undefined) row.pfn = reg.settings.PFN;
    return row;
  });

  if (registrations.length === 0) notes.push(simulateNote.noRegistrations());
  noteTies(regs, notes);
  if (registrations.some((r) => r.form === 'registry') && registrations.some((r) => r.form === 'file')) {
    notes.push(simulateNote.oneScale());
  }
  noteDefaultPriorities(regs, notes);
  noteHazards(regs, rows, notes);

  // Decide who never gets an attempt, then whether conditions allow any attempt at all.
  const attemptable: number[] = [];
  const presence = presenceContext(scenario);
  regs.forEach((reg, i) => {
    const verdict = preAttemptVerdict(reg, scenario, presence);
    if (verdict) {
      rows[i].status = verdict.status;
      rows[i].reason = verdict.reason;
    } else {
      attemptable.push(i);
    }
  });
  noteInvalid(regs, notes);
  noteWorkCompleted(regs, notes);
  notePhase(regs, rows, scenario, notes);
  noteConditionsThatDoNotBlock(scenario, notes);
  noteScriptNames(registrations, scenario, notes);

  const blocking = blockingConditions(scenario.conditions);
  if (blocking.length > 0) {
    for (const i of attemptable) {
      rows[i].status = 'blocked';
      rows[i].reason = simulateReason.blocked({ conditions: listOf(blocking, '; ') });
    }
    if (attemptable.length) {
      const blocked = { conditions: listOf(blocking, '; '), names: list(attemptable.map((i) => rows[i].name)) };
      notes.push(attemptable.length === 1 ? simulateNote.blockedOne(blocked) : simulateNote.blockedMany(blocked));
    }
    return finish(rows, notes, scenario);
  }

  const scripts = scriptLookup(scenario);
  const candidates: Candidate[] = attemptable.map((i) => {
    const s = ordered[i].reg.settings;
    return {
      rank: i,
      maxRetryCount: finiteOr(s.MaxRetryCount, DEFAULT_SETTINGS.MaxRetryCount),
      timeoutMinutes: finiteOr(s.TimeoutDurationInMinutes, DEFAULT_SETTINGS.TimeoutDurationInMinutes),
      script: scripts(rows[i].name),
    };
  });
  const schedules = schedule(candidates, { attemptMinutes: scenario.attemptMinutes, retriesAfterWindow: scenario.assumptions.retriesAfterWindow });
  const cutByWindow: string[] = [];
  const startedAfterWindow: string[] = [];
  schedules.forEach((sched, k) => {
    const row = rows[attemptable[k]];
    const maxRetryCount = candidates[k].maxRetryCount;
    row.attempts = sched.attempts;
    row.cooldowns = sched.cooldowns;
    const outcome = sched.outcome;
    if (outcome.status === 'installed') {
      row.status = 'installed';
    } else if (outcome.cause === 'retries') {
      row.status = 'failed';
      row.reason = failedReason(outcome.failures, maxRetryCount);
    } else {
      row.status = 'failed';
      row.reason = outcome.failures === 0
        ? simulateReason.windowBeforeFirst({ window: WINDOW_MINUTES })
        : simulateReason.windowBeforeRetry({ window: WINDOW_MINUTES, retry: outcome.failures });
      cutByWindow.push(row.name);
    }
    if (sched.attempts.some((a) => a.start >= WINDOW_MINUTES)) startedAfterWindow.push(row.name);
  });

  const ran = schedules.some((s) => s.attempts.length > 0);
  if (ran) {
    notes.push(simulateNote.oneAtATime());
    notes.push(simulateNote.attemptLasts({ minutes: scenario.attemptMinutes }));
  }
  if (schedules.some((s) => s.cooldowns.length > 0)) {
    notes.push(simulateNote.cooldown({ minutes: COOLDOWN_MINUTES }));
  }
  if (startedAfterWindow.length) {
    const after = { names: list(startedAfterWindow), window: WINDOW_MINUTES };
    notes.push(startedAfterWindow.length === 1 ? simulateNote.afterWindowOne(after) : simulateNote.afterWindowMany(after));
  }
  if (cutByWindow.length) {
    const cut = { names: list(cutByWindow), window: WINDOW_MINUTES };
    notes.push(cutByWindow.length === 1 ? simulateNote.cutByWindowOne(cut) : simulateNote.cutByWindowMany(cut));
  }
  if (candidates.some((c) => c.script.includes('timeout'))) {
    notes.push(simulateNote.timeoutCounts());
  }
  noteRegistryFormPresence(attemptable.map((i) => ordered[i].reg), notes);
  return finish(rows, notes, scenario);
}

/**
 * The run order of core/model/order.ts (priority, then name without case, then ordinal name), with each
 * lower-case name computed once instead of per comparison; equal entries keep their input order.
 */
export function runOrderOf(registrations: readonly Registration[]): { reg: Registration; index: number }[] {
  const keyed = registrations.map((reg, index) => ({ reg, index, lower: reg.name.toLowerCase() }));
  keyed.sort(
    (a, b) =>
      a.reg.priority - b.reg.priority ||
      (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : a.reg.name < b.reg.name ? -1 : a.reg.name > b.reg.name ? 1 : a.index - b.index),
  );
  return keyed;
}

function finish(rows: SimulatedRegistration[], notes: Message[], scenario: Scenario): SimulationResult {
  const endMinute = rows.reduce((max, r) => r.attempts.reduce((m, a) => Math.max(m, a.end), max), 0);
  return {
    order: rows.map((r) => r.name),
    registrations: rows,
    notes,
    scenario,
    windowMinutes: WINDOW_MINUTES,
    cooldownMinutes: COOLDOWN_MINUTES,
    endMinute,
  };
}

/** A registration's script: by exact name, else by case-insensitive name (registry key names ignore case). */
function scriptLookup(scenario: Scenario): (name: string) => readonly ScriptedOutcome[] {
  const byLower = new Map<string, ScriptedOutcome[]>();
  for (const [key, script] of Object.entries(scenario.attempts)) if (!byLower.has(key.toLowerCase())) byLower.set(key.toLowerCase(), script);
  return (name) => (Object.hasOwn(scenario.attempts, name) ? scenario.attempts[name] : undefined) ?? byLower.get(name.toLowerCase()) ?? [];
}

function noteTies(ordered: Registration[], notes: Message[]): void {
  let i = 0;
  while (i < ordered.length) {
    let j = i + 1;
    while (j < ordered.length && ordered[j].priority === ordered[i].priority) j++;
    if (j - i > 1) {
      const names = ordered.slice(i, Math.min(j, i + FEW)).map((r) => r.name);
      notes.push(simulateNote.ties({ names: listFew(names, j - i), priority: ordered[i].priority }));
    }
    i = j;
  }
}

function noteDefaultPriorities(ordered: Registration[], notes: Message[]): void {
  for (const r of ordered) {
    if (r.priorityExplicit) continue;
    const args = { name: r.name, priority: r.priority };
    notes.push(r.form === 'registry' ? simulateNote.defaultPriorityRegistry(args) : simulateNote.defaultPriorityFile(args));
  }
}

function noteHazards(ordered: Registration[], rows: SimulatedRegistration[], notes: Message[]): void {
  const byPfn = groupBy(ordered, (r) => r.settings.PFN?.toLowerCase());
  for (const indices of byPfn) {
    const names = indices.map((i) => ordered[i].name);
    const pfn = ordered[indices[0]].settings.PFN as string;
    notes.push(simulateNote.hazardSamePackage({ names: listFew(names), pfn }));
    for (const i of indices) rows[i].hazards.push(simulateHazard.samePackage({ names: listFew(othersThan(indices, i, (j) => ordered[j].name), indices.length - 1) }));
  }
  const byName = groupBy(ordered, (r) => r.name.toLowerCase());
  for (const indices of byName) {
    const places = indices.slice(0, FEW).map((i) => `${ordered[i].name} (${ordered[i].path})`);
    notes.push(simulateNote.hazardSameName({ places: listFew(places, indices.length) }));
    for (const i of indices) rows[i].hazards.push(simulateHazard.sameName());
  }
}

function noteInvalid(ordered: Registration[], notes: Message[]): void {
  const invalid = ordered.filter((r) => r.hasErrors).map((r) => r.name);
  if (invalid.length) {
    notes.push(invalid.length === 1 ? simulateNote.invalidOne({ names: list(invalid) }) : simulateNote.invalidMany({ names: list(invalid) }));
  }
}

function noteWorkCompleted(ordered: Registration[], notes: Message[]): void {
  const done = ordered.filter((r) => r.workCompleted && !r.hasErrors).map((r) => r.name);
  if (done.length) {
    notes.push(done.length === 1 ? simulateNote.workCompletedOne({ names: list(done) }) : simulateNote.workCompletedMany({ names: list(done) }));
  }
}

function notePhase(ordered: Registration[], rows: SimulatedRegistration[], scenario: Scenario, notes: Message[]): void {
  if (scenario.phase === 'oobe') {
    notes.push(simulateNote.oobePhase({ window: WINDOW_MINUTES }));
    return;
  }
  const oobe = ordered.filter((r, i) => r.settings.AllowedInOobe && rows[i].status === 'installed' && !r.hasErrors).map((r) => r.name);
  if (oobe.length) {
    notes.push(oobe.length === 1 ? simulateNote.allowedInOobeOne({ names: list(oobe) }) : simulateNote.allowedInOobeMany({ names: list(oobe) }));
  }
}

function noteConditionsThatDoNotBlock(scenario: Scenario, notes: Message[]): void {
  const c = scenario.conditions;
  if (c.batterySaver && !c.onBattery) notes.push(simulateNote.batterySaverOnAc());
}

function noteScriptNames(registrations: readonly Registration[], scenario: Scenario, notes: Message[]): void {
  const names = new Set(registrations.map((r) => r.name.toLowerCase()));
  const unknown = Object.keys(scenario.attempts).filter((n) => !names.has(n.toLowerCase()));
  if (unknown.length) notes.push(unknown.length === 1 ? simulateNote.unknownScriptOne({ names: list(unknown) }) : simulateNote.unknownScriptMany({ names: list(unknown) }));
}

function noteRegistryFormPresence(attempted: Registration[], notes: Message[]): void {
  if (attempted.some((r) => r.form === 'registry')) {
    notes.push(simulateNote.registryFormPresence());
  }
}

/** Groups of two or more items sharing a key, as index lists (a single Map of first indices: most keys are unique). */
function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): number[][] {
  const first = new Map<string, number>();
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    if (k === undefined) return;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, i);
    else {
      const g = groups.get(k);
      if (g) g.push(i);
      else groups.set(k, [seen, i]);
    }
  });
  return [...groups.values()];
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

function failedReason(failures: number, max: number): Message {
  if (failures === 1) return simulateReason.failedOnce({ max });
  if (failures === 2) return simulateReason.failedTwice({ max });
  return simulateReason.failedTimes({ count: failures, max });
}

/** How many names a note or hazard spells out before it counts the rest: 7,000 holders of one PFN stay one line each. */
export const FEW = 5;

/** "A, B and C", or with more than FEW of `total` names: "A, B, C, D, E and 6,995 more". */
export function listFew(names: readonly string[], total = names.length): Message | string {
  if (total <= FEW) return list(names.slice(0, total));
  return simulatePhrase.andMore({ first: names.slice(0, FEW).join(', '), count: (total - FEW).toLocaleString('en-US') });
}

/** Up to FEW items of a group other than its member `self`, without walking the whole group. */
function othersThan(indices: readonly number[], self: number, name: (i: number) => string): string[] {
  const out: string[] = [];
  for (const i of indices) {
    if (out.length === FEW) break;
    if (i !== self) out.push(name(i));
  }
  return out;
}

/** "A", "A and B", "A, B and C". */
export function list(names: readonly string[]): Message | string {
  if (names.length <= 1) return names.join('');
  return simulatePhrase.and({ first: names.slice(0, -1).join(', '), last: names[names.length - 1] });
}
