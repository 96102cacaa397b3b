// The simulate JSON of contracts.md. Fields beyond the contract are additions (allowed), never renames.
import type { Span } from '../diagnostics/types';
import type { RegistrationForm } from '../model/registration';
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
  /** Why the status (empty for a plain install). */
  reason: string;
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
  hazards: string[];
}

export interface SimulationResult {
  /** Registration names in run order. */
  order: string[];
  registrations: SimulatedRegistration[];
  /** Every assumption made and every hazard found, in plain sentences. */
  notes: string[];
  // Additions to the contract:
  /** The scenario after defaults. */
  scenario: Scenario;
  /** Minutes: the expedited window and the cooldown after a failure. */
  windowMinutes: number;
  cooldownMinutes: number;
  /** When the last attempt ends (0 when nothing ran). */
  endMinute: number;
}
