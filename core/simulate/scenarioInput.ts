// Scenarios from users (a scenario file, the panel, a request): the shape checks plus ISO 3166-1 membership
// of the device region, with the reason and the code to use (UK → GB).
import { checkRegion } from '../data/regions';
import { readScenario, type ScenarioResult } from './scenario';

function isoRegionProblem(code: string): string | undefined {
  const check = checkRegion(code);
  if (check.valid) return undefined;
  return `${check.reason}${check.suggestion ? ` (use "${check.suggestion}")` : ''}`;
}

/** Validates a scenario object (every field optional) and fills in the defaults. */
export function normalizeScenario(value: unknown): ScenarioResult {
  return readScenario(value, isoRegionProblem);
}

/** Parses scenario JSON text; errors name the offending field and what is allowed. */
export function parseScenario(text: string): ScenarioResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, errors: [`the scenario is not valid JSON: ${(err as Error).message}`] };
  }
  return normalizeScenario(value);
}
