// What decides a registration's fate before any attempt (domain.md §3): errors, workCompleted, phase,
// targeting and presence rules. Blocking conditions are device-wide and live in conditions.ts.
import type { Registration } from '../model/registration';
import type { Scenario } from './scenario';
import { editionLabel } from './labels';

export interface Verdict {
  status: 'skipped' | 'not-in-phase';
  reason: string;
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
    const who = r.form === 'file' ? "Add-UpdaterRegistration refuses it, and Windows" : 'Windows';
    return { status: 'skipped', reason: `invalid: the registration has errors; ${who} skips an invalid registration silently` };
  }
  if (r.workCompleted) {
    return { status: 'skipped', reason: 'workCompleted = 1: Windows treats the updater as done (inferred from real machines, not documented)' };
  }
  const targeting = targetingMisses(r, scenario);
  if (scenario.phase === 'oobe' && !r.settings.AllowedInOobe) {
    const later = targeting.length ? `; in the desktop phase targeting would skip it (${targeting.join('; ')})` : '';
    return { status: 'not-in-phase', reason: `AllowedInOobe is false: it waits for the desktop phase${later}` };
  }
  if (targeting.length) {
    return { status: 'skipped', reason: `targeting: ${targeting.join('; ')} (fulfilled without an attempt, never attempted again)` };
  }
  const skip = presenceSkip(r, presence);
  if (skip) return { status: 'skipped', reason: skip };
  return undefined;
}

const NONE: readonly string[] = [];

/** Each targeting rule the device misses, as a phrase. */
export function targetingMisses(r: Registration, scenario: Scenario): readonly string[] {
  const s = r.settings;
  const targeted =
    s.IncludedRegions || s.ExcludedRegions || s.IncludedEditions || s.ExcludedEditions || s.Architecture || s.MinimumAllowedBuildVersion !== undefined;
  if (!targeted) return NONE;
  const { region, edition, architecture, build } = scenario.device;
  const misses: string[] = [];
  const regions = (list: string[]) => list.map((c) => c.toUpperCase());
  if (s.IncludedRegions && !regions(s.IncludedRegions).includes(region)) {
    misses.push(`region ${region} is not in IncludedRegions (${s.IncludedRegions.join(', ')})`);
  }
  if (s.ExcludedRegions && regions(s.ExcludedRegions).includes(region)) {
    misses.push(`region ${region} is in ExcludedRegions`);
  }
  if (s.IncludedEditions && !s.IncludedEditions.includes(edition)) {
    misses.push(`edition ${editionLabel(edition)} is not in IncludedEditions (${s.IncludedEditions.join(', ')})`);
  }
  if (s.ExcludedEditions && s.ExcludedEditions.includes(edition)) {
    misses.push(`edition ${editionLabel(edition)} is in ExcludedEditions`);
  }
  if (s.Architecture && s.Architecture !== architecture) {
    misses.push(`architecture ${architecture} is not the registration's Architecture ${s.Architecture}`);
  }
  if (s.MinimumAllowedBuildVersion !== undefined && build < s.MinimumAllowedBuildVersion) {
    misses.push(`build ${build} is below MinimumAllowedBuildVersion ${s.MinimumAllowedBuildVersion}`);
  }
  return misses;
}

function presenceSkip(r: Registration, presence: PresenceContext): string | undefined {
  const s = r.settings;
  if (s.PFN === undefined || (s.Scenario !== 'Update' && !s.SkipIfPresent && !s.HonorDeprovisioning)) return undefined;
  const pfn = s.PFN.toLowerCase();
  const present = presence.installed.has(pfn);
  const deprovisioned = presence.deprovisioned.has(pfn);
  if (s.Scenario === 'Update' && !present) return 'Update: the app is not installed, so there is nothing to update';
  if (s.Scenario !== 'Update' && s.SkipIfPresent && present) return 'SkipIfPresent: a version of the app is already installed';
  if (s.Scenario !== 'Update' && s.HonorDeprovisioning && deprovisioned) return 'HonorDeprovisioning: the user deprovisioned the app';
  return undefined;
}
