// The device, conditions and assumptions a simulation runs under (contracts.md, `expedite simulate`).
import { list as listArg, type Arg, type Message } from '../rules/message';
import { scenarioError, scenarioPhrase } from './scenarioTexts';

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

/** A scenario, or what is wrong with it: messages the edges render in the user's language. */
export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; problems: Message[] };

/**
 * Why an upper-case two-letter region code is not acceptable (and the code to use), or undefined
 * when it is. The ISO 3166-1 check lives in scenarioInput.ts so this module stays free of the
 * country tables (the webview bundles it).
 */
export type RegionCheck = (code: string) => { reason: Message; use?: string } | undefined;

function failed(problems: Message[]): ScenarioResult {
  return { ok: false, problems };
}

/** Validates a scenario object (every field optional) and fills in the defaults. */
export function readScenario(value: unknown, regionProblem: RegionCheck = () => undefined): ScenarioResult {
  const errors: Message[] = [];
  const scenario = defaultScenario();
  if (value === undefined || value === null) return { ok: true, scenario };
  if (!isObject(value)) return failed([scenarioError.notObject({ found: describe(value) })]);

  checkKeys(value, 'scenario', ['phase', 'device', 'conditions', 'attempts', 'attemptMinutes', 'assumptions'], errors);
  if (value.phase !== undefined) {
    if (isOneOf(value.phase, PHASES)) scenario.phase = value.phase;
    else errors.push(scenarioError.oneOf({ field: 'phase', allowed: listOf(PHASES), found: describe(value.phase), hint: '' }));
  }
  if (value.attemptMinutes !== undefined) {
    const m = value.attemptMinutes;
    if (typeof m === 'number' && Number.isFinite(m) && m > 0 && m <= MAX_ATTEMPT_MINUTES) scenario.attemptMinutes = m;
    else errors.push(scenarioError.attemptMinutes({ max: MAX_ATTEMPT_MINUTES, found: describe(m) }));
  }
  readDevice(value.device, scenario.device, errors, regionProblem);
  readConditions(value.conditions, scenario.conditions, errors);
  readAttempts(value.attempts, scenario.attempts, errors);
  readAssumptions(value.assumptions, scenario.assumptions, errors);
  return errors.length ? failed(errors) : { ok: true, scenario };
}

function readDevice(value: unknown, device: DeviceState, errors: Message[], regionProblem: RegionCheck): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    errors.push(scenarioError.notAnObject({ field: 'device', found: describe(value) }));
    return;
  }
  checkKeys(value, 'device', ['region', 'edition', 'architecture', 'build', 'installed', 'deprovisioned'], errors);
  if (value.region !== undefined) {
    if (typeof value.region === 'string' && /^[A-Za-z]{2}$/.test(value.region)) {
      const code = value.region.toUpperCase();
      const problem = regionProblem(code);
      if (problem) errors.push(problem.use === undefined ? scenarioError.region({ reason: problem.reason }) : scenarioError.regionUse({ reason: problem.reason, use: problem.use }));
      else device.region = code;
    } else {
      errors.push(scenarioError.regionFormat({ found: describe(value.region), hint: suggestAlpha2(value.region) }));
    }
  }
  if (value.edition !== undefined) {
    if (isInteger(value.edition, 0, 0xffffffff)) device.edition = value.edition;
    else errors.push(scenarioError.edition({ found: describe(value.edition) }));
  }
  if (value.architecture !== undefined) {
    if (isOneOf(value.architecture, ARCHITECTURES)) device.architecture = value.architecture;
    else errors.push(scenarioError.oneOf({ field: 'device.architecture', allowed: listOf(ARCHITECTURES), found: describe(value.architecture), hint: '' }));
  }
  if (value.build !== undefined) {
    if (isInteger(value.build, 1, 1_000_000)) device.build = value.build;
    else errors.push(scenarioError.build({ found: describe(value.build) }));
  }
  for (const key of ['installed', 'deprovisioned'] as const) {
    const list = value[key];
    if (list === undefined) continue;
    if (Array.isArray(list) && list.every((x) => typeof x === 'string' && x.length > 0)) device[key] = [...list];
    else errors.push(scenarioError.packageList({ field: `device.${key}`, found: describe(list) }));
  }
}

