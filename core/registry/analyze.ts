import { report } from '../diagnostics/catalogue';
import type { Finding, Fix, Span } from '../diagnostics/types';
import { DEFAULT_SETTINGS, type Registration } from '../model/registration';
import type { RegDocument, RegValueEntry } from '../reg/model';
import { RegistrationMemo } from './memo';
import type { TextChange } from '../text/textChange';
import { RegistryCode } from './codes';
import { orchestratorImport, type LiveKey } from './importState';
import { ORCHESTRATOR_KEY } from './orchestratorKey';
import { analyzePayloadValue, PayloadLocator } from './payload';
import { didYouMean } from './suggest';
import { foldName, sameName } from '../text/caseFold';

export interface RegistryFormAnalysis {
  findings: Finding[];
  registrations: Registration[];
}

/** What the orchestrator assumes when updaterPriority is missing or unusable (our assumption, stated in messages). */
export const ASSUMED_PRIORITY = 100;

const VALUE = {
  priority: 'updaterPriority',
  payload: 'expeditedPayload',
  workCompleted: 'workCompleted',
  blocked: 'BlockedOobeUpdaters',
} as const;
const REGISTRATION_VALUES = [VALUE.priority, VALUE.payload, VALUE.workCompleted];

/** What lets an edited document reuse the analysis of the registrations the edit did not touch. */
export interface RegistryReuse {
  /** The document's text (blocks are compared by their text). */
  text: string;
  /** The previous version of the same document, analysed with `reuse` too. */
  previous?: RegDocument;
  /** Where the text differs from the previous version's (undefined: the same text). */
  change?: TextChange;
}

/** Each document's per-registration results, for the next version of the same document. */
const memos = new WeakMap<RegDocument, RegistrationMemo>();

/**
 * Validates the UScheduler_OOBE registrations of a parsed .reg document (domain.md §1). With
 * `reuse`, a registration whose key blocks read the same as in the previous version is not
 * analysed again: its findings and registration are moved to where the blocks sit now.
 */
export function analyzeRegistryForm(doc: RegDocument, path: string, reuse?: RegistryReuse): RegistryFormAnalysis {
  const previousMemo = reuse?.previous ? memos.get(reuse.previous) : undefined;
  const memo = reuse ? new RegistrationMemo(reuse.text, path, doc, previousMemo, reuse.change) : undefined;
  if (memo) memos.set(doc, memo);
  const findings: Finding[] = [];
  const registrations: Registration[] = [];
  const state = orchestratorImport(doc);
  /** Error findings on key lines, by key line start, so registrations can count them. */
  const lineErrors = new Set<number>();

  for (const { entry, place } of state.lines) {
    const lineFindings: Finding[] = [];
    if (!place.isLocalMachine) {
      const root = entry.path.slice(0, place.rootSpan.end - place.rootSpan.start);
      lineFindings.push(
        report(RegistryCode.notLocalMachine, place.rootSpan, `The orchestrator reads registrations only from HKEY_LOCAL_MACHINE; this key is under ${root}. Use HKEY_LOCAL_MACHINE.`, {
          fixes: [{ title: 'Use HKEY_LOCAL_MACHINE', edits: [{ span: place.rootSpan, newText: 'HKEY_LOCAL_MACHINE' }], safeForFixAll: true }],
        }),
      );
    }
    if (place.wow64Span && place.wow64RemovalSpan) {
      lineFindings.push(
        report(RegistryCode.wow64View, place.wow64Span, 'Wow6432Node is the 32-bit registry view: the 64-bit update service never reads registrations there. Remove Wow6432Node\\ from the path (and import with reg import /reg:64).', {
          fixes: [{ title: 'Remove Wow6432Node from the path', edits: [{ span: place.wow64RemovalSpan, newText: '' }], safeForFixAll: true }],
        }),
      );
    }
    if (entry.isDelete) {
      if (place.level === 'registration') {
        lineFindings.push(report(RegistryCode.subkeyDeleted, place.nameSpan!, `Deletes the registration ${place.name}: the orchestrator will not run it (how scripts stop Windows' own updaters such as OutlookUpdate; inferred from real machines, not documented).`));
      } else if (place.level === 'parent') {
        lineFindings.push(report(RegistryCode.subkeyDeleted, entry.pathSpan, 'Deletes UScheduler_OOBE with every registration below it, Windows\' own (DevHomeUpdate, OutlookUpdate, ...) included.'));
      }
    } else if (place.level === 'nested') {
      lineFindings.push(report(RegistryCode.nestedSubkey, place.nestedSpan!, `The orchestrator reads only direct subkeys of UScheduler_OOBE; this key below ${place.name} is ignored. Put its values in ${place.name} itself or in its own subkey of UScheduler_OOBE.`));
    }
    const unsafe = !entry.isDelete && place.name !== undefined ? unsafeNameMessage(place.name) : undefined;
    if (unsafe) lineFindings.push(report(RegistryCode.unsafeName, place.nameSpan!, unsafe));
    if (lineFindings.some((f) => f.severity === 'error')) lineErrors.add(entry.lineSpan.start);
    findings.push(...lineFindings);
  }

  for (const key of state.keys) {
    if (key.place.level === 'parent') findings.push(...parentFindings(key));
    else if (key.place.level === 'registration') {
      const { registration, findings: own } = memo ? memo.analyze(key, () => analyzeRegistration(key, path, lineErrors)) : analyzeRegistration(key, path, lineErrors);
      registrations.push(registration);
      findings.push(...own);
    }
  }
  return { findings, registrations };
}

