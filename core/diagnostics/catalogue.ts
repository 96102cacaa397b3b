import type { Finding, Fix, RelatedLocation, RuleInfo, Span } from './types';
import { jsonRules } from '../json/codes';
import { regRules } from '../reg/codes';
import { registryRules } from '../registry/codes';
import { workspaceRules } from '../workspace/codes';

/**
 * The one diagnostic catalogue. The server, the CLI, the README table and the tests all read it.
 * Each area declares its own rules in its `codes.ts`; this file only gathers them.
 */
export const catalogue: readonly RuleInfo[] = [...jsonRules, ...regRules, ...registryRules, ...workspaceRules];

const byCode = new Map<string, RuleInfo>();
for (const rule of catalogue) {
  if (byCode.has(rule.code)) throw new Error(`duplicate diagnostic code ${rule.code}`);
  byCode.set(rule.code, rule);
}

export function ruleFor(code: string): RuleInfo {
  const rule = byCode.get(code);
  if (!rule) throw new Error(`unknown diagnostic code ${code}`);
  return rule;
}

/** Builds a finding with the catalogue's severity for `code`. */
export function report(code: string, span: Span, message: string, extra?: { fixes?: Fix[]; related?: RelatedLocation[] }): Finding {
  const finding: Finding = { code, severity: ruleFor(code).severity, message, span };
  if (extra?.fixes?.length) finding.fixes = extra.fixes;
  if (extra?.related?.length) finding.related = extra.related;
  return finding;
}

/** The diagnostic `source` every adapter attaches. */
export const DIAGNOSTIC_SOURCE = 'expedited-apps';
