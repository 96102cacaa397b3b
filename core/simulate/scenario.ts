// The device, conditions and assumptions a simulation runs under (contracts.md, `expedite simulate`).

export type Phase = 'oobe' | 'desktop';
export type Architecture = 'amd64' | 'arm64';
export type ScriptedOutcome = 'fail' | 'timeout' | 'succeed';
export type TieBreak = 'name';

export interface DeviceState {
  /** ISO 3166-1 alpha-2 code of the device's region. */
  region: string;
  /** GetProductInfo edition code (48 = Professional). */
  edition: number;
  architecture: Architecture;
  build: number;
  /** PFNs present on the device (any version). */
  installed: string[];
  /** PFNs the user has deprovisioned. */
  deprovisioned: string[];
}

export interface Conditions {
  internet: boolean;
  metered: boolean;
  onBattery: boolean;
  batterySaver: boolean;
  restrictedNetworkTraffic: boolean;
  /** The CTA (region-specific privacy access) policy; anything but AutoApprove blocks. */
  ctaPolicy: string;
}

export interface Assumptions {
  tieBreak: TieBreak;
  retriesAfterWindow: boolean;
}

export interface Scenario {
  phase: Phase;
  device: DeviceState;
  conditions: Conditions;
  /** Scripted outcome of each try, by registration name; tries past the script succeed. */
  attempts: Record<string, ScriptedOutcome[]>;
  attemptMinutes: number;
  assumptions: Assumptions;
}

/** A scenario as written in a file or sent by the panel: every field optional. */
export interface ScenarioInput {
  phase?: Phase;
  device?: Partial<DeviceState>;
  conditions?: Partial<Conditions>;
  attempts?: Record<string, ScriptedOutcome[]>;
  attemptMinutes?: number;
  assumptions?: Partial<Assumptions>;
}

export function defaultScenario(): Scenario {
  return {
    phase: 'desktop',
    device: { region: 'US', edition: 48, architecture: 'amd64', build: 26100, installed: [], deprovisioned: [] },
    conditions: {
      internet: true,
      metered: false,
      onBattery: false,
      batterySaver: false,
      restrictedNetworkTraffic: false,
      ctaPolicy: 'AutoApprove',
    },
    attempts: {},
    attemptMinutes: 5,
    assumptions: { tieBreak: 'name', retriesAfterWindow: true },
  };
}

/** Fills what a scenario leaves out with the defaults, without validating (for callers that built it in code). */
export function withDefaults(input: ScenarioInput | Scenario): Scenario {
  const d = defaultScenario();
  return {
    phase: input.phase ?? d.phase,
    device: { ...d.device, ...input.device },
    conditions: { ...d.conditions, ...input.conditions },
    attempts: input.attempts ?? d.attempts,
    attemptMinutes: input.attemptMinutes ?? d.attemptMinutes,
    assumptions: { ...d.assumptions, ...input.assumptions },
  };
}

export const PHASES: readonly Phase[] = ['oobe', 'desktop'];
export const ARCHITECTURES: readonly Architecture[] = ['amd64', 'arm64'];
export const OUTCOMES: readonly ScriptedOutcome[] = ['fail', 'timeout', 'succeed'];
export const TIE_BREAKS: readonly TieBreak[] = ['name'];
/** Longest attempt the scenario accepts (a day): keeps timelines drawable. */
export const MAX_ATTEMPT_MINUTES = 1440;
/** More scripted tries than any registration can use (MaxRetryCount ≤ 5 gives 6 tries). */
export const MAX_SCRIPTED_ATTEMPTS = 50;

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/**
 * Why an upper-case two-letter region code is not acceptable, or undefined when it is. The ISO 3166-1
 * check lives in scenarioInput.ts so this module stays free of the country tables (the webview bundles it).
 */
export type RegionCheck = (code: string) => string | undefined;

