import type { JsonForm } from '../json/schemas';
import { ORCHESTRATOR_KEY } from '../registry/keyPath';
import { choice, mapLiterals, stop, type Snippet, type SnippetPart } from './snippet';
import type { IntelCompletion } from './types';
import { intelText } from './texts';

/** The key path of every registry-form registration (domain.md §1). */
export const USCHEDULER_OOBE_PATH = ORCHESTRATOR_KEY;

/** Schema's own example: a PFN with a well-formed publisher id. */
const EXAMPLE_PFN = 'Contoso.PhotoStudio_3r0m8qfzv1p4c';

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
export function payloadEntries(firstStop = 1): Entry[] {
  return [
    ['PFN', str(stop(firstStop, EXAMPLE_PFN))],
    ['Endpoint', ['"https://', stop(firstStop + 1, 'contoso.example/PhotoStudio.msixbundle'), '"']],
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

function registrationEntries(source: 'Store' | 'CustomURL', updaterName = 'PhotoStudio'): Entry[] {
  const entries: Entry[] = [
    ['PFN', str(stop(1, EXAMPLE_PFN))],
    ['OEMName', str(stop(2, 'Contoso'))],
    ['UpdaterName', str(stop(3, updaterName))],
    ['RegistrationVersion', ['1']],
    ['Source', [`"${source}"`]],
  ];
  if (source === 'Store') {
    entries.push(['ProductId', str(stop(4, '9NBLGGH4NNS1'))], ['Scenario', str(choice(5, ['Acquisition', 'StubAcquisition', 'Update']))]);
  } else {
    // Update is not supported with CustomURL [EN-DOC].
    entries.push(['Endpoint', ['"https://', stop(4, 'contoso.example/PhotoStudio.msixbundle'), '"']], ['Scenario', str(choice(5, ['Acquisition', 'StubAcquisition']))]);
  }
  entries.push(['Priority', [stop(6, '50')]], ['AllowedInOobe', [choice(7, ['false', 'true'])]]);
  return entries;
}

/** A one-line payload object whose literal text went through `escape` (for a .reg string). */
export function payloadEntriesSnippet(escape: (literal: string) => string, firstStop = 1): SnippetPart[] {
  return mapLiterals(objectSnippet(payloadEntries(firstStop), true), escape);
}

type Template = Omit<IntelCompletion, 'replace'>;

/** Whole-document snippets for a JSON file: both registration-file variants and a bare payload, the file's own form first. */
export function documentSnippets(form: JsonForm, singleLine: boolean, updaterName?: string): Template[] {
  const registration: Template[] = (['Store', 'CustomURL'] as const).map((source) => ({
    label: `New registration file (${source})`,
    title: intelText.newRegistrationFileLabel({ source }),
    kind: 'snippet',
    detail: intelText.registrationFileDetail({ source }),
    documentation: intelText.registrationFileDoc({ source }),
    insert: objectSnippet(registrationEntries(source, updaterName), singleLine),
  }));
  const payload: Template = {
    label: 'New expeditedPayload',
    title: intelText.newPayloadLabel(),
    kind: 'snippet',
    detail: intelText.payloadDetail(),
    documentation: intelText.payloadDoc(),
    insert: objectSnippet(payloadEntries(), singleLine),
  };
  const ordered = form === 'payload' ? [payload, ...registration] : [...registration, payload];
  return ordered.map((t, i) => ({ ...t, sortText: String(i) }));
}

/**
 * A whole registry-form registration for a `.reg` file, already escaped for a .reg string:
 * the key line, updaterPriority and a one-line expeditedPayload.
 */
export function regRegistrationSnippet(escape: (literal: string) => string, eol = '\r\n'): SnippetPart[] {
  return [
    `[${USCHEDULER_OOBE_PATH}\\`,
    stop(1, 'Contoso_PhotoStudio'),
    `]${eol}"updaterPriority"=dword:`,
    stop(2, '00000032'),
    `${eol}"expeditedPayload"="`,
    ...payloadEntriesSnippet(escape, 3),
    `"${eol}`,
  ];
}
