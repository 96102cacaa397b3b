// The one rule catalogue: every rule of every area, in the order the README table and SARIF list
// them. The server, the CLI, the rule pages and the tests all read it.
import { jsonRules } from './json';
import { regRules } from './reg';
import { registryRules } from './registry';
import { workspaceRules } from './workspace';
import type { Rule } from './rule';

export const rules = [...jsonRules, ...regRules, ...registryRules, ...workspaceRules] as const;

/** The id of a rule of the catalogue: a misspelt id is a compile error. */
export type RuleId = (typeof rules)[number]['id'];

const byId = new Map<string, Rule>();
for (const rule of rules) {
  if (byId.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
  byId.set(rule.id, rule);
}

export function ruleFor(id: RuleId): Rule {
  return byId.get(id)!;
}

/** For text from outside (settings files, --rule flags): undefined when no rule has that id. */
export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}

/** The diagnostic `source` every adapter attaches. */
export const DIAGNOSTIC_SOURCE = 'expedited-apps';

export * from './message';
export * from './render';
export * from './locale';
export type { Rule, RuleArea, RuleMessage, RuleMeta, RuleSource, Severity } from './rule';
