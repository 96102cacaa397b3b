import type { Finding, RelatedLocation, Span, TextEdit } from './types';

/** Moves a span by `delta` characters (text inserted or removed before it). */
export function shiftedBy(delta: number): (span: Span) => Span {
  return (span) => ({ start: span.start + delta, end: span.end + delta });
}

/**
 * The one way a finding follows its text to a new place (an edit before it, or a payload's JSON
 * offsets mapped back into its escaped `.reg` string): `at` maps each span of this document — the
 * finding's, its fix edits' and its related places here; places in other documents stay. `edit`
 * rewrites each fix edit instead (e.g. escaping its text); `fixes: false` drops the fixes where
 * they cannot be placed.
 */
export function movedFinding(f: Finding, at: (span: Span) => Span, options: { edit?: (e: TextEdit) => TextEdit; fixes?: boolean } = {}): Finding {
  const out: Finding = { code: f.code, severity: f.severity, message: f.message, span: at(f.span) };
  const edit = options.edit ?? ((e: TextEdit): TextEdit => ({ span: at(e.span), newText: e.newText }));
  if (f.fixes?.length && options.fixes !== false) out.fixes = f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map(edit) }));
  if (f.related?.length) out.related = f.related.map((r): RelatedLocation => (r.path === undefined ? { ...r, span: at(r.span) } : r));
  return out;
}
