// Which files are ours, by name: the one list the CLI's folder scan, the language server's
// workspace scan, the client's document selector and package.json's contributions agree on
// (test/unit/document-kinds.test.ts checks package.json against it).

/** `.reg` files are always validated. */
export const REG_FILE_GLOB = '**/*.reg';

/** The JSON files validated unless `expeditedApps.files` says otherwise: registration files and bare payloads. */
export const DEFAULT_JSON_FILE_GLOBS: readonly string[] = Object.freeze(['**/updater_*.json', '**/*.payload.json']);

export function isRegPath(path: string): boolean {
  return /\.reg$/i.test(path);
}

/** Whether a document is read as `.reg`: the editor's language when it knows one, else the file name. */
export function isRegDocument(path: string, languageId?: string): boolean {
  return languageId === 'reg' || (languageId === undefined && isRegPath(path));
}

/** The JSON globs of an `expeditedApps.files` value: its non-empty strings, else (missing, empty, malformed) the defaults. */
export function jsonFileGlobs(setting: unknown): string[] {
  const globs = Array.isArray(setting) ? setting.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
  return globs.length ? globs : [...DEFAULT_JSON_FILE_GLOBS];
}
