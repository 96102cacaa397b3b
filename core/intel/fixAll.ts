// "Fix all auto-fixable problems" — the editor's source action and `expedite fix`: every finding's
// first fix-all-safe fix, as long as together they never make the document worse. Two fixes can
// each be right alone and clash together (["UK","gb"] → ["GB","GB"]: a duplicate), so the result
// is checked by analysing it again.
import { analyzeDocument, type DocumentAnalysis } from '../analyze';
import { applyEdits, fixAllFixes } from '../diagnostics/fixAll';
import type { Finding, Fix } from '../diagnostics/types';

type Edit = Fix['edits'][number];

export interface FixAllOutcome {
  /** The edits to apply to the analysed text (those of `applied`). */
  edits: Edit[];
  applied: Fix[];
  /** Candidates left out: alone or with the others they would add an error or fix nothing. */
  refused: Fix[];
  /** The text after `edits`, and its analysis. */
  text: string;
  analysis: DocumentAnalysis;
}

const errorCounts = (findings: readonly Finding[]) => {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return counts;
};

/** Whether `after` has an error `before` did not (by code and count: positions move with edits). */
function addsError(before: readonly Finding[], after: readonly Finding[]): boolean {
  const was = errorCounts(before);
  for (const [code, n] of errorCounts(after)) if (n > (was.get(code) ?? 0)) return true;
  return false;
}

/**
 * All candidates when together they fix one finding each and add no error; otherwise one at a
 * time, keeping a fix only when it removes a finding without adding an error, so the result never
 * has more errors than the document.
 */
export function checkedFixAll(analysis: DocumentAnalysis, findings: readonly Finding[] = analysis.findings): FixAllOutcome {
  const fixes = fixAllFixes(findings);
  const unchanged: FixAllOutcome = { edits: [], applied: [], refused: fixes, text: analysis.text, analysis };
  if (fixes.length === 0) return unchanged;
  const languageId = analysis.kind === 'reg' ? 'reg' : 'json';
  const attempt = (edits: Edit[]) => {
    const text = applyEdits(analysis.text, edits);
    return { text, analysis: analyzeDocument({ path: analysis.path, text, languageId, encoding: analysis.reg?.encoding }) };
  };
  const all = fixes.flatMap((f) => f.edits);
  const together = attempt(all);
  if (!addsError(analysis.findings, together.analysis.findings) && together.analysis.findings.length <= analysis.findings.length - fixes.length) {
    return { edits: all, applied: fixes, refused: [], ...together };
  }
  let best = unchanged;
  for (const fix of fixes) {
    const edits = [...best.edits, ...fix.edits];
    const trial = attempt(edits);
    if (addsError(best.analysis.findings, trial.analysis.findings) || trial.analysis.findings.length >= best.analysis.findings.length) continue;
    best = { edits, applied: [...best.applied, fix], refused: [], ...trial };
  }
  return { ...best, refused: fixes.filter((f) => !best.applied.includes(f)) };
}

/** The edits of {@link checkedFixAll}. */
export function checkedFixAllEdits(analysis: DocumentAnalysis, findings: readonly Finding[] = analysis.findings): Edit[] {
  return checkedFixAll(analysis, findings).edits;
}
