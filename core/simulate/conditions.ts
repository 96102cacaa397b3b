// Device-wide conditions under which no expedited attempt happens (domain.md §3, KO-DOC).
import type { Message } from '../rules/message';
import type { Conditions } from './scenario';
import { simulatePhrase } from './texts';

/** Each condition that currently forbids attempts, as a phrase. */
export function blockingConditions(c: Conditions): Message[] {
  const reasons: Message[] = [];
  if (!c.internet) reasons.push(simulatePhrase.noInternet());
  if (c.metered) reasons.push(simulatePhrase.metered());
  if (c.onBattery && c.batterySaver) reasons.push(simulatePhrase.batterySaver());
  if (c.restrictedNetworkTraffic) reasons.push(simulatePhrase.restrictedNetwork());
  if (c.ctaPolicy !== 'AutoApprove') reasons.push(simulatePhrase.ctaPolicy({ policy: c.ctaPolicy }));
  return reasons;
}
