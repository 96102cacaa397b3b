import { report } from '../diagnostics/catalogue';
import { list, type Arg, type Message } from '../rules/message';
import { duplicatePfn, duplicateRegistrationName, equalPriority, workspacePhrase } from '../rules/workspace';
import type { Finding, RelatedLocation, Span } from '../diagnostics/types';
import { runOrder } from '../model/order';
import { foldName } from '../text/caseFold';
import type { Registration } from '../model/registration';

/**
 * Related locations of a same-PFN or same-name finding: the others its message names (the first
 * three). An equal-priority finding points at its neighbours in the assumed order instead (see
 * samePriority). Each related place is drawn by the editor on every change of the diagnostics, so
 * a tie among a thousand registrations must not carry ten on each.
 */
const NAMED_OTHERS = 3;

/** Which of a registration's places a finding or related location points at. */
type Place = 'pfn' | 'name' | 'priority';

const PLACES: Record<Place, (r: Registration) => Span> = {
  pfn: (r) => r.pfnSpan ?? r.nameSpan,
  name: (r) => r.nameSpan,
  priority: (r) => r.prioritySpan ?? r.nameSpan,
};

/** A finding with the registrations (by index) whose places its span and related spans are. */
interface Made {
  path: string;
  finding: Finding;
  subject: number;
  place: Place;
  related: number[];
  relatedPlace: Place;
}

/** The findings depend on these of each registration, apart from where it sits. */
function sameIdentity(a: Registration, b: Registration): boolean {
  return (
    a.path === b.path &&
    a.name === b.name &&
    a.form === b.form &&
    a.priority === b.priority &&
    a.settings.PFN === b.settings.PFN &&
    (a.pfnSpan !== undefined) === (b.pfnSpan !== undefined) &&
    (a.prioritySpan !== undefined) === (b.prioritySpan !== undefined)
  );
}

/**
 * The last computation: typing moves registrations without changing what they are, so the same
 * findings come out with moved spans. Those are moved instead of recomputed (and a finding none of
 * whose places moved is the same object as before).
 */
let last: { made: Made[]; registrations: readonly Registration[] } | undefined;

/** Findings that need several registrations at once (same PFN, same name, equal priority), by document path. */
export function crossFileFindings(registrations: readonly Registration[]): Map<string, Finding[]> {
  const made = last && sameIdentities(last.registrations, registrations) ? moved(last.made, last.registrations, registrations) : compute(registrations);
  // Moving spans covers findings and related places; fixes would need their edits moved too.
  last = made.some((m) => m.finding.fixes) ? undefined : { made, registrations };
  const out = new Map<string, Finding[]>();
  for (const m of made) {
    const list = out.get(m.path);
    if (list) list.push(m.finding);
    else out.set(m.path, [m.finding]);
  }
  return out;
}

/** Compared field by field, without building a key per registration: this runs on every keystroke. */
function sameIdentities(a: readonly Registration[], b: readonly Registration[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameIdentity(a[i], b[i])) return false;
  return true;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The same findings for registrations that only moved: spans taken from where each place is now. */
function moved(made: readonly Made[], before: readonly Registration[], now: readonly Registration[]): Made[] {
  // Registrations before an edit are the very objects of the last call.
  const still = now.map((r, i) => r === before[i] || (sameSpan(r.nameSpan, before[i].nameSpan) && spanEq(r.pfnSpan, before[i].pfnSpan) && spanEq(r.prioritySpan, before[i].prioritySpan)));
  return made.map((m) => {
    if (still[m.subject] && allStill(m.related, still)) return m;
    const was = m.finding;
    const finding: Finding = { code: was.code, severity: was.severity, message: was.message, span: PLACES[m.place](now[m.subject]) };
    if (was.related) {
      const at = PLACES[m.relatedPlace];
      finding.related = was.related.map((r, k): RelatedLocation => ({ path: r.path, span: at(now[m.related[k]]), message: r.message }));
    }
    return { path: m.path, finding, subject: m.subject, place: m.place, related: m.related, relatedPlace: m.relatedPlace };
  });
}

function allStill(indexes: readonly number[], still: readonly boolean[]): boolean {
  for (const i of indexes) if (!still[i]) return false;
  return true;
}

function spanEq(a: Span | undefined, b: Span | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && sameSpan(a, b));
}

function compute(registrations: readonly Registration[]): Made[] {
  const made: Made[] = [];
  const index = new Map<Registration, number>();
  registrations.forEach((r, i) => index.set(r, i));
  const add: Add = (r, finding, place, shown, relatedPlace) => {
    made.push({ path: r.path, finding, subject: index.get(r)!, place, related: shown.map((o) => index.get(o)!), relatedPlace });
  };
  const where = whereOf();
  for (const group of groupsOf(registrations, (r) => r.settings.PFN?.toLowerCase() || undefined)) samePfn(group, add, where);
  for (const group of groupsOf(registrations, (r) => foldName(r.name))) sameName(group, add, where);
  for (const group of groupsOf(registrations, (r) => String(r.priority))) samePriority(group, add, where);
  return made;
}

