// The `ignore` patterns of `.expeditedrc.json`, as the CLI and the language server apply them.
import { isAbsolute, relative, sep } from 'node:path';
import { minimatch } from 'minimatch';

/** The `ignore` patterns of `.expeditedrc.json`: globs relative to the folder that holds it. */
export interface IgnoreRules {
  /** Glob patterns, relative to `base`. */
  patterns: readonly string[];
  base: string;
  /** Where they come from, for messages. */
  source: string;
}

/** Whether `absolute` (a file or folder) is ignored: `name` matches at any depth, `dir/` everything below it; case-insensitive, as on Windows. */
export function isIgnoredPath(rules: IgnoreRules | undefined, absolute: string): boolean {
  if (!rules?.patterns.length) return false;
  const rel = relative(rules.base, absolute).split(sep).join('/');
  if (rel === '' || rel.startsWith('../') || isAbsolute(rel)) return false;
  return rules.patterns.some((p) => {
    const opts = { dot: true, nocase: true, matchBase: !p.includes('/') };
    return minimatch(rel, p, opts) || minimatch(rel, p.replace(/\/+$/, '') + '/**', opts);
  });
}
