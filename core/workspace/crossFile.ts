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
  for (const group of groupsOf(registrations, (r) => r.settings.PFN?.toLowerCase() || undefined)) samePfn(group, add);
  for (const group of groupsOf(registrations, (r) => r.name.toLowerCase())) sameName(group, add);
  for (const group of groupsOf(registrations, (r) => String(r.priority))) samePriority(group, add);
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

function where(r: Registration): string {
  const file = r.path.split(/[/\\]/).pop() ?? r.path;
  return `${r.name} (${file})`;
}

function related(others: readonly Registration[], spanOf: (r: Registration) => Span, message: (r: Registration) => string): RelatedLocation[] {
  return others.slice(0, MAX_RELATED).map((o) => ({ path: o.path, span: spanOf(o), message: message(o) }));
}

function names(others: readonly Registration[]): string {
  const shown = others.slice(0, 3).map(where).join(', ');
  return others.length > 3 ? `${shown} and ${others.length - 3} more` : shown;
}

function samePfn(group: Registration[], add: Add): void {
  const pfnSpan = (r: Registration): Span => r.pfnSpan ?? r.nameSpan;
  for (const r of group) {
    const others = group.filter((o) => o !== r);
    const message = `${r.settings.PFN} is also registered by ${names(others)}: two concurrent attempts at one package break each other (Windows Update's own installs fail the same way). Register each package once.`;
    add(r.path, report('duplicate-pfn', pfnSpan(r), message, { related: related(others, pfnSpan, (o) => `${o.name} registers the same package`) }));
  }
}

function sameName(group: Registration[], add: Add): void {
  for (const r of group) {
    const others = group.filter((o) => o.path !== r.path); // one .reg naming a key twice is one key after import
    if (others.length === 0) continue;
    const crossForm = others.some((o) => o.form !== r.form);
    const why = crossForm
      ? 'Add-UpdaterRegistration refuses to add a registration file when UScheduler_Oobe already has that subkey'
      : r.form === 'file'
        ? 'both would be staged in the same folder, and Add-UpdaterRegistration refuses the second'
        : 'importing both writes one UScheduler_OOBE subkey, and the later import overwrites the earlier';
    const message = `The registration name ${r.name} is also used by ${names(others)}: ${why}. Give each registration its own name.`;
    add(r.path, report('duplicate-registration-name', r.nameSpan, message, { related: related(others, (o) => o.nameSpan, (o) => `${o.name} (${o.form === 'file' ? 'registration file' : 'registry subkey'})`) }));
  }
}

function samePriority(group: Registration[], add: Add): void {
  const ordered = runOrder(group);
  const list = ordered.map((r) => r.name).join(', ');
  for (const r of group) {
    const others = group.filter((o) => o !== r);
    const message = `Priority ${r.priority} is shared with ${names(others)}: the order among equal priorities is not specified; Expedited Apps assumes order by name (${list}). Give each registration a distinct priority to fix the order.`;
    add(r.path, report('equal-priority', r.prioritySpan ?? r.nameSpan, message, { related: related(others, (o) => o.prioritySpan ?? o.nameSpan, (o) => `${o.name} has priority ${o.priority}`) }));
  }
}
