import type { Registration } from '../model/registration';
import { runOrder } from '../model/order';
import type { Message } from '../rules/message';
import { intelText, lines, ordinalOf } from './texts';

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
export function runPlaceTitle(registration: Registration, place: RunPlace): Message {
  const args = { priority: registration.priority, rank: ordinalOf(place.rank), total: place.total };
  return registration.priorityExplicit ? intelText.runPlace(args) : intelText.runPlaceDefault(args);
}

/** "priority 5" or "priority 100 (default)": a registration's priority in the outline. */
export function priorityText(registration: Pick<Registration, 'priority' | 'priorityExplicit'>): Message {
  return registration.priorityExplicit ? intelText.priority({ priority: registration.priority }) : intelText.priorityDefault({ priority: registration.priority });
}

function neighboursText(place: RunPlace): Message | undefined {
  const { after, before } = place;
  if (after && before) return intelText.runsBetween({ after: after.name, afterPriority: after.priority, before: before.name, beforePriority: before.priority });
  if (after) return intelText.runsAfter({ after: after.name, afterPriority: after.priority });
  if (before) return intelText.runsBefore({ before: before.name, beforePriority: before.priority });
  return undefined;
}

/** The hover of a registration: its priority, place in the run order, neighbours and ties. */
export function registrationMarkdown(registration: Registration, all: readonly Registration[]): Message {
  const place = runPlace(registration, all);
  const form = registration.form === 'registry' ? intelText.formRegistry() : intelText.formRegistrationFile();
  const out: (Message | string)[] = [intelText.registrationHeading({ name: registration.name, form }), '', intelText.placeInWorkspace({ place: runPlaceTitle(registration, place) })];
  if (!registration.priorityExplicit) out.push('', registration.form === 'registry' ? intelText.noUpdaterPriority() : intelText.noPriority());
  const neighbours = neighboursText(place);
  if (neighbours) out.push('', neighbours);
  if (place.tiedWith.length) {
    out.push('', intelText.sharesPriority({ priority: registration.priority, names: place.tiedWith.map((r) => `\`${r.name}\``).join(', ') }));
  }
  if (registration.workCompleted) out.push('', intelText.workCompleted());
  if (registration.hasErrors) out.push('', intelText.hasErrors());
  return lines(...out);
}