/** Longest key name Windows stores (characters). */
const MAX_KEY_NAME = 255;

/**
 * Why a registration subkey name cannot round-trip through Windows and the tools that turn key
 * names into command lines, .reg files and file names; undefined when it can.
 */
export function unsafeNameMessage(name: string): string | undefined {
  if (name.length > MAX_KEY_NAME) return `The subkey name is ${name.length} characters long: Windows stores key names of at most ${MAX_KEY_NAME} characters, so the import fails or the name cannot be written back. Shorten it.`;
  const control = [...name].find((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
  if (control !== undefined) return `The subkey name contains the control character U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}: a .reg file or a reg.exe command line cannot carry it reliably. Remove it.`;
  if (name.includes('/')) return 'The subkey name contains "/": the registry accepts it, but tools that turn key names into file and folder names (exports, backups, scripts) read it as a path separator, so the name does not round-trip. Use "_" or "-" instead.';
  if (/[ .]$/.test(name)) return 'The subkey name ends with a space or a dot: Windows path handling strips those, so tools that use the name as a file or folder name (exports, backups, scripts) do not get it back unchanged. Remove the trailing character.';
  return undefined;
}

function parentFindings(key: LiveKey): Finding[] {
  const findings: Finding[] = [];
  for (const value of key.values.values()) {
    if (isEmptyDefault(value)) continue;
    if (sameName(value.name, VALUE.blocked)) {
      const listed = typeof value.data === 'string' && value.data !== '' ? `names ${value.data}` : 'is set';
      findings.push(
        report(RegistryCode.blockedUpdaters, value.nameSpan, `BlockedOobeUpdaters ${listed}: Windows skips the updaters it names during OOBE (inferred from real machines, where MS_Outlook was seen; not documented). It does not register anything.`),
      );
      continue;
    }
    const shown = value.name === '' ? 'The default value' : value.name;
    findings.push(
      report(RegistryCode.valueOnParent, value.nameSpan, `${shown} is set on UScheduler_OOBE itself, which registers nothing: each registration is a subkey. Move it into a subkey named for the app, e.g. [${ORCHESTRATOR_KEY}\\Contoso_App].`),
    );
  }
  return findings;
}

/** `@=""`, which regedit writes for many keys, is harmless. */
function isEmptyDefault(value: RegValueEntry): boolean {
  return value.name === '' && (value.data === '' || value.data === undefined);
}

function dword(n: number): string {
  return `dword:${n.toString(16).padStart(8, '0')}`;
}

function analyzeRegistration(key: LiveKey, path: string, lineErrors: Set<number>): { registration: Registration; findings: Finding[] } {
  const first = key.entries[0];
  const name = key.place.name!;
  const nameSpan = key.place.nameSpan!;
  const findings: Finding[] = [];
  const registration: Registration = {
    name,
    form: 'registry',
    path,
    span: first.blockSpan,
    nameSpan,
    priority: ASSUMED_PRIORITY,
    priorityExplicit: false,
    settings: { ...DEFAULT_SETTINGS },
    hasErrors: key.entries.some((e) => lineErrors.has(e.lineSpan.start)),
  };

  const priority = key.values.get(foldName(VALUE.priority));
  if (!priority) {
    findings.push(
      report(RegistryCode.priorityMissing, nameSpan, `${name} has no updaterPriority: the documentation says the OEM must create it beside expeditedPayload (without it the run order is undocumented; this tool assumes ${ASSUMED_PRIORITY}, the last place). Add "updaterPriority"=dword:000000NN with a value 1..100 (lower runs earlier).`, {
        // Right under the key line; 100 states the assumed last place explicitly, to be lowered by hand.
        fixes: [{ title: `Add "updaterPriority"=dword:00000064 (100, runs last) to ${name}`, edits: [{ span: { start: first.lineSpan.end, end: first.lineSpan.end }, newText: '\r\n"updaterPriority"=dword:00000064' }] }],
      }),
    );
  } else {
    registration.prioritySpan = priority.dataSpan;
    findings.push(...priorityFindings(priority, registration));
  }

  const payload = key.values.get(foldName(VALUE.payload));
  if (!payload) {
    findings.push(report(RegistryCode.payloadMissing, nameSpan, `${name} has no expeditedPayload: without it there is nothing to install. Add "expeditedPayload"="{\\"PFN\\": \\"...\\", \\"Endpoint\\": \\"https://...\\"}".`));
  } else if (payload.type !== 'REG_SZ' || typeof payload.data !== 'string') {
    findings.push(report(RegistryCode.payloadType, payload.dataSpan, `expeditedPayload must be a REG_SZ string holding the payload JSON; found ${payload.type ?? 'no data'}. Write it as "expeditedPayload"="{...}" with \\" for each quote.`));
  } else {
    findings.push(...payloadFindings(payload, registration));
  }

  const workCompleted = key.values.get(foldName(VALUE.workCompleted));
  if (workCompleted) {
    registration.workCompleted = workCompleted.type === 'REG_DWORD' && workCompleted.data === 1;
    const meaning = registration.workCompleted
      ? 'workCompleted = 1 marks this updater as done: Windows will not run it (this is how Windows records a finished updater and how scripts stop one).'
      : `workCompleted is ${workCompleted.type === 'REG_DWORD' ? `${String(workCompleted.data)}` : `a ${workCompleted.type ?? 'deleted'} value`}: only a REG_DWORD 1 is known to mark the updater as done, so Windows still runs it.`;
    findings.push(report(RegistryCode.workCompleted, workCompleted.nameSpan, `${meaning} Inferred from real machines, not documented.`));
  }

  for (const [folded, value] of key.values) {
    if (REGISTRATION_VALUES.some((v) => foldName(v) === folded) || isEmptyDefault(value)) continue;
    findings.push(unknownValue(value));
  }

  registration.hasErrors ||= findings.some((f) => f.severity === 'error');
  return { registration, findings };
}

function priorityFindings(value: RegValueEntry, registration: Registration): Finding[] {
  if (value.type !== 'REG_DWORD' || typeof value.data !== 'number') {
    const parsed = typeof value.data === 'string' && /^\s*\d{1,3}\s*$/.test(value.data) ? Number(value.data) : undefined;
    const fixes: Fix[] =
      parsed !== undefined && parsed >= 1 && parsed <= 100 ? [{ title: `Write updaterPriority as ${dword(parsed)}`, edits: [{ span: value.dataSpan, newText: dword(parsed) }], safeForFixAll: true }] : [];
    return [
      report(RegistryCode.priorityType, value.dataSpan, `updaterPriority must be a REG_DWORD (dword:000000NN); found ${value.type ?? 'no data'}, which the orchestrator does not read (this tool assumes ${ASSUMED_PRIORITY}).`, { fixes }),
    ];
  }
  const found = value.data;
  if (found < 1 || found > 100) {
    const clamped = found < 1 ? 1 : 100;
    return [
      report(RegistryCode.priorityRange, value.dataSpan, `updaterPriority must be 1..100 (lower runs earlier); found ${found}`, {
        fixes: [{ title: `Clamp updaterPriority to ${clamped}`, edits: [{ span: value.dataSpan, newText: dword(clamped) }], safeForFixAll: true }],
      }),
    ];
  }
  registration.priority = found;
  registration.priorityExplicit = true;
  return [];
}

function payloadFindings(value: RegValueEntry, registration: Registration): Finding[] {
  const text = value.data as string;
  const payload = analyzePayloadValue(value, text);
  const locate = new PayloadLocator(value);
  const findings = payload.findings.map((f) => locate.finding(f));
  // Copies: registrations with the same payload text share one cached analysis.
  if (payload.settings) registration.settings = { ...payload.settings };
  if (payload.pfnSpan) registration.pfnSpan = locate.span(payload.pfnSpan);
  registration.explicitKeys = [...payload.keys];
  return findings;
}

function unknownValue(value: RegValueEntry): Finding {
  const shown = value.name === '' ? 'The default value' : value.name;
  const suggestion = value.name === '' ? undefined : didYouMean(value.name, REGISTRATION_VALUES);
  const fixes: Fix[] = [];
  const inner = innerNameSpan(value);
  if (suggestion && inner) fixes.push({ title: `Rename to ${suggestion}`, edits: [{ span: inner, newText: suggestion }] });
  const hint = suggestion ? ` Did you mean ${suggestion}?` : ' A registration holds updaterPriority (REG_DWORD) and expeditedPayload (REG_SZ).';
  return report(RegistryCode.unknownValue, value.nameSpan, `${shown} is not a value the orchestrator reads in a registration; it is ignored.${hint}`, { fixes });
}

/** The name between its quotes, when the written name has no escapes. */
function innerNameSpan(value: RegValueEntry): Span | undefined {
  const content = value.nameLiteral?.contentSpan;
  if (!content || content.end - content.start !== value.name.length) return undefined;
  return content;
}