/** Validates a scenario object (every field optional) and fills in the defaults. */
export function readScenario(value: unknown, regionProblem: RegionCheck = () => undefined): ScenarioResult {
  const errors: string[] = [];
  const scenario = defaultScenario();
  if (value === undefined || value === null) return { ok: true, scenario };
  if (!isObject(value)) return { ok: false, errors: [`the scenario must be a JSON object; found ${describe(value)}`] };

  checkKeys(value, 'scenario', ['phase', 'device', 'conditions', 'attempts', 'attemptMinutes', 'assumptions'], errors);
  if (value.phase !== undefined) {
    if (isOneOf(value.phase, PHASES)) scenario.phase = value.phase;
    else errors.push(`phase must be ${listOf(PHASES)}; found ${describe(value.phase)}`);
  }
  if (value.attemptMinutes !== undefined) {
    const m = value.attemptMinutes;
    if (typeof m === 'number' && Number.isFinite(m) && m > 0 && m <= MAX_ATTEMPT_MINUTES) scenario.attemptMinutes = m;
    else errors.push(`attemptMinutes must be a number greater than 0 and at most ${MAX_ATTEMPT_MINUTES}; found ${describe(m)}`);
  }
  readDevice(value.device, scenario.device, errors, regionProblem);
  readConditions(value.conditions, scenario.conditions, errors);
  readAttempts(value.attempts, scenario.attempts, errors);
  readAssumptions(value.assumptions, scenario.assumptions, errors);
  return errors.length ? { ok: false, errors } : { ok: true, scenario };
}

function readDevice(value: unknown, device: DeviceState, errors: string[], regionProblem: RegionCheck): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    errors.push(`device must be an object; found ${describe(value)}`);
    return;
  }
  checkKeys(value, 'device', ['region', 'edition', 'architecture', 'build', 'installed', 'deprovisioned'], errors);
  if (value.region !== undefined) {
    if (typeof value.region === 'string' && /^[A-Za-z]{2}$/.test(value.region)) {
      const code = value.region.toUpperCase();
      const problem = regionProblem(code);
      if (problem) errors.push(`device.region ${problem}`);
      else device.region = code;
    } else {
      errors.push(`device.region must be a two-letter ISO 3166-1 code such as "US"; found ${describe(value.region)}${suggestAlpha2(value.region)}`);
    }
  }
  if (value.edition !== undefined) {
    if (isInteger(value.edition, 0, 0xffffffff)) device.edition = value.edition;
    else errors.push(`device.edition must be a GetProductInfo edition code (an integer, e.g. 48 for Professional); found ${describe(value.edition)}`);
  }
  if (value.architecture !== undefined) {
    if (isOneOf(value.architecture, ARCHITECTURES)) device.architecture = value.architecture;
    else errors.push(`device.architecture must be ${listOf(ARCHITECTURES)}; found ${describe(value.architecture)}`);
  }
  if (value.build !== undefined) {
    if (isInteger(value.build, 1, 1_000_000)) device.build = value.build;
    else errors.push(`device.build must be a Windows build number (an integer such as 26100); found ${describe(value.build)}`);
  }
  for (const key of ['installed', 'deprovisioned'] as const) {
    const list = value[key];
    if (list === undefined) continue;
    if (Array.isArray(list) && list.every((x) => typeof x === 'string' && x.length > 0)) device[key] = [...list];
    else errors.push(`device.${key} must be an array of package family names (strings); found ${describe(list)}`);
  }
}

function readConditions(value: unknown, conditions: Conditions, errors: string[]): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    errors.push(`conditions must be an object; found ${describe(value)}`);
    return;
  }
  const flags = ['internet', 'metered', 'onBattery', 'batterySaver', 'restrictedNetworkTraffic'] as const;
  checkKeys(value, 'conditions', [...flags, 'ctaPolicy'], errors);
  for (const flag of flags) {
    const v = value[flag];
    if (v === undefined) continue;
    if (typeof v === 'boolean') conditions[flag] = v;
    else errors.push(`conditions.${flag} must be true or false; found ${describe(v)}`);
  }
  if (value.ctaPolicy !== undefined) {
    if (typeof value.ctaPolicy === 'string' && value.ctaPolicy.length > 0) conditions.ctaPolicy = value.ctaPolicy;
    else errors.push(`conditions.ctaPolicy must be a policy name such as "AutoApprove"; found ${describe(value.ctaPolicy)}`);
  }
}

