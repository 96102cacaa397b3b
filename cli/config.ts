// The project's `.expeditedrc.json` (the nearest one in the working folder or above it, or
// `--config FILE`) merged with `--rule id=level` options: what `check` reports and which paths it skips.
import { readFile } from 'node:fs/promises';
import * as l10n from '@vscode/l10n';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, parseRuleAssignment, parseRuleSettings, type RuleLevel } from '../core/diagnostics/ruleSettings';
import type { IgnoreRules } from './files';
import { describe } from './files';
import { UsageError } from './io';

export interface CheckConfig {
  rules: Map<string, RuleLevel>;
  ignore?: IgnoreRules;
  /** The settings file read, if any (display form). */
  source?: string;
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw new UsageError(l10n.t('cannot read {0}: {1}', path, describe(err)));
  }
}

/** The nearest settings file from `cwd` up to the root of the file system. */
async function findConfig(cwd: string): Promise<{ path: string; text: string } | undefined> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_FILE_NAME);
    const text = await readIfPresent(path);
    if (text !== undefined) return { path, text };
    if (dirname(dir) === dir) return undefined;
  }
}

export async function loadCheckConfig(options: { cwd: string; configPath?: string; noConfig: boolean; ruleArgs: readonly string[] }): Promise<CheckConfig> {
  const config: CheckConfig = { rules: new Map() };
  let found: { path: string; text: string } | undefined;
  if (options.configPath !== undefined) {
    if (options.configPath.trim() === '') throw new UsageError(l10n.t('option --config needs a file name (found an empty value)'));
    const path = resolve(options.cwd, options.configPath);
    const text = await readIfPresent(path);
    if (text === undefined) throw new UsageError(l10n.t('cannot read {0}: {1}', options.configPath, l10n.t('no such file or directory')));
    found = { path, text };
  } else if (!options.noConfig) {
    found = await findConfig(options.cwd);
  }
  if (found) {
    const parsed = parseRuleSettings(found.text);
    if ('problems' in parsed) throw new UsageError(l10n.t('invalid settings in {0}:\n{1}', found.path, parsed.problems.map((p) => `  - ${p}`).join('\n')));
    config.rules = new Map(parsed.settings.rules);
    config.source = found.path;
    if (parsed.settings.ignore.length) config.ignore = { patterns: parsed.settings.ignore, base: dirname(found.path), source: CONFIG_FILE_NAME };
  }
  for (const arg of options.ruleArgs) {
    const rule = parseRuleAssignment(arg);
    if (typeof rule === 'string') throw new UsageError(l10n.t('option --rule: {0}', rule));
    config.rules.set(rule.code, rule.level);
  }
  return config;
}
