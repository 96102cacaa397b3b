// The project's `.expeditedrc.json` as the language server reads it: the rule levels and ignored
// paths of the first workspace folder that has one (the CLI reads the same file;
// core/diagnostics/ruleSettings.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, parseRuleSettings, type RuleLevel } from '../core/diagnostics/ruleSettings';
import type { IgnoreRules } from '../node/ignoreRules';

export interface ServerRuleSettings {
  levels: Map<string, RuleLevel>;
  ignore?: IgnoreRules;
}

export async function readRuleSettings(folders: readonly string[], log: (line: string) => void): Promise<ServerRuleSettings> {
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
      return { levels: new Map() };
    }
    const ignore = parsed.settings.ignore.length ? { patterns: parsed.settings.ignore, base: folder, source: CONFIG_FILE_NAME } : undefined;
    return { levels: new Map(parsed.settings.rules), ignore };
  }
  return { levels: new Map() };
}

export const isRuleSettingsPath = (path: string): boolean => path.endsWith(`/${CONFIG_FILE_NAME}`) || path === CONFIG_FILE_NAME;
