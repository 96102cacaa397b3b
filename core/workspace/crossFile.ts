import { report } from '../diagnostics/catalogue';
import type { Finding, RelatedLocation, Span } from '../diagnostics/types';
import { runOrder } from '../model/order';
import type { Registration } from '../model/registration';

/** Related locations listed per finding; a tie among hundreds of registrations names the first few. */
const MAX_RELATED = 10;

/** Findings that need several registrations at once (same PFN, same name, equal priority), by document path. */
export function crossFileFindings(registrations: readonly Registration[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const add = (path: string, finding: Finding): void => {
    const list = out.get(path);
    if (list) list.push(finding);
    else out.set(path, [finding]);
  };
  const where = whereOf();
  for (const group of groupsOf(registrations, (r) => r.settings.PFN?.toLowerCase() || undefined)) samePfn(group, add, where);
  for (const group of groupsOf(registrations, (r) => r.name.toLowerCase())) sameName(group, add, where);
  for (const group of groupsOf(registrations, (r) => String(r.priority))) samePriority(group, add, where);
  return out;
}

type Add = (path: string, finding: Finding) => void;

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

function related(shown: readonly Registration[], spanOf: (r: Registration) => Span, message: (r: Registration) => string): RelatedLocation[] {
  return shown.slice(0, MAX_RELATED).map((o) => ({ path: o.path, span: spanOf(o), message: message(o) }));
}

/** The first three of `count` others, then how many more. */
function names(shown: readonly Registration[], count: number, where: Where): string {
  const listed = shown.slice(0, 3).map(where).join(', ');
  return count > 3 ? `${listed} and ${count - 3} more` : listed;
}

/** The assumed order among equal priorities, capped: a tie among thousands names the first few. */
const MAX_ORDER_LISTED = 10;

function orderList(ordered: readonly Registration[]): string {
  const listed = ordered.slice(0, MAX_ORDER_LISTED).map((r) => r.name).join(', ');
  const rest = ordered.length - MAX_ORDER_LISTED;
  return rest > 0 ? `${listed}, and ${rest.toLocaleString('en-US')} others` : listed;
}

function samePfn(group: Registration[], add: Add, where: Where): void {
  const pfnSpan = (r: Registration): Span => r.pfnSpan ?? r.nameSpan;
  for (const r of group) {
    const shown = firstOthers(group, r, MAX_RELATED);
    const message = `${r.settings.PFN} is also registered by ${names(shown, group.length - 1, where)}: two concurrent attempts at one package break each other (Windows Update's own installs fail the same way). Register each package once.`;
    add(r.path, report('duplicate-pfn', pfnSpan(r), message, { related: related(shown, pfnSpan, (o) => `${o.name} registers the same package`) }));
  }
}

function sameName(group: Registration[], add: Add, where: Where): void {
  const perPath = new Map<string, number>();
  for (const r of group) perPath.set(r.path, (perPath.get(r.path) ?? 0) + 1);
  for (const r of group) {
    // one .reg naming a key twice is one key after import
    const count = group.length - (perPath.get(r.path) ?? 0);
    if (count === 0) continue;
    const shown = firstOthers(group, r, MAX_RELATED, (o) => o.path !== r.path);
    const crossForm = r.form === 'file' ? group.some((o) => o.path !== r.path && o.form !== 'file') : group.some((o) => o.path !== r.path && o.form === 'file');
    const why = crossForm
      ? 'Add-UpdaterRegistration refuses to add a registration file when UScheduler_Oobe already has that subkey'
      : r.form === 'file'
        ? 'both would be staged in the same folder, and Add-UpdaterRegistration refuses the second'
        : 'importing both writes one UScheduler_OOBE subkey, and the later import overwrites the earlier';
    const message = `The registration name ${r.name} is also used by ${names(shown, count, where)}: ${why}. Give each registration its own name.`;
    add(r.path, report('duplicate-registration-name', r.nameSpan, message, { related: related(shown, (o) => o.nameSpan, (o) => `${o.name} (${o.form === 'file' ? 'registration file' : 'registry subkey'})`) }));
  }
}

function samePriority(group: Registration[], add: Add, where: Where): void {
  const list = orderList(runOrder(group));
  for (const r of group) {
    const shown = firstOthers(group, r, MAX_RELATED);
    const message = `Priority ${r.priority} is shared with ${names(shown, group.length - 1, where)}: the order among equal priorities is not specified; Expedited Apps assumes order by name (${list}). Give each registration a distinct priority to fix the order.`;
    add(r.path, report('equal-priority', r.prioritySpan ?? r.nameSpan, message, { related: related(shown, (o) => o.prioritySpan ?? o.nameSpan, (o) => `${o.name} has priority ${o.priority}`) }));
  }
}
