// The project's rule settings (`.expeditedrc.json`): per-rule levels and ignored paths. Pure: the
// CLI and the language server read the file and hand its text here.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { catalogue } from './catalogue';
import type { Finding, Severity } from './types';

export const CONFIG_FILE_NAME = '.expeditedrc.json';

/** `off` drops the rule's findings; the others replace the catalogue's severity. */
export type RuleLevel = 'off' | Severity;
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

export interface RuleSettings {
  /** Levels by rule code. */
  rules: Map<string, RuleLevel>;
  /** Glob patterns (relative to the settings file's folder) of files never checked. */
  ignore: string[];
}

export const NO_RULE_SETTINGS: RuleSettings = { rules: new Map(), ignore: [] };

const knownCodes = new Set<string>(catalogue.map((r) => r.id));

/** `id=level` (the CLI's `--rule`): the pair, or a sentence saying what is wrong. */
export function parseRuleAssignment(text: string): { code: string; level: RuleLevel } | string {
  const eq = text.indexOf('=');
  if (eq < 0) return `'${text}' is not id=level (levels: ${RULE_LEVELS.join(', ')})`;
  const code = text.slice(0, eq).trim();
  const level = text.slice(eq + 1).trim();
  return checkRule(code, level) ?? { code, level: level as RuleLevel };
}

function checkRule(code: string, level: unknown): string | undefined {
  if (!knownCodes.has(code)) return `unknown rule '${code}' (the README's rule table lists every code)`;
  if (typeof level !== 'string' || !(RULE_LEVELS as readonly string[]).includes(level)) {
    return `rule '${code}': level must be one of ${RULE_LEVELS.join(', ')} (found ${JSON.stringify(level)})`;
  }
  return undefined;
}

/** Reads the settings file's text: the settings, or every problem found (nothing is half-applied). */
export function parseRuleSettings(text: string): { settings: RuleSettings } | { problems: string[] } {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  if (errors.length) return { problems: errors.map((e) => `invalid JSON at offset ${e.offset}: ${printParseErrorCode(e.error)}`) };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problems: ['the settings must be a JSON object with "rules" and/or "ignore"'] };
  const problems: string[] = [];
  const settings: RuleSettings = { rules: new Map(), ignore: [] };
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === '$schema') continue;
    if (key === 'rules') {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) problems.push('"rules" must be an object of rule code to level');
      else {
        for (const [code, level] of Object.entries(v as Record<string, unknown>)) {
          const problem = checkRule(code, level);
          if (problem) problems.push(problem);
          else settings.rules.set(code, level as RuleLevel);
        }
      }
    } else if (key === 'ignore') {
      if (!Array.isArray(v) || v.some((p) => typeof p !== 'string' || p.trim() === '')) problems.push('"ignore" must be an array of non-empty glob patterns');
      else settings.ignore = v as string[];
    } else {
      problems.push(`unknown setting "${key}" (known: rules, ignore)`);
    }
  }
  return problems.length ? { problems } : { settings };
}

/** The findings with the levels applied: `off` rules dropped, the others with their new severity. */
export function applyRuleLevels(findings: readonly Finding[], rules: ReadonlyMap<string, RuleLevel>): Finding[] {
  if (rules.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const level = rules.get(f.code);
    if (level === undefined) out.push(f);
    else if (level !== 'off') out.push(level === f.severity ? f : { ...f, severity: level });
  }
  return out;
}
