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

function identity(r: Registration): string {
  return `${r.path}\0${r.name}\0${r.span.start}`;
}

/** The run order of a set of registrations, sorted once, for the places of many of them (code lenses). */
export class RunOrderIndex {
  private readonly order: Registration[];
  private readonly indexOf = new Map<string, number>();

  constructor(all: readonly Registration[]) {
    this.order = runOrder(all);
    this.order.forEach((r, i) => this.indexOf.set(identity(r), i));
  }

  /** The place of `registration`; one not in the set is placed as if it were added. */
  place(registration: Registration): RunPlace {
    const index = this.indexOf.get(identity(registration));
    if (index === undefined) return new RunOrderIndex([...this.order, registration]).place(registration);
    const tiedWith: Registration[] = [];
    for (let i = index - 1; i >= 0 && this.order[i].priority === registration.priority; i--) tiedWith.unshift(this.order[i]);
    for (let i = index + 1; i < this.order.length && this.order[i].priority === registration.priority; i++) tiedWith.push(this.order[i]);
    return {
      rank: index + 1,
      total: this.order.length,
      after: index > 0 ? this.order[index - 1] : undefined,
      before: index + 1 < this.order.length ? this.order[index + 1] : undefined,
      tiedWith,
    };
  }
}

/** The run place of `registration` among `all` (it is added when `all` does not hold it). */
export function runPlace(registration: Registration, all: readonly Registration[]): RunPlace {
  return new RunOrderIndex(all).place(registration);
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
