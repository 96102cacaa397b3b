// The project's `.expeditedrc.json` as the language server reads it: the rule levels of the
// first workspace folder that has one (the CLI reads the same file; core/diagnostics/ruleSettings.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, parseRuleSettings, type RuleLevel } from '../core/diagnostics/ruleSettings';

export async function readRuleLevels(folders: readonly string[], log: (line: string) => void): Promise<Map<string, RuleLevel>> {
  for (const folder of folders) {
    let text: string;
    try {
      text = await readFile(join(folder, CONFIG_FILE_NAME), 'utf8');
    } catch {
      continue;
    }
    const parsed = parseRuleSettings(text);
    if ('problems' in parsed) {
      log(`${join(folder, CONFIG_FILE_NAME)} is not applied: ${parsed.problems.join('; ')}`);
      return new Map();
    }
    return new Map(parsed.settings.rules);
  }
  return new Map();
}

export const isRuleSettingsPath = (path: string): boolean => path.endsWith(`/${CONFIG_FILE_NAME}`) || path === CONFIG_FILE_NAME;
