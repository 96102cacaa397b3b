import type { Locale } from './message';

/**
 * The first locale tag that is set decides: `ko`, `ko-KR`, `ko_KR.UTF-8` → Korean; anything else
 * (`en-US`, `C`, `POSIX`) → English. Callers pass their sources in order of precedence (a flag or
 * setting, then LC_ALL, LC_MESSAGES, LANG; or the client's `initialize.locale`).
 */
export function resolveLocale(...tags: (string | undefined | null)[]): Locale {
  for (const tag of tags) {
    if (!tag) continue;
    return /^ko(?:[-_.@]|$)/i.test(tag.trim()) ? 'ko' : 'en';
  }
  return 'en';
}

/** The CLI's precedence: `--locale`, then the POSIX environment variables. */
export function localeOfEnvironment(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  return resolveLocale(flag, env.LC_ALL, env.LC_MESSAGES, env.LANG);
}
