import type { Finding, Range, Severity } from './types';
import type { LineIndex } from '../text/lineIndex';
import { render } from '../rules/render';
import type { Locale } from '../rules/message';
import { sortFindings } from './order';

/**
 * A finding as the CLI prints it and the server publishes it (contracts.md): the one conversion
 * both adapters use, so `expedite check` and the editor show identical findings.
 */
export interface FindingRecord {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
}

export function toRecord(finding: Finding, lines: LineIndex, locale: Locale = 'en'): FindingRecord {
  return { code: finding.code, severity: finding.severity, message: render(finding.message, locale), range: lines.rangeOf(finding.span) };
}

/** A document's own findings plus its cross-file findings, in one position order. */
export function findingsOfFile(own: readonly Finding[], crossFile: readonly Finding[] | undefined): Finding[] {
  if (!crossFile?.length) return [...own];
  return sortFindings([...own, ...crossFile]);
}