function readConditions(value: unknown, conditions: Conditions, errors: Message[]): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    errors.push(scenarioError.notAnObject({ field: 'conditions', found: describe(value) }));
    return;
  }
  const flags = ['internet', 'metered', 'onBattery', 'batterySaver', 'restrictedNetworkTraffic'] as const;
  checkKeys(value, 'conditions', [...flags, 'ctaPolicy'], errors);
  for (const flag of flags) {
    const v = value[flag];
    if (v === undefined) continue;
    if (typeof v === 'boolean') conditions[flag] = v;
    else errors.push(scenarioError.boolean({ field: `conditions.${flag}`, found: describe(v) }));
  }
  if (value.ctaPolicy !== undefined) {
    if (typeof value.ctaPolicy === 'string' && value.ctaPolicy.length > 0) conditions.ctaPolicy = value.ctaPolicy;
    else errors.push(scenarioError.ctaPolicy({ found: describe(value.ctaPolicy) }));
  }
}

function readAttempts(value: unknown, attempts: Record<string, ScriptedOutcome[]>, errors: Message[]): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    errors.push(scenarioError.attemptsObject({ found: describe(value) }));
    return;
  }
  for (const [name, list] of Object.entries(value)) {
    if (!Array.isArray(list)) {
      errors.push(scenarioError.attemptsList({ name, allowed: listOf(OUTCOMES), found: describe(list) }));
      continue;
    }
    if (list.length > MAX_SCRIPTED_ATTEMPTS) {
      errors.push(scenarioError.tooManyTries({ name, count: list.length, max: MAX_SCRIPTED_ATTEMPTS }));
      continue;
    }
    const bad = list.findIndex((o) => !isOneOf(o, OUTCOMES));
    if (bad >= 0) {
      errors.push(scenarioError.oneOf({ field: `attempts["${name}"][${bad}]`, allowed: listOf(OUTCOMES), found: describe(list[bad]), hint: suggest(list[bad], OUTCOMES) }));
      continue;
    }
    attempts[name] = list as ScriptedOutcome[];
  }
}

function readAssumptions(value: unknown, assumptions: Assumptions, errors: Message[]): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    errors.push(scenarioError.notAnObject({ field: 'assumptions', found: describe(value) }));
    return;
  }
  checkKeys(value, 'assumptions', ['tieBreak', 'retriesAfterWindow'], errors);
  if (value.tieBreak !== undefined) {
    if (isOneOf(value.tieBreak, TIE_BREAKS)) assumptions.tieBreak = value.tieBreak;
    else errors.push(scenarioError.oneOf({ field: 'assumptions.tieBreak', allowed: listOf(TIE_BREAKS), found: describe(value.tieBreak), hint: '' }));
  }
  if (value.retriesAfterWindow !== undefined) {
    if (typeof value.retriesAfterWindow === 'boolean') assumptions.retriesAfterWindow = value.retriesAfterWindow;
    else errors.push(scenarioError.boolean({ field: 'assumptions.retriesAfterWindow', found: describe(value.retriesAfterWindow) }));
  }
}

/** "USA" → ` (did you mean "US"?)`: the common alpha-3 slip, without the country tables. */
function suggestAlpha2(v: unknown): Arg {
  const common: Record<string, string> = { USA: 'US', GBR: 'GB', KOR: 'KR', DEU: 'DE', FRA: 'FR', JPN: 'JP', CHN: 'CN', IND: 'IN', CAN: 'CA', AUS: 'AU' };
  const hit = typeof v === 'string' ? common[v.toUpperCase()] : undefined;
  return hit ? scenarioPhrase.didYouMean({ name: hit }) : '';
}

function checkKeys(obj: Record<string, unknown>, where: string, known: readonly string[], errors: Message[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) errors.push(scenarioError.unknownKey({ key, where, hint: suggest(key, known), known: known.join(', ') }));
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

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function listOf(values: readonly string[]): Arg {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length === 1 ? quoted[0] : scenarioPhrase.or({ first: listArg(quoted.slice(0, -1)), last: quoted[quoted.length - 1] });
}

/** What a field holds, for "found …": JSON literals as written, an array or an object in words. */
function describe(v: unknown): Arg {
  if (v === null) return 'null';
  if (Array.isArray(v)) return scenarioPhrase.anArray();
  if (typeof v === 'object') return scenarioPhrase.anObject();
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

/** ` (did you mean "x"?)` for a near miss (case, or typos in at most half the word), else nothing. */
function suggest(v: unknown, known: readonly string[]): Arg {
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
  return best !== undefined && bestDistance <= limit ? scenarioPhrase.didYouMean({ name: best }) : '';
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
