import type { Finding } from './types';

/** The one order of findings everywhere: by position, then by rule id. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
}
