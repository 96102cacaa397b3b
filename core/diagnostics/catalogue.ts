import { defineMessages } from '../rules/message';
import { ruleFor, rules, type RuleId } from '../rules';
import type { RuleMessage } from '../rules/rule';
import type { Finding, Fix, RelatedLocation, Span } from './types';

export { DIAGNOSTIC_SOURCE, findRule, isRuleId, ruleFor, type RuleId } from '../rules';

/** The rule catalogue (`core/rules/`), under the name the adapters have always used. */
export const catalogue = rules;

const untranslated = defineMessages('untranslated', { text: { en: '{text}', ko: '{text}' } });

type Extra = { fixes?: Fix[]; related?: RelatedLocation[] };

/** Builds a finding of the message's rule, with the catalogue's severity. */
export function report(message: RuleMessage<RuleId>, span: Span, extra?: Extra): Finding;
/** @deprecated English only: write the message into the rule's `messages` and pass `rule.message.x(...)`. */
export function report(code: RuleId, span: Span, message: string, extra?: Extra): Finding;
export function report(first: RuleMessage<RuleId> | RuleId, span: Span, third?: string | Extra, fourth?: Extra): Finding {
  const legacy = typeof first === 'string';
  const code: RuleId = legacy ? first : first.rule as RuleId;
  const extra = legacy ? fourth : (third as Extra | undefined);
  const finding: Finding = { code, severity: ruleFor(code).severity, message: legacy ? untranslated.text({ text: third as string }) : first, span };
  if (extra?.fixes?.length) finding.fixes = extra.fixes;
  if (extra?.related?.length) finding.related = extra.related;
  return finding;
}
