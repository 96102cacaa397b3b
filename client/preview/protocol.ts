// The only messages the preview webview and the extension exchange, and their validators.
// Pure: runs in the extension host, in the webview and in Node tests alike.
// Error texts are in the display language (@vscode/l10n: the extension's bundle, in the webview too).
import * as l10n from '@vscode/l10n';
import type { Range } from '../../core/diagnostics/types';
import { rowDeltaProblem } from '../../core/simulate/rowDelta';
import { render } from '../../core/rules/render';
import { readScenario, type Scenario, type ScenarioResult } from '../../core/simulate/scenario';
import type { LocatedSimulationResult, SimulationRowsAnswer } from '../../core/simulate/result';

export interface NamedCode<T extends string | number> {
  code: T;
  name: string;
}

/** Extension → webview. */
export type ToWebview =
  | { type: 'init'; regions: NamedCode<string>[]; editions: NamedCode<number>[]; machineAvailable?: boolean }
  | { type: 'result'; result: LocatedSimulationResult; focusUri?: string; includeMachine?: boolean }
  /** The rows that changed since the table the webview holds (`rows.rowsDelta.base`, a result's `resultId`). */
  | { type: 'rows'; rows: SimulationRowsAnswer; focusUri?: string; includeMachine?: boolean }
  | { type: 'error'; message: string };

export type ExportFormat = 'markdown' | 'json';

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'scenario'; scenario: Scenario }
  | { type: 'reveal'; rank: number }
  | { type: 'export'; format: ExportFormat }
  | { type: 'refresh' }
  /** Add (or drop) the registrations the target machine has. */
  | { type: 'machine'; include: boolean }
  /** The webview cannot apply the rows it was sent (it holds another table): send the whole table. */
  | { type: 'resync' };

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

/**
 * Validates a message from the webview (untrusted: it could be anything). The extension passes the full
 * scenario validator (with ISO 3166-1 regions); the default checks the shape only.
 */
export function parseFromWebview(value: unknown, normalize: (scenario: unknown) => ScenarioResult = readScenario): Parsed<FromWebview> {
  if (!isObject(value) || typeof value.type !== 'string') return fail(l10n.t('a message must be an object with a string "type"'));
  switch (value.type) {
    case 'ready':
    case 'refresh':
    case 'resync':
      return { ok: true, message: { type: value.type } };
    case 'scenario': {
      const scenario = normalize(value.scenario);
      return scenario.ok ? { ok: true, message: { type: 'scenario', scenario: scenario.scenario } } : fail(l10n.t('invalid scenario: {0}', scenario.problems.map((p) => render(p)).join('; ')));
    }
    case 'reveal':
      return Number.isInteger(value.rank) && (value.rank as number) >= 1
        ? { ok: true, message: { type: 'reveal', rank: value.rank as number } }
        : fail(l10n.t('reveal needs a rank (an integer from 1)'));
    case 'export':
      return value.format === 'markdown' || value.format === 'json'
        ? { ok: true, message: { type: 'export', format: value.format } }
        : fail(l10n.t('export needs a format: "markdown" or "json"'));
    case 'machine':
      return typeof value.include === 'boolean' ? { ok: true, message: { type: 'machine', include: value.include } } : fail(l10n.t('machine needs include: true or false'));
    default:
      return fail(l10n.t('unknown message type "{0}"', value.type));
  }
}

/** Validates a message from the extension (the webview checks what it is about to render). */
export function parseToWebview(value: unknown): Parsed<ToWebview> {
  if (!isObject(value) || typeof value.type !== 'string') return fail(l10n.t('a message must be an object with a string "type"'));
  switch (value.type) {
    case 'init':
      if (!isNamedCodes(value.regions, 'string') || !isNamedCodes(value.editions, 'number')) return fail(l10n.t('init needs regions and editions as lists of { code, name }'));
      return {
        ok: true,
        message: { type: 'init', regions: value.regions as NamedCode<string>[], editions: value.editions as NamedCode<number>[], machineAvailable: value.machineAvailable === true },
      };
    case 'result': {
      const problem = resultProblem(value.result);
      if (problem) return fail(l10n.t('result: {0}', problem));
      if (value.focusUri !== undefined && typeof value.focusUri !== 'string') return fail(l10n.t('result: focusUri must be a string'));
      const message: ToWebview = { type: 'result', result: value.result as LocatedSimulationResult };
      if (typeof value.focusUri === 'string') message.focusUri = value.focusUri;
      if (value.includeMachine === true) message.includeMachine = true;
      return { ok: true, message };
    }
    case 'rows': {
      const problem = rowsAnswerProblem(value.rows);
      if (problem) return fail(l10n.t('rows: {0}', problem));
      if (value.focusUri !== undefined && typeof value.focusUri !== 'string') return fail(l10n.t('rows: focusUri must be a string'));
      const message: ToWebview = { type: 'rows', rows: value.rows as SimulationRowsAnswer };
      if (typeof value.focusUri === 'string') message.focusUri = value.focusUri;
      if (value.includeMachine === true) message.includeMachine = true;
      return { ok: true, message };
    }
    case 'error':
      return typeof value.message === 'string' ? { ok: true, message: { type: 'error', message: value.message } } : fail(l10n.t('error needs a message'));
    default:
      return fail(l10n.t('unknown message type "{0}"', value.type));
  }
}

