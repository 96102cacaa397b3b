import type { JsonForm } from '../json/schemas';
import type { Registration } from '../model/registration';
import { ORCHESTRATOR_KEY } from '../registry/orchestratorKey';
import { choice, mapLiterals, stop, type Snippet, type SnippetPart } from './snippet';
import type { IntelCompletion } from './types';
import { intelText } from './texts';

/** Schema's own example: a PFN with a well-formed publisher id. */
const EXAMPLE_APP = 'PhotoStudio';
const EXAMPLE_PUBLISHER_ID = '3r0m8qfzv1p4c';
const EXAMPLE_PRIORITY = 50;
const MAX_PRIORITY = 100;

/**
 * The example values a new registration starts from. One inserted beside existing registrations
 * gets the next free number (Contoso_PhotoStudio2, Contoso.PhotoStudio2_…) and a priority after
 * theirs, so it does not clash with them (duplicate-registration-name, duplicate-pfn, equal priorities).
 */
export interface Placeholders {
  /** The registration file's UpdaterName: the file's own, else PhotoStudio, PhotoStudio2, … */
  updaterName: string;
  /** Registry subkey name: Contoso_<UpdaterName>. */
  name: string;
  pfn: string;
  endpoint: string;
  priority: number;
}

/** The example values that clash with none of `existing` (the document's and the workspace's registrations). */
export function freshPlaceholders(existing: readonly (Pick<Registration, 'name' | 'priority' | 'settings'> & Partial<Pick<Registration, 'priorityExplicit'>>)[] = [], updaterName?: string): Placeholders {
  const names = new Set(existing.map((r) => r.name.toLowerCase()));
  const pfns = new Set(existing.flatMap((r) => (r.settings.PFN ? [r.settings.PFN.toLowerCase()] : [])));
  const numbered = (n: number) => (n === 1 ? EXAMPLE_APP : `${EXAMPLE_APP}${n}`);
  let n = 1;
  while (names.has(`contoso_${numbered(n)}`.toLowerCase()) || pfns.has(`contoso.${numbered(n)}_${EXAMPLE_PUBLISHER_ID}`.toLowerCase())) n++;
  const app = numbered(n);
  // A file's own UpdaterName is kept: the file name says which registration it holds.
  const updater = updaterName ?? app;
  return {
    updaterName: updater,
    name: `Contoso_${updater}`,
    pfn: `Contoso.${app}_${EXAMPLE_PUBLISHER_ID}`,
    endpoint: `contoso.example/${app}.msixbundle`,
    priority: nextPriority(existing),
  };
}

/**
 * 50 when nothing is there yet; else the first free priority after the highest one written (runs
 * after them), else the highest free one. Defaults (a file's missing Priority is 100) are avoided
 * but not followed: after them there is no room.
 */
function nextPriority(existing: readonly { priority: number; priorityExplicit?: boolean }[]): number {
  const valid = (p: number) => Number.isInteger(p) && p >= 1 && p <= MAX_PRIORITY;
  const used = new Set(existing.map((r) => r.priority).filter(valid));
  const written = existing.filter((r) => r.priorityExplicit !== false).map((r) => r.priority).filter(valid);
  for (let p = written.length ? Math.max(...written) + 1 : EXAMPLE_PRIORITY; p <= MAX_PRIORITY; p++) if (!used.has(p)) return p;
  for (let p = MAX_PRIORITY; p >= 1; p--) if (!used.has(p)) return p;
  return EXAMPLE_PRIORITY;
}

type Entry = readonly [key: string, value: Snippet];

function objectSnippet(entries: readonly Entry[], singleLine: boolean): SnippetPart[] {
  const parts: SnippetPart[] = [singleLine ? '{' : '{\n'];
  entries.forEach(([key, value], i) => {
    parts.push(`${singleLine ? '' : '\t'}"${key}": `, ...value);
    const last = i === entries.length - 1;
    parts.push(last ? (singleLine ? '' : '\n') : singleLine ? ', ' : ',\n');
  });
  parts.push('}');
  return parts;
}

function str(value: SnippetPart): Snippet {
  return ['"', value, '"'];
}

