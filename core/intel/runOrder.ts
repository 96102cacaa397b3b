import type { Registration } from '../model/registration';
import { ordinal, runOrder } from '../model/order';

/** Where one registration sits in the run order of a set of registrations. */
export interface RunPlace {
  rank: number;
  total: number;
  /** Neighbours in the order (for "runs after X, before Y"). */
  before?: Registration;
  after?: Registration;
  /** Others with the same priority: their relative order is an assumption (by name). */
  tiedWith: Registration[];
}

function same(a: Registration, b: Registration): boolean {
  return a === b || (a.path === b.path && a.name === b.name && a.span.start === b.span.start);
}

/** The run place of `registration` among `all` (it is added when `all` does not hold it). */
export function runPlace(registration: Registration, all: readonly Registration[]): RunPlace {
  const pool = all.some((r) => same(r, registration)) ? all : [...all, registration];
  const order = runOrder(pool);
  const index = order.findIndex((r) => same(r, registration));
  return {
    rank: index + 1,
    total: order.length,
    after: index > 0 ? order[index - 1] : undefined,
    before: index + 1 < order.length ? order[index + 1] : undefined,
    tiedWith: order.filter((r) => !same(r, registration) && r.priority === registration.priority),
  };
}

/** "priority 5 · runs 2nd of 5" (code lens title, hover line). */
export function runPlaceTitle(registration: Registration, place: RunPlace): string {
  const priority = registration.priorityExplicit ? `priority ${registration.priority}` : `priority ${registration.priority} (default)`;
  return `${priority} · runs ${ordinal(place.rank)} of ${place.total}`;
}

/** The hover of a registration: its priority, place in the run order, neighbours and ties. */
export function registrationMarkdown(registration: Registration, all: readonly Registration[]): string {
  const place = runPlace(registration, all);
  const form = registration.form === 'registry' ? 'registry form (UScheduler_OOBE subkey)' : 'registration file';
  const lines = [`**${registration.name}** · ${form}`, '', `${runPlaceTitle(registration, place)} among the registrations in the workspace (lower priority runs earlier).`];
  if (!registration.priorityExplicit) {
    lines.push('', registration.form === 'registry' ? 'No `updaterPriority`: the orchestrator falls back to an undocumented default.' : 'No `Priority`: the default `100` applies.');
  }
  const neighbours: string[] = [];
  if (place.after) neighbours.push(`after \`${place.after.name}\` (priority ${place.after.priority})`);
  if (place.before) neighbours.push(`before \`${place.before.name}\` (priority ${place.before.priority})`);
  if (neighbours.length) lines.push('', `Runs ${neighbours.join(', ')}.`);
  if (place.tiedWith.length) {
    lines.push('', `Shares priority ${registration.priority} with ${place.tiedWith.map((r) => `\`${r.name}\``).join(', ')}: the sources leave their order unspecified; we assume by name.`);
  }
  if (registration.workCompleted) lines.push('', '`workCompleted` = 1: Windows treats this updater as done (inferred).');
  if (registration.hasErrors) lines.push('', 'Has errors: Windows would skip or reject it as written.');
  return lines.join('\n');
}
