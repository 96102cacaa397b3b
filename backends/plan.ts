// Pure planning: which registrations an apply/remove touches, what Microsoft's module would refuse,
// and the exact writes. No side effects: the machine's state comes in as data (see machineState.ts).
import type { DocumentAnalysis } from '../core/analyze';
import type { Finding, Span } from '../core/diagnostics/types';
import type { Registration } from '../core/model/registration';
import type { ImportedKey, ImportedValue } from '../core/reg/model';
import { importedValues } from '../core/reg/values';
import { LineIndex } from '../core/text/lineIndex';
import {
  REGISTRATION_STORE,
  fileFormNameProblem,
  isUSchedulerKey,
  registrationKey,
  registrationNameOf,
  stagedNames,
  subkeyNameProblem,
} from './names';
import { ORCHESTRATOR_KEY } from '../core/registry/orchestratorKey';
import { regTextOf } from './regText';
import { backendReason, type BackendText } from './texts';
import type { DirEntry, ProgramDataPath, WriteOp } from './types';
import { foldName } from '../core/text/caseFold';

export type Verb = 'apply' | 'remove';

/** One document to apply or remove: its analysis and its bytes as on disk (the file form is staged byte-identical). */
export interface PlanInput {
  path: string;
  analysis: DocumentAnalysis;
  bytes: Uint8Array;
}

export interface FindingSummary {
  code: string;
  severity: Finding['severity'];
  message: BackendText;
  line: number;
  character: number;
}

export interface RegistryItem {
  form: 'registry';
  name: string;
  key: string;
  source: string;
  values: ImportedValue[];
}

export interface FileItem {
  form: 'file';
  /** `<OEMName>_<UpdaterName>` as written in the file. */
  name: string;
  oemName: string;
  updaterName: string;
  /** Microsoft's staged folder and file names (as written in the file, like the module). */
  folder: string;
  file: string;
  source: string;
  bytes: Uint8Array;
}

export type PlanItem = RegistryItem | FileItem;

export interface Skip {
  source: string;
  what: string;
  reason: BackendText;
}

export interface Refusal {
  source: string;
  name?: string;
  reason: BackendText;
  findings?: FindingSummary[];
}

export interface Selection {
  verb: Verb;
  items: PlanItem[];
  skipped: Skip[];
  refused: Refusal[];
}

/** What the plan needs to know about the target, read before planning. */
export interface MachineState {
  /** `reg export` text of each registry item's key (lower-cased key → text); undefined when absent. */
  keys: Map<string, string | undefined>;
  /** `reg query UScheduler_Oobe` output lines (Microsoft's conflict check); undefined when the key is absent. */
  uschedulerListing: string[] | undefined;
  /** Entries of %ProgramData%\USOPrivate\ExpeditedAppRegistrations; undefined when it does not exist. */
  store: DirEntry[] | undefined;
  /** Files of existing staged folders (lower-cased folder name → files), for backups before a remove. */
  storeFolders: Map<string, StagedFile[]>;
  edition: { editionId?: string; installationType?: string };
  storeDisplay: string;
}

export interface StagedFile {
  name: string;
  bytes: Uint8Array;
}

/** What a step replaces: enough to put it back (rollback, undo) and to back it up. */
export type Snapshot =
  | { kind: 'registry'; key: string; before: string | undefined }
  | { kind: 'folder'; path: ProgramDataPath; before: StagedFile[] | undefined };

/** What must hold after the step (verification). */
export type Expectation =
  | { kind: 'registry'; key: string; values: ImportedValue[] | undefined }
  | { kind: 'registry-export'; key: string; before: string | undefined }
  | { kind: 'folder'; path: ProgramDataPath; files: StagedFile[] | undefined };

export interface PlannedStep {
  name: string;
  form: PlanItem['form'];
  source: string;
  action: 'create' | 'replace' | 'stage' | 'delete' | 'unstage' | 'restore';
  target: string;
  ops: WriteOp[];
  snapshot: Snapshot;
  expect: Expectation;
}

