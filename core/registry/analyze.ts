import { report, type RuleId } from '../diagnostics/catalogue';
import { priorityOutOfRange } from '../rules/json';
import {
  registry32BitView,
  registryBlockedUpdaters,
  registryFix,
  registryNestedSubkey,
  registryNotHklm,
  registryPayloadMissing,
  registryPayloadType,
  registryPriorityMissing,
  registryPriorityType,
  registrySubkeyDeleted,
  registrySubkeyNameUnsafe,
  registryUnknownValue,
  registryValueOnParent,
  registryWorkCompleted,
} from '../rules/registry';
import type { RuleMessage } from '../rules/rule';
import type { Finding, Fix, Span } from '../diagnostics/types';
import { DEFAULT_SETTINGS, type Registration } from '../model/registration';
import type { RegDocument, RegValueEntry } from '../reg/model';
import { RegistrationMemo } from './memo';
import type { TextChange } from '../text/textChange';
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
        report(registryNotHklm.message.root({ root }), place.rootSpan, {
          fixes: [{ title: registryFix.useLocalMachine(), edits: [{ span: place.rootSpan, newText: 'HKEY_LOCAL_MACHINE' }], safeForFixAll: true }],
        }),
      );
    }
    if (place.wow64Span && place.wow64RemovalSpan) {
      lineFindings.push(
        report(registry32BitView.message.wow64(), place.wow64Span, {
          fixes: [{ title: registryFix.removeWow64(), edits: [{ span: place.wow64RemovalSpan, newText: '' }], safeForFixAll: true }],
        }),
      );
    }
    if (entry.isDelete) {
      if (place.level === 'registration') {
        lineFindings.push(report(registrySubkeyDeleted.message.registration({ name: place.name! }), place.nameSpan!));
      } else if (place.level === 'parent') {
        lineFindings.push(report(registrySubkeyDeleted.message.parent(), entry.pathSpan));
      }
    } else if (place.level === 'nested') {
      lineFindings.push(report(registryNestedSubkey.message.nested({ name: place.name! }), place.nestedSpan!));
    }
    const unsafe = !entry.isDelete && place.name !== undefined ? unsafeNameMessage(place.name) : undefined;
    if (unsafe) lineFindings.push(report(unsafe, place.nameSpan!));
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
export function unsafeNameMessage(name: string): RuleMessage<RuleId> | undefined {
  const m = registrySubkeyNameUnsafe.message;
  if (name.length > MAX_KEY_NAME) return m.tooLong({ length: name.length, max: MAX_KEY_NAME });
  // A loop over char codes, not a spread of the name: this runs for every key line on each keystroke.
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return m.control({ char: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  if (name.includes('/')) return m.slash();
  if (/[ .]$/.test(name)) return m.trailing();
  return undefined;
}

function parentFindings(key: LiveKey): Finding[] {
  const findings: Finding[] = [];
  for (const value of key.values.values()) {
    if (isEmptyDefault(value)) continue;
    if (sameName(value.name, VALUE.blocked)) {
      const message = typeof value.data === 'string' && value.data !== '' ? registryBlockedUpdaters.message.names({ names: value.data }) : registryBlockedUpdaters.message.set();
      findings.push(report(message, value.nameSpan));
      continue;
    }
    const message = value.name === '' ? registryValueOnParent.message.default({ key: ORCHESTRATOR_KEY }) : registryValueOnParent.message.named({ name: value.name, key: ORCHESTRATOR_KEY });
    findings.push(report(message, value.nameSpan));
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
      report(registryPriorityMissing.message.missing({ name, assumed: ASSUMED_PRIORITY }), nameSpan, {
        // Right under the key line; 100 states the assumed last place explicitly, to be lowered by hand.
        fixes: [{ title: registryFix.addPriority({ name }), edits: [{ span: { start: first.lineSpan.end, end: first.lineSpan.end }, newText: '\r\n"updaterPriority"=dword:00000064' }] }],
      }),
    );
  } else {
    registration.prioritySpan = priority.dataSpan;
    findings.push(...priorityFindings(priority, registration));
  }

  const payload = key.values.get(foldName(VALUE.payload));
  if (!payload) {
    findings.push(report(registryPayloadMissing.message.missing({ name }), nameSpan));
  } else if (payload.type !== 'REG_SZ' || typeof payload.data !== 'string') {
    findings.push(report(payload.type ? registryPayloadType.message.type({ type: payload.type }) : registryPayloadType.message.noData(), payload.dataSpan));
  } else {
    findings.push(...payloadFindings(payload, registration));
  }

  const workCompleted = key.values.get(foldName(VALUE.workCompleted));
  if (workCompleted) {
    registration.workCompleted = workCompleted.type === 'REG_DWORD' && workCompleted.data === 1;
    const m = registryWorkCompleted.message;
    const message = registration.workCompleted
      ? m.done()
      : workCompleted.type === 'REG_DWORD' ? m.dword({ value: String(workCompleted.data) }) : workCompleted.type ? m.type({ type: workCompleted.type }) : m.deleted();
    findings.push(report(message, workCompleted.nameSpan));
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
      parsed !== undefined && parsed >= 1 && parsed <= 100 ? [{ title: registryFix.writePriority({ value: dword(parsed) }), edits: [{ span: value.dataSpan, newText: dword(parsed) }], safeForFixAll: true }] : [];
    return [
      report(value.type ? registryPriorityType.message.type({ type: value.type, assumed: ASSUMED_PRIORITY }) : registryPriorityType.message.noData({ assumed: ASSUMED_PRIORITY }), value.dataSpan, { fixes }),
    ];
  }
  const found = value.data;
  if (found < 1 || found > 100) {
    const clamped = found < 1 ? 1 : 100;
    return [
      report(priorityOutOfRange.message.outOfRange({ key: 'updaterPriority', range: '1..100', found }), value.dataSpan, {
        fixes: [{ title: registryFix.clampPriority({ value: clamped }), edits: [{ span: value.dataSpan, newText: dword(clamped) }], safeForFixAll: true }],
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
  const suggestion = value.name === '' ? undefined : didYouMean(value.name, REGISTRATION_VALUES);
  const fixes: Fix[] = [];
  const inner = innerNameSpan(value);
  if (suggestion && inner) fixes.push({ title: registryFix.renameTo({ name: suggestion }), edits: [{ span: inner, newText: suggestion }] });
  const m = registryUnknownValue.message;
  const message = value.name === '' ? m.default() : suggestion ? m.didYouMean({ name: value.name, suggestion }) : m.named({ name: value.name });
  return report(message, value.nameSpan, { fixes });
}

/** The name between its quotes, when the written name has no escapes. */
function innerNameSpan(value: RegValueEntry): Span | undefined {
  const content = value.nameLiteral?.contentSpan;
  if (!content || content.end - content.start !== value.name.length) return undefined;
  return content;
}
