// The product's version and home, injected from package.json at build time (scripts/build.mjs),
// so no environment variable or working folder can change what `--version` says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rulePageUri } from '../core/rules/pages';
import type { Locale } from '../core/rules/message';

declare const __EXPEDITE_VERSION__: string | undefined;
declare const __EXPEDITE_HOMEPAGE__: string | undefined;

interface PackageInfo {
  version: string;
  homepage?: string;
}

/** Outside the bundle (tests run the sources), package.json beside the sources. */
function packageJson(): PackageInfo {
  return JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as PackageInfo;
}

export function productVersion(): string {
  return typeof __EXPEDITE_VERSION__ === 'string' ? __EXPEDITE_VERSION__ : packageJson().version;
}

/** package.json's homepage (fixed into the bundle at build time when there is one). */
function homepage(): string | undefined {
  return typeof __EXPEDITE_HOMEPAGE__ === 'string' ? __EXPEDITE_HOMEPAGE__ : packageJson().homepage;
}

/** One rule's page (docs/rules/<id>.md): on the homepage when package.json names one, else the file installed beside the CLI. */
export function ruleHelpUri(id: string, locale: Locale = 'en'): string {
  const home = homepage();
  return rulePageUri(id, locale, home || undefined, pathToFileURL(join(__dirname, '..')).href);
}

/**
 * Where the rules are documented (SARIF's informationUri): the README's rule table, online when package.json names a homepage,
 * else the README installed beside the CLI (npm and the .vsix both ship it).
 */
export function rulesHelpUri(): string {
  const home = homepage();
  if (home) return `${home.replace(/#.*$/, '')}#rules`;
  return `${pathToFileURL(join(__dirname, '..', 'README.md')).href}#rules`;
}
