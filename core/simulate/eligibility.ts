// What decides a registration's fate before any attempt (domain.md §3): errors, workCompleted, phase,
// targeting and presence rules. Blocking conditions are device-wide and live in conditions.ts.
import type { Registration } from '../model/registration';
import type { Scenario } from './scenario';
import { editionLabel } from './labels';

export interface Verdict {
  status: 'skipped' | 'not-in-phase';
  reason: string;
}

/** The verdict for a registration that never gets an attempt, or undefined when it may be attempted. */
export function preAttemptVerdict(r: Registration, scenario: Scenario): Verdict | undefined {
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
  const presence = presenceSkip(r, scenario);
  if (presence) return { status: 'skipped', reason: presence };
  return undefined;
}

/** Each targeting rule the device misses, as a phrase. */
export function targetingMisses(r: Registration, scenario: Scenario): string[] {
  const s = r.settings;
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

function presenceSkip(r: Registration, scenario: Scenario): string | undefined {
  const s = r.settings;
  const pfn = s.PFN?.toLowerCase();
  if (pfn === undefined) return undefined;
  const present = scenario.device.installed.some((p) => p.toLowerCase() === pfn);
  const deprovisioned = scenario.device.deprovisioned.some((p) => p.toLowerCase() === pfn);
  if (s.Scenario === 'Update' && !present) return 'Update: the app is not installed, so there is nothing to update';
  if (s.Scenario !== 'Update' && s.SkipIfPresent && present) return 'SkipIfPresent: a version of the app is already installed';
  if (s.Scenario !== 'Update' && s.HonorDeprovisioning && deprovisioned) return 'HonorDeprovisioning: the user deprovisioned the app';
  return undefined;
}
