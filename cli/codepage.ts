// The ANSI code page REGEDIT4 files are read with: `--codepage N`, else the system's on Windows
// (what regedit uses there), else 1252 (Wine's default locale and Western Windows).
import { ANSI_CODE_PAGES, isSupportedCodePage } from '../core/reg/ansi';
import * as l10n from '@vscode/l10n';
import { systemCodePage } from '../server/codePage';
import { UsageError } from './io';

export function parseCodePage(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!isSupportedCodePage(n)) {
    throw new UsageError(l10n.t("option --codepage: unsupported code page '{0}' (supported: {1})", value, [...ANSI_CODE_PAGES.keys()].join(', ')));
  }
  return n;
}

export function resolveCodePage(value: string | undefined): number {
  return parseCodePage(value) ?? systemCodePage();
}
