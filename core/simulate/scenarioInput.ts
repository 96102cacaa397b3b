// Scenarios from users (a scenario file, the panel, a request): the shape checks plus ISO 3166-1 membership
// of the device region, with the reason and the code to use (UK → GB).
import { checkRegion, regionReason } from '../data/regions';
import { readScenario, type RegionCheck, type ScenarioResult } from './scenario';
import { scenarioError } from './scenarioTexts';

const isoRegionProblem: RegionCheck = (code) => {
  const check = checkRegion(code);
  return check.valid ? undefined : { reason: regionReason(check), use: check.suggestion };
};

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
    // The parser's own words (JavaScript's, in English) say where the JSON breaks.
    const problem = scenarioError.notJson({ error: (err as Error).message });
    return { ok: false, problems: [problem] };
  }
  return normalizeScenario(value);
}
