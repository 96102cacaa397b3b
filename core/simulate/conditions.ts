// Device-wide conditions under which no expedited attempt happens (domain.md §3, KO-DOC).
import type { Conditions } from './scenario';

/** Each condition that currently forbids attempts, as a phrase. */
export function blockingConditions(c: Conditions): string[] {
  const reasons: string[] = [];
  if (!c.internet) reasons.push('no internet');
  if (c.metered) reasons.push('metered network');
  if (c.onBattery && c.batterySaver) reasons.push('on battery with battery saver on');
  if (c.restrictedNetworkTraffic) reasons.push('the Windows Update restricted-network-traffic policy is set');
  if (c.ctaPolicy !== 'AutoApprove') reasons.push(`the CTA policy is ${c.ctaPolicy}, not AutoApprove`);
  return reasons;
}
