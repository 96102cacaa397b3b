// What every output format of `check` reads: each file's findings (with fixes and related
// locations for SARIF) and their records (contracts.md), and the summary.
import * as l10n from '@vscode/l10n';
import type { DocumentKind } from '../../core/analyze';
import type { FindingRecord } from '../../core/diagnostics/records';
import type { Finding, Severity } from '../../core/diagnostics/types';
import type { LineIndex } from '../../core/text/lineIndex';

export interface CheckedFile {
  path: string;
  kind: DocumentKind;
  /** Findings after the rule levels, in the order of `diagnostics`. */
  findings: Finding[];
  diagnostics: FindingRecord[];
  lines: LineIndex;
}

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface CheckReport {
  files: CheckedFile[];
  summary: CheckSummary;
  /** The folder paths are relative to (absolute). */
  cwd: string;
  /** The product version (SARIF's tool.driver). */
  version: string;
}

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'azure'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const isInfo = (s: Severity) => s === 'information' || s === 'hint';

/** `3 files checked: 1 error, 0 warnings, 2 infos`, in the CLI's language. */
export function summaryLine(s: CheckSummary): string {
  const files = s.files === 1 ? l10n.t('1 file') : l10n.t('{0} files', s.files);
  const errors = s.errors === 1 ? l10n.t('1 error') : l10n.t('{0} errors', s.errors);
  const warnings = s.warnings === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', s.warnings);
  const infos = s.infos === 1 ? l10n.t('1 info') : l10n.t('{0} infos', s.infos);
  return l10n.t('{0} checked: {1}, {2}, {3}', files, errors, warnings, infos);
}
