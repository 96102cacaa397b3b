// "Fix all auto-fixable problems": every finding's first fix-all-safe fix, as long as together they
// never make the document worse. Two fixes can each be right alone and clash together
// (["UK","gb"] → ["GB","GB"]: a duplicate), so the result is checked by analysing it again.
import { analyzeDocument, type DocumentAnalysis } from '../analyze';
import { applyEdits, fixAllFixes } from '../diagnostics/fixAll';
import type { Finding, Fix } from '../diagnostics/types';

type Edit = Fix['edits'][number];

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
export function checkedFixAllEdits(analysis: DocumentAnalysis, findings: readonly Finding[] = analysis.findings): Edit[] {
  const fixes = fixAllFixes(findings);
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