export interface Plan {
  verb: Verb;
  steps: PlannedStep[];
  skipped: Skip[];
  refused: Refusal[];
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function summarize(text: string, findings: readonly Finding[]): FindingSummary[] {
  const lines = new LineIndex(text);
  return findings.map((f) => {
    const at = lines.positionAt(f.span.start);
    return { code: f.code, severity: f.severity, message: f.message, line: at.line, character: at.character };
  });
}

function errorsIn(analysis: DocumentAnalysis, spans: readonly Span[]): Finding[] {
  return analysis.findings.filter((f) => f.severity === 'error' && spans.some((s) => overlaps(f.span, s) || (s.start === s.end && f.span.start === s.start)));
}

function registrationNamed(analysis: DocumentAnalysis, name: string): Registration | undefined {
  const lower = name.toLowerCase();
  return analysis.registrations.find((r) => r.form === 'registry' && r.name.toLowerCase() === lower);
}

function selectFromReg(input: PlanInput, verb: Verb, out: Selection): void {
  const { analysis, path } = input;
  const reg = analysis.reg;
  if (!reg) return;
  if (reg.header === 'invalid' || reg.header === 'other-regedit') {
    out.refused.push({ source: path, reason: backendReason.notRegHeader(), findings: summarize(analysis.text, analysis.findings.filter((f) => f.severity === 'error')) });
    return;
  }
  for (const key of reg.keys) {
    if (key.isDelete && !key.dropped) out.skipped.push({ source: path, what: `[-${key.fullPath}]`, reason: backendReason.deletionsNotApplied() });
  }
  const written = new Set(reg.keys.filter((k) => !k.isDelete && !k.dropped).map((k) => k.fullPath.toLowerCase()));
  for (const imported of importedValues(reg)) {
    const name = registrationNameOf(imported.key);
    if (name === undefined) {
      // Parents the importer creates on the way (and the path to UScheduler_OOBE itself) are not worth a word.
      const lower = imported.key.toLowerCase();
      const onThePath = `${ORCHESTRATOR_KEY.toLowerCase()}\\`.startsWith(`${lower}\\`);
      if (imported.values.length === 0 && (onThePath || !written.has(lower))) continue;
      const reason = isUSchedulerKey(imported.key)
        ? backendReason.parentValues()
        : backendReason.notRegistrationSubkey();
      out.skipped.push({ source: path, what: `[${imported.key}]`, reason });
      continue;
    }
    const problem = subkeyNameProblem(name);
    if (problem) {
      out.refused.push({ source: path, name, reason: problem });
      continue;
    }
    const key = registrationKey(name);
    const duplicate = out.items.find((i) => i.form === 'registry' && i.key.toLowerCase() === key.toLowerCase());
    if (duplicate) {
      out.refused.push({ source: path, name, reason: backendReason.subkeyTwice({ name, source: duplicate.source }) });
      continue;
    }
    if (verb === 'apply') {
      const registration = registrationNamed(analysis, name);
      // A key's section runs from its key line to the next key line: every finding there belongs to it.
      const blocks = reg.keys.flatMap((k, i) => (!k.isDelete && k.fullPath.toLowerCase() === imported.key.toLowerCase() ? [{ start: k.lineSpan.start, end: reg.keys[i + 1]?.lineSpan.start ?? analysis.text.length }] : []));
      const errors = errorsIn(analysis, registration ? [registration.span, ...blocks] : blocks);
      if (errors.length > 0 || registration?.hasErrors) {
        out.refused.push({ source: path, name, reason: backendReason.registrationErrors(), findings: summarize(analysis.text, errors) });
        continue;
      }
    }
    out.items.push({ form: 'registry', name, key, source: path, values: imported.values });
  }
}

function selectFromRegistrationFile(input: PlanInput, verb: Verb, out: Selection): void {
  const { analysis, path } = input;
  const registration = analysis.registrations.find((r) => r.form === 'file');
  const errors = analysis.findings.filter((f) => f.severity === 'error');
  const oemName = registration?.settings.OEMName;
  const updaterName = registration?.settings.UpdaterName;
  const nameProblem = fileFormNameProblem('OEMName', oemName) ?? fileFormNameProblem('UpdaterName', updaterName);
  if (verb === 'apply' && (errors.length > 0 || registration?.hasErrors || !registration)) {
    out.refused.push({ source: path, name: registration?.name, reason: backendReason.fileInvalid(), findings: summarize(analysis.text, errors) });
    return;
  }
  if (nameProblem || oemName === undefined || updaterName === undefined) {
    out.refused.push({ source: path, reason: nameProblem ?? backendReason.namesRequired(), findings: summarize(analysis.text, errors) });
    return;
  }
  const { folder, file } = stagedNames(oemName, updaterName);
  // Folder names compare case-insensitively, as the module's -eq and Windows' file system do.
  const duplicate = out.items.find((i) => i.form === 'file' && i.folder.toLowerCase() === folder.toLowerCase());
  if (duplicate) {
    out.refused.push({ source: path, name: `${oemName}_${updaterName}`, reason: backendReason.updaterTwice({ oemName, updaterName, source: duplicate.source }) });
    return;
  }
  out.items.push({ form: 'file', name: `${oemName}_${updaterName}`, oemName, updaterName, folder, file, source: path, bytes: input.bytes });
}

/** Which registrations the documents hold, what is skipped and what is refused before looking at the machine. */
export function selectRegistrations(inputs: readonly PlanInput[], verb: Verb): Selection {
  const out: Selection = { verb, items: [], skipped: [], refused: [] };
  for (const input of inputs) {
    switch (input.analysis.kind) {
      case 'reg':
        selectFromReg(input, verb, out);
        break;
      case 'registration':
        selectFromRegistrationFile(input, verb, out);
        break;
      case 'payload':
        out.skipped.push({ source: input.path, what: input.path, reason: backendReason.barePayload() });
        break;
    }
  }
  return out;
}

/** Microsoft's IsServer: EditionID like *Server* or InstallationType "Server Core". */
export function isServerEdition(edition: MachineState['edition']): boolean {
  return /server/i.test(edition.editionId ?? '') || (edition.installationType ?? '').toLowerCase() === 'server core';
}

/** Microsoft's conflict check: any line of `reg query UScheduler_Oobe` ending in `\<oem>_<updater>` (case-insensitive). */
export function registryListsRegistration(listing: readonly string[] | undefined, folder: string): boolean {
  return (listing ?? []).some((line) => {
    const match = /\\([^\\]+)$/.exec(line);
    return match !== null && match[1].toLowerCase() === folder.toLowerCase();
  });
}

/** A `reg query` value line (`    name    TYPE    data`) read into name and data. */
export function queryValue(lines: readonly string[] | undefined, name: string): string | undefined {
  for (const line of lines ?? []) {
    const match = /^ {4}(.*?) {4}(REG_[A-Z_]+) {4}(.*)$/.exec(line) ?? /^ {4}(.*?) {4}(REG_[A-Z_]+)$/.exec(line);
    if (match && match[1].toLowerCase() === name.toLowerCase()) return match[3] ?? '';
  }
  return undefined;
}

function findFolder(store: readonly DirEntry[] | undefined, folder: string): DirEntry | undefined {
  return store?.find((e) => e.isDirectory && e.name.toLowerCase() === folder.toLowerCase());
}

function about(item: PlanItem): Pick<PlannedStep, 'name' | 'form' | 'source'> {
  return { name: item.name, form: item.form, source: item.source };
}

function planRegistryStep(item: RegistryItem, verb: Verb, state: MachineState, refused: Refusal[]): PlannedStep | undefined {
  const before = state.keys.get(foldName(item.key));
  if (verb === 'remove') {
    if (before === undefined) {
      refused.push({ source: item.source, name: item.name, reason: backendReason.keyMissing({ key: item.key }) });
      return undefined;
    }
    return { ...about(item), action: 'delete', target: item.key, ops: [{ op: 'delete-key', key: item.key }], snapshot: { kind: 'registry', key: item.key, before }, expect: { kind: 'registry', key: item.key, values: undefined } };
  }
  const keys: ImportedKey[] = [{ key: item.key, values: item.values }];
  const ops: WriteOp[] = [];
  // Replace the subkey as a whole: after apply it holds exactly the file's values.
  if (before !== undefined) ops.push({ op: 'delete-key', key: item.key });
  ops.push({ op: 'import', keys, regText: regTextOf(keys) });
  return { ...about(item), action: before === undefined ? 'create' : 'replace', target: item.key, ops, snapshot: { kind: 'registry', key: item.key, before }, expect: { kind: 'registry', key: item.key, values: item.values } };
}

function planFileStep(item: FileItem, verb: Verb, state: MachineState, plannedKeys: ReadonlySet<string>, staged: Set<string>, refused: Refusal[]): PlannedStep | undefined {
  const refuse = (reason: BackendText) => {
    refused.push({ source: item.source, name: item.name, reason });
    return undefined;
  };
  // Add-/Remove-UpdaterRegistration's refusals, in the module's order.
  if (isServerEdition(state.edition)) return refuse(backendReason.serverEdition());
  if (state.store === undefined) return refuse(backendReason.storeMissing({ store: state.storeDisplay }));
  if (verb === 'remove') {
    const existing = findFolder(state.store, `${item.oemName}_${item.updaterName}`);
    if (!existing) return refuse(backendReason.registrationMissing({ oemName: item.oemName, updaterName: item.updaterName }));
    const path = [...REGISTRATION_STORE, existing.name];
    return { ...about(item), action: 'unstage', target: path.join('\\'), ops: [{ op: 'remove-dir', path }], snapshot: { kind: 'folder', path, before: state.storeFolders.get(existing.name.toLowerCase()) ?? [] }, expect: { kind: 'folder', path, files: undefined } };
  }
  // The module's own message, with the names as the file writes them.
  const exists = backendReason.updaterExists({ oemName: item.oemName, updaterName: item.updaterName });
  const lower = item.folder.toLowerCase();
  if (findFolder(state.store, item.folder) || staged.has(lower)) return refuse(exists);
  if (registryListsRegistration(state.uschedulerListing, item.folder) || plannedKeys.has(lower)) return refuse(exists);
  staged.add(lower);
  const folder = [...REGISTRATION_STORE, item.folder];
  const file = [...folder, item.file];
  return {
    ...about(item),
    action: 'stage',
    target: file.join('\\'),
    ops: [{ op: 'mkdir', path: folder }, { op: 'write-file', path: file, bytes: item.bytes }],
    snapshot: { kind: 'folder', path: folder, before: undefined },
    expect: { kind: 'folder', path: folder, files: [{ name: item.file, bytes: item.bytes }] },
  };
}

/** The exact writes, or the refusals, for a selection on a machine in `state`. */
export function planChanges(selection: Selection, state: MachineState): Plan {
  const refused = [...selection.refused];
  const steps: PlannedStep[] = [];
  const plannedKeys = new Set(selection.items.filter((i) => i.form === 'registry').map((i) => i.name.toLowerCase()));
  const staged = new Set<string>();
  for (const item of selection.items) {
    const step = item.form === 'registry' ? planRegistryStep(item, selection.verb, state, refused) : planFileStep(item, selection.verb, state, selection.verb === 'apply' ? plannedKeys : new Set(), staged, refused);
    if (step) steps.push(step);
  }
  return { verb: selection.verb, steps, skipped: selection.skipped, refused };
}

/** The keys whose current state the plan needs (for MachineState.keys). */
export function keysToRead(selection: Selection): string[] {
  return selection.items.filter((i): i is RegistryItem => i.form === 'registry').map((i) => i.key);
}