/** A valid expeditedPayload with placeholders (registry form). */
export function payloadEntries(firstStop = 1, example: Placeholders = freshPlaceholders()): Entry[] {
  return [
    ['PFN', str(stop(firstStop, example.pfn))],
    ['Endpoint', ['"https://', stop(firstStop + 1, example.endpoint), '"']],
    ['AllowedInOobe', [choice(firstStop + 2, ['false', 'true'])]],
    ['MaxRetryCount', [stop(firstStop + 3, '1')]],
    ['TimeoutDurationInMinutes', [stop(firstStop + 4, '15')]],
  ];
}

/** The UpdaterName a registration file's name implies: `updater_<UpdaterName>.json`. */
export function updaterNameOf(path: string | undefined): string | undefined {
  const match = path === undefined ? null : /(?:^|[\\/])updater_([A-Za-z0-9_.-]+)\.json$/i.exec(path);
  return match?.[1] || undefined;
}

function registrationEntries(source: 'Store' | 'CustomURL', example: Placeholders): Entry[] {
  const entries: Entry[] = [
    ['PFN', str(stop(1, example.pfn))],
    ['OEMName', str(stop(2, 'Contoso'))],
    ['UpdaterName', str(stop(3, example.updaterName))],
    ['RegistrationVersion', ['1']],
    ['Source', [`"${source}"`]],
  ];
  if (source === 'Store') {
    entries.push(['ProductId', str(stop(4, '9NBLGGH4NNS1'))], ['Scenario', str(choice(5, ['Acquisition', 'StubAcquisition', 'Update']))]);
  } else {
    // Update is not supported with CustomURL [EN-DOC].
    entries.push(['Endpoint', ['"https://', stop(4, example.endpoint), '"']], ['Scenario', str(choice(5, ['Acquisition', 'StubAcquisition']))]);
  }
  entries.push(['Priority', [stop(6, String(example.priority))]], ['AllowedInOobe', [choice(7, ['false', 'true'])]]);
  return entries;
}

/** A one-line payload object whose literal text went through `escape` (for a .reg string). */
export function payloadEntriesSnippet(escape: (literal: string) => string, firstStop = 1, example?: Placeholders): SnippetPart[] {
  return mapLiterals(objectSnippet(payloadEntries(firstStop, example), true), escape);
}

type Template = Omit<IntelCompletion, 'replace'>;

/**
 * Whole-document snippets for a JSON file: both registration-file variants and a bare payload, the
 * file's own form first; their example values clash with none of `existing`.
 */
export function documentSnippets(form: JsonForm, singleLine: boolean, updaterName?: string, existing: readonly Registration[] = []): Template[] {
  const example = freshPlaceholders(existing, updaterName);
  const registration: Template[] = (['Store', 'CustomURL'] as const).map((source) => ({
    label: `New registration file (${source})`,
    title: intelText.newRegistrationFileLabel({ source }),
    kind: 'snippet',
    detail: intelText.registrationFileDetail({ source }),
    documentation: intelText.registrationFileDoc({ source }),
    insert: objectSnippet(registrationEntries(source, example), singleLine),
  }));
  const payload: Template = {
    label: 'New expeditedPayload',
    title: intelText.newPayloadLabel(),
    kind: 'snippet',
    detail: intelText.payloadDetail(),
    documentation: intelText.payloadDoc(),
    insert: objectSnippet(payloadEntries(1, example), singleLine),
  };
  const ordered = form === 'payload' ? [payload, ...registration] : [...registration, payload];
  return ordered.map((t, i) => ({ ...t, sortText: String(i) }));
}

/**
 * A whole registry-form registration for a `.reg` file, already escaped for a .reg string:
 * the key line, updaterPriority and a one-line expeditedPayload; its name, PFN and priority
 * clash with none of `existing`.
 */
export function regRegistrationSnippet(escape: (literal: string) => string, eol = '\r\n', existing: readonly Registration[] = []): SnippetPart[] {
  const example = freshPlaceholders(existing);
  return [
    `[${ORCHESTRATOR_KEY}\\`,
    stop(1, example.name),
    `]${eol}"updaterPriority"=dword:`,
    stop(2, example.priority.toString(16).padStart(8, '0')),
    `${eol}"expeditedPayload"="`,
    ...payloadEntriesSnippet(escape, 3, example),
    `"${eol}`,
  ];
}
