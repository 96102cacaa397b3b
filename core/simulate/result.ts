// The simulate JSON of contracts.md. Fields beyond the contract are additions (allowed), never renames.
import type { Range, Span } from '../diagnostics/types';
import type { RegistrationForm } from '../model/registration';
import type { Message } from '../rules/message';
import type { RowsDelta } from './rowDelta';
import type { Scenario } from './scenario';

export type SimulationStatus = 'installed' | 'failed' | 'skipped' | 'blocked' | 'not-in-phase';
/** WUA OperationResultCode names. */
export type AttemptResult = 'Succeeded' | 'Failed' | 'Aborted';

export interface Attempt {
  /** Minutes from the start of the phase. */
  start: number;
  end: number;
  result: AttemptResult;
}

export interface Cooldown {
  start: number;
  end: number;
}

export interface SimulatedRegistration {
  name: string;
  priority: number;
  rank: number;
  status: SimulationStatus;
  /** Why the status (empty for a plain install); rendered at the edge (renderSimulation). */
  reason: Message | '';
  attempts: Attempt[];
  // Additions to the contract:
  form: RegistrationForm;
  pfn?: string;
  /** Path or URI of the document the registration came from. */
  path: string;
  span: Span;
  nameSpan: Span;
  /** The 30-minute waits after failed attempts that were followed by (or waiting for) another try. */
  cooldowns: Cooldown[];
  /** Hazards that concern this registration (also in the top-level notes). */
  hazards: Message[];
}

export interface SimulationResult {
  /** Registration names in run order. */
  order: string[];
  registrations: SimulatedRegistration[];
  /** Every assumption made and every hazard found, as messages (rendered at the edge: renderSimulation). */
  notes: Message[];
  // Additions to the contract:
  /** The scenario after defaults. */
  scenario: Scenario;
  /** Minutes: the expedited window and the cooldown after a failure. */
  windowMinutes: number;
  cooldownMinutes: number;
  /** When the last attempt ends (0 when nothing ran). */
  endMinute: number;
}

/** The simulate JSON as the CLI prints it and the server sends it: notes rendered for one locale. */
/** A row in words: its reason rendered for one locale. */
export interface RenderedRegistration extends Omit<SimulatedRegistration, 'reason' | 'hazards'> {
  /** Why the status (empty for a plain install). */
  reason: string;
  hazards: string[];
}

export interface RenderedSimulationResult extends Omit<SimulationResult, 'notes' | 'registrations'> {
  registrations: RenderedRegistration[];
  /** Every assumption made and every hazard found, in plain sentences. */
  notes: string[];
}

/** A registration as the language server returns it: with where it is, for the panel's reveal. */
export interface LocatedRegistration extends RenderedRegistration {
  /** The document's URI (the server's registrations carry URIs as their path). */
  uri: string;
  /** The registration in its document, in LSP positions (absent when the text is not known). */
  range?: Range;
  /** The registration's name in its document (the subkey name, or the file's root brace). */
  nameRange?: Range;
}

/** The `expeditedApps/simulate` response: the simulate JSON with locations added. */
export interface LocatedSimulationResult extends Omit<RenderedSimulationResult, 'registrations'> {
  registrations: LocatedRegistration[];
  /** Names this table: a later request gives it as `previousResultId` to be sent only the rows that changed. */
  resultId?: string;
}

/**
 * The answer to a request that named the table the client holds (`previousResultId`): only the rows
 * that changed since (by content, not offsets: `span` and `nameSpan` are left out of the comparison),
 * the runs of the others by position (core/simulate/rowDelta.ts). `order` is the rows' names, so it
 * is left out.
 */
export interface SimulationRowsAnswer extends Omit<LocatedSimulationResult, 'registrations' | 'order' | 'resultId' | 'notes'> {
  resultId: string;
  /** Absent when they are the notes of the base table. */
  notes?: string[];
  rowsDelta: RowsDelta<LocatedRegistration>;
}

/** The `expeditedApps/simulate` request parameters (contracts.md). */
export interface SimulateParams {
  /** A scenario as in a scenario file: every field optional. */
  scenario?: unknown;
  /** Only the registrations of these documents; all known registrations when absent. */
  uris?: string[];
  /** Documents to add for this request only, e.g. what the target machine has (pulled by the client). */
  documents?: ExtraDocument[];
  /** The `resultId` of the table the client holds: the answer then carries only the rows that changed (SimulationRowsAnswer). */
  previousResultId?: string;
}

/** A document the client sends along with a simulate request (not open, not on disk). */
export interface ExtraDocument {
  uri: string;
  text: string;
  /** 'reg' for a .reg document, 'json' for a registration file. */
  languageId: 'reg' | 'json';
}

export const SIMULATE_REQUEST = 'expeditedApps/simulate';