const STATUSES = new Set(['installed', 'failed', 'skipped', 'blocked', 'not-in-phase']);
const RESULTS = new Set(['Succeeded', 'Failed', 'Aborted']);

/** Why a value is not a simulation result the panel can draw, or undefined when it is one. */
export function resultProblem(value: unknown): string | undefined {
  if (!isObject(value)) return l10n.t('not an object');
  if (!Array.isArray(value.order) || !value.order.every((n) => typeof n === 'string')) return l10n.t('order must be a list of names');
  const problem = tableHeadProblem(value);
  if (problem) return problem;
  if (!Array.isArray(value.registrations)) return l10n.t('registrations must be a list');
  for (const [i, r] of value.registrations.entries()) {
    const row = rowProblem(r, `registrations[${i}]`);
    if (row) return row;
  }
  return undefined;
}

/**
 * Why a value is not the rows that changed since a table (SimulationRowsAnswer), or undefined when
 * it is. Whether its base is the table the receiver holds is for the receiver to check.
 */
export function rowsAnswerProblem(value: unknown): string | undefined {
  if (!isObject(value)) return l10n.t('not an object');
  if (typeof value.resultId !== 'string') return l10n.t('resultId must be a string');
  // Notes left out are the base table's.
  const problem = tableHeadProblem(value.notes === undefined ? { ...value, notes: [] } : value);
  if (problem) return problem;
  const delta = value.rowsDelta;
  if (!isObject(delta) || typeof delta.base !== 'string') return l10n.t('rowsDelta needs a base (a result id) and segments');
  return rowDeltaProblem(delta.segments, Number.POSITIVE_INFINITY, (row, i) => rowProblem(row, `rowsDelta.rows[${i}]`), {
    notList: () => l10n.t('rowsDelta.segments must be a list'),
    badSegment: (k) => l10n.t('rowsDelta.segments[{0}] needs items, or from and count', k),
    pastEnd: (k) => l10n.t('rowsDelta.segments[{0}] runs past the end of the table', k),
  });
}

/** The fields a whole table and a rows answer share: notes, scenario, the window's minutes. */
function tableHeadProblem(value: Record<string, unknown>): string | undefined {
  if (!Array.isArray(value.notes) || !value.notes.every((n) => typeof n === 'string')) return l10n.t('notes must be a list of strings');
  if (!isObject(value.scenario) || readScenario(value.scenario).ok === false) return l10n.t('scenario is missing or invalid');
  if (!isFiniteNumber(value.windowMinutes) || !isFiniteNumber(value.cooldownMinutes) || !isFiniteNumber(value.endMinute)) return l10n.t('windowMinutes, cooldownMinutes and endMinute must be numbers');
  if (value.resultId !== undefined && typeof value.resultId !== 'string') return l10n.t('resultId must be a string');
  return undefined;
}

/** Why one row (`where` names it, e.g. registrations[3]) is not a registration the panel can draw. */
function rowProblem(r: unknown, where: string): string | undefined {
  if (!isObject(r)) return l10n.t('{0} is not an object', where);
  if (typeof r.name !== 'string' || typeof r.reason !== 'string' || typeof r.uri !== 'string') return l10n.t('{0} needs name, reason and uri strings', where);
  if (!isFiniteNumber(r.priority) || !Number.isInteger(r.rank)) return l10n.t('{0} needs a numeric priority and rank', where);
  if (typeof r.status !== 'string' || !STATUSES.has(r.status)) return l10n.t('{0} has an unknown status', where);
  if (r.form !== 'registry' && r.form !== 'file') return l10n.t('{0} has an unknown form', where);
  if (r.pfn !== undefined && typeof r.pfn !== 'string') return l10n.t('{0}.pfn must be a string', where);
  if (!Array.isArray(r.hazards) || !r.hazards.every((h) => typeof h === 'string')) return l10n.t('{0}.hazards must be a list of strings', where);
  if (!Array.isArray(r.attempts) || !r.attempts.every((a) => isObject(a) && isFiniteNumber(a.start) && isFiniteNumber(a.end) && RESULTS.has(a.result as string))) {
    return l10n.t('{0}.attempts must be a list of { start, end, result }', where);
  }
  if (!Array.isArray(r.cooldowns) || !r.cooldowns.every((c) => isObject(c) && isFiniteNumber(c.start) && isFiniteNumber(c.end))) return l10n.t('{0}.cooldowns must be a list of { start, end }', where);
  if (r.range !== undefined && !isRange(r.range)) return l10n.t('{0}.range is not a range', where);
  return undefined;
}

export function isRange(value: unknown): value is Range {
  const isPos = (p: unknown) => isObject(p) && Number.isInteger(p.line) && Number.isInteger(p.character);
  return isObject(value) && isPos(value.start) && isPos(value.end);
}

function isNamedCodes(value: unknown, codeType: 'string' | 'number'): boolean {
  return Array.isArray(value) && value.every((e) => isObject(e) && typeof e.code === codeType && typeof e.name === 'string');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function fail<T>(error: string): Parsed<T> {
  return { ok: false, error };
}
