import type { Finding } from './types';

/** Findings in the order every output shows them: by position, then by rule. Sorts in place. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
}
