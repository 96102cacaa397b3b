// One argument parser for every command (node:util parseArgs), with one wording of its errors.
import { parseArgs } from 'node:util';
import * as l10n from '@vscode/l10n';
import { UsageError } from './io';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  help: boolean;
}

/** Parses a command's arguments strictly; `-h/--help` is always accepted; `-` stays a positional (stdin). */
export function parseCommandArgs(args: readonly string[], options: OptionSpec, command: string): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    const { help, ...rest } = values as Record<string, string | boolean | string[] | undefined>;
    return { values: rest, positionals, help: help === true };
  } catch (err) {
    throw new UsageError(l10n.t("{0} (see 'expedite {1} --help')", usageProblem(err), command));
  }
}

function usageProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return l10n.t('unknown option {0}', option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message) ? l10n.t('option {0} takes no value', option) : l10n.t('option {0} needs a value', option);
  }
  return message;
}

/** A string option that may appear once (the last one wins, as most tools do). */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  if (Array.isArray(value)) return value[value.length - 1];
  return typeof value === 'string' ? value : undefined;
}

export function listOption(parsed: ParsedArgs, name: string): string[] {
  const value = parsed.values[name];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}

export function flag(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}

/** One of a fixed set of words, or a usage error naming them. */
export function choiceOption<T extends string>(parsed: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const value = stringOption(parsed, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(l10n.t("option --{0} must be one of {1} (found '{2}')", name, choices.join(', '), value));
  return value as T;
}

/** A non-negative whole number. */
export function countOption(parsed: ParsedArgs, name: string): number | undefined {
  const value = stringOption(parsed, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(l10n.t("option --{0} needs a whole number >= 0 (found '{1}')", name, value));
  return Number(value);
}
