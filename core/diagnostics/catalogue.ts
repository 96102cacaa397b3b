import { ruleFor, rules, type RuleId } from '../rules';
import type { RuleMessage } from '../rules/rule';
import type { Finding, Fix, RelatedLocation, Span } from './types';

export { DIAGNOSTIC_SOURCE, findRule, isRuleId, ruleFor, type RuleId } from '../rules';

/** The rule catalogue (`core/rules/`), under the name the adapters have always used. */
export const catalogue = rules;

/** Builds a finding of the message's rule, with the catalogue's severity: `report(rule.message.found({ … }), span)`. */
export function report(message: RuleMessage<RuleId>, span: Span, extra?: { fixes?: Fix[]; related?: RelatedLocation[] }): Finding {
  const finding: Finding = { code: message.rule, severity: ruleFor(message.rule).severity, message, span };
  if (extra?.fixes?.length) finding.fixes = extra.fixes;
  if (extra?.related?.length) finding.related = extra.related;
  return finding;
}
