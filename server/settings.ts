// The server's view of the `expeditedApps.*` settings, and which documents they make ours.
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { DEFAULT_JSON_FILE_GLOBS, jsonFileGlobs } from '../core/documentKinds';
import { isSupportedCodePage } from '../core/reg/ansi';
import { LOCALES, type Locale } from '../core/rules/message';
import { resolveLocale } from '../core/rules/locale';

export interface ServerSettings {
  /** Globs of JSON files we validate (`expeditedApps.files`). */
  files: string[];
  /** Push-mode debounce (`expeditedApps.validation.debounceMs`). */
  debounceMs: number;
  /** ANSI code page of REGEDIT4 files read from disk (`expeditedApps.reg.codePage`; 0 = the system's). */
  codePage: number;
  /** `expeditedApps.locale`: `auto` follows the editor's display language. */
  locale: LocaleSetting;
}

export type LocaleSetting = 'auto' | Locale;

export const DEFAULT_SETTINGS: ServerSettings = { files: [...DEFAULT_JSON_FILE_GLOBS], debounceMs: 150, codePage: 0, locale: 'auto' };

/** Reads the `expeditedApps` section as the client sent it; anything malformed falls back to the default. */
export function parseSettings(section: unknown): ServerSettings {
  const raw = section !== null && typeof section === 'object' ? (section as Record<string, unknown>) : {};
  const files = jsonFileGlobs(raw.files);
  const validation = raw.validation !== null && typeof raw.validation === 'object' ? (raw.validation as Record<string, unknown>) : {};
  const debounce = Number(validation.debounceMs);
  const debounceMs = Number.isFinite(debounce) ? Math.min(2000, Math.max(0, debounce)) : DEFAULT_SETTINGS.debounceMs;
  const reg = raw.reg !== null && typeof raw.reg === 'object' ? (raw.reg as Record<string, unknown>) : {};
  const codePage = typeof reg.codePage === 'number' && isSupportedCodePage(reg.codePage) ? reg.codePage : 0;
  const locale = (LOCALES as readonly unknown[]).includes(raw.locale) ? (raw.locale as Locale) : 'auto';
  return { files, debounceMs, codePage, locale };
}

/** The locale texts are rendered in: the setting, or with `auto` the client's display language (`initialize.locale`). */
export function effectiveLocale(setting: LocaleSetting, displayLanguage: string | undefined): Locale {
  return setting === 'auto' ? resolveLocale(displayLanguage) : setting;
}

/** The file-system path of a `file:` URI, with forward slashes; undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri).split(sep).join('/');
  } catch {
    return undefined;
  }
}

/**
 * Whether a path matches one of the globs, the way VS Code matches a document filter: against the
 * whole path, and against the path relative to each workspace folder (for globs without `**`).
 */
export function matchesFileGlobs(uri: string, globs: readonly string[], folders: readonly string[]): boolean {
  const path = uriToPath(uri) ?? safeDecode(uri.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '/'));
  const candidates = [path];
  for (const folder of folders) {
    const rel = relative(folder, path).split(sep).join('/');
    if (rel && !rel.startsWith('..')) candidates.push(rel);
  }
  return matchersFor(globs).some((m) => candidates.some((c) => m.match(c)));
}

// Every request asks whether its document is ours: compile the globs once per settings value.
let compiled: { key: readonly string[]; matchers: Minimatch[] } | undefined;

function matchersFor(globs: readonly string[]): Minimatch[] {
  if (compiled?.key !== globs) compiled = { key: globs, matchers: globs.map((g) => new Minimatch(g, { dot: true, nocase: process.platform === 'win32' })) };
  return compiled.matchers;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
