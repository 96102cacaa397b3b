// "Fix all auto-fixable problems": every finding's first fix-all-safe fix, as long as together they
// never make the document worse. Two fixes can each be right alone and clash together
// (["UK","gb"] → ["GB","GB"]: a duplicate), so the result is checked by analysing it again.
import { analyzeDocument, type DocumentAnalysis } from '../analyze';
import type { Finding, Fix } from '../diagnostics/types';

type Edit = Fix['edits'][number];

/**
 * The first fix-all-safe fix of each finding, skipping any that touches a span an earlier one
 * already edits (two inserts at one point count as overlapping: their order would be a guess).
 */
export function fixAllCandidates(findings: readonly Finding[]): Fix[] {
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

/** `text` with non-overlapping edits applied. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)) {
    result = result.slice(0, e.span.start) + e.newText + result.slice(e.span.end);
  }
  return result;
}

interface Score {
  errors: number;
  total: number;
}

function scoreOf(findings: readonly Finding[]): Score {
  return { errors: findings.filter((f) => f.severity === 'error').length, total: findings.length };
}

/**
 * The edits of "fix all" for one analysed document: all candidates when together they fix one
 * finding each and add no error; otherwise one at a time, keeping a fix only when it removes a
 * finding without adding an error, so the result never has more errors than the document.
 */
export function fixAllEdits(analysis: DocumentAnalysis, findings: readonly Finding[] = analysis.findings): Edit[] {
  const fixes = fixAllCandidates(findings);
  if (fixes.length === 0) return [];
  const languageId = analysis.kind === 'reg' ? 'reg' : 'json';
  const scoreAfter = (edits: readonly Edit[]) => scoreOf(analyzeDocument({ path: analysis.path, text: applyEdits(analysis.text, edits), languageId }).findings);
  const base = scoreOf(analysis.findings);
  const all = fixes.flatMap((f) => f.edits);
  const together = scoreAfter(all);
  if (together.errors <= base.errors && together.total <= base.total - fixes.length) return all;
  const kept: Edit[] = [];
  let current = base;
  for (const fix of fixes) {
    const trial = scoreAfter([...kept, ...fix.edits]);
    if (trial.errors > current.errors || trial.total >= current.total) continue;
    kept.push(...fix.edits);
    current = trial;
  }
  return kept;
}
