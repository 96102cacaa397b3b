// What every output format of `check` reads: each file's findings (with fixes and related
// locations for SARIF) and their records (contracts.md), and the summary.
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

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(s: CheckSummary): string {
  return `${plural(s.files, 'file')} checked: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}`;
}
