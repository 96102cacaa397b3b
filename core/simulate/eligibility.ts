// What decides a registration's fate before any attempt (domain.md §3): errors, workCompleted, phase,
// targeting and presence rules. Blocking conditions are device-wide and live in conditions.ts.
import type { Registration } from '../model/registration';
import type { Scenario } from './scenario';
import { list, type Message } from '../rules/message';
import { editionLabel } from '../data/editions';
import { simulatePhrase, simulateReason } from './texts';

export interface Verdict {
  status: 'skipped' | 'not-in-phase';
  reason: Message;
}

/** The device's packages by lower-case PFN (PFNs compare without case), computed once per simulation. */
export interface PresenceContext {
  installed: ReadonlySet<string>;
  deprovisioned: ReadonlySet<string>;
}

export function presenceContext(scenario: Scenario): PresenceContext {
  return {
    installed: new Set(scenario.device.installed.map((p) => p.toLowerCase())),
    deprovisioned: new Set(scenario.device.deprovisioned.map((p) => p.toLowerCase())),
  };
}

/** The verdict for a registration that never gets an attempt, or undefined when it may be attempted. */
export function preAttemptVerdict(r: Registration, scenario: Scenario, presence: PresenceContext = presenceContext(scenario)): Verdict | undefined {
  if (r.hasErrors) {
    return { status: 'skipped', reason: r.form === 'file' ? simulateReason.invalidFile() : simulateReason.invalidRegistry() };
  }
  if (r.workCompleted) {
    return { status: 'skipped', reason: simulateReason.workCompleted() };
  }
  const targeting = targetingMisses(r, scenario);
  if (scenario.phase === 'oobe' && !r.settings.AllowedInOobe) {
    return { status: 'not-in-phase', reason: targeting.length ? simulateReason.notInOobeTargeted({ misses: list(targeting, '; ') }) : simulateReason.notInOobe() };
  }
  if (targeting.length) {
    return { status: 'skipped', reason: simulateReason.targeting({ misses: list(targeting, '; ') }) };
  }
  const skip = presenceSkip(r, presence);
  if (skip) return { status: 'skipped', reason: skip };
  return undefined;
}

const NONE: readonly Message[] = [];

/** Each targeting rule the device misses, as a phrase. */
export function targetingMisses(r: Registration, scenario: Scenario): readonly Message[] {
  const s = r.settings;
  const targeted =
    s.IncludedRegions || s.ExcludedRegions || s.IncludedEditions || s.ExcludedEditions || s.Architecture || s.MinimumAllowedBuildVersion !== undefined;
  if (!targeted) return NONE;
  const { region, edition, architecture, build } = scenario.device;
  const misses: Message[] = [];
  const regions = (codes: string[]) => codes.map((c) => c.toUpperCase());
  if (s.IncludedRegions && !regions(s.IncludedRegions).includes(region)) {
    misses.push(simulatePhrase.regionNotIncluded({ region, regions: s.IncludedRegions.join(', ') }));
  }
  if (s.ExcludedRegions && regions(s.ExcludedRegions).includes(region)) {
    misses.push(simulatePhrase.regionExcluded({ region }));
  }
  if (s.IncludedEditions && !s.IncludedEditions.includes(edition)) {
    misses.push(simulatePhrase.editionNotIncluded({ edition: editionLabel(edition), editions: s.IncludedEditions.join(', ') }));
  }
  if (s.ExcludedEditions && s.ExcludedEditions.includes(edition)) {
    misses.push(simulatePhrase.editionExcluded({ edition: editionLabel(edition) }));
  }
  if (s.Architecture && s.Architecture !== architecture) {
    misses.push(simulatePhrase.architecture({ architecture, wanted: s.Architecture }));
  }
  if (s.MinimumAllowedBuildVersion !== undefined && build < s.MinimumAllowedBuildVersion) {
    misses.push(simulatePhrase.build({ build, minimum: s.MinimumAllowedBuildVersion }));
  }
  return misses;
}

function presenceSkip(r: Registration, presence: PresenceContext): Message | undefined {
  const s = r.settings;
  if (s.PFN === undefined || (s.Scenario !== 'Update' && !s.SkipIfPresent && !s.HonorDeprovisioning)) return undefined;
  const pfn = s.PFN.toLowerCase();
  const present = presence.installed.has(pfn);
  const deprovisioned = presence.deprovisioned.has(pfn);
  if (s.Scenario === 'Update' && !present) return simulateReason.updateAbsent();
  if (s.Scenario !== 'Update' && s.SkipIfPresent && present) return simulateReason.skipIfPresent();
  if (s.Scenario !== 'Update' && s.HonorDeprovisioning && deprovisioned) return simulateReason.honorDeprovisioning();
  return undefined;
}