/** Records a finding on `r` at its `place`, with related locations at `relatedPlace` of each of `shown`, in order. */
type Add = (r: Registration, finding: Finding, place: Place, shown: readonly Registration[], relatedPlace: Place) => void;

function groupsOf(registrations: readonly Registration[], keyOf: (r: Registration) => string | undefined): Registration[][] {
  const groups = new Map<string, Registration[]>();
  for (const r of registrations) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** File names by path: thousands of findings name the same few files. */
type Where = (r: Registration) => string;

function whereOf(): Where {
  const files = new Map<string, string>();
  return (r) => {
    let file = files.get(r.path);
    if (file === undefined) {
      file = r.path.split(/[/\\]/).pop() ?? r.path;
      files.set(r.path, file);
    }
    return `${r.name} (${file})`;
  };
}

/** Up to `n` members of the group other than `r` that pass `keep`, in group order: linear, however big the group. */
function firstOthers(group: readonly Registration[], r: Registration, n: number, keep: (o: Registration) => boolean = () => true): Registration[] {
  const out: Registration[] = [];
  for (const o of group) {
    if (o === r || !keep(o)) continue;
    out.push(o);
    if (out.length === n) break;
  }
  return out;
}

function related(shown: readonly Registration[], spanOf: (r: Registration) => Span, message: (r: Registration) => Message): RelatedLocation[] {
  return shown.map((o) => ({ path: o.path, span: spanOf(o), message: message(o) }));
}

/** The first three of `count` others, then how many more. */
function names(shown: readonly Registration[], count: number, where: Where): Arg {
  const listed = list(shown.slice(0, NAMED_OTHERS).map(where));
  return count > NAMED_OTHERS ? workspacePhrase.andMore({ listed, count: count - NAMED_OTHERS }) : listed;
}

/** The assumed order among equal priorities, capped: a tie among thousands names the first few. */
const MAX_ORDER_LISTED = 10;

function orderList(ordered: readonly Registration[]): Arg {
  const listed = list(ordered.slice(0, MAX_ORDER_LISTED).map((r) => r.name));
  const rest = ordered.length - MAX_ORDER_LISTED;
  return rest > 0 ? workspacePhrase.andOthers({ listed, count: rest.toLocaleString('en-US') }) : listed;
}

function samePfn(group: Registration[], add: Add, where: Where): void {
  const pfnSpan = PLACES.pfn;
  for (const r of group) {
    const shown = firstOthers(group, r, NAMED_OTHERS);
    const message = duplicatePfn.message.same({ pfn: r.settings.PFN ?? '', others: names(shown, group.length - 1, where) });
    add(r, report(message, pfnSpan(r), { related: related(shown, pfnSpan, (o) => workspacePhrase.samePackage({ name: o.name })) }), 'pfn', shown, 'pfn');
  }
}

function sameName(group: Registration[], add: Add, where: Where): void {
  const perPath = new Map<string, number>();
  for (const r of group) perPath.set(r.path, (perPath.get(r.path) ?? 0) + 1);
  for (const r of group) {
    // one .reg naming a key twice is one key after import
    const count = group.length - (perPath.get(r.path) ?? 0);
    if (count === 0) continue;
    const shown = firstOthers(group, r, NAMED_OTHERS, (o) => o.path !== r.path);
    const crossForm = r.form === 'file' ? group.some((o) => o.path !== r.path && o.form !== 'file') : group.some((o) => o.path !== r.path && o.form === 'file');
    const args = { name: r.name, others: names(shown, count, where) };
    const m = duplicateRegistrationName.message;
    const message = crossForm ? m.crossForm(args) : r.form === 'file' ? m.files(args) : m.registry(args);
    const relatedText = (o: Registration) => (o.form === 'file' ? workspacePhrase.registrationFile({ name: o.name }) : workspacePhrase.registrySubkey({ name: o.name }));
    add(r, report(message, r.nameSpan, { related: related(shown, PLACES.name, relatedText) }), 'name', shown, 'name');
  }
}

/**
 * Each tied registration points at the one before and the one after it in the assumed order: two
 * places, however many tie, and following them walks the whole tie in run order.
 */
function samePriority(group: Registration[], add: Add, where: Where): void {
  const ordered = runOrder(group);
  const order = orderList(ordered);
  const rank = new Map<Registration, number>();
  ordered.forEach((r, i) => rank.set(r, i));
  for (const r of group) {
    const i = rank.get(r)!;
    const neighbours = [ordered[i - 1], ordered[i + 1]].filter((o): o is Registration => o !== undefined);
    const message = equalPriority.message.shared({ priority: r.priority, others: names(firstOthers(group, r, NAMED_OTHERS), group.length - 1, where), order });
    add(r, report(message, PLACES.priority(r), { related: related(neighbours, PLACES.priority, (o) => workspacePhrase.hasPriority({ name: o.name, priority: o.priority })) }), 'priority', neighbours, 'priority');
  }
}
