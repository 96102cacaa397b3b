// The only messages the preview webview and the extension exchange, and their validators.
// Pure: runs in the extension host, in the webview and in Node tests alike.
import type { Range } from '../../core/diagnostics/types';
import { readScenario, type Scenario, type ScenarioResult } from '../../core/simulate/scenario';
import type { LocatedSimulationResult } from '../../core/simulate/result';

export interface NamedCode<T extends string | number> {
  code: T;
  name: string;
}

/** Extension → webview. */
export type ToWebview =
  | { type: 'init'; regions: NamedCode<string>[]; editions: NamedCode<number>[]; machineAvailable?: boolean }
  | { type: 'result'; result: LocatedSimulationResult; focusUri?: string; includeMachine?: boolean }
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
  | { type: 'machine'; include: boolean };

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

/**
 * Validates a message from the webview (untrusted: it could be anything). The extension passes the full
 * scenario validator (with ISO 3166-1 regions); the default checks the shape only.
 */
export function parseFromWebview(value: unknown, normalize: (scenario: unknown) => ScenarioResult = readScenario): Parsed<FromWebview> {
  if (!isObject(value) || typeof value.type !== 'string') return fail('a message must be an object with a string "type"');
  switch (value.type) {
    case 'ready':
    case 'refresh':
      return { ok: true, message: { type: value.type } };
    case 'scenario': {
      const scenario = normalize(value.scenario);
      return scenario.ok ? { ok: true, message: { type: 'scenario', scenario: scenario.scenario } } : fail(`invalid scenario: ${scenario.errors.join('; ')}`);
    }
    case 'reveal':
      return Number.isInteger(value.rank) && (value.rank as number) >= 1
        ? { ok: true, message: { type: 'reveal', rank: value.rank as number } }
        : fail('reveal needs a rank (an integer from 1)');
    case 'export':
      return value.format === 'markdown' || value.format === 'json'
        ? { ok: true, message: { type: 'export', format: value.format } }
        : fail('export needs a format: "markdown" or "json"');
    case 'machine':
      return typeof value.include === 'boolean' ? { ok: true, message: { type: 'machine', include: value.include } } : fail('machine needs include: true or false');
    default:
      return fail(`unknown message type "${value.type}"`);
  }
}

/** Validates a message from the extension (the webview checks what it is about to render). */
export function parseToWebview(value: unknown): Parsed<ToWebview> {
  if (!isObject(value) || typeof value.type !== 'string') return fail('a message must be an object with a string "type"');
  switch (value.type) {
    case 'init':
      if (!isNamedCodes(value.regions, 'string') || !isNamedCodes(value.editions, 'number')) return fail('init needs regions and editions as lists of { code, name }');
      return {
        ok: true,
        message: { type: 'init', regions: value.regions as NamedCode<string>[], editions: value.editions as NamedCode<number>[], machineAvailable: value.machineAvailable === true },
      };
    case 'result': {
      const problem = resultProblem(value.result);
      if (problem) return fail(`result: ${problem}`);
      if (value.focusUri !== undefined && typeof value.focusUri !== 'string') return fail('result: focusUri must be a string');
      const message: ToWebview = { type: 'result', result: value.result as LocatedSimulationResult };
      if (typeof value.focusUri === 'string') message.focusUri = value.focusUri;
      if (value.includeMachine === true) message.includeMachine = true;
      return { ok: true, message };
    }
    case 'error':
      return typeof value.message === 'string' ? { ok: true, message: { type: 'error', message: value.message } } : fail('error needs a message');
    default:
      return fail(`unknown message type "${value.type}"`);
  }
}

const STATUSES = new Set(['installed', 'failed', 'skipped', 'blocked', 'not-in-phase']);
const RESULTS = new Set(['Succeeded', 'Failed', 'Aborted']);

/** Why a value is not a simulation result the panel can draw, or undefined when it is one. */
export function resultProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  if (!Array.isArray(value.order) || !value.order.every((n) => typeof n === 'string')) return 'order must be a list of names';
  if (!Array.isArray(value.notes) || !value.notes.every((n) => typeof n === 'string')) return 'notes must be a list of strings';
  if (!isObject(value.scenario) || readScenario(value.scenario).ok === false) return 'scenario is missing or invalid';
  if (!isFiniteNumber(value.windowMinutes) || !isFiniteNumber(value.cooldownMinutes) || !isFiniteNumber(value.endMinute)) return 'windowMinutes, cooldownMinutes and endMinute must be numbers';
  if (!Array.isArray(value.registrations)) return 'registrations must be a list';
  for (const [i, r] of value.registrations.entries()) {
    const where = `registrations[${i}]`;
    if (!isObject(r)) return `${where} is not an object`;
    if (typeof r.name !== 'string' || typeof r.reason !== 'string' || typeof r.uri !== 'string') return `${where} needs name, reason and uri strings`;
    if (!isFiniteNumber(r.priority) || !Number.isInteger(r.rank)) return `${where} needs a numeric priority and rank`;
    if (typeof r.status !== 'string' || !STATUSES.has(r.status)) return `${where} has an unknown status`;
    if (r.form !== 'registry' && r.form !== 'file') return `${where} has an unknown form`;
    if (r.pfn !== undefined && typeof r.pfn !== 'string') return `${where}.pfn must be a string`;
    if (!Array.isArray(r.hazards) || !r.hazards.every((h) => typeof h === 'string')) return `${where}.hazards must be a list of strings`;
    if (!Array.isArray(r.attempts) || !r.attempts.every((a) => isObject(a) && isFiniteNumber(a.start) && isFiniteNumber(a.end) && RESULTS.has(a.result as string))) {
      return `${where}.attempts must be a list of { start, end, result }`;
    }
    if (!Array.isArray(r.cooldowns) || !r.cooldowns.every((c) => isObject(c) && isFiniteNumber(c.start) && isFiniteNumber(c.end))) return `${where}.cooldowns must be a list of { start, end }`;
    if (r.range !== undefined && !isRange(r.range)) return `${where}.range is not a range`;
  }
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
