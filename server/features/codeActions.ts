// Quick fixes from each finding's fixes, and "Fix all auto-fixable problems" (as a source action for
// editor.codeActionsOnSave, and as a quick fix beside the others).
import { CodeActionKind, CodeActionTriggerKind, type ClientCapabilities, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type TextEdit } from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE } from '../../core/diagnostics/catalogue';
import type { Finding, Fix } from '../../core/diagnostics/types';
import { fixAllEdits, fixAllFixes } from '../../core/diagnostics/fixAll';
import { checkedFixAllEdits } from '../../core/intel/fixAll';
import type { LineIndex } from '../../core/text/lineIndex';
import type { ServerContext, ServerFeature } from '../context';
import { render } from '../../core/rules/render';
import { intelText } from '../../core/intel/texts';
import { toDiagnostic } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${DIAGNOSTIC_SOURCE}`;
/** "Fix all auto-fixable problems", rendered per locale. */
export const FIX_ALL_TITLE = intelText.fixAll();

/**
 * The findings with fixes by the offset they start at (as a range in the document gives it back). A
 * diagnostic matches a finding by code and range, looked up as numbers: a context may carry
 * thousands of diagnostics, and string keys for each cost more than the quick fixes themselves.
 */
function fixableByStart(findings: readonly Finding[], lines: LineIndex): Map<number, Finding[]> {
  const byStart = new Map<number, Finding[]>();
  for (const f of findings) {
    if (!f.fixes?.length) continue;
    const start = inDocument(lines, f.span.start);
    const same = byStart.get(start);
    if (same) same.push(f);
    else byStart.set(start, [f]);
  }
  return byStart;
}

/** An offset as a position in the document maps it back (clamped to the text). */
const inDocument = (lines: LineIndex, offset: number) => lines.offsetAt(lines.positionAt(offset));

const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

function findingOf(byStart: ReadonlyMap<number, Finding[]>, diagnostic: Diagnostic, lines: LineIndex): Finding | undefined {
  const candidates = byStart.get(lines.offsetAt(diagnostic.range.start));
  return candidates?.find((f) => {
    if (f.code !== diagnostic.code) return false;
    const range = lines.rangeOf(f.span);
    return samePosition(range.start, diagnostic.range.start) && samePosition(range.end, diagnostic.range.end);
  });
}

function toEdits(fix: Fix, lines: LineIndex): TextEdit[] {
  return fix.edits.map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText }));
}

export { fixAllEdits };

/** Marks a "Fix all" whose edit is computed when the user picks it (`codeAction/resolve`). */
interface FixAllData {
  fixAllOf: string;
}

/**
 * Whether the client resolves an action's edit when it is picked. Then the actions VS Code asks for
 * by itself after every keystroke and cursor move (the light bulb) leave the checked "fix all" out:
 * checking it analyses the fixed document again (a whole second analysis of a big file).
 */
function resolvesEdits(caps: ClientCapabilities): boolean {
  const resolve = caps.textDocument?.codeAction;
  return resolve?.dataSupport === true && (resolve.resolveSupport?.properties ?? []).includes('edit');
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function codeActionsFor(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const findings = ctx.findings(uri);
  const lines = ctx.lineIndex(uri);
  if (!findings || !lines) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (wants(only, CodeActionKind.QuickFix)) {
    // One pass over the findings, then one lookup per diagnostic: a context may carry thousands.
    const byStart = params.context.diagnostics.length ? fixableByStart(findings, lines) : new Map<number, Finding[]>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findingOf(byStart, diagnostic, lines);
      if (!finding?.fixes) continue;
      for (const fix of finding.fixes) {
        actions.push({
          title: render(fix.title, ctx.locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: finding.fixes.length === 1,
          edit: { changes: { [uri]: toEdits(fix, lines) } },
        });
      }
    }
  }

  const fixable = findings.filter((f) => f.fixes?.some((x) => x.safeForFixAll)).length;
  const wantsSource = wants(only, FIX_ALL_KIND);
  // Beside the single fixes in the light bulb, only when there is more than one thing to fix.
  const wantsQuick = fixable > 1 && wants(only, CodeActionKind.QuickFix) && actions.some((a) => a.kind === CodeActionKind.QuickFix);
  if (!wantsSource && !wantsQuick) return actions;
  const lazy = params.context.triggerKind === CodeActionTriggerKind.Automatic && resolvesEdits(ctx.clientCapabilities);
  const analysis = ctx.analysis(uri);
  // Lazily: offered when there are candidates, checked once picked (see resolveCodeAction).
  const fixAll = lazy ? [] : analysis ? checkedFixAllEdits(analysis, findings) : [];
  if (lazy ? fixAllFixes(findings).length === 0 : fixAll.length === 0) return actions;
  const data: FixAllData = { fixAllOf: uri };
  const edit = () => (lazy ? { data } : { edit: fixAllEdit(uri, fixAll, lines) });
  if (wantsSource) actions.push({ title: render(FIX_ALL_TITLE, ctx.locale), kind: FIX_ALL_KIND, ...edit() });
  if (wantsQuick) {
    const diagnostics = findings.filter((f) => f.fixes?.some((x) => x.safeForFixAll)).map((f) => toDiagnostic(f, lines, uri, ctx));
    actions.push({ title: render(FIX_ALL_TITLE, ctx.locale), kind: CodeActionKind.QuickFix, diagnostics, ...edit() });
  }
  return actions;
}

function fixAllEdit(uri: string, edits: readonly Fix['edits'][number][], lines: LineIndex): CodeAction['edit'] {
  return { changes: { [uri]: edits.map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText })) } };
}

/** The edit of a "Fix all" offered lazily: checked now, on the document as it is. */
export function resolveCodeAction(ctx: ServerContext, action: CodeAction): CodeAction {
  const uri = (action.data as Partial<FixAllData> | undefined)?.fixAllOf;
  if (typeof uri !== 'string' || action.edit) return action;
  const analysis = ctx.analysis(uri);
  const findings = ctx.findings(uri);
  const lines = ctx.lineIndex(uri);
  const edits = analysis && findings ? checkedFixAllEdits(analysis, findings) : [];
  return { ...action, edit: lines ? fixAllEdit(uri, edits, lines) : { changes: { [uri]: [] } } };
}

export const codeActionsFeature: ServerFeature = {
  capabilities: () => ({
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
  }),
  register: (ctx) => {
    ctx.connection.onCodeAction((params) => {
      try {
        return codeActionsFor(ctx, params);
      } catch (err) {
        ctx.trace(`code actions failed: ${(err as Error).stack ?? String(err)}`);
        return [];
      }
    });
    ctx.connection.onCodeActionResolve((action) => {
      try {
        return resolveCodeAction(ctx, action);
      } catch (err) {
        ctx.trace(`resolving a code action failed: ${(err as Error).stack ?? String(err)}`);
        return action;
      }
    });
  },
};