function readAttempts(value: unknown, attempts: Record<string, ScriptedOutcome[]>, errors: string[]): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    errors.push(`attempts must be an object mapping registration names to lists of outcomes; found ${describe(value)}`);
    return;
  }
  for (const [name, list] of Object.entries(value)) {
    if (!Array.isArray(list)) {
      errors.push(`attempts["${name}"] must be an array of ${listOf(OUTCOMES)}; found ${describe(list)}`);
      continue;
    }
    if (list.length > MAX_SCRIPTED_ATTEMPTS) {
      errors.push(`attempts["${name}"] scripts ${list.length} tries; at most ${MAX_SCRIPTED_ATTEMPTS} are used`);
      continue;
    }
    const bad = list.findIndex((o) => !isOneOf(o, OUTCOMES));
    if (bad >= 0) {
      errors.push(`attempts["${name}"][${bad}] must be ${listOf(OUTCOMES)}; found ${describe(list[bad])}${suggest(list[bad], OUTCOMES)}`);
      continue;
    }
    attempts[name] = list as ScriptedOutcome[];
  }
}

function readAssumptions(value: unknown, assumptions: Assumptions, errors: string[]): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    errors.push(`assumptions must be an object; found ${describe(value)}`);
    return;
  }
  checkKeys(value, 'assumptions', ['tieBreak', 'retriesAfterWindow'], errors);
  if (value.tieBreak !== undefined) {
    if (isOneOf(value.tieBreak, TIE_BREAKS)) assumptions.tieBreak = value.tieBreak;
    else errors.push(`assumptions.tieBreak must be ${listOf(TIE_BREAKS)}; found ${describe(value.tieBreak)}`);
  }
  if (value.retriesAfterWindow !== undefined) {
    if (typeof value.retriesAfterWindow === 'boolean') assumptions.retriesAfterWindow = value.retriesAfterWindow;
    else errors.push(`assumptions.retriesAfterWindow must be true or false; found ${describe(value.retriesAfterWindow)}`);
  }
}

/** "USA" → ` (did you mean "US"?)`: the common alpha-3 slip, without the country tables. */
function suggestAlpha2(v: unknown): string {
  const common: Record<string, string> = { USA: 'US', GBR: 'GB', KOR: 'KR', DEU: 'DE', FRA: 'FR', JPN: 'JP', CHN: 'CN', IND: 'IN', CAN: 'CA', AUS: 'AU' };
  const hit = typeof v === 'string' ? common[v.toUpperCase()] : undefined;
  return hit ? ` (did you mean "${hit}"?)` : '';
}

function checkKeys(obj: Record<string, unknown>, where: string, known: readonly string[], errors: string[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) errors.push(`unknown key "${key}" in ${where}${suggest(key, known)}; known keys: ${known.join(', ')}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isOneOf<T extends string>(v: unknown, allowed: readonly T[]): v is T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v);
}

function isInteger(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function listOf(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

/** ` (did you mean "x"?)` for a near miss (case, or typos in at most half the word), else nothing. */
function suggest(v: unknown, known: readonly string[]): string {
  if (typeof v !== 'string') return '';
  let best: string | undefined;
  let bestDistance = Infinity;
  let limit = 2;
  for (const k of known) {
    const d = k.toLowerCase() === v.toLowerCase() ? 0 : editDistance(k.toLowerCase(), v.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
      limit = Math.max(2, Math.floor(k.length / 2));
    }
  }
  return best !== undefined && bestDistance <= limit ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
