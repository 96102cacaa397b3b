// The language of the CLI's own messages: `--locale en|ko`, else the POSIX locale variables
// (LC_ALL, LC_MESSAGES, LANG: the first one set), English by default. The Korean texts are the
// extension's bundle (l10n/bundle.l10n.ko.json), built into dist/cli.js.
import * as l10n from '@vscode/l10n';
import korean from '../l10n/bundle.l10n.ko.json';
import { localeOfEnvironment } from '../core/rules/locale';
import type { Locale } from '../core/rules/message';
import { UsageError } from './io';

export const CLI_LOCALES = ['en', 'ko'] as const satisfies readonly Locale[];
export type CliLocale = Locale;

/** `ko`, `ko_KR.UTF-8`, `ko-KR` → Korean; `C`, `POSIX`, unset and anything else → English. */
export function localeFromEnv(env: NodeJS.ProcessEnv): CliLocale {
  return localeOfEnvironment(undefined, env);
}

/**
 * Takes `--locale X` / `--locale=X` out of a command line (before a `--`), so every command
 * accepts it without declaring it. A value other than en or ko is a usage error.
 */
export function takeLocaleOption(argv: readonly string[]): { locale?: CliLocale; rest: string[] } {
  const rest: string[] = [];
  let locale: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--locale') {
      locale = argv[++i];
      if (locale === undefined) throw new UsageError(l10n.t('option --locale needs a value: en or ko'));
    } else if (arg.startsWith('--locale=')) locale = arg.slice('--locale='.length);
    else rest.push(arg);
  }
  if (locale === undefined) return { rest };
  const chosen = CLI_LOCALES.find((l) => l === locale.toLowerCase());
  if (!chosen) throw new UsageError(l10n.t("option --locale must be one of en, ko (found '{0}')", locale));
  return { locale: chosen, rest };
}

let current: CliLocale = 'en';

/** Every `l10n.t` of the CLI (and of backends/format.ts) answers in `locale` from now on. */
export function useLocale(locale: CliLocale): void {
  current = locale;
  l10n.config({ contents: locale === 'ko' ? (korean as Record<string, string>) : {} });
}

/** The locale `useLocale` chose last: what the findings' messages are rendered in. */
export function cliLocale(): CliLocale {
  return current;
}
