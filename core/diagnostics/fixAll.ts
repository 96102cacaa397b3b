// "Fix all": which quick fixes can be applied together. The server's fix-all code action and the
// CLI's `expedite fix` share it.
import type { Finding, Fix, TextEdit } from './types';

/**
 * The first fix-all-safe fix of each finding, skipping any that touches a span an earlier one
 * already edits (two inserts at one point count as overlapping: their order would be a guess).
 */
export function fixAllEdits(findings: readonly Finding[]): Fix['edits'] {
  return fixAllFixes(findings).flatMap((fix) => fix.edits);
}

/** The fixes `fixAllEdits` applies, one entry per finding fixed, in text order. */
export function fixAllFixes(findings: readonly Finding[]): Fix[] {
  const candidates = findings
    .map((f) => f.fixes?.find((x) => x.safeForFixAll && x.edits.length > 0))
    .filter((x): x is Fix => x !== undefined)
    .map((fix) => ({ fix, start: Math.min(...fix.edits.map((e) => e.span.start)), end: Math.max(...fix.edits.map((e) => e.span.end)) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const c of candidates) {
    if (c.start < lastEnd || c.start === lastStart) continue;
    chosen.push(c.fix);
    lastEnd = c.end;
    lastStart = c.start;
  }
  return chosen;
}

/** The text with non-overlapping edits applied (any order in; applied from the end). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  // The pieces between the edits, joined once: splicing the whole text per edit is quadratic.
  const parts: string[] = [];
  let end = text.length;
  for (const e of sorted) {
    parts.push(text.slice(e.span.end, end), e.newText);
    end = e.span.start;
  }
  parts.push(text.slice(0, end));
  return parts.reverse().join('');
}
